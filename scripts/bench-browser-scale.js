#!/usr/bin/env node
/**
 * `node scripts/bench-browser-scale.js [--quick]`: the built app and the
 * solver workers in Debian's Chromium, at scale. Three measurements, one
 * browser, all numbers printed (no assertions):
 *
 * 1. at scale: a generated scenario 100× the default (a 25 × 20 grid: 500
 *    nodes, 1,890 links, 200 demands from 20 origins, three corridors with
 *    their gates) set as the `<corridor-flow>` element's `scenario` property;
 *    then one edit in the editor (a gate's capacity) re-solves it. For each:
 *    the time to the `corridor-solved` event, the longest main-thread task
 *    (PerformanceObserver 'longtask', tasks of 50 ms and more) and the
 *    largest delay of a 10 ms timer, from the change to the rendered split.
 * 2. memory: 1,000 consecutive solves of models/caspian-2030.json in one
 *    solver worker (as the app makes them: one message per solve), with the
 *    worker's wasm memory (its `memory()` call) and its JS heap (DevTools
 *    protocol `Runtime.getHeapUsage` on the worker target) after the 1st,
 *    10th, 100th and 1,000th solve, and the largest seen.
 * 3. pool: sweep throughput (solves per second) of the app's sweep
 *    (`sweepMany` of src/analysis over a WorkerPool's `solveMany`, the call
 *    the Sweep tab makes: validation, variants, solves, results back in
 *    order) with 1, 2, N = navigator.hardwareConcurrency and 2N workers,
 *    best of 60 or 7 rounds (pools warmed up by whole sweeps first, sizes in turns), as ratios to one
 *    worker, beside the same solves in two bare solver workers without the
 *    pool and what two workers running a busy loop and a memory-bound loop
 *    get from the machine at that moment: 400 points on the default scenario (TRIPP capacity
 *    0 … 6 Mt/yr; a solve takes under a millisecond, so this measures the
 *    pool's messaging) and 30 points on a generated scenario of about 5,000
 *    columns (the solve dominates).
 *
 * `--sections scale,memory,pool` runs some of them. The pool and the bare
 * worker run on a small page built beside the app
 * from src/client (same worker bundle as the app's).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { SEED, buildBenchPage, chromiumConfig, fmtMs, loadAverage, mb, option, printTable, root, startPreview, observeLongTasks } from './bench-common.js';
import { generateScenario } from './generate-scenario.js';
import { workerHeapReader } from './worker-heap-reader.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const MEMORY_SOLVES = Number(option(args, 'solves', '1000'));
const POOL_VARIANTS = Number(option(args, 'variants', quick ? '150' : '400'));
const POOL_ROUNDS = quick ? 3 : 7;
/** `--sections scale,memory,pool`: which of the three to run (default all). */
const SECTIONS = option(args, 'sections', 'scale,memory,pool').split(',');
const DEFAULT_MODEL = 'caspian-2030';
const SWEPT = 'links.tripp-meghri.capacity';
const SCALE = { width: 25, height: 20, demands: 200, demandsPerOrigin: 10 };
/** About 5,000 LP columns: a solve of tens of milliseconds, so the pool's own messaging is small beside it. */
const MEDIUM = { width: 10, height: 10, demands: 14 };
const MEDIUM_VARIANTS = Number(option(args, 'medium-variants', quick ? '16' : '30'));

const defaultScenario = JSON.parse(readFileSync(join(root, 'models', `${DEFAULT_MODEL}.json`), 'utf8'));
const big = generateScenario({ seed: SEED, ...SCALE });

/** The benchmark page: src/client's pool and worker handle on `window.bench`. */
const benchPage = (outDir) =>
  buildBenchPage(outDir, 'bench', {
    WorkerPool: join(root, 'src/client/worker-pool.ts'),
    startWorker: join(root, 'src/client/worker-handle.ts'),
    createSolverWorker: join(root, 'src/client/create-solver-worker.ts'),
    sweepMany: join(root, 'src/analysis/sweep-many.ts'),
    parseScenario: join(root, 'src/model/parse-scenario.ts'),
  });

async function main() {
  const server = await startPreview(benchPage);
  const { executablePath, args: chromiumArgs } = await chromiumConfig();
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  try {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } });
    if (SECTIONS.includes('scale')) await atScale(context, server.url);
    if (SECTIONS.includes('memory')) await memory(context, server.url);
    if (SECTIONS.includes('pool')) await pool(context, server.url);
  } finally {
    await browser.close();
    await server.stop();
  }
}

// ------------------------------------------------------------------ 1. at scale

