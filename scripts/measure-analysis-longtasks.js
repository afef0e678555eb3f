#!/usr/bin/env node
/**
 * Measures the main thread during a 1,000-draw Monte Carlo run in the built
 * app: builds it (`vite build`), serves it (`vite preview`), drives Chromium
 * with playwright-core and records every long task (> 50 ms) with a
 * PerformanceObserver from the click on "Run draws" to the end of the run.
 * A measurement, not a test: it prints the numbers and exits 0 unless the
 * app could not be driven.
 *
 *   node scripts/measure-analysis-longtasks.js [--runs 1000]
 *
 * The app opens on its default model (caspian-2030); two uncertain numbers
 * are added with "Add a number" when the model lists none.
 */
import { arg, withLongTaskPage } from './longtask-page.js';
const runs = Number(arg('runs', '1000'));
const model = 'caspian-2030';
await withLongTaskPage('corridor-flow-longtasks-', async (page) => {
  await page.locator('corridor-analyses [role="tab"]', { hasText: 'Uncertainty' }).click();
  const panel = page.locator('corridor-uncertainty-panel');
  await panel.waitFor();
  if ((await panel.locator('tbody tr[data-set]').count()) === 0) {
    await panel.locator('button.add').click();
    await panel.locator('button.add').click();
  }
  await panel.locator('input[name="runs"]').fill(String(runs));
  await page.waitForTimeout(500); // let start-up work finish before the window opens
  const started = await page.evaluate(() => performance.now());
  await panel.locator('button.run').click();
  await page.waitForFunction(
    () => document.querySelector('corridor-flow')?.shadowRoot?.querySelector('corridor-analyses')?.shadowRoot?.querySelector('corridor-uncertainty-panel')?.monteCarlo != null,
    undefined,
    { timeout: 600_000, polling: 200 },
  );
  await page.waitForTimeout(300); // the final render
  const ended = await page.evaluate(() => performance.now());
  const tasks = (await page.evaluate(() => window.__longTasks)).filter((t) => t.start >= started && t.start <= ended);
  const longest = tasks.reduce((m, t) => Math.max(m, t.duration), 0);
  process.stdout.write(
    `${runs} draws of ${model}: ${((ended - started) / 1000).toFixed(1)} s; long tasks (> 50 ms) on the main thread: ${tasks.length}` +
      (tasks.length > 0 ? `, longest ${longest.toFixed(0)} ms (${tasks.map((t) => t.duration.toFixed(0)).join(', ')} ms)` : '') +
      '\n',
  );
});
