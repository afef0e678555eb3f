/**
 * Two (then three) tabs of the built app on one origin: they share
 * localStorage and each has its own sessionStorage, as real tabs do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/browser';
import { startPreview, type PreviewServer } from './support/preview-server';

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await startPreview();
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A tab with the app open and its first scenario solved. */
async function openTab(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.querySelector('corridor-flow')?.result != null);
  return page;
}

/** The user's work in this tab: the scenario renamed (a valid change, autosaved at once). */
async function rename(page: Page, name: string): Promise<void> {
  await page.evaluate((n) => {
    const app = document.querySelector('corridor-flow')!;
    app.scenario = { ...app.scenario!, name: n };
  }, name);
  await page.waitForFunction((n) => document.querySelector('corridor-flow')?.shadowRoot?.querySelector('h1.name')?.textContent === n, name);
}

const scenarioName = (page: Page) => page.evaluate(() => document.querySelector('corridor-flow')!.scenario!.name);
const offer = (page: Page, name: string) => page.locator('corridor-flow .notice', { hasText: `"${name}"` }).locator('button.notice-action');

describe('the app in several tabs', () => {
  it('should keep each tab`s work, tell a tab of another`s newer save without replacing its own, and let a new tab choose', async () => {
    const a = await openTab();
    await rename(a, 'A work');
    const b = await openTab();
    await rename(b, 'B work');

    // Tab A is offered B's newer save; its own scenario stays.
    await offer(a, 'B work').waitFor();
    expect(await scenarioName(a)).toBe('A work');
    await offer(a, 'B work').click();
    await a.waitForFunction(() => document.querySelector('corridor-flow')?.scenario?.name === 'B work');
    // Undo returns to A's own work.
    await a.evaluate(() => document.querySelector('corridor-flow')!.shadowRoot!.querySelector<HTMLButtonElement>('button[title^="Undo"]')!.click());
    await a.waitForFunction(() => document.querySelector('corridor-flow')?.scenario?.name === 'A work');

    // A new tab opens the newest work (A's, saved again by the undo) and offers B's: no work is lost or replaced unasked.
    const c = await openTab();
    expect(await scenarioName(c)).toBe('A work');
    await offer(c, 'B work').click();
    await c.waitForFunction(() => document.querySelector('corridor-flow')?.scenario?.name === 'B work');

    // A reload of tab A restores A's own work.
    await a.reload();
    await a.waitForFunction(() => document.querySelector('corridor-flow')?.result != null);
    expect(await scenarioName(a)).toBe('A work');
  }, 120_000);
});
