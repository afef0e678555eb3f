#!/usr/bin/env node
/**
 * How responsive the built app is, measured in Debian's Chromium:
 *
 * - edit → rendered split: from a change of the TRIPP capacity field in the
 *   editor to the split showing the new answer (the next frame after
 *   `<corridor-split>` updated), median over `--runs` edits;
 * - the bare glpk.js solve of the same LP (the exact object our adapter hands
 *   to `glpk.solve`, captured in Node), timed in a plain module worker of the
 *   same page (glpk.js/node cannot load in a window: it needs synchronous
 *   fetching of its wasm, which only workers have);
 * - their ratio: what the app adds around GLPK (validation, undo, autosave,
 *   LP building, cloning to and from the worker, reading the result, render);
 * - the longest main-thread task while solving (PerformanceObserver
 *   'longtask', which sees tasks of 50 ms and more) and the largest delay of
 *   a 10 ms timer (a probe for shorter stalls).
 *
 * No assertions: it prints numbers. Usage:
 *   node scripts/bench-browser.js [--runs 30] [--model caspian-2030] [--json]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer as createViteServer } from 'vite';
import { chromium } from 'playwright-core';
import { median, root, startPreview } from './bench-common.js';

const glpkDir = join(root, 'node_modules/glpk.js/dist');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const RUNS = Number(option('runs', '30'));
const MODEL = option('model', 'caspian-2030');
const JSON_OUT = args.includes('--json');
const LINK = 'tripp-meghri';
// Alternating values, so every edit changes the LP (and its answer).
const CAPACITIES = [1_000_000, 3_000_000, 5_000_000, 2_000_000, 4_000_000];

/** The bare solve: glpk.js in a plain module worker of the same page, no comlink, no app. */
const BARE_WORKER = `
import GLPK from './glpk.js';
self.onmessage = async ({ data: { lp, options, runs } }) => {
  const glpk = await GLPK();
  glpk.solve(lp, options); // warm-up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    glpk.solve(lp, options);
    times.push(performance.now() - t0);
  }
  self.postMessage(times);
};
`;

const round = (x, digits = 2) => Number(x.toFixed(digits));

async function main() {
  const { captured, chromiumArgs, chromiumPath } = await captureLp();
  const server = await startPreview();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  try {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await serveBareGlpk(context);

    const navigationStart = Date.now();
    await page.goto(server.url);
    await page.waitForFunction(() => document.querySelector('corridor-flow')?.result != null);
    const firstResultMs = Date.now() - navigationStart;

    const bare = await timeBareSolves(page, captured);
    const edits = await timeEdits(page);
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    const report = reportOf(captured, firstResultMs, bare, edits, cores);
    if (JSON_OUT) console.log(JSON.stringify(report, null, 2));
    else printReport(report);
  } finally {
    await browser.close();
    await server.stop();
  }
}

/**
 * Our TypeScript modules, loaded through vite in Node: the LP the app builds
 * for the model, as glpk.js gets it (`captured`: what our adapter hands to
 * `glpk.solve`, and the LP's size), and the Chromium the tests use.
 */
async function captureLp() {
  const vite = await createViteServer({ root, configFile: false, logLevel: 'error', server: { middlewareMode: true }, appType: 'custom' });
  let captured;
  try {
    const { parseScenario } = await vite.ssrLoadModule('/src/model/parse-scenario.ts');
    const { setParameter } = await vite.ssrLoadModule('/src/model/parameter-path.ts');
    const { buildLp } = await vite.ssrLoadModule('/src/lp/build-lp.ts');
    const { glpkLpSolve } = await vite.ssrLoadModule('/src/solver/glpk-lp-solve.ts');
    const { CHROMIUM_ARGS: chromiumArgs, CHROMIUM_PATH: chromiumPath } = await vite.ssrLoadModule('/vite.config.ts');
    const parsed = parseScenario(readFileSync(join(root, 'models', `${MODEL}.json`), 'utf8'));
    if (!parsed.ok) throw new Error(`models/${MODEL}.json is invalid`);
    const scenario = setParameter(parsed.scenario, `links.${LINK}.capacity`, CAPACITIES[0]);
    const GLPK = (await import('glpk.js/node')).default;
    const glpk = await GLPK();
    const recorder = Object.create(glpk);
    Object.defineProperty(recorder, 'solve', {
      value: (lp, options) => {
        captured = { lp, options };
        return glpk.solve(lp, options);
      },
    });
    const { lp } = buildLp(scenario);
    glpkLpSolve(recorder, { name: 'glpk.js', version: 'bench' }, lp);
    captured.size = { columns: lp.numCols, rows: lp.numRows, nonzeros: lp.rowStart[lp.numRows] };
    return { captured, chromiumArgs, chromiumPath };
  } finally {
    await vite.close();
  }
}

/**
 * glpk.js itself and a bare worker around it, served on the app's origin for
 * the bare timing only. (glpk.js/node cannot load in a window: it fetches its
 * wasm synchronously, which only a worker may.)
 */
