#!/usr/bin/env node
/**
 * `node scripts/bench-aggregation.js [--quick] [--instances DIR] [--only grid5,planar80] [--generated 10x10,20x20,30x30]
 * [--max-minutes 20] [--peer-cap-seconds 120]`: issue 18's targets, each printed next to what this run measured,
 * met or not.
 *
 * Instances: generated grids (scripts/generate-scenario.js, seed SEED) of
 * 10×10, 20×20 and 30×30 nodes with one demand per origin, and the issue's
 * 20×20 grid with 100 demands from 78 origins; with `--instances DIR` (or
 * CORRIDOR_FLOW_BENCH_INSTANCES), also every `*.json` scenario in DIR: the
 * published Grid and Planar multicommodity instances, converted, are not
 * shipped (their collection states no licence for redistribution), so they
 * are read from where the reader keeps them.
 *
 * Per instance: commodities and LP columns merged by origin and by a minimum
 * vertex cover (what buildLp does now); our path method (`method: 'paths'`,
 * path-based column generation, see src/lp/solve-by-paths.ts) in this
 * process (building, solving, reading the result) and through our command
 * line end to end (`corridor-flow solve <file> --json --method paths`, built
 * from src/: Node start, reading, parsing, building, solving, writing), with
 * its rounds and whether it certified the optimum itself or ended in the arc
 * LP; native `glpsol --freemps` reading
 * and solving the by-origin arc LP from an MPS file (its best arc LP as
 * issue 18 states it; presolver on), and HiGHS (npm `highs`, wasm) on the
 * same by-origin LP in this process. Ratios are of wall times within this run.
 * An instance whose solves would overrun the budget is skipped with a note.
 *
 * Each peer gets at most `--peer-cap-seconds` per instance (native glpsol
 * spent over 15 minutes on Grid 6): one stopped there is printed as "> N s",
 * and our ratio to it as "< x", an upper bound. The targets line counts such
 * a bound only where it proves the target; otherwise it says "not proven".
 * Where DIR holds a README.md whose table lists each file's published
 * optimum (last column), the objective is compared with it, relative.
 * A second table gives the same runs in CPU time, with their ratios: on a
 * shared machine other work moves wall times by 2–3×, CPU times far less.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEED, bundleSources, findOnPath, fmtMs, loadAverage, option, printTable, ratio, root } from './bench-common.js';
import { toHighsModel } from './bench-peer-adapters.js';
import { generateScenario } from './generate-scenario.js';
import { writeMps } from './write-mps.js';

/** Issue 18's targets: ours ÷ peer at most this. */
const TARGET_VS_GLPSOL = 0.5;
const TARGET_VS_HIGHS = 0.5;

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const instancesDir = option(args, 'instances', process.env.CORRIDOR_FLOW_BENCH_INSTANCES ?? null);
const budgetMs = Number(option(args, 'max-minutes', quick ? '2' : '20')) * 60_000;
const peerCapMs = Number(option(args, 'peer-cap-seconds', quick ? '30' : '120')) * 1000;
// `--only grid5,planar80`: of the instances in DIR, only these (file names without .json).
const only = option(args, 'only', null)?.split(',');
const started = performance.now();

const out = await bundleSources('bench-aggregation', { cli: join(root, 'src/cli/index.ts'), paths: join(root, 'src/lp/solve-by-paths.ts') });
writeFileSync(join(out, 'run-cli.mjs'), "const { run } = await import('./cli.js');\nprocess.exitCode = await run(process.argv.slice(2));\n");
const { buildLp } = await import(pathToFileURL(join(out, 'lp.js')).href);
const { parseScenario } = await import(pathToFileURL(join(out, 'model.js')).href);
const { solveByPaths } = await import(pathToFileURL(join(out, 'paths.js')).href);
const { createSolver } = await import(pathToFileURL(join(out, 'solver.js')).href);
const solver = await createSolver();
const highs = await (await import('highs')).default();
const glpsol = findOnPath('glpsol');
const work = mkdtempSync(join(tmpdir(), 'corridor-flow-bench-aggregation-'));
// Warm-up: HiGHS compiles its wasm on the first model, which no later one pays; our solver likewise: its first solve in a process pays for compiling GLPK's wasm (the CLI column pays it every time).
runHighs(buildLp(generateScenario({ seed: SEED, width: 4, height: 4, demands: 2 }), { aggregate: 'origin' }).lp);
solver.solve(parseScenario(generateScenario({ seed: SEED, width: 6, height: 6, demands: 4 })).scenario, { method: 'paths' });

