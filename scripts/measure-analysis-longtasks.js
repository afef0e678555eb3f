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
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const vite = join(root, 'node_modules/vite/bin/vite.js');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('runs', '1000'));
const model = 'caspian-2030';
// The flags of vite.config.ts's CHROMIUM_ARGS (design.md).
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const outDir = mkdtempSync(join(tmpdir(), 'corridor-flow-longtasks-'));
const built = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: root, encoding: 'utf8' });
if (built.status !== 0) {
  process.stderr.write(`vite build failed:\n${built.stderr}\n`);
  process.exit(1);
}
const port = 4700 + Math.floor(Math.random() * 200);
const server = spawn(process.execPath, [vite, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore' });
const url = `http://127.0.0.1:${port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      if (i > 300) throw new Error(`vite preview did not answer at ${url}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('corridor-flow')?.result != null);
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
} finally {
  await browser.close();
  server.kill('SIGTERM');
  rmSync(outDir, { recursive: true, force: true });
}