async function atScale(context, url) {
  const page = await context.newPage();
  await page.addInitScript(observeLongTasks);
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('corridor-flow')?.result != null, undefined, { timeout: 120_000 });
  await page.waitForTimeout(500); // start-up work settles before the window opens

  const load = await timedChange(page, 'app.scenario = arg; return "set as the scenario property";', big);
  const gate = big.corridors.find((c) => c.id === 'tripp').gates[0];
  const capacity = big.links.find((l) => l.id === gate).capacity;
  // The editor's capacity field of a TRIPP gate, as a user would type in it; the property if the editor shows no such field.
  const edit = await timedChange(
    page,
    `const editor = app.shadowRoot.querySelector('corridor-editor');
     const input = editor?.shadowRoot?.querySelector('[data-kind="link"][data-id="' + arg.gate + '"][data-field="capacity"] input.num');
     if (input) {
       input.value = String(arg.value);
       input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
       return 'typed into the editor (' + arg.gate + ' capacity)';
     }
     app.scenario = { ...app.scenario, links: app.scenario.links.map((l) => (l.id === arg.gate ? { ...l, capacity: arg.value } : l)) };
     return 'set as the scenario property (' + arg.gate + ' capacity; the editor showed no field)';`,
    { gate, value: Math.round(capacity * 0.5) },
  );
  await page.close();

  printAtScale(load, edit);
}

/** Runs `change` (a function body of `app` and `arg`) in the page, then waits for the solve of the changed scenario and the next frame. */
function timedChange(page, change, arg) {
  return page.evaluate(
    async ({ change, arg }) => {
      const app = document.querySelector('corridor-flow');
      const split = app.shadowRoot.querySelector('corridor-split');
      let lag = 0;
      let last = performance.now();
      const probe = setInterval(() => {
        const now = performance.now();
        lag = Math.max(lag, now - last - 10);
        last = now;
      }, 10);
      const solved = new Promise((r) => app.addEventListener('corridor-solved', (e) => r(e.detail), { once: true }));
      const t0 = performance.now();
      const how = new Function('app', 'arg', change)(app, arg);
      const detail = await solved;
      const tSolved = performance.now();
      await split.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const tRendered = performance.now();
      clearInterval(probe);
      const tasks = window.__longTasks.filter((t) => t.start >= t0 - 1 && t.start <= tRendered);
      const shares = Object.fromEntries(detail.result.corridors.map((c) => [c.id, c.share]));
      return {
        how,
        status: detail.result.status,
        workerMs: detail.result.solver?.ms ?? null,
        solvedMs: tSolved - t0,
        renderedMs: tRendered - t0,
        longTasks: tasks.length,
        longest: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
        // Where each long task fell: ms from the change to its start, and its length.
        taskTimes: tasks.map((t) => [t.start - t0, t.duration]),
        lag,
        shares,
        links: detail.scenario.links.length,
        nodes: detail.scenario.nodes.length,
        demands: detail.scenario.demands.length,
      };
    },
    { change, arg },
  );
}

/** The load and the edit side by side, and where each long task fell. */
function printAtScale(load, edit) {
  console.log(`1. at scale: generated ${load.nodes} nodes, ${load.links} links, ${load.demands} demands (${SCALE.width} × ${SCALE.height} grid, ${SCALE.demandsPerOrigin} demands per origin) in the app`);
  printTable(
    '',
    [['step', 30], ['status', 8], ['worker solve', 12], ['→ solved', 9], ['→ rendered', 10], ['long tasks', 10], ['longest task', 12], ['10 ms timer lag', 15]],
    [
      ['load (scenario property)', load.status, fmtMs(load.workerMs), fmtMs(load.solvedMs), fmtMs(load.renderedMs), load.longTasks, load.longTasks ? fmtMs(load.longest) : 'none', fmtMs(load.lag)],
      [`edit (TRIPP gate capacity ÷ 2)`, edit.status, fmtMs(edit.workerMs), fmtMs(edit.solvedMs), fmtMs(edit.renderedMs), edit.longTasks, edit.longTasks ? fmtMs(edit.longest) : 'none', fmtMs(edit.lag)],
    ],
    [
      `   times in ms from the change; the edit was ${edit.how}`,
      `   split after load: ${formatShares(load.shares)}; after the edit: ${formatShares(edit.shares)}`,
      `   long tasks: main-thread tasks of 50 ms and more between the change and the rendered split (validation, cloning to and from the worker, rendering)`,
      ...[['load', load], ['edit', edit]].flatMap(([step, r]) =>
        r.taskTimes.map(([at, ms]) => `   ${step}: a ${fmtMs(ms)} ms task ${fmtMs(at)} ms after the change, ${at + ms <= r.solvedMs - (r.workerMs ?? 0) ? 'before the worker began solving' : at < r.solvedMs ? 'while the worker solved or its answer arrived' : 'after the answer arrived (rendering)'}`),
      ),
    ],
  );
  console.log('');
}