console.log(`load ${loadAverage()}; glpsol ${glpsol ?? 'missing (apt-get install glpk-utils)'}; instances: generated (seed ${SEED})${instancesDir ? ` and ${readdirSync(instancesDir).filter((f) => f.endsWith('.json')).length} from --instances` : ''}${quick ? ' (--quick)' : ''}`);
// The CLI's fixed cost, so that the reader sees what part of the CLI's ratios below is Node itself.
console.log(cliFloorLine());

// `--generated 10x10,30x30`: of the generated grids, only these sizes with one demand per origin (default: all).
const generatedOnly = option(args, 'generated', null)?.split(',').map((size) => size.replace('x', '×'));
const generated = [
  { name: 'grid 10×10, 1 demand/origin', scenario: () => generateScenario({ seed: SEED, width: 10, height: 10, demands: 14 }) },
  ...(quick
    ? []
    : [
        { name: 'grid 20×20, 100 demands (78 origins)', scenario: () => generateScenario({ seed: SEED, width: 20, height: 20, demands: 100 }) },
        { name: 'grid 20×20, 1 demand/origin', scenario: () => generateScenario({ seed: SEED, width: 20, height: 20, demands: 27 }) },
        { name: 'grid 30×30, 1 demand/origin', scenario: () => generateScenario({ seed: SEED, width: 30, height: 30, demands: 33 }) },
      ]),
].filter((instance) => generatedOnly === undefined || generatedOnly.some((size) => instance.name === `grid ${size}, 1 demand/origin`));
const instances = [
  ...generated,
  ...(instancesDir && existsSync(instancesDir)
    ? readdirSync(instancesDir)
        .filter((file) => file.endsWith('.json') && (only === undefined || only.includes(file.replace(/\.json$/, ''))))
        .sort()
        .map((file) => ({ name: file, scenario: () => JSON.parse(readFileSync(join(instancesDir, file), 'utf8')) }))
    : []),
];

