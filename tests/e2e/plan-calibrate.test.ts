/**
 * The Plan and Calibrate tabs of the built app (`vite build` + `vite
 * preview`) in Chromium, driven as a user drives them: the planning inputs
 * and the observations are edits of the scenario (undone with Ctrl+Z), the
 * observations stand beside the answer, and a plan runs in a worker of its
 * own. Screenshots in `screenshots/`. (Whether the page stays responsive
 * while a long plan runs is the benchmark's to measure, not a timed test's.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { startPreview, type PreviewServer } from './support/preview-server';
import { launchChromium } from './support/browser';

const root = resolve(import.meta.dirname, '../..');
const shots = resolve(root, 'screenshots');

let server: PreviewServer;
let browser: Browser;
let page: Page;

/** The 2030 model with a horizon, one project and two observations. */
function planningScenario(): unknown {
  const model = JSON.parse(readFileSync(resolve(root, 'models/caspian-2030.json'), 'utf8')) as Record<string, unknown>;
  return {
    ...model,
    name: 'Caspian planning (e2e)',
    horizon: { years: [2026, 2030, 2035], end: 2045, discountRate: 0.06, base: 2026 },
    projects: [{ id: 'tripp', name: 'TRIPP Meghri section', adds: [{ set: 'links.tripp-meghri.capacity', amount: 5_000_000 }], capex: 215e6, earliest: 2030 }],
    observed: [
      { of: 'corridors.titr.flow', value: 3_000_000, year: 2024 },
      { of: 'corridors.iran.flow', value: 1_200_000, year: 2024 },
    ],
  };
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await startPreview();
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelector('corridor-flow')?.result != null);
  await page.evaluate((scenario) => {
    (document.querySelector('corridor-flow') as unknown as { scenario: unknown }).scenario = scenario;
  }, planningScenario());
  // Solved and drawn: the observations beside the answer are a chunk of their own.
  await page.waitForFunction(
    () => (document.querySelector('corridor-flow')?.shadowRoot?.querySelector('corridor-observations')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) > 0,
    undefined,
    { timeout: 60_000 },
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openTab(name: string, panelTag: string): Promise<Locator> {
  await page.locator('corridor-analyses [role="tab"]', { hasText: name }).click();
  await page.waitForFunction((tag) => customElements.get(tag) !== undefined, panelTag);
  const panel = page.locator(panelTag);
  await panel.waitFor();
  return panel;
}

const scenarioOf = (): Promise<{ horizon?: { discountRate?: number }; observed?: { value: number }[] }> =>
  page.evaluate(() => (document.querySelector('corridor-flow') as unknown as { scenario: never }).scenario);

describe('the Plan and Calibrate tabs of the built app', () => {
  it('should show the observations beside the answer', async () => {
    const rows = page.locator('corridor-observations.observations tbody tr');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(2);
    expect(await rows.first().getAttribute('data-of')).toBe('corridors.titr.flow');
  });

  it('should make a planning input an undoable edit, and plan in a worker of its own', async () => {
    const panel = await openTab('Plan', 'corridor-plan-panel');
    const rate = panel.locator('input[data-path="horizon.discountRate"]');
    await rate.fill('8');
    await rate.press('Enter');
    await rate.blur();
    await expect.poll(async () => (await scenarioOf()).horizon?.discountRate).toBe(0.08);
    await page.locator('corridor-flow button', { hasText: 'Undo' }).click();
    await expect.poll(async () => (await scenarioOf()).horizon?.discountRate).toBe(0.06);
    await panel.locator('corridor-plan-inputs').screenshot({ path: resolve(shots, 'app-plan-inputs.png') });

    await panel.locator('button.run').click();
    await page.waitForFunction(
      () => (document.querySelector('corridor-flow')?.shadowRoot?.querySelector('corridor-analyses')?.shadowRoot?.querySelector('corridor-plan-panel') as { running?: boolean } | null)?.running === false,
      undefined,
      { timeout: 120_000 },
    );
    await expect.poll(() => panel.locator('corridor-plan.current').count()).toBe(1);
    await page.locator('corridor-flow section.analyses').screenshot({ path: resolve(shots, 'app-plan-run.png') });
  });

  it('should edit an observation in the Calibrate table as an edit of the scenario', async () => {
    const panel = await openTab('Calibrate', 'corridor-calibrate-panel');
    const value = panel.locator('input[name="observed[0].value"]');
    await value.fill('3,250,000');
    await value.press('Enter');
    await value.blur();
    await expect.poll(async () => (await scenarioOf()).observed?.[0]?.value).toBe(3_250_000);
    await expect.poll(() => page.locator('corridor-observations.observations tbody tr').first().locator('td').first().textContent()).toBe('3,250,000 t/yr');
    await page.locator('corridor-flow section.analyses').screenshot({ path: resolve(shots, 'app-calibrate.png') });
  });
});
