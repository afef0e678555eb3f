#!/usr/bin/env node
/**
 * `node scripts/bench-map-1m.js [--quick] [--trace [--trace-ms N]]`: what the map alone costs
 * the page with issue 18's 1M-variable network (the 50 × 50 grid of
 * bench-browser-1m.js, 2,500 nodes and 9,750 links; `--quick`: 30 × 30).
 * A `<corridor-map>` on its own in the built app's page, given the network
 * and a made-up answer (every link a different flow and utilisation, the
 * widest spread of looks), then: a new answer (a re-solve), the pointer
 * moved across it, four steps of zoom in, a pan by the arrow keys, and back
 * out. Prints the long tasks (≥ 50 ms) of each step; `--trace` says what
 * each was made of (scripts/long-task-causes.js).
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { SEED, chromiumConfig, fmtMs, loadAverage, startPreview, observeLongTasks } from './bench-common.js';
import { generateScenario } from './generate-scenario.js';
import { longTaskCauses } from './long-task-causes.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const tracing = args.includes('--trace');
/** `--trace-ms N`: say what each task of N ms or more (wall) was made of; 50 by default. */
const traceMs = Number(args[args.indexOf('--trace-ms') + 1] ?? 50) || 50;
const GRID = quick ? { width: 30, height: 30, demands: 40 } : { width: 50, height: 50, demands: 105 };
const big = generateScenario({ seed: SEED, ...GRID });
const tracePath = join(tmpdir(), `corridor-flow-map-trace-${process.pid}.json`);

/** A made-up answer: link i carries (37·i·k mod 1001) t/yr of 1,000, so a new `k` changes nearly every flow. */
const answer = (k) => ({
  status: 'optimal',
  objective: 1000 * k,
  served: 1,
  unmet: 0,
  corridors: [],
  other: { flow: 1, share: 1 },
  links: big.links.map((l, i) => {
    const flow = (i * 37 * k) % 1001;
    return { id: l.id, flow, utilisation: flow / 1000, marginalValue: flow === 1000 ? 3 : 0, reducedCost: 0 };
  }),
  nodes: big.nodes.map((n) => ({ id: n.id, throughput: 0, utilisation: null, marginalValue: 0 })),
  demands: [],
  solver: { name: 'glpk.js', version: '5.0.0', ms: 1 },
});

async function main() {
  const loadBefore = loadAverage();
  const server = await startPreview();
  const { executablePath, args: chromiumArgs } = await chromiumConfig();
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  let steps;
  try {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    await page.addInitScript(observeLongTasks);
    await page.goto(server.url);
    await page.waitForFunction(() => customElements.get('corridor-map') !== undefined && document.querySelector('corridor-flow')?.result != null, undefined, { timeout: 120_000 });
    // The app's own map out of the way: only the one measured here draws.
    await page.evaluate(() => document.querySelector('corridor-flow').remove());
    await page.waitForTimeout(500);
    // Handed over first, outside the steps: a page.evaluate's argument of this size is a long task of its own.
    await page.evaluate((data) => (window.__data = data), { scenario: big, first: answer(1), second: answer(3) });
    await page.waitForTimeout(500);
    if (tracing) await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'] });
    steps = await mapSteps(page);
    if (tracing) {
      await browser.stopTracing();
      traceCauses(steps);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  printSteps(steps, loadBefore);
}

/** Draw, re-solve, hover, zoom, pan and reset, each a step with the page's long tasks from its start until it settles. */
async function mapSteps(page) {
  const steps = [];
  const settle = () => page.evaluate(() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => setTimeout(r, 0)), 300)));
  const step = async (name, act) => {
    const t0 = await page.evaluate((mark) => (performance.mark(mark), performance.now()), `step:${name}`);
    await act();
    await page.evaluate(() => document.querySelector('corridor-map').updateComplete);
    await settle();
    const tasks = await page.evaluate((t) => window.__longTasks.filter((x) => x.start >= t - 1).map((x) => [x.start - t, x.duration]), t0);
    steps.push({ name, tasks, cpu: [] });
  };
  await step('draw (scenario and answer set)', () =>
    page.evaluate(() => {
      const box = document.createElement('div');
      box.lang = 'en-US';
      box.style.width = '1200px';
      const map = document.createElement('corridor-map');
      box.append(map);
      document.body.append(box);
      map.scenario = window.__data.scenario;
      map.result = window.__data.first;
    }),
  );
  // A block, not the assignment's value: returned, the answer (9,750 links) was serialised back to Node, a task of 0.6 s CPU.
  await step('a new answer (re-solve)', () =>
    page.evaluate(() => {
      document.querySelector('corridor-map').result = window.__data.second;
    }),
  );
  const box = await page.evaluate(() => {
    const r = document.querySelector('corridor-map').shadowRoot.querySelector('svg[part="map"]').getBoundingClientRect();
    return { x: r.left, y: r.top, w: r.width, h: r.height };
  });
  await step('hover: the pointer across the map', async () => {
    for (let i = 0; i <= 20; i++) await page.mouse.move(box.x + (box.w * (0.2 + 0.6 * (i / 20))), box.y + box.h * 0.5, { steps: 2 });
  });
  const zoomIn = () => page.evaluate(() => document.querySelector('corridor-map').shadowRoot.querySelector('[aria-label="Zoom in"]').click());
  await step('zoom in, 4 steps', async () => {
    for (let i = 0; i < 4; i++) {
      await zoomIn();
      await page.waitForTimeout(250);
    }
  });
  await step('pan: 3 arrow keys', async () => {
    await page.evaluate(() => document.querySelector('corridor-map').shadowRoot.querySelector('svg[part="map"]').focus());
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(250);
    }
  });
  await step('reset (0)', () => page.keyboard.press('0'));
  return steps;
}