const published = instancesDir ? publishedOptima(instancesDir) : new Map();
const rows = [];
/** Per target, each instance's ratio: `{ value, bound }`, bound true where the peer was stopped at its cap (value is then an upper bound). */
const ratios = { glpsol: [], highs: [], inProcessGlpsol: [], inProcessHighs: [] };
/** The same ratios of CPU times, which other work on a shared machine moves far less than wall times. */
const cpuRatios = { glpsol: [], highs: [] };
const cpuRows = [];
try {
  for (const instance of instances) {
    const left = budgetMs - (performance.now() - started);
    if (left <= 0) {
      rows.push([instance.name, 'skipped: over the time budget', '', '', '', '', '', '', '', '', '', '', '', '', '', '']);
      continue;
    }
    const { row, cpuRow } = measure(instance, Math.ceil(left));
    rows.push(row);
    cpuRows.push(cpuRow);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

printTable(
  'Aggregation: commodities (cmd) and columns by origin and by vertex cover; our path method in process and CLI end to end (--method paths) vs native glpsol and HiGHS on the by-origin arc LP (ms)',
  [['instance', 38], ['cmd origin', 10], ['cmd cover', 9], ['cols origin', 11], ['cols cover', 10], ['rounds', 6], ['paths', 5], ['in-process', 10], ['ours CLI', 9], ['glpsol', 9], ['HiGHS', 9], ['CLI/glpsol', 10], ['CLI/HiGHS', 9], ['in-proc/glpsol', 14], ['in-proc/HiGHS', 13], ['vs published', 12]],
  rows,
  [
    'rounds: master solves of the path method; paths: "own" where it certified the optimum itself, else why it solved the arc LP instead.',
    `A peer stopped at its cap (${peerCapMs / 1000} s) is "> N", and a ratio to it "< x" (an upper bound). vs published: (ours − published) ÷ published, where DIR's README lists it.`,
  ],
);
console.log('');
printTable(
  'The same runs in CPU time (ms): the process\'s own for ours in process and HiGHS, the child\'s for the CLI and glpsol',
  [['instance', 38], ['in-process', 10], ['ours CLI', 9], ['glpsol', 9], ['HiGHS', 9], ['CLI/glpsol', 10], ['CLI/HiGHS', 9]],
  cpuRows,
);
console.log('');
console.log('Targets (issue 18), this run:');
const line = (what, measured, target) => console.log(`  ${what}: ${verdict(measured, target)}`);
line('CLI end to end (--method paths) ÷ native glpsol on the by-origin arc LP, every instance', ratios.glpsol, TARGET_VS_GLPSOL);
line('CLI end to end (--method paths) ÷ HiGHS on the by-origin arc LP, every instance', ratios.highs, TARGET_VS_HIGHS);
line('(for reference) path method in process ÷ native glpsol end to end, every instance', ratios.inProcessGlpsol, TARGET_VS_GLPSOL);
line('(for reference) path method in process ÷ HiGHS in process, every instance', ratios.inProcessHighs, TARGET_VS_HIGHS);
line('(for reference) the CLI ÷ native glpsol in CPU time, every instance', cpuRatios.glpsol, TARGET_VS_GLPSOL);
line('(for reference) the CLI ÷ HiGHS in CPU time, every instance', cpuRatios.highs, TARGET_VS_HIGHS);
console.log('  20-point capacity sweep on a 100× network ÷ one cold solve (target ≤ 5×): measured by section "warm" (scripts/bench-warm.js)');
console.log('  1M-variable network in the browser worker within 1 GB wasm memory, with progress and Cancel, page interactive: measured by section "browser1m" (scripts/bench-browser-1m.js)');

/**
 * The verdict on one target from each instance's ratio: met where every ratio
 * (or upper bound) is within it, NOT met where a measured ratio is above it,
 * not proven where only upper bounds above it stand in the way.
 */
function verdict(measured, target) {
  if (measured.length === 0) return `not measured (target ≤ ${target}×)`;
  const exact = measured.filter((r) => !r.bound).map((r) => r.value);
  const bounds = measured.filter((r) => r.bound).map((r) => r.value);
  const worstExact = exact.length === 0 ? null : Math.max(...exact);
  const worstBound = bounds.length === 0 ? null : Math.max(...bounds);
  const said = [worstExact === null ? null : `worst ${worstExact.toFixed(2)}×`, worstBound === null ? null : `worst bound < ${worstBound.toFixed(2)}× (peer capped)`].filter((x) => x !== null).join(', ');
  const result = worstExact !== null && worstExact > target ? 'NOT met' : worstBound !== null && worstBound > target ? 'not proven (a capped peer leaves the ratio open)' : 'met';
  return `${said} (target ≤ ${target}×) — ${result}`;
}

/** Published optima by instance file name, from the table in DIR's README.md (file in the first cell, optimum in the last), if any. */
function publishedOptima(dir) {
  const optima = new Map();
  const readme = join(dir, 'README.md');
  if (!existsSync(readme)) return optima;
  for (const row of readFileSync(readme, 'utf8').split('\n')) {
    const cells = row.split('|').map((c) => c.trim()).filter((c) => c !== '');
    if (cells.length < 2 || !cells[0].endsWith('.json')) continue;
    const optimum = Number(cells[cells.length - 1].replace(/,/g, ''));
    if (Number.isFinite(optimum)) optima.set(cells[0], optimum);
  }
  return optima;
}

/** `a ÷ b` for the table, "< x" where b is a lower bound (the peer was stopped at its cap). */
function ratioCell(a, peer) {
  return peer?.stopped ? `<${ratio(a, peer.ms)}` : ratio(a, peer?.ms);
}

function peerCell(peer) {
  return peer === null ? '–' : peer.stopped ? `>${fmtMs(peer.ms)}` : fmtMs(peer.ms);
}

function measure(instance, left) {
  const scenario = instance.scenario();
  const parsed = parseScenario(scenario);
  if (!parsed.ok) throw new Error(`${instance.name}: invalid scenario: ${parsed.errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  const byOrigin = buildLp(parsed.scenario, { aggregate: 'origin' });
  const byCover = buildLp(parsed.scenario);
  const counts = [byOrigin.layout.numCommodities, byCover.layout.numCommodities, byOrigin.lp.numCols, byCover.lp.numCols];

  const file = join(work, 'scenario.json');
  writeFileSync(file, JSON.stringify(scenario));
  const inProcess = timed(() => solver.solve(parsed.scenario, { method: 'paths' }));
  const stats = pathStats(parsed.scenario);
  const cli = childTimed(() => spawnSync(process.execPath, [join(out, 'run-cli.mjs'), 'solve', file, '--json', '--method', 'paths'], { encoding: 'utf8', maxBuffer: 256 << 20, timeout: left }));
  if (cli.value.status !== 0 && cli.value.status !== 1) throw new Error(`${instance.name}: the CLI failed: ${cli.value.stderr}`);
  const ours = JSON.parse(cli.value.stdout);
  const native = glpsol ? runGlpsol(byOrigin.lp, Math.min(peerCapMs, left)) : null;
  const hi = runHighs(byOrigin.lp, peerCapMs);
  const objective = ours.objective ?? ours.result?.objective;
  const constant = byOrigin.lp.objectiveConstant;
  const agree = [native?.objective, hi.objective].every((o) => o === undefined || objective === undefined || Math.abs(o + constant - objective) <= 1e-6 * Math.max(1, Math.abs(objective)));
  const sameInProcess = Math.abs(inProcess.value.objective - objective) <= 1e-6 * Math.max(1, Math.abs(objective));
  if (native) {
    ratios.glpsol.push({ value: cli.ms / native.ms, bound: native.stopped });
    ratios.inProcessGlpsol.push({ value: inProcess.ms / native.ms, bound: native.stopped });
  }
  ratios.highs.push({ value: cli.ms / hi.ms, bound: hi.stopped });
  ratios.inProcessHighs.push({ value: inProcess.ms / hi.ms, bound: hi.stopped });
  if (native) cpuRatios.glpsol.push({ value: cli.cpu / native.cpu, bound: native.stopped });
  cpuRatios.highs.push({ value: cli.cpu / hi.cpu, bound: hi.stopped });
  const cpuOf = (peer) => peer && { ms: peer.cpu, stopped: peer.stopped };
  const cpuRow = [instance.name, fmtMs(inProcess.cpu), fmtMs(cli.cpu), peerCell(cpuOf(native)), peerCell(cpuOf(hi)), ratioCell(cli.cpu, cpuOf(native)), ratioCell(cli.cpu, cpuOf(hi))];
  const name = instance.name + (agree && sameInProcess ? '' : ' (objectives DIFFER)');
  const optimum = published.get(instance.name);
  const error = optimum === undefined || objective === undefined ? '–' : ((objective - optimum) / Math.abs(optimum)).toExponential(1);
  const how = stats.fellBack === null ? 'own' : `arc: ${stats.fellBack.slice(0, 40)}`;
  const row = [name, ...counts, stats.rounds, how, fmtMs(inProcess.ms), fmtMs(cli.ms), peerCell(native), peerCell(hi), ratioCell(cli.ms, native), ratioCell(cli.ms, hi), ratioCell(inProcess.ms, native), ratioCell(inProcess.ms, hi), error];
  return { row, cpuRow };
}

/** What the path method did on the scenario's LP (a separate, untimed solve). */
function pathStats(scenario) {
  let stats = { rounds: '–', fellBack: '?' };
  // With the masters warm, as `solver.solve` runs them.
  solveByPaths(buildLp(scenario), solver.solveLp, solver.growingLp === undefined ? {} : { masterLp: solver.growingLp }, (s) => (stats = s));
  return stats;
}

/** Wall time of `run`, and the CPU time of this process and of the children it waited for meanwhile (ms). */
function timed(run) {
  const ownBefore = process.cpuUsage();
  const childrenBefore = childrenCpuMs();
  const t = performance.now();
  const value = run();
  const ms = performance.now() - t;
  const own = process.cpuUsage(ownBefore);
  return { ms, cpu: (own.user + own.system) / 1000, childCpu: childrenCpuMs() - childrenBefore, value };
}

/** `timed` for a child process: its CPU time is the child's. */
function childTimed(run) {
  const measured = timed(run);
  return { ...measured, cpu: measured.childCpu };
}

/** CPU time of this process's children that ended and were waited for (cutime + cstime of /proc/self/stat; Linux clock ticks of 10 ms), or NaN. */
function childrenCpuMs() {
  try {
    // The fields after the command name, which may hold spaces, start after its closing parenthesis.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** Native glpsol end to end on `lp` (reading the MPS file included), presolver on, stopped after `capMs`; its objective. */
function runGlpsol(lp, capMs) {
  const file = join(work, 'lp.mps');
  const solution = join(work, 'lp.sol');
  writeFileSync(file, writeMps(lp));
  const run = childTimed(() => spawnSync(glpsol, ['--freemps', file, '--presol', '--write', solution], { encoding: 'utf8', maxBuffer: 64 << 20, timeout: capMs }));
  // Stopped at the budget: its time so far is a lower bound, and there is no objective to compare.
  if (run.value.error?.code === 'ETIMEDOUT' || run.value.signal !== null) return { ms: run.ms, cpu: run.cpu, objective: undefined, stopped: true };
  if (run.value.status !== 0) throw new Error(`glpsol failed:\n${run.value.stdout}${run.value.stderr}`);
  // Raw solution format: "s bas <rows> <cols> <primal status> <dual status> <objective>".
  const fields = readFileSync(solution, 'utf8').split('\n').find((l) => l.startsWith('s '))?.split(/\s+/) ?? [];
  return { ms: run.ms, cpu: run.cpu, objective: fields[4] === 'f' ? Number(fields[6]) : undefined };
}

/** HiGHS on `lp` in this process (model transfer included), stopped by its own time limit after `capMs` (if given). */
function runHighs(lp, capMs) {
  const run = timed(() =>
    highs.withModel(toHighsModel(lp, highs.infinity), (model) => {
      model.options.set({ output_flag: false, ...(capMs === undefined ? {} : { time_limit: capMs / 1000 }) });
      model.run();
      return { status: model.getModelStatus(), objective: model.getObjectiveValue() };
    }),
  );
  const optimal = run.value.status === highs.constants.modelStatus.optimal;
  return { ms: run.ms, cpu: run.cpu, objective: optimal ? run.value.objective : undefined, stopped: run.value.status === highs.constants.modelStatus.timeLimit };
}

/** Best of 3 wall times (ms) of Node doing nothing, of our CLI's `--version`, and of its solve of a 4×4 grid end to end. */
function cliFloorLine() {
  const tiny = join(work, 'tiny.json');
  writeFileSync(tiny, JSON.stringify(generateScenario({ seed: SEED, width: 4, height: 4, demands: 2 })));
  const bestOf3 = (argv) => Math.min(...[0, 1, 2].map(() => timed(() => spawnSync(process.execPath, argv, { encoding: 'utf8' })).ms));
  const cli = join(out, 'run-cli.mjs');
  const [node, version, solve] = [['-e', '0'], [cli, '--version'], [cli, 'solve', tiny, '--json']].map(bestOf3);
  return `CLI floor (best of 3): node -e 0 ${fmtMs(node)} ms; corridor-flow --version ${fmtMs(version)} ms; solve --json of a 4×4 grid (2 demands) ${fmtMs(solve)} ms`;
}