function formatShares(shares) {
  return Object.entries(shares)
    .map(([id, share]) => `${id} ${(share * 100).toFixed(1)} %`)
    .join(', ');
}

// ------------------------------------------------------------------ 2. memory

async function memory(context, url) {
  const page = await context.newPage();
  await page.goto(new URL('bench/index.html', url).href);
  await page.waitForFunction(() => window.bench !== undefined);
  const heap = await workerHeapReader(context);
  await page.evaluate(() => {
    window.__handle = window.bench.startWorker(window.bench.createSolverWorker);
  });
  const marks = new Set([1, 10, 100, MEMORY_SOLVES]);
  const rows = [];
  let maxWasm = 0;
  let maxHeap = 0;
  let objective = null;
  let same = true;
  const started = performance.now();
  for (let done = 0; done < MEMORY_SOLVES; ) {
    const next = [...marks].filter((m) => m > done).sort((a, b) => a - b)[0] ?? MEMORY_SOLVES;
    const step = Math.min(next - done, 50);
    // `step` solves, one message each (as the app solves), then the worker's memory.
    const out = await page.evaluate(
      async ({ scenario, step }) => {
        const objectives = [];
        for (let i = 0; i < step; i++) {
          const result = await window.__handle.call((api) => api.solve(scenario), 60_000);
          objectives.push(result.objective);
        }
        const report = await window.__handle.call((api) => api.memory(), 60_000);
        return { objectives, wasm: report.wasmBytes };
      },
      { scenario: defaultScenario, step },
    );
    done += step;
    for (const o of out.objectives) {
      objective ??= o;
      if (o !== objective) same = false;
    }
    const jsHeap = heap ? await heap.read() : null;
    maxWasm = Math.max(maxWasm, out.wasm);
    if (jsHeap !== null) maxHeap = Math.max(maxHeap, jsHeap);
    if (marks.has(done)) rows.push([done, mb(out.wasm), jsHeap === null ? '–' : mb(jsHeap)]);
  }
  const seconds = (performance.now() - started) / 1000;
  rows.push(['max', mb(maxWasm), heap ? mb(maxHeap) : '–']);
  await heap?.close();
  await page.close();
  console.log(`2. memory: ${MEMORY_SOLVES} consecutive solves of models/${DEFAULT_MODEL}.json in one solver worker (${seconds.toFixed(1)} s)`);
  printTable('', [['after solves', 12], ['wasm memory', 11], ['worker JS heap', 14]], rows, [
    `   wasm: the worker's memory() (glpk.js's WebAssembly.Memory); JS heap: Runtime.getHeapUsage on the worker target, after a forced collection${heap ? '' : ' (the worker target was not found: not measured)'}`,
    `   objective ${same ? 'the same on every solve' : 'CHANGED between solves'}`,
  ]);
  console.log('');
}

// ------------------------------------------------------------------ 3. pool

async function pool(context, url) {
  const page = await context.newPage();
  await page.goto(new URL('bench/index.html', url).href);
  await page.waitForFunction(() => window.bench !== undefined);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  const sizes = [...new Set([1, 2, cores, 2 * cores])].sort((a, b) => a - b);
  console.log(`3. pool: sweep throughput of a WorkerPool with 1, 2, N and 2N workers; N = navigator.hardwareConcurrency = ${cores}`);
  for (const [k, sweep] of poolSweeps().entries()) {
    const { scenario, path, values, warm, rounds } = sweep;
    const loadBefore = loadAverage();
    const spinBefore = await parallelism(page);
    const results = await page.evaluate(sweepInPage, { sizes, input: scenario, path, values, rounds, warm });
    const spinAfter = await parallelism(page);
    printSweep(k, sweep, results, sizes, cores, loadBefore, spinBefore, spinAfter);
  }
  await page.close();
  console.log('');
}

