/**
 * Issue 18: what sticks under the top bar (the results column on a wide
 * screen, the summary bar on a narrower one) sits just under it, and its
 * height reaches only those two elements: an inherited custom property on
 * the host restyled the whole app, a large network's map with it, each time
 * the bar's height changed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { CorridorFlow, CorridorSolvedDetail } from '../../../src/app/corridor-flow';
import { twoCorridors } from '../client/fixtures/two-corridors';
import { makeApp, nextEvent, shadow } from './app-fixture';
import { until } from './analyses-fixture';

const apps: CorridorFlow[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) {
    localStorage.removeItem(app.storageKey);
    app.remove();
  }
});

async function solvedApp(): Promise<CorridorFlow> {
  const app = makeApp();
  app.scenario = twoCorridors(60);
  const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved', 60_000);
  apps.push(app);
  document.body.append(app);
  await solved;
  await app.updateComplete;
  return app;
}

const px = (value: string): number => Number.parseFloat(value);

describe('<corridor-flow> under its top bar', () => {
  it('should stick the results column just under the top bar on a wide screen, the property not set on the host nor inherited', async () => {
    await page.viewport(1280, 900);
    const app = await solvedApp();
    const root = shadow(app);
    const bar = root.querySelector('.top-bar')!;
    const results = root.querySelector<HTMLElement>('.results')!;
    const height = Math.ceil(bar.getBoundingClientRect().height);
    await until(() => (results.style.getPropertyValue('--_top-bar-height') === `${height}px` ? results : null), 'the bar height on the results column');

    // Just under the bar: its height and a spacing unit (under a rem or two).
    expect(px(getComputedStyle(results).top)).toBeGreaterThan(height);
    expect(px(getComputedStyle(results).top)).toBeLessThan(height + 40);
    expect(results.style.getPropertyValue('--_top-bar-height')).toBe(`${height}px`);
    expect(app.style.getPropertyValue('--_top-bar-height')).toBe('');
    // Not inherited: the parts inside the results column do not see it (a change restyles the column only).
    const map = root.querySelector('corridor-map')!;
    expect(getComputedStyle(map).getPropertyValue('--_top-bar-height').trim()).toBe('0px');
  });

  it('should move the summary bar under the top bar when the bar grows, on a screen under 1200 px', async () => {
    await page.viewport(900, 900);
    const app = await solvedApp();
    const root = shadow(app);
    const bar = root.querySelector<HTMLElement>('.top-bar')!;
    const summary = root.querySelector<HTMLElement>('.summary-bar')!;
    await until(() => (px(getComputedStyle(summary).top) === Math.ceil(bar.getBoundingClientRect().height) ? summary : null), 'the summary bar under the top bar');

    // The bar grows (as when its status wraps to a second line).
    bar.style.minHeight = `${Math.ceil(bar.getBoundingClientRect().height) + 40}px`;

    const grown = Math.ceil(bar.getBoundingClientRect().height);
    await until(() => (px(getComputedStyle(summary).top) === grown ? summary : null), `the summary bar at ${grown}px`);
    expect(px(getComputedStyle(summary).top)).toBe(grown);
  });
});