/** Gives each step the CPU time of its trace tasks of 20 ms or more, and prints those of `--trace-ms` or more. */
function traceCauses(steps) {
  const trace = JSON.parse(readFileSync(tracePath, 'utf8'));
  // Each step's start as the trace has it (its performance.mark), to give each task of the trace its step.
  const marks = (trace.traceEvents ?? trace).filter((e) => typeof e.name === 'string' && e.name.startsWith('step:')).map((e) => [e.ts / 1000, e.name.slice(5)]);
  for (const task of longTaskCauses(trace, 20)) {
    const name = marks.filter(([at]) => at <= task.start).at(-1)?.[1];
    const owner = steps.find((s) => s.name === name);
    owner?.cpu.push(task.cpuMs ?? task.ms);
    if (task.ms >= traceMs) console.log(`   trace: ${name ?? '(before)'}: a ${fmtMs(task.ms)} ms task (cpu ${fmtMs(task.cpuMs)} ms): ${task.parts.map(([label, ms]) => `${label} ${fmtMs(ms)} ms`).join('; ')}`);
  }
  rmSync(tracePath, { force: true });
}

function printSteps(steps, loadBefore) {
  console.log(`map alone: ${GRID.width} × ${GRID.height} grid, ${big.nodes.length} nodes, ${big.links.length} links; long tasks (≥ 50 ms) per step`);
  let all = 0;
  let longest = 0;
  for (const { name, tasks, cpu } of steps) {
    all += tasks.length;
    for (const [, d] of tasks) longest = Math.max(longest, d);
    // With --trace: the CPU time of the step's tasks of 20 ms or more (wall), which on a loaded machine is what the page itself spent.
    const cpuNote = tracing ? ` [cpu of tasks ≥ 20 ms wall: ${cpu.length === 0 ? 'none' : `${cpu.length}, longest ${fmtMs(Math.max(...cpu))} ms, ${cpu.filter((c) => c > 50).length} over 50 ms`}]` : '';
    console.log(`  ${name.padEnd(34)} ${String(tasks.length).padStart(3)}  ${tasks.map(([at, d]) => `${fmtMs(d)} ms at +${fmtMs(at)} ms`).join(', ') || 'none'}${cpuNote}`);
  }
  console.log(`  in all: ${all} long tasks, the longest ${fmtMs(longest)} ms; load average before ${loadBefore}, after ${loadAverage()}`);
}

main().catch((error) => {
  console.error(`bench-map-1m: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
