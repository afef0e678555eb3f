#!/usr/bin/env node
/**
 * Measures the main thread while the Plan tab plans the 100x network of
 * `scripts/plan-cases.js` (5 model years, 10 projects) in the built app:
 * builds it (`vite build`), serves it (`vite preview`), imports the scenario
 * through the app's file input, runs the plan with a time limit and records
 * every long task (> 50 ms) with a PerformanceObserver from the click on
 * "Plan" to the rendered answer, and when the first plan with its gap was
 * shown by the progress indicator. A measurement, not a test: it prints the
 * numbers and exits 0 unless the app could not be driven.
 *
 * With `--trace`, a Chromium trace of the plan's window says what each long
 * task was made of (scripts/long-task-causes.js).
 *
 * With `--json`, a last line of JSON with the figures (for bench-plan.js).
 *
 * With `--trace`, also every main-thread task of 5 ms of CPU or more from the
 * plan's end on, and what the page's workers did meanwhile (arrival-tasks.js),
 * and every major garbage collection of the main thread from the click on
 * with its CPU, heap and costliest phases (major-collections.js);
 * `--keep-trace` keeps the trace file. With `--screenshot FILE`, the window
 * as the answer left it.
 *
 *   node scripts/measure-plan-longtasks.js [--time-limit 60] [--trace [--keep-trace]] [--screenshot FILE] [--json]
 */
import { readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { arg, withLongTaskPage } from './longtask-page.js';
import { longTaskCauses } from './long-task-causes.js';
import { arrivalTasks } from './arrival-tasks.js';
import { describeCollection, majorCollections } from './major-collections.js';
import { scalePlan } from './plan-cases.js';
const timeLimit = Number(arg('time-limit', '60'));
const tracing = process.argv.includes('--trace');
const tracePath = join(tmpdir(), `corridor-flow-plan-trace-${process.pid}.json`);
await withLongTaskPage('corridor-flow-plan-longtasks-', async (page, browser) => {
  const scenario = scalePlan();
  await importScenario(page, scenario);
  const panel = await openPlanTab(page);
  if (tracing) await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'] });
  // Long tasks grow with what else the machine runs: the load average is printed beside them.
  const loadBefore = loadavg()[0];
  const { started, first, answeredAt, ended } = await runPlan(page, panel);
  if (tracing) await browser.stopTracing();
  const shot = arg('screenshot', null);
  if (shot !== null) await page.screenshot({ path: shot });
  const dom = await elementCensus(page);
  const tasks = (await page.evaluate(() => window.__longTasks)).filter((t) => t.start >= started && t.start <= ended);
  const longest = tasks.reduce((m, t) => Math.max(m, t.duration), 0);
  const beforeFirst = first.at === null ? tasks : tasks.filter((t) => t.start <= first.at);
  // Polled every 100 ms: a task that ran up to then may have brought the answer.
  const fromAnswer = answeredAt === null ? [] : tasks.filter((t) => t.start + t.duration >= answeredAt - 100);
  process.stdout.write(
    `plan of the 100x network (${scenario.nodes.length} nodes, ${scenario.demands.length} demands, 5 model years, ${scenario.projects.length} projects), time limit ${timeLimit} s:\n` +
      (first.at === null ? `  no plan shown before the plan ended ("${first.text}")\n` : `  first plan with its gap shown after ${((first.at - started) / 1000).toFixed(1)} s ("${first.text}")\n`) +
      `  answer rendered after ${((ended - started) / 1000).toFixed(1)} s\n` +
      `  long tasks (> 50 ms) on the main thread: ${tasks.length}, ${beforeFirst.length} before the first plan` +
      (tasks.length > 0 ? `; longest ${longest.toFixed(0)} ms (${tasks.map((t) => t.duration.toFixed(0)).join(', ')} ms)` : '') +
      '\n' +
      `  of them from the answer's arrival on (its model years, its report in parts, "what binds"): ${fromAnswer.length}` +
      (fromAnswer.length > 0 ? ` (${fromAnswer.map((t) => t.duration.toFixed(0)).join(', ')} ms)` : '') +
      '\n' +
      `  load average (1 min) at the click ${loadBefore.toFixed(2)}, at the end ${loadavg()[0].toFixed(2)}, on ${cpus().length} cores\n` +
      `  elements on the page after the answer: ${dom.total} (${dom.top.map(([host, n]) => `${host} ${n}`).join(', ')})\n`,
  );
  if (process.argv.includes('--json')) {
    const ms = (at) => (at === null ? null : Math.round(at - started));
    process.stdout.write(`${JSON.stringify({ firstPlanMs: ms(first.at), answerMs: ms(ended), longTasks: tasks.length, longTasksFromAnswer: fromAnswer.length, longestMs: Math.round(longest) })}\n`);
  }
  if (tracing) printTraceCauses(answeredAt === null ? null : answeredAt - started, ended - started);
});

/**
 * Imports `scenario` through the app's file input. The app solves the
 * imported year at once (in its own worker) and draws it: wait for that
 * answer, so that its rendering does not fall into the plan's window. On a
 * loaded machine that solve can outlast the app's solve timeout (20 s): the
 * plan does not need it, so go on and say so.
 */
async function importScenario(page, scenario) {
  await page.locator('corridor-flow input.file').setInputFiles({ name: 'plan-100x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
  const imported = await page
    .waitForFunction((count) => document.querySelector('corridor-flow')?.result?.demands?.length === count, scenario.demands.length, { timeout: 60_000, polling: 200 })
    .then(() => true, () => false);
  if (!imported) process.stdout.write('(the imported year was not solved within 60 s: measuring the plan all the same)\n');
}

/** The Plan tab with the time limit filled in, once the import's rendering has finished. */
async function openPlanTab(page) {
  await page.locator('corridor-analyses [role="tab"]', { hasText: 'Plan' }).click();
  const panel = page.locator('corridor-plan-panel');
  await panel.waitFor();
  await panel.locator('input[name="time-limit"]').fill(String(timeLimit));
  await page.waitForTimeout(3000); // let the import's rendering finish before the window opens
  return panel;
}

/**
 * Clicks Plan and waits for the first plan with its gap (`first.at`: null
 * when the plan ended without one), the answer's arrival and its whole
 * report; times are the page's `performance.now()`.
 */
async function runPlan(page, panel) {
  // The mark ties the page's clock to the trace's (see arrival-tasks.js).
  const started = await page.evaluate(() => performance.mark('corridor-plan-click').startTime);
  await panel.locator('button.run').click();
  // Until the first plan with its gap is shown, or the plan ends without one (a time limit before any plan).
  const firstPlan = await page.waitForFunction(
    () => {
      const panel = document.querySelector('corridor-flow')?.shadowRoot?.querySelector('corridor-analyses')?.shadowRoot?.querySelector('corridor-plan-panel')?.shadowRoot;
      const text = panel?.querySelector('.plan-progress .progress-text')?.textContent ?? '';
      if (text.includes('gap')) return { at: performance.now(), text: text.replace(/\s+/g, ' ').trim() };
      const over = panel !== undefined && panel !== null && panel.querySelector('.plan-progress') === null && panel.querySelector('corridor-plan.current, .message') !== null;
      return over ? { at: null, text: (panel.querySelector('.message')?.textContent ?? '').replace(/\s+/g, ' ').trim() } : null;
    },
    undefined,
    { timeout: (timeLimit + 300) * 1000, polling: 50 },
  );
  const first = await firstPlan.jsonValue();
  // Polled with a plain query: a locator's shadow-piercing search walks the page's 13,000 elements on every poll,
  // hundreds of ms of the page's main thread and garbage that the page would collect while the answer arrives.
  // The answer's arrival: when its report (or message) is first on the page.
  let answeredAt = null;
  if (first.at !== null) {
    const answered = await page.waitForFunction(
      () => {
        const panel = document.querySelector('corridor-flow')?.shadowRoot?.querySelector('corridor-analyses')?.shadowRoot?.querySelector('corridor-plan-panel')?.shadowRoot;
        return panel?.querySelector('corridor-plan.current, .message') != null ? performance.now() : null;
      },
      undefined,
      { timeout: (timeLimit + 300) * 1000, polling: 100 },
    );
    answeredAt = await answered.jsonValue();
  }
  // The report comes in parts a frame apart, then "what binds": the panel's
  // updateComplete resolves once all of it is done.
  await page.evaluate(() => document.querySelector('corridor-flow')?.shadowRoot?.querySelector('corridor-analyses')?.shadowRoot?.querySelector('corridor-plan-panel')?.updateComplete);
  await page.waitForTimeout(500); // the final render
  const ended = await page.evaluate(() => performance.now());
  return { started, first, answeredAt, ended };
}

/** What the answer put on the page: every node, shadow roots included, and the elements holding the most. */
function elementCensus(page) {
  return page.evaluate(() => {
    const byHost = new Map();
    let total = 0;
    const walk = (root, host) => {
      for (const el of root.querySelectorAll('*')) {
        total++;
        byHost.set(host, (byHost.get(host) ?? 0) + 1);
        if (el.shadowRoot) walk(el.shadowRoot, el.localName);
      }
    };
    walk(document, 'document');
    return { total, top: [...byHost].sort((a, b) => b[1] - a[1]).slice(0, 6) };
  });
}

/**
 * How many of the trace's tasks over 50 ms fall between the click and the
 * answer drawn (`endFromClickMs`), what each long task of the trace was made
 * of (times from the click), and from the answer's
 * arrival on (`answerFromClickMs` after the click; null: none) every
 * main-thread task's CPU, not only the long ones (a task's wall time grows
 * with the load, its CPU does not), and the workers' tasks.
 */
function printTraceCauses(answerFromClickMs, endFromClickMs) {
  const trace = JSON.parse(readFileSync(tracePath, 'utf8'));
  const causes = longTaskCauses(trace);
  // Times from the click (the user-timing mark); without it, from the first long task.
  const mark = (trace.traceEvents ?? trace).find((e) => e.name === 'corridor-plan-click');
  const clickAt = mark === undefined ? (causes[0]?.start ?? 0) : mark.ts / 1000;
  // The page's longtask observer does not report every task the trace holds (a frame's style, layout and paint, or a
  // garbage collection, may run as a task of their own): these are the trace's, from the click to the answer drawn.
  const inWindow = causes.filter((t) => t.start >= clickAt && t.start <= clickAt + endFromClickMs);
  process.stdout.write(
    `  the trace's main-thread tasks over 50 ms from the click to the answer drawn: ${inWindow.length}` +
      (inWindow.length > 0 ? ` (${inWindow.map((t) => `${t.ms.toFixed(0)} ms, CPU ${t.cpuMs?.toFixed(0) ?? '?'} ms`).join('; ')})` : '') +
      '\n',
  );
  for (const c of majorCollections(trace, { mark: 'corridor-plan-click' }).filter((c) => c.at >= 0)) process.stdout.write(`  ${describeCollection(c)}\n`);
  for (const task of causes) {
    process.stdout.write(`  task of ${task.ms.toFixed(0)} ms${task.cpuMs === null ? '' : ` (CPU ${task.cpuMs.toFixed(0)} ms)`} at ${((task.start - clickAt) / 1000).toFixed(2)} s from the click: ${task.parts.map(([label, ms]) => `${label} ${ms.toFixed(0)} ms`).join('; ')}\n`);
  }
  const arrival = answerFromClickMs === null ? null : arrivalTasks(trace, { mark: 'corridor-plan-click', fromMs: answerFromClickMs - 100 });
  if (arrival !== null) {
    const cpuMax = arrival.tasks.reduce((m, t) => Math.max(m, t.cpuMs ?? 0), 0);
    process.stdout.write(`  main-thread tasks of 5 ms CPU or more from the plan's end on: ${arrival.tasks.length}, largest CPU ${cpuMax.toFixed(0)} ms\n`);
    for (const t of arrival.tasks) {
      process.stdout.write(`    at +${t.at.toFixed(0)} ms: ${t.ms.toFixed(0)} ms wall, CPU ${t.cpuMs?.toFixed(0) ?? '?'} ms, workers' CPU meanwhile ${t.workerCpuMs.toFixed(0)} ms: ${t.parts.map(([label, ms]) => `${label} ${ms.toFixed(0)} ms`).join('; ')}\n`);
    }
    process.stdout.write(`  worker tasks of 2 ms CPU or more from the plan's end on: ${arrival.workers.length}\n`);
    for (const t of arrival.workers) {
      process.stdout.write(`    worker ${t.worker} at +${t.at.toFixed(0)} ms: ${t.ms.toFixed(0)} ms wall, CPU ${t.cpuMs?.toFixed(0) ?? '?'} ms: ${t.parts.map(([label, ms]) => `${label} ${ms.toFixed(0)} ms`).join('; ')}\n`);
    }
  }
  if (process.argv.includes('--keep-trace')) process.stdout.write(`  trace kept in ${tracePath}\n`);
  else rmSync(tracePath, { force: true });
}