/** The two sweeps the pool is timed on: the default model (messaging dominates) and a medium grid (the solve dominates). */
function poolSweeps() {
  const medium = generateScenario({ seed: SEED, ...MEDIUM });
  const mediumGate = medium.corridors.find((c) => c.id === 'tripp').gates[0];
  const mediumCapacity = medium.links.find((l) => l.id === mediumGate).capacity;
  return [
    {
      title: `the default model ${DEFAULT_MODEL} (an LP of 47 columns: a solve takes under a millisecond, so messaging and the main thread dominate)`,
      scenario: defaultScenario,
      path: SWEPT,
      values: linspace(0, 6_000_000, POOL_VARIANTS),
      // Whole sweeps before timing: V8 optimises the worker's code over the first few thousand
      // solves (readResult alone took 123 ms of TurboFan time on a background thread, which on
      // two cores is taken from the workers); a warm-up of a few solves left that inside the timing.
      warm: quick ? 4 : 12,
      // Rounds are short (a quarter of a second for all sizes): many of them, for the best of each
      // size. Other load on the machine slows two workers more than one (one worker leaves a core
      // to it), so the best of few rounds understates what two workers do in a quiet moment.
      rounds: quick ? 5 : 60,
    },
    {
      title: `a generated ${MEDIUM.width} × ${MEDIUM.height} grid with ${MEDIUM.demands} demands (about 5,000 columns: the solve dominates)`,
      scenario: medium,
      path: `links.${mediumGate}.capacity`,
      values: linspace(0, mediumCapacity * 2, MEDIUM_VARIANTS),
      warm: 1,
      rounds: POOL_ROUNDS,
    },
  ];
}

/**
 * In the page: every pool size and two bare solver workers timed on the same
 * sweep, best of `rounds` rounds each (run by `page.evaluate`, so it uses
 * nothing of this module).
 */
async function sweepInPage({ sizes, input, path, values, rounds, warm }) {
  const parsed = window.bench.parseScenario(input);
  if (!parsed.ok) throw new Error(`the benchmark scenario does not parse: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  const base = parsed.scenario;
  const run = async (p, vs) => {
    const outcome = await window.bench.sweepMany(base, path, vs, p.solveMany);
    if (!outcome.ok) throw new Error(`the benchmark sweep was refused: ${JSON.stringify(outcome.errors.slice(0, 3))}`);
    return outcome.sweep.points.map((point) => point.result);
  };
  // Every pool started and warmed up first (workers started, glpk.js loaded, its code tiered
  // up), then timed in turns, in reverse order every other round: the load of other work on
  // the machine comes in bursts, and the best round of each size is the one it disturbed least.
  const pools = new Map(sizes.map((size) => [size, new window.bench.WorkerPool({ size, timeoutMs: 600_000 })]));
  for (const p of pools.values()) for (let i = 0; i < warm; i++) await run(p, values);
  // The same solves without the pool, for what the machine gives this very work in
  // parallel: two bare solver workers, each sent its half of the variants in one
  // message, against one sent all of them.
  const bare = [0, 1].map(() => window.bench.startWorker(window.bench.createSolverWorker));
  const changes = values.map((value) => [{ path, value }]);
  const bareRun = (handle, part, key) =>
    handle.call((api) => api.solveVariants({ key, base, changes: part }), 600_000);
  let bareKey = 1;
  for (const handle of bare) for (let i = 0; i < warm; i++) await bareRun(handle, changes, bareKey++);
  const bareTimes = { one: Infinity, two: Infinity };
  const best = new Map(sizes.map((size) => [size, Infinity]));
  const solveMs = new Map(sizes.map((size) => [size, Infinity]));
  let errors = 0;
  // Before each timed run a pause, so that what the last one left running in the background
  // (V8's concurrent compiler and sweeper in up to four other workers: the app has one pool,
  // the bench has four) has finished and does not take a core from the run being timed.
  const settle = () => new Promise((done) => setTimeout(done, 30));
  for (let round = 0; round < rounds; round++) {
    await settle();
    let t0 = performance.now();
    await bareRun(bare[0], changes, bareKey++);
    bareTimes.one = Math.min(bareTimes.one, performance.now() - t0);
    const half = Math.ceil(changes.length / 2);
    await settle();
    t0 = performance.now();
    await Promise.all([bareRun(bare[0], changes.slice(0, half), bareKey++), bareRun(bare[1], changes.slice(half), bareKey++)]);
    bareTimes.two = Math.min(bareTimes.two, performance.now() - t0);
    for (const size of round % 2 ? [...sizes].reverse() : sizes) {
      await settle();
      const t0 = performance.now();
      const out = await run(pools.get(size), values);
      const ms = performance.now() - t0;
      errors += out.filter((r) => r.status !== 'optimal').length;
      if (ms < best.get(size)) {
        best.set(size, ms);
        solveMs.set(size, out.reduce((sum, r) => sum + (r.solver?.ms ?? 0), 0) / out.length);
      }
    }
  }
  for (const p of pools.values()) p.dispose();
  for (const handle of bare) handle.terminate();
  return { best: [...best], solveMs: [...solveMs], errors, bare: bareTimes };
}

/** Sweep `k`'s table: each pool size against one worker, beside the bare workers and what the machine gave two workers meanwhile. */
function printSweep(k, { title, path, values, warm, rounds }, results, sizes, cores, loadBefore, spinBefore, spinAfter) {
  const best = new Map(results.best);
  const solveMs = new Map(results.solveMs);
  const one = best.get(1);
  const two = one / best.get(2);
  const bare = results.bare.one / results.bare.two;
  printTable(
    `${String.fromCharCode(97 + k)}) a sweep of ${values.length} points on ${title}; ${path} ${fmtInt(values[0])} … ${fmtInt(values.at(-1))}`,
    [['workers', 7], ['sweep ms', 8], ['solves/s', 8], ['× one worker', 12], ['mean solve in worker', 20]],
    sizes.map((size) => [
      size === cores ? `${size} (N)` : size === 2 * cores ? `${size} (2N)` : size,
      fmtMs(best.get(size)),
      (values.length / (best.get(size) / 1000)).toFixed(0),
      (one / best.get(size)).toFixed(2),
      fmtMs(solveMs.get(size)),
    ]),
    [
      `   best of ${rounds} rounds per size, each pool warmed up by ${warm} whole sweep${warm === 1 ? '' : 's'} first, sizes in turns; ${results.errors === 0 ? 'every solve optimal' : `${results.errors} solves NOT optimal`}; load average before ${loadBefore}, after ${loadAverage()}`,
      `   1 → 2 workers: ${two.toFixed(2)}× (target ≥ 1.70×: ${two >= 1.7 ? 'met' : 'NOT met'})`,
      `   the same solves without the pool (two bare solver workers, half the variants each in one message, against one with all): ${fmtMs(results.bare.one)} → ${fmtMs(results.bare.two)} ms, ${bare.toFixed(2)}×; pool ÷ bare: ${(two / bare).toFixed(2)}`,
      `   what the machine gave two workers at the time (before / after): a busy loop ${spinBefore.spin.toFixed(2)}× / ${spinAfter.spin.toFixed(2)}×, random access to 8 MB ${spinBefore.memory.toFixed(2)}× / ${spinAfter.memory.toFixed(2)}×`,
      `   mean solve in worker: GLPK's time per scenario inside the workers (it rises when the two workers slow each other down)`,
    ],
  );
}

