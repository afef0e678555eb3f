#!/usr/bin/env node
/**
 * `node scripts/bench-warm.js [--quick]` (section "warm" of `npm run bench`):
 * issue 18's warm starts, in Node with the sources as they are now, on the
 * 100× network of the browser bench (scripts/generate-scenario.js, 25 × 20
 * grid, 200 demands, 10 per origin):
 *
 * 1. one cold solve (`Solver.solve`, best of a few);
 * 2. a 20-point capacity sweep of the most valuable binding link, 0.5× to
 *    1.5× its capacity (`sweep` of src/analysis), through one fresh warm
 *    solver (`Solver.warmSolver`: its first point starts cold, the others
 *    from the last state: an LP's basis, or with the path method, which
 *    `auto` takes at this size, the last solve's path columns) and through
 *    the cold `solve`. Target: the warm sweep costs at most 5 cold solves;
 * 3. 20 Monte Carlo draws (`monteCarlo`) of the capacities and costs of the
 *    six most valuable links and six demands' volumes, ±20 %, warm and cold;
 * 4. for context, the old way: the same sweep with `method: 'arc'` through a
 *    warm solver (its points from the last basis), and one cold arc solve,
 *    both ÷ one cold solve as `auto` does it now.
 *
 * Every warm answer is checked against the cold one (status, objective to
 * 1e-7 relative; with --quick every 4th run only, which is also what the
 * cold time per run is measured on); a mismatch fails the run. Ratios are measured within this
 * one run: the machine may be shared, absolute times do not carry over.
 *
 * Before anything is timed, a smaller network (10 × 10, 20 demands: the path
 * method too) is solved cold and swept warm once, untimed, with a warm
 * solver of its own (nothing of it carries over but compiled code): so that
 * V8 has compiled the solve's JavaScript, and GLPK's wasm, for the cold and
 * the warm way alike. Without it, the first solves of either way run in
 * V8's first tiers, and on a shared machine, whose background compiler
 * threads get little time, the timed warm sweep, whose code the cold solves
 * before it had not run, took 1.7–4× the time of a second sweep in the same process.
 * The load average is printed before and after.
 */
import { cpus } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { best, bundleSources, fmtMs, loadAverage, printTable, ratio, root, SEED } from './bench-common.js';
import { generateScenario } from './generate-scenario.js';

const quick = process.argv.includes('--quick');
/** Issue 18's target: a 20-point capacity sweep on the 100× network ÷ one cold solve at most this. */
const TARGET = 5;
const POINTS = 20;
const DRAWS = 20;

const dir = await bundleSources('bench-warm', {
  sweep: join(root, 'src/analysis/sweep.ts'),
  monteCarlo: join(root, 'src/analysis/monte-carlo.ts'),
  sequential: join(root, 'src/analysis/solve-many-sequential.ts'),
});
const load = (entry) => import(pathToFileURL(join(dir, `${entry}.js`)).href);
const [{ createSolver }, { buildLp }, { sweep, linspace }, { monteCarlo }, { solveManySequential }] = await Promise.all([
  load('solver'),
  load('lp'),
  load('sweep'),
  load('monteCarlo'),
  load('sequential'),
]);

const solver = await createSolver();
if (solver.warmSolver === undefined) {
  console.log('  no warm solver: glpk.js\'s wasm exports are not as read (see src/solver/glpk-raw-exports.ts); nothing measured');
  process.exit(1);
}
const loadBefore = loadAverage();
await warmUp();
const scenario = generateScenario({ seed: SEED, width: 25, height: 20, demands: 200, demandsPerOrigin: 10 });

const base = solver.solve(scenario);
if (base.status !== 'optimal') throw new Error(`bench-warm: the 100× network is ${base.status}`);
const coldMs = best(() => solver.solve(scenario), quick ? 2 : 3).ms;