async function serveBareGlpk(context) {
  await context.route('**/__bench/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    if (name === 'bare.worker.js') {
      route.fulfill({ status: 200, contentType: 'text/javascript', body: BARE_WORKER });
      return;
    }
    const type = name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript';
    route.fulfill({ status: 200, contentType: type, body: readFileSync(join(glpkDir, name)) });
  });
}

/** `RUNS` solves of the captured LP in the bare worker, ms each. */
function timeBareSolves(page, captured) {
  return page.evaluate(
    ({ lp, options, runs }) =>
      new Promise((resolveTimes, reject) => {
        const worker = new Worker('/__bench/bare.worker.js', { type: 'module' });
        worker.onmessage = (event) => {
          worker.terminate();
          resolveTimes(event.data);
        };
        worker.onerror = (event) => reject(new Error(`bare worker: ${event.message}`));
        worker.postMessage({ lp, options, runs });
      }),
    { lp: captured.lp, options: captured.options, runs: RUNS },
  );
}

/**
 * `RUNS` edits of the capacity field (after one that warms up the editor's
 * and the app's code paths), each timed to the solved event and to the
 * rendered split, with the longest task and timer delay meanwhile.
 */
function timeEdits(page) {
  return page.evaluate(
    async ({ link, capacities, runs }) => {
      const app = document.querySelector('corridor-flow');
      const split = app.shadowRoot.querySelector('corridor-split');
      const editor = app.shadowRoot.querySelector('corridor-editor');
      const field = () =>
        editor.shadowRoot.querySelector(`[data-kind="link"][data-id="${link}"][data-field="capacity"] input.num`);
      const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

      let longest = 0;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
      });
      observer.observe({ type: 'longtask', buffered: false });
      let lag = 0;
      let last = performance.now();
      const probe = setInterval(() => {
        const now = performance.now();
        lag = Math.max(lag, now - last - 10);
        last = now;
      }, 10);

      const times = [];
      const solveMs = [];
      const toSolved = [];
      for (let i = 0; i < runs + 1; i++) {
        const capacity = capacities[(i + 1) % capacities.length];
        const input = field();
        const solved = new Promise((r) => app.addEventListener('corridor-solved', (e) => r(e.detail), { once: true }));
        const t0 = performance.now();
        input.value = String(capacity);
        input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        const detail = await solved;
        const tSolved = performance.now();
        await split.updateComplete;
        await nextFrame();
        const flow = detail.result.corridors.find((c) => c.id === 'tripp')?.flow;
        if (!(detail.scenario.links.find((l) => l.id === link)?.capacity === capacity)) throw new Error('solved the wrong scenario');
        if (i > 0) {
          // the first edit warms up the editor's and the app's code paths
          times.push(performance.now() - t0);
          toSolved.push(tSolved - t0);
          solveMs.push(detail.result.solver.ms);
        }
        void flow;
      }
      clearInterval(probe);
      await new Promise((r) => setTimeout(r, 100));
      observer.disconnect();
      return { times, solveMs, toSolved, longest, lag };
    },
    { link: LINK, capacities: CAPACITIES, runs: RUNS },
  );
}

function reportOf(captured, firstResultMs, bare, edits, cores) {
  return {
    model: MODEL,
    lp: captured.size,
    runs: RUNS,
    firstResultMs,
    bareGlpkMs: { median: round(median(bare)), min: round(Math.min(...bare)) },
    workerSolveMs: { median: round(median(edits.solveMs)) },
    editToSolvedEventMs: { median: round(median(edits.toSolved)) },
    editToRenderedSplitMs: { median: round(median(edits.times)), min: round(Math.min(...edits.times)), max: round(Math.max(...edits.times)) },
    ratio: round(median(edits.times) / median(bare)),
    longestLongTaskMs: round(edits.longest),
    maxTimerDelayMs: round(edits.lag),
    cores,
  };
}

function printReport(report) {
  console.log(`model ${report.model}: LP ${report.lp.columns} columns × ${report.lp.rows} rows, ${report.lp.nonzeros} nonzeros; ${RUNS} edits; ${report.cores} cores`);
  console.log(`first result after navigation:      ${report.firstResultMs} ms`);
  console.log(`bare glpk.js solve (plain worker):  median ${report.bareGlpkMs.median} ms (min ${report.bareGlpkMs.min})`);
  console.log(`scenario solve inside the worker:   median ${report.workerSolveMs.median} ms (build + GLPK + read back)`);
  console.log(`edit → corridor-solved event:      median ${report.editToSolvedEventMs.median} ms`);
  console.log(
    `edit → rendered split:              median ${report.editToRenderedSplitMs.median} ms (min ${report.editToRenderedSplitMs.min}, max ${report.editToRenderedSplitMs.max})`,
  );
  console.log(`ratio (edit → split) / bare solve:  ${report.ratio}`);
  console.log(`longest main-thread task (≥50 ms):  ${report.longestLongTaskMs === 0 ? 'none' : `${report.longestLongTaskMs} ms`}`);
  console.log(`largest 10 ms timer delay:          ${report.maxTimerDelayMs} ms`);
}

main().catch((error) => {
  console.error(`bench-browser: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
