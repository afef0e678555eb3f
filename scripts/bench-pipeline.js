#!/usr/bin/env node
/**
 * `node scripts/bench-pipeline.js [--quick] [--max-minutes 3]` (section 1 of
 * `npm run bench`): how long each step of
 * the pipeline takes on seeded generated scenarios from ~1,000 to ~200,000 LP
 * columns (scripts/generate-scenario.js), next to native glpsol and HiGHS on
 * the very same LP, all in one run; prints the machine first. Every solver is
 * warmed up once on the smallest LP first (wasm tier-up, JIT); a step that
 * takes under a second is repeated (up to 5 times, 2 s) and its best time kept,
 * so small sizes are not just timer and scheduler noise.
 *
 * Columns:
 *   parse+validate  parseScenario on the JSON text
 *   LP build        buildLp
 *   adapter         glpk.js adapter work outside GLPK (LP object for glpk.js, reading back)
 *   glpk.js         GLPK inside glpk.js (loading the problem + simplex), as the adapter times it
 *   read            readResult
 *   glpsol          native `glpsol --freemps` with the settings glpk.js runs (src/solver: from
 *                   PRESOLVE_MIN_COLUMNS columns up the presolver, which scales and starts
 *                   from an advanced basis, `--presol`; below, `--nopresol --noscale --std`) on the
 *                   same LP written as MPS: wall time of
 *                   the solve run minus that of a `--check` run (process start and MPS
 *                   reading), best of up to 15 each; on the smallest LPs that difference is
 *                   within the noise of starting a process (shown as is, ratio then rough)
 *   HiGHS           npm `highs` (wasm): passing the CSR arrays + run
 *   ours/glpsol     glpk.js ÷ glpsol
 *   overhead/solve  (parse+validate + LP build + adapter + read) ÷ glpk.js
 *   HiGHS/glpk      HiGHS ÷ glpk.js
 *   check           the three objectives agree to 1e-6 (relative)
 * Sizes are skipped, with a note, once the next one would overrun the time budget.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED, SIZES, best, findOnPath, loadSources, root } from './bench-common.js';
import { generateScenario } from './generate-scenario.js';
import { writeMps } from './write-mps.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const maxMinutesArg = args.indexOf('--max-minutes');
const budgetMs = (maxMinutesArg >= 0 ? Number(args[maxMinutesArg + 1]) : quick ? 1 : 3) * 60_000;


const started = performance.now();
// Our sources as they are now, built for Node (never a stale dist-cli/).
const { parseScenario, buildLp, readResult, createSolver, PRESOLVE_MIN_COLUMNS } = await loadSources('bench-pipeline');
const solver = await createSolver();
const loadHighs = (await import('highs')).default;
const highs = await loadHighs();
const glpsol = findOnPath('glpsol');

console.log(
  `solvers: ${solver.version}; glpsol ${glpsol ? glpsolVersion(glpsol) : 'missing (apt-get install glpk-utils)'}; highs ${packageVersion('highs')}`,
);
console.log(`scenarios: scripts/generate-scenario.js, seed ${SEED}${quick ? ' (--quick)' : ''}; LP: buildLp's default (reduced; on these ungrouped scenarios it equals the plain one); times in ms (best of up to 5 runs under 1 s)`);

const columns = [
  ['cols', 7], ['rows', 6], ['nnz', 7], ['parse+validate', 14], ['LP build', 8], ['adapter', 7], ['glpk.js', 8], ['read', 5],
  ['glpsol', 8], ['HiGHS', 7], ['ours/glpsol', 11], ['overhead/solve', 14], ['HiGHS/glpk', 10], ['check', 5],
];
const line = (cells) => cells.map((c, i) => String(c).padStart(columns[i][1])).join('  ');
console.log(line(columns.map(([name]) => name)));

const work = mkdtempSync(join(tmpdir(), 'corridor-flow-bench-'));
let last = null;
try {
  benchOne(generateScenario({ seed: SEED + 1, width: SIZES[0].side, height: SIZES[0].side, demands: SIZES[0].demands })); // warm-up
  for (const size of quick ? SIZES.slice(0, 3) : SIZES) {
    const cols = size.demands * 4 * size.side * size.side;
    // Once the peers have sat a size out they sit out every larger one (their time is only known up to there).
    let peers = last === null || last.peers;
    if (last) {
      // Simplex time grows about as columns^1.7 here; three solvers per size. When the
      // three would overrun the budget, our pipeline alone may still fit: the overhead
      // ratio needs only it, so glpsol and HiGHS sit that size out.
      const grow = (cols / last.cols) ** 1.7;
      const estimate = last.ms * grow;
      const oursOnly = last.oursMs * grow;
      const left = budgetMs - (performance.now() - started);
      if (!peers || estimate > left) {
        if (oursOnly > left) {
          console.log(`(stopped before ~${Math.round(cols / 1000)}k columns: it would take ~${Math.round(estimate / 1000)} s, our pipeline alone ~${Math.round(oursOnly / 1000)} s, over the ${budgetMs / 60_000} min budget)`);
          break;
        }
        if (peers) console.log(`(~${Math.round(cols / 1000)}k columns and up: our pipeline only, ~${Math.round(oursOnly / 1000)} s; glpsol and HiGHS would take the size to ~${Math.round(estimate / 1000)} s, over the ${budgetMs / 60_000} min budget)`);
        peers = false;
      }
    }
    const sizeStarted = performance.now();
    const { row, oursMs } = benchOne(generateScenario({ seed: SEED, width: size.side, height: size.side, demands: size.demands }), peers);
    console.log(line(row));
    last = { cols: Number(row[0]), ms: performance.now() - sizeStarted, oursMs, peers };
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`(pipeline section ${((performance.now() - started) / 1000).toFixed(0)} s)`);

/** One size: the row to print, and how long our own part took (ms) to scale the next size's estimate from. */
function benchOne(scenarioObject, peers = true) {
  const oursStarted = performance.now();
  const text = JSON.stringify(scenarioObject);
  const { ms: parseMs, value: parsed } = best(() => parseScenario(text));
  if (!parsed.ok) throw new Error(`generated scenario is invalid: ${parsed.errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`).join('; ')}`);

  const { ms: buildMs, value: build } = best(() => buildLp(parsed.scenario));
  const { lp } = build;

  // The adapter times GLPK itself; the rest of the wall time is the adapter's own work.
  let glpkMs = Infinity;
  const { ms: solveWallMs, value: solution } = best(() => {
    const s = solver.solveLp(lp);
    glpkMs = Math.min(glpkMs, s.solver.ms);
    return s;
  });
  if (solution.status !== 'optimal') throw new Error(`glpk.js: ${solution.status} ${solution.message ?? ''}`);

  const { ms: readMs } = best(() => readResult(parsed.scenario, build, solution));
  const oursMs = performance.now() - oursStarted;

  const native = glpsol && peers ? runGlpsol(lp) : null;
  const hi = peers ? runHighs(lp) : null;

  const agree = [native?.objective, hi?.objective].every((o) => o === undefined || Math.abs(o - solution.objective) <= 1e-6 * Math.max(1, Math.abs(solution.objective)));
  const adapterMs = Math.max(0, solveWallMs - glpkMs);
  const overheadMs = parseMs + buildMs + adapterMs + readMs;
  const fmt = (ms) => (ms === null || ms === undefined ? '–' : ms < 10 ? ms.toFixed(1) : Math.round(ms).toString());
  const ratio = (a, b) => (a === null || a === undefined || !b ? '–' : (a / b).toFixed(2));
  const row = [
    lp.numCols, lp.numRows, lp.rowStart[lp.numRows],
    fmt(parseMs), fmt(buildMs), fmt(adapterMs), fmt(glpkMs), fmt(readMs),
    fmt(native?.ms), fmt(hi?.ms),
    ratio(glpkMs, native?.ms), ratio(overheadMs, glpkMs), ratio(hi?.ms, glpkMs),
    !peers ? '–' : agree ? 'ok' : 'DIFF',
  ];
  return { row, oursMs };
}

function runGlpsol(lp) {
  const file = join(work, 'lp.mps');
  const solutionFile = join(work, 'lp.sol');
  writeFileSync(file, writeMps(lp));
  const timed = (extra) => {
    const t = performance.now();
    const run = spawnSync(glpsol, ['--freemps', file, ...extra], { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (run.status !== 0) throw new Error(`glpsol failed:\n${run.stdout}${run.stderr}`);
    return performance.now() - t;
  };
  // Process start is most of a small run, and noisy: more runs for a usable difference.
  const readOnly = best(() => timed(['--check']), 15).ms;
  // The settings our glpk.js adapter uses: the presolver (scaling, advanced basis) on large LPs;
  // on small ones glp_simplex's defaults on an unscaled problem from the all-slack basis.
  const settings = lp.numCols >= PRESOLVE_MIN_COLUMNS ? ['--presol'] : ['--nopresol', '--noscale', '--std'];
  const total = best(() => timed([...settings, '--write', solutionFile]), 15).ms;
  // Raw solution format: "s bas <rows> <cols> <primal status> <dual status> <objective>".
  const header = readFileSync(solutionFile, 'utf8').split('\n').find((l) => l.startsWith('s '));
  const fields = header?.split(/\s+/) ?? [];
  if (fields[4] !== 'f') throw new Error(`glpsol: no feasible solution (${header})`);
  return { ms: Math.max(0, total - readOnly), objective: Number(fields[6]) };
}

function runHighs(lp) {
  const inf = highs.infinity;
  const bound = (a) => Float64Array.from(a, (v) => (v === Infinity ? inf : v === -Infinity ? -inf : v));
  const { ms, value: result } = best(() => highs.withModel(
    {
      numCols: lp.numCols,
      numRows: lp.numRows,
      colCost: lp.objective,
      colLower: bound(lp.colLower),
      colUpper: bound(lp.colUpper),
      rowLower: bound(lp.rowLower),
      rowUpper: bound(lp.rowUpper),
      matrix: { format: 'csr', numRows: lp.numRows, numCols: lp.numCols, starts: lp.rowStart, indices: lp.rowIndex, values: lp.rowValue },
    },
    (model) => {
      model.options.set({ output_flag: false });
      model.run();
      return { status: model.getModelStatus(), objective: model.getObjectiveValue() };
    },
  ));
  if (result.status !== highs.constants.modelStatus.optimal) throw new Error(`HiGHS: model status ${result.status}`);
  return { ms, objective: result.objective };
}

function glpsolVersion(path) {
  const out = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout ?? '';
  return /GLPK LP\/MIP Solver ([\d.]+)/.exec(out)?.[1] ?? 'unknown';
}

function packageVersion(name) {
  return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}