// The binding links, most valuable first: a sweep of one moves the flows, so every point is a real re-solve.
const capacityOf = new Map(scenario.links.filter((l) => l.capacity !== undefined).map((l) => [l.id, l.capacity]));
const binding = base.links.filter((l) => capacityOf.has(l.id) && l.marginalValue > 0).sort((a, b) => b.marginalValue - a.marginalValue);
if (binding.length === 0) throw new Error('bench-warm: no binding capacity on the 100× network');
const swept = binding[0];
const capacity = capacityOf.get(swept.id);
const values = linspace(0.5 * capacity, 1.5 * capacity, POINTS);

/**
 * `run(solve, indices)` solves the runs at `indices` (all of them when null) with `solve` and returns their results.
 * Times all runs through a fresh warm solver and the `checked` ones cold (every 4th with --quick: 40 cold solves of
 * this network take minutes); checks each warm result against the cold one.
 */
async function warmAndCold(count, run) {
  const checked = quick ? [...Array(count).keys()].filter((i) => i % 4 === 0) : null;
  let started = performance.now();
  const cold = await run((s) => solver.solve(s), checked);
  const coldTotal = performance.now() - started;
  const warm = solver.warmSolver();
  started = performance.now();
  const hot = await run((s) => warm.solve(s), null);
  const warmTotal = performance.now() - started;
  const warmStarts = warm.warmStarts();
  const columnsReused = warm.columnsReused?.() ?? 0;
  warm.release();
  let worst = 0;
  cold.forEach((c, i) => {
    const h = hot[checked?.[i] ?? i];
    if (h.status !== c.status) throw new Error(`bench-warm: run ${i} is ${h.status} warm, ${c.status} cold`);
    if (c.status !== 'optimal') return;
    const difference = Math.abs(h.objective - c.objective) / Math.max(Math.abs(c.objective), 1);
    if (difference > 1e-7) throw new Error(`bench-warm: run ${i} objective ${h.objective} warm, ${c.objective} cold`);
    worst = Math.max(worst, difference);
  });
  return { coldPerRun: coldTotal / cold.length, coldRuns: cold.length, warmTotal, warmStarts, columnsReused, runs: hot.length, optimal: hot.filter((r) => r.status === 'optimal').length, worst };
}

/** Untimed: a cold solve and a 6-point warm capacity sweep of a 10 × 10 network, so the timed runs meet compiled code (see above). */
async function warmUp() {
  const small = generateScenario({ seed: SEED + 1, width: 10, height: 10, demands: 20 });
  const first = solver.solve(small);
  const link = first.links.find((l) => l.utilisation !== null && l.flow > 0) ?? first.links.find((l) => l.utilisation !== null);
  const capacity = small.links.find((l) => l.id === link?.id)?.capacity;
  const warm = solver.warmSolver();
  try {
    if (capacity !== undefined) await sweep(small, `links.${link.id}.capacity`, linspace(0.5 * capacity, 1.5 * capacity, 6), (s) => warm.solve(s));
  } finally {
    warm.release();
  }
}

const pick = (all, indices) => (indices === null ? all : indices.map((i) => all[i]));
const sweepRun = await warmAndCold(POINTS, async (solve, indices) => {
  const outcome = await sweep(scenario, `links.${swept.id}.capacity`, pick(values, indices), solve);
  if (!outcome.ok) throw new Error(`bench-warm: ${JSON.stringify(outcome.errors)}`);
  return outcome.sweep.points.map((p) => p.result);
});

const valued = binding.slice(0, 6);
const demands = [...scenario.demands].sort((a, b) => b.volume - a.volume).slice(0, 6);
const around = (set, value) => ({ set, min: 0.8 * value, mode: value, max: 1.2 * value });
const vary = [
  ...valued.map((l) => around(`links.${l.id}.capacity`, capacityOf.get(l.id))),
  ...valued.map((l) => around(`links.${l.id}.cost`, scenario.links.find((x) => x.id === l.id).cost)),
  ...demands.map((d) => around(`demands.${d.id}.volume`, d.volume)),
];
// The draws' scenarios as monteCarlo builds them, for the cold solves of some of them (answered with the base here).
let drawn = [];
await monteCarlo(scenario, async (scenarios) => ((drawn = scenarios), scenarios.map(() => base)), { runs: DRAWS, seed: SEED, vary });
const monteCarloRun = await warmAndCold(DRAWS, async (solve, indices) =>
  indices === null ? (await monteCarlo(scenario, solveManySequential(solve), { runs: DRAWS, seed: SEED, vary })).results : pick(drawn, indices).map(solve),
);

