/**
 * The Analyses area of the built app (`vite build` + `vite preview`) in
 * Chromium, driven as a user drives it: a sweep's CSV download must be the
 * very file `corridor-flow sweep --csv` prints for the same scenario and
 * range, and every analysis view must come up with figures (screenshots in
 * `screenshots/` for a person to look at).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startPreview, type PreviewServer } from './support/preview-server';
import { launchChromium } from './support/browser';

const root = resolve(import.meta.dirname, '../..');
const shots = resolve(root, 'screenshots');
const MODEL = 'caspian-2030';
const PARAMETER = 'links.tripp-meghri.capacity';
const RANGE = { from: '0', to: '6000000', steps: '13' };

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await startPreview();
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelector('corridor-flow')?.result != null);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [resolve(root, 'bin/corridor-flow.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Opens a tab and waits for its panel: a chunk of its own, loaded when the tab is first opened. */
async function openTab(name: string, panelTag: string): Promise<Locator> {
  await page.locator('corridor-analyses [role="tab"]', { hasText: name }).click();
  await page.waitForFunction((tag) => customElements.get(tag) !== undefined, panelTag);
  const panel = page.locator(panelTag);
  await panel.waitFor();
  return panel;
}

/** Runs a panel's analysis and waits until it is done (its Run button is back). */
async function run(panel: Locator, timeout = 90_000): Promise<void> {
  await panel.locator('button.run').click();
  await page.waitForFunction((tag) => (document.querySelector('corridor-flow')?.shadowRoot?.querySelector('corridor-analyses')?.shadowRoot?.querySelector(tag) as { running?: boolean } | null)?.running === false, await panel.evaluate((el) => el.localName), { timeout });
  expect(await panel.locator('.message.error').count()).toBe(0);
}

async function shoot(name: string): Promise<void> {
  await page.locator('corridor-flow section.analyses').screenshot({ path: resolve(shots, `app-analysis-${name}.png`) });
}

describe('the Analyses area of the built app', () => {
  it('should export a sweep as exactly the CSV that `corridor-flow sweep --csv` prints', async () => {
    const panel = await openTab('Sweep', 'corridor-sweep-panel');
    await panel.locator('corridor-parameter-picker select').selectOption(PARAMETER);
    await panel.locator('input[name="from"]').fill(RANGE.from);
    await panel.locator('input[name="to"]').fill(RANGE.to);
    await panel.locator('input[name="steps"]').fill(RANGE.steps);
    await run(panel);
    await shoot('sweep');

    const [download] = await Promise.all([page.waitForEvent('download'), panel.locator('details.export-menu summary').click().then(() => panel.locator('button[data-format="csv"]').click())]);
    const appCsv = readFileSync(await download.path(), 'utf8');
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), panel.locator('details.export-menu summary').click().then(() => panel.locator('button[data-format="json"]').click())]);
    const appJson = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8')) as { parameter: string; points: { value: number; result: { objective: number } }[] };

    const sweepArgs = ['sweep', resolve(root, 'models', `${MODEL}.json`), '--set', PARAMETER, '--from', RANGE.from, '--to', RANGE.to, '--steps', RANGE.steps];
    const csv = cli(...sweepArgs, '--csv');
    const json = cli(...sweepArgs, '--json');

    // The default model is a planning case: the CLI warns that its horizon and projects (and its demands'
    // growth) are for `plan` only. Nothing else may be on stderr.
    const planningWarning = /^warning: (horizon|projects|observed|demands\[\d+\]\.growth):/;
    expect(csv.stderr.split('\n').filter((line) => line !== '' && !planningWarning.test(line))).toEqual([]);
    expect(csv.status).toBe(0);
    expect(appCsv.split('\n').length).toBe(Number(RANGE.steps) + 2); // header, rows, final newline
    expect(appCsv).toBe(csv.stdout);
    const cliJson = JSON.parse(json.stdout) as typeof appJson;
    expect(appJson.parameter).toBe(cliJson.parameter);
    expect(appJson.points.map((p) => [p.value, p.result.objective])).toEqual(cliJson.points.map((p) => [p.value, p.result.objective]));
  });

  it('should draw a two-way grid', async () => {
    const panel = await openTab('Two-way', 'corridor-two-way-panel');
    await panel.locator('input[name="row-steps"]').fill('5');
    await panel.locator('input[name="column-steps"]').fill('5');
    await run(panel);
    await shoot('two-way');
    expect(await panel.locator('corridor-heatmap svg').count()).toBeGreaterThan(0);
  });

  it('should draw a tornado of ±10 % moves', async () => {
    const panel = await openTab('Sensitivity', 'corridor-sensitivity-panel');
    await run(panel);
    await shoot('sensitivity');
    expect(await panel.locator('corridor-tornado svg').count()).toBe(1);
  });

  it('should compare with the model files', async () => {
    const panel = await openTab('Compare', 'corridor-compare-panel');
    await run(panel);
    await shoot('compare');
    expect(await panel.locator('corridor-compare table').count()).toBeGreaterThan(0);
  });

  it('should rank the N−1 closures', async () => {
    const panel = await openTab('Resilience', 'corridor-resilience-panel');
    await run(panel);
    await shoot('resilience');
    expect(await panel.locator('corridor-resilience table').count()).toBeGreaterThan(0);
  });

  it('should draw the spread of seeded draws', async () => {
    const panel = await openTab('Uncertainty', 'corridor-uncertainty-panel');
    await panel.locator('button.add').click();
    await panel.locator('button.add').click();
    await panel.locator('input[name="runs"]').fill('200');
    await run(panel);
    await shoot('uncertainty');
    expect(await panel.locator('corridor-uncertainty svg').count()).toBeGreaterThan(0);
  });

  it('should check the invariants and report every check', async () => {
    const panel = await openTab('Check invariants', 'corridor-check-panel');
    await panel.locator('input[name="runs"]').fill('3');
    await panel.locator('input[name="seed"]').fill('20261127');
    await run(panel, 110_000);
    await shoot('check');
    expect(await panel.locator('table.checks tbody tr').count()).toBe(7);
  });
});
