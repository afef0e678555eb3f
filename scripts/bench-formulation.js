#!/usr/bin/env node
/**
 * `node scripts/bench-formulation.js [--quick] [--max-minutes 5] [--sizes 5,6] [--per-origin 4]`: what the
 * reduced formulation (src/lp: demands merged into commodities, arcs no
 * demand can use left out) and GLPK's presolver buy, on seeded generated
 * scenarios from ~1,000 to ~200,000 plain LP columns, all in one run; and
 * whether one reused glpk.js instance keeps its memory flat. To be merged
 * into `npm run bench` (scripts/bench.js).
 *
 * Scenarios: scripts/generate-scenario.js, with its demands grouped so that
 * every `PER_ORIGIN` consecutive demands share the first one's origin and
 * value of time (destinations and volumes stay the generator's): a demand
 * per cargo and month from the same port, which is how real demand tables
 * look, and what merging is for.
 *
 * Tables (times in ms; a step under a second is repeated, best kept):
 *   1. formulation  columns and rows of the plain LP (`buildLp(s, { reduce:
 *      false })`: one column per demand and arc, the spec as written) and
 *      of the reduced one; build, glpk.js solve and read-back times of each
 *      (solve with the presolver; "no presol" is the simplex glpk.js runs
 *      without it, measured only where it takes seconds, not minutes); ratios.
 *   2. pipeline     the reduced pipeline step by step: parseScenario on the
 *      JSON text, buildLp, the adapter's own work, GLPK inside glpk.js,
 *      readResult, and overhead/solve = (parse + build + adapter + read) ÷ GLPK.
 *   3. native       our command line end to end (`corridor-flow solve
 *      <file> --json` built from src/ into a private folder: Node start,
 *      reading, parsing, building, solving, writing the JSON) against native
 *      `glpsol --freemps` reading and solving the plain LP from an MPS file
 *      (wall time of the whole process, glpsol's defaults: presolver on);
 *      both best of up to 3.
 *   4. memory       1,000 consecutive solves of models/caspian-2030.json on
 *      the one instance createSolver() keeps: the wasm memory's size (read
 *      off the instance's exported memory) and the process's RSS.
 * Sizes are skipped, with a note, once the next would overrun the budget;
 * `--sizes 5,6` measures only those sizes (1-based, in the order below).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateScenario } from './generate-scenario.js';
import { writeMps } from './write-mps.js';
import { SEED, SIZES, best, bundleSources, findOnPath, loadAverage } from './bench-common.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const maxMinutesArg = args.indexOf('--max-minutes');
const budgetMs = (maxMinutesArg >= 0 ? Number(args[maxMinutesArg + 1]) : quick ? 1 : 5) * 60_000;
const sizesArg = args.indexOf('--sizes');
const only = sizesArg >= 0 ? new Set(args[sizesArg + 1].split(',').map(Number)) : null;
const started = performance.now();

/** Demands per origin (and value of time); `--per-origin 1` gives bench.js's scenarios, where nothing merges. */
const perOriginArg = args.indexOf('--per-origin');
const PER_ORIGIN = perOriginArg >= 0 ? Number(args[perOriginArg + 1]) : 4;
/** The plain simplex (no presolver) is measured only up to this many columns: beyond, it takes minutes. */
const NO_PRESOLVE_MAX_COLUMNS = 25_000;
/** glpk.js on the plain LP is measured up to this many columns (beyond, only glpsol solves it: the budget). */
const PLAIN_GLPK_MAX_COLUMNS = 110_000;

// The wasm memory of every glpk.js instance, read off its exports as it is
// instantiated (glpk.js/node instantiates synchronously and does not expose it).
const wasmMemories = [];
WebAssembly.Instance = new Proxy(WebAssembly.Instance, {
  construct(target, argumentList, newTarget) {
    const instance = Reflect.construct(target, argumentList, newTarget);
    for (const value of Object.values(instance.exports)) if (value instanceof WebAssembly.Memory) wasmMemories.push(value);
    return instance;
  },
});

const out = await bundleSources('bench-formulation', { cli: join(root, 'src/cli/index.ts') });
writeFileSync(
  join(out, 'run-cli.mjs'),
  "const { run } = await import('./cli.js');\nprocess.exitCode = await run(process.argv.slice(2));\n",
);
const { buildLp, readResult } = await import(pathToFileURL(join(out, 'lp.js')).href);
const { createSolver, glpkLpSolve } = await import(pathToFileURL(join(out, 'solver.js')).href);
const { parseScenario } = await import(pathToFileURL(join(out, 'model.js')).href);
const solver = await createSolver();
// A second instance, only for timing the simplex without the presolver (createSolver's decides by itself).
const plainGlpk = await (await import('glpk.js/node')).default();
const glpsol = findOnPath('glpsol');

