/**
 * The built app in headless Chromium with every long task (> 50 ms) of its
 * main thread recorded in `window.__longTasks`: builds it (`vite build` into
 * a temporary directory), serves it (`vite preview`), opens it at 1400×1000
 * and waits for the first answer. Shared by the long-task measurements
 * (measure-analysis-longtasks.js, measure-plan-longtasks.js).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const vite = join(root, 'node_modules/vite/bin/vite.js');
// The flags of vite.config.ts's CHROMIUM_ARGS (design.md).
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** `--name value` from the command line, or `fallback`. */
export const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

/**
 * Runs `measure(page, browser)` on the built app, then closes the browser, stops the
 * server and removes the build, whatever happened. Exits 1 when the build fails.
 */
export async function withLongTaskPage(prefix, measure) {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
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
    return await measure(page, browser);
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    rmSync(outDir, { recursive: true, force: true });
  }
}