const lp = `${buildLp(scenario).lp.numCols} LP columns`;
console.log(`  network: ${scenario.nodes.length} nodes, ${scenario.links.length} links, ${scenario.demands.length} demands (${lp}); one cold solve ${fmtMs(coldMs)} ms (best of ${quick ? 2 : 3})`);
console.log(`  swept: links.${swept.id}.capacity over ${POINTS} points, ${Math.round(values[0])}…${Math.round(values.at(-1))} t/yr (0.5×…1.5×)`);
console.log(`  Monte Carlo: ${DRAWS} draws of ${vary.length} parameters (capacities and costs of the 6 most valuable links, the 6 largest volumes, ±20 %)`);
const row = (name, r) => [
  name,
  `${r.runs} (${r.optimal} optimal)`,
  String(r.warmStarts),
  String(r.columnsReused),
  `${fmtMs(r.coldPerRun)} (${r.coldRuns})`,
  fmtMs(r.warmTotal / r.runs),
  ratio(r.coldPerRun, r.warmTotal / r.runs),
  ratio(r.warmTotal, coldMs),
  r.worst.toExponential(1),
];
printTable(
  'warm vs cold re-solves (ms per run; warm starts: solves that started from the last basis or path columns; columns reused: paths seeded that pricing from scratch had not found; cold: over the runs in brackets)',
  [['run', 26], ['runs', 14], ['warm starts', 0], ['columns reused', 0], ['cold / run', 0], ['warm / run', 0], ['cold ÷ warm', 0], ['warm total ÷ 1 cold', 0], ['worst objective Δ', 0]],
  [row(`sweep, ${POINTS} points`, sweepRun), row(`Monte Carlo, ${DRAWS} draws`, monteCarloRun)],
);
const measured = sweepRun.warmTotal / coldMs;
console.log(`  ${POINTS}-point capacity sweep on a 100× network ÷ one cold solve: ${measured.toFixed(2)}× (target ≤ ${TARGET}×) — ${measured <= TARGET ? 'met' : 'NOT met'}`);
console.log(`  load average before ${loadBefore}, after the sweeps ${loadAverage()} (${cpus().length} cores: above that, other work shares them)`);

// The old way, for context: the arc LP whole, warm from the last basis (what the warm solver did before the path method).
const arcCold = best(() => solver.solve(scenario, { method: 'arc' }), 1);
if (arcCold.value.status !== 'optimal' || Math.abs(arcCold.value.objective - base.objective) > 1e-7 * Math.max(Math.abs(base.objective), 1)) {
  throw new Error(`bench-warm: the arc method gives ${arcCold.value.status} ${arcCold.value.objective}, auto ${base.objective}`);
}
const arcWarm = solver.warmSolver();
let started = performance.now();
const arcSweep = await sweep(scenario, `links.${swept.id}.capacity`, values, (s) => arcWarm.solve(s, { method: 'arc' }));
const arcSweepMs = performance.now() - started;
const arcWarmStarts = arcWarm.warmStarts();
arcWarm.release();
if (!arcSweep.ok) throw new Error(`bench-warm: ${JSON.stringify(arcSweep.errors)}`);
console.log(
  `  the old way, method 'arc': one cold solve ${fmtMs(arcCold.ms)} ms = ${(arcCold.ms / coldMs).toFixed(1)}× one cold solve now; ` +
    `its warm sweep (${arcWarmStarts} warm starts) ${fmtMs(arcSweepMs)} ms = ${(arcSweepMs / arcCold.ms).toFixed(2)}× one cold arc solve, ` +
    `${(arcSweepMs / coldMs).toFixed(1)}× one cold solve now; the warm sweep now is ${(arcSweepMs / sweepRun.warmTotal).toFixed(1)}× faster`,
);