const cpu = cpus();
console.log(`machine: ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores; Node ${process.version}; load ${loadAverage()}`);
console.log(`solvers: ${solver.version}; glpsol ${glpsol ? glpsolVersion(glpsol) : 'missing (apt-get install glpk-utils)'}`);
console.log(`scenarios: scripts/generate-scenario.js, seed ${SEED}, ${PER_ORIGIN} demands per origin and value of time${quick ? ' (--quick)' : ''}\n`);

const memory = memoryCheck(1000);
const work = mkdtempSync(join(tmpdir(), 'corridor-flow-bench-formulation-'));
const rows = [];
try {
  const warm = prepare(SIZES[0], SEED + 1);
  measure(warm, { native: false }); // warm-up: JIT and wasm tier-up
  let last = null;
  const sizes = only ? SIZES.filter((_, i) => only.has(i + 1)) : quick ? SIZES.slice(0, 3) : SIZES;
  for (const size of sizes) {
    const prepared = prepare(size, SEED);
    if (last) {
      // Simplex times grew about as columns^1.7 here; each part is scaled from the last size.
      const grow = (prepared.plainColumns / last.columns) ** 1.7;
      const estimate =
        (last.row.reduced.totalMs + (last.row.cliMs ?? 0) + (last.row.glpsolMs ?? 0) * 2) * grow +
        (prepared.plainColumns <= PLAIN_GLPK_MAX_COLUMNS ? (last.row.plain.glpkMs ?? 0) * grow : 0);
      if (performance.now() - started + estimate > budgetMs) {
        console.log(`(stopped before ~${Math.round(prepared.plainColumns / 1000)}k plain columns: it would take ~${Math.round(estimate / 1000)} s, over the ${budgetMs / 60_000} min budget)\n`);
        break;
      }
    }
    const sizeStarted = performance.now();
    const row = measure(prepared, { native: true });
    rows.push(row);
    last = { columns: prepared.plainColumns, row };
    process.stderr.write(`  measured ${prepared.plainColumns} plain columns in ${Math.round((performance.now() - sizeStarted) / 1000)} s\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

printTable(
  '1. formulation: plain (the spec as written) vs reduced (merged commodities, unusable arcs left out)',
  [
    ['plain cols', 10], ['rows', 7], ['reduced cols', 12], ['rows', 6], ['cols ×', 6],
    ['build', 6], ['build', 6], ['solve plain', 11], ['solve red.', 10], ['no presol plain', 15], ['no presol red.', 14],
    ['read', 5], ['read', 5], ['solve ×', 7], ['total ×', 7], ['check', 5],
  ],
  rows.map((r) => [
    r.plain.cols, r.plain.rows, r.reduced.cols, r.reduced.rows, ratio(r.plain.cols, r.reduced.cols),
    ms(r.plain.buildMs), ms(r.reduced.buildMs), ms(r.plain.glpkMs), ms(r.reduced.glpkMs), ms(r.plain.noPresolveMs), ms(r.reduced.noPresolveMs),
    ms(r.plain.readMs), ms(r.reduced.readMs), ratio(r.plain.glpkMs, r.reduced.glpkMs), ratio(r.plain.totalMs, r.reduced.totalMs), r.check,
  ]),
  '   build/read: plain then reduced; solve: GLPK inside glpk.js as createSolver() runs it (presolver from 1,000 columns up); no presol: the same LP with the presolver off;\n   cols × = plain ÷ reduced columns; solve × = plain ÷ reduced GLPK time; total × = plain ÷ reduced (build + solve + read); check: same objective (ok) and link flows (alt: another optimum)',
);
printTable(
  '2. pipeline overhead, reduced (the default)',
  [['plain cols', 10], ['parse+validate', 14], ['build', 6], ['adapter', 7], ['glpk.js', 8], ['read', 5], ['overhead/solve', 14], ['incl. parse', 11]],
  rows.map((r) => [
    r.plain.cols, ms(r.parseMs), ms(r.reduced.buildMs), ms(r.reduced.adapterMs), ms(r.reduced.glpkMs), ms(r.reduced.readMs),
    ratio(r.reduced.buildMs + r.reduced.adapterMs + r.reduced.readMs, r.reduced.glpkMs), ratio(r.parseMs + r.reduced.buildMs + r.reduced.adapterMs + r.reduced.readMs, r.reduced.glpkMs),
  ]),
  '   overhead/solve = (build + adapter + read) ÷ glpk.js; incl. parse adds parseScenario (src/model)',
);
printTable(
  '3. end to end against native glpsol on the plain LP',
  [['plain cols', 10], ['our CLI', 8], ['glpsol', 8], ['CLI/glpsol', 10], ['glpsol solve only', 17], ['in-process', 10]],
  rows.map((r) => [r.plain.cols, ms(r.cliMs), ms(r.glpsolMs), ratio(r.cliMs, r.glpsolMs), ms(r.glpsolSolveMs), ms(r.inProcessMs)]),
  '   our CLI: `corridor-flow solve file --json` as a process; glpsol: `glpsol --freemps file` as a process; glpsol solve only: minus a `--check` run (start + reading); in-process: parse + build + solve + read',
);

console.log('4. memory: 1,000 consecutive solves of models/caspian-2030.json on one glpk.js instance (before the sizes above)');
console.log(`   wasm memory ${memory.wasm.map(mb).join(' → ')} (after 1, 10, 100, 1,000 solves); RSS ${memory.rss.map(mb).join(' → ')}; objective ${memory.sameObjective ? 'the same every time' : 'CHANGED'}`);
console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(1)} s`);

// ---------------------------------------------------------------------------

/** The generated scenario with demands grouped by origin, as JSON text and parsed. */
function prepare(size, seed) {
  const generated = generateScenario({ seed, width: size.side, height: size.side, demands: size.demands });
  const demands = generated.demands.map((demand, k) => {
    const lead = generated.demands[k - (k % PER_ORIGIN)];
    return { ...demand, from: lead.from, valueOfTime: lead.valueOfTime };
  });
  const object = { ...generated, name: `${generated.name}, ${PER_ORIGIN} demands per origin`, demands };
  const text = JSON.stringify(object);
  const parsed = parseScenario(text);
  if (!parsed.ok) throw new Error(`generated scenario is invalid: ${parsed.errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return { text, scenario: parsed.scenario, plainColumns: buildLp(parsed.scenario, { reduce: false }).lp.numCols };
}

function measure({ text, scenario }, { native }) {
  const { ms: parseMs } = best(() => parseScenario(text));
  const plain = formulation(scenario, false);
  const reduced = formulation(scenario, true);
  const close = (a, b) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
  // Link flows may differ between two optima of one LP: "alt" says the objective agrees but the flows do not.
  const check =
    plain.result === null
      ? '–'
      : !close(plain.result.objective, reduced.result.objective)
        ? 'DIFF'
        : plain.result.links.every((l, i) => close(l.flow, reduced.result.links[i].flow))
          ? 'ok'
          : 'alt';
  const row = { parseMs, plain, reduced, check, inProcessMs: parseMs + reduced.totalMs + reduced.adapterMs };
  if (native) {
    const file = join(work, 'scenario.json');
    writeFileSync(file, text);
    row.cliMs = runCli(file, reduced.result.objective);
    if (glpsol) Object.assign(row, runGlpsol(plain.lp, reduced.result.objective - plain.lp.objectiveConstant));
  }
  return row;
}

/** Build, solve (with and, where affordable, without the presolver) and read one formulation. */
function formulation(scenario, reduce) {
  const { ms: buildMs, value: build } = best(() => buildLp(scenario, { reduce }));
  const { lp } = build;
  if (!reduce && lp.numCols > PLAIN_GLPK_MAX_COLUMNS) {
    return { lp, cols: lp.numCols, rows: lp.numRows, buildMs, glpkMs: null, adapterMs: null, noPresolveMs: null, readMs: null, totalMs: null, result: null };
  }
  let glpkMs = Infinity;
  const { ms: solveWallMs, value: solution } = best(() => {
    const s = solver.solveLp(lp);
    glpkMs = Math.min(glpkMs, s.solver.ms);
    return s;
  });
  if (solution.status !== 'optimal') throw new Error(`glpk.js (${reduce ? 'reduced' : 'plain'}): ${solution.status} ${solution.message ?? ''}`);
  let noPresolveMs = null;
  if (lp.numCols <= NO_PRESOLVE_MAX_COLUMNS) {
    noPresolveMs = best(() => glpkLpSolve(plainGlpk, { name: 'glpk.js', version: '' }, lp, { presolve: false }).solver.ms).value;
  }
  const { ms: readMs, value: result } = best(() => readResult(scenario, build, solution));
  return {
    lp,
    cols: lp.numCols,
    rows: lp.numRows,
    buildMs,
    glpkMs,
    adapterMs: Math.max(0, solveWallMs - glpkMs),
    noPresolveMs,
    readMs,
    totalMs: buildMs + glpkMs + readMs,
    result,
  };
}

function runCli(file, objective) {
  const runner = join(out, 'run-cli.mjs');
  const timed = () => {
    const t = performance.now();
    const run = spawnSync(process.execPath, [runner, 'solve', file, '--json'], { encoding: 'utf8', maxBuffer: 256 << 20 });
    const took = performance.now() - t;
    if (run.status !== 0) throw new Error(`our CLI failed (${run.status}):\n${run.stderr}`);
    const result = JSON.parse(run.stdout);
    if (Math.abs(result.objective - objective) > 1e-6 * Math.max(1, Math.abs(objective))) throw new Error(`our CLI: objective ${result.objective}, expected ${objective}`);
    return took;
  };
  return bestOf(timed, 3);
}

function runGlpsol(lp, objective) {
  const file = join(work, 'plain.mps');
  const solutionFile = join(work, 'plain.sol');
  writeFileSync(file, writeMps(lp));
  const timed = (extra) => () => {
    const t = performance.now();
    const run = spawnSync(glpsol, ['--freemps', file, ...extra], { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (run.status !== 0) throw new Error(`glpsol failed:\n${run.stdout}${run.stderr}`);
    return performance.now() - t;
  };
  const glpsolMs = bestOf(timed(['--write', solutionFile]), 3);
  const header = readFileSync(solutionFile, 'utf8').split('\n').find((l) => l.startsWith('s '));
  const fields = header?.split(/\s+/) ?? [];
  if (fields[4] !== 'f' || Math.abs(Number(fields[6]) - objective) > 1e-6 * Math.max(1, Math.abs(objective))) {
    throw new Error(`glpsol: ${header}, expected objective ${objective}`);
  }
  const readOnlyMs = bestOf(timed(['--check']), 3);
  return { glpsolMs, glpsolSolveMs: Math.max(0, glpsolMs - readOnlyMs) };
}

function memoryCheck(solves) {
  const scenario = parseScenario(readFileSync(join(root, 'models', 'caspian-2030.json'), 'utf8')).scenario;
  // createSolver()'s instance was the first one made.
  const wasmSize = () => wasmMemories[0]?.buffer.byteLength ?? Number.NaN;
  const wasm = [];
  const rss = [];
  let objective = null;
  let sameObjective = true;
  for (let i = 1; i <= solves; i++) {
    const result = solver.solve(scenario);
    if (objective === null) objective = result.objective;
    else if (result.objective !== objective) sameObjective = false;
    if (i === 1 || i === 10 || i === 100 || i === solves) {
      wasm.push(wasmSize());
      rss.push(process.memoryUsage().rss);
    }
  }
  return { wasm, rss, sameObjective };
}

/** Best of up to `n` runs of a function that returns its own time; stops repeating past 20 s. */
function bestOf(run, n) {
  let bestMs = Infinity;
  let spent = 0;
  for (let i = 0; i < n && (i === 0 || spent < 20_000); i++) {
    const took = run();
    bestMs = Math.min(bestMs, took);
    spent += took;
  }
  return bestMs;
}

function printTable(title, columns, cells, note) {
  console.log(title);
  const line = (row) => row.map((c, i) => String(c ?? '–').padStart(columns[i][1])).join('  ');
  console.log(line(columns.map(([name]) => name)));
  for (const row of cells) console.log(line(row));
  if (note) console.log(note);
  console.log('');
}

function ms(value) {
  return value === null || value === undefined ? '–' : value < 10 ? value.toFixed(1) : Math.round(value).toString();
}

function ratio(a, b) {
  return a === null || a === undefined || !b ? '–' : (a / b).toFixed(2);
}

function mb(bytes) {
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}

function glpsolVersion(path) {
  const output = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout ?? '';
  return /GLPK LP\/MIP Solver ([\d.]+)/.exec(output)?.[1] ?? 'unknown';
}