/**
 * How much parallel work the machine gives the page right now, for two kinds
 * of work: the same loop (~0.3 s) in one worker, then in two at once; returns
 * how many times one worker's work the two did in the same time (2.00 on two
 * idle cores; about 1 when other load leaves room for one). `spin` is a busy
 * loop on registers; `memory` reads and writes random places of an 8 MB array
 * (beyond a core's 2 MB L2 cache here), as allocation-heavy work like a
 * solve does. Best of 3 each.
 */
async function parallelism(page) {
  return page.evaluate(async () => {
    const source = `onmessage = (e) => {
      const [kind, n] = e.data;
      let x = 0;
      if (kind === 'spin') for (let i = 0; i < n; i++) x = (x + i * 7) % 1000003;
      else {
        const a = (self.big ??= new Float64Array(1 << 20));
        for (let i = 0; i < n / 50; i++) { const k = Math.imul(i, 2654435761) & 1048575; a[k] = a[k] * 0.5 + x; x = a[(k + 7) & 1048575]; }
      }
      postMessage(x);
    };`;
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const workers = [new Worker(url), new Worker(url)];
    const run = (count, kind, iterations) =>
      Promise.all(workers.slice(0, count).map((w) => new Promise((done) => {
        w.onmessage = done;
        w.postMessage([kind, iterations]);
      })));
    const timed = async (count, kind) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        await run(count, kind, 1e8);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    const ratio = async (kind) => {
      await run(2, kind, 1e6); // started, compiled, array touched
      return (2 * (await timed(1, kind))) / (await timed(2, kind));
    };
    const spin = await ratio('spin');
    const memory = await ratio('memory');
    workers.forEach((w) => w.terminate());
    URL.revokeObjectURL(url);
    return { spin, memory };
  });
}

/** `n` whole values from `low` to `high`, evenly spaced (ends included). */
function linspace(low, high, n) {
  return Array.from({ length: n }, (_, i) => Math.round(low + ((high - low) * i) / (n - 1)));
}

const fmtInt = (x) => Math.round(x).toLocaleString('en-US');

main().catch((error) => {
  console.error(`bench-browser-scale: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
