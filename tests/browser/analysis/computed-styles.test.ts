/**
 * The analysis views size and colour their marks per item (bar widths,
 * corridor paints, tooltip positions) through the CSSOM (`styleProps`), never
 * by writing a `style` attribute, which a page under `style-src 'self'`
 * refuses (issue 4). Each view is rendered, with its tooltip open, while every
 * `setAttribute('style', …)` is recorded, and its computed styles are read.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../../src/components/corridor-compare/corridor-compare';
import '../../../src/components/corridor-heatmap/corridor-heatmap';
import '../../../src/components/corridor-resilience/corridor-resilience';
import '../../../src/components/corridor-sweep/corridor-sweep';
import '../../../src/components/corridor-tornado/corridor-tornado';
import '../../../src/components/corridor-uncertainty/corridor-uncertainty';
import type { Comparison } from '../../../src/analysis/compare';
import type { MonteCarlo } from '../../../src/analysis/monte-carlo';
import type { Resilience } from '../../../src/analysis/resilience';
import type { Sensitivity } from '../../../src/analysis/sensitivity';
import type { Sweep } from '../../../src/analysis/sweep';
import type { TwoWaySweep } from '../../../src/analysis/two-way-sweep';
import { recordStyleAttributeWrites } from '../embed/style-attribute-writes';
import { mount, shadowQuery, shadowQueryAll, unmountAll } from '../components/mount';
import {
  caspian,
  caspianComparison,
  caspianFerrySweep,
  caspianGrid,
  caspianMonteCarlo,
  caspianResilience,
  caspianSensitivity,
} from './analysis-data';

const TITR = 'rgb(1, 2, 3)';

let sweep: Sweep;
let grid: TwoWaySweep;
let sensitivity: Sensitivity;
let comparison: Comparison;
let resilience: Resilience;
let monteCarlo: MonteCarlo;
beforeAll(async () => {
  await page.viewport(1280, 1000);
  [sweep, grid, sensitivity, comparison, resilience, monteCarlo] = await Promise.all([
    caspianFerrySweep(),
    caspianGrid(),
    caspianSensitivity(),
    caspianComparison(),
    caspianResilience(),
    caspianMonteCarlo(100),
  ]);
});
afterEach(unmountAll);

/** Mounts `tag` with `props` and `--corridor-color-titr` set, then focuses the first of `focusable` (opening its tooltip); returns the element and every style attribute written meanwhile. */
async function render(tag: string, props: object, focusable?: string): Promise<{ el: HTMLElement & { updateComplete: Promise<unknown> }; writes: readonly string[] }> {
  const recording = recordStyleAttributeWrites();
  try {
    const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
    el.style.setProperty('--corridor-color-titr', TITR);
    await mount(el, props as Partial<HTMLElement>, 1000);
    if (focusable !== undefined) {
      shadowQueryAll<HTMLElement>(el, focusable)[0]!.focus();
      await el.updateComplete;
    }
    return { el, writes: recording.writes };
  } finally {
    recording.stop();
  }
}

/** The tooltip sits where the view put it: its inline `left`/`top` are lengths and the layout uses them. */
function expectPlacedTooltip(el: HTMLElement): void {
  const tooltip = shadowQuery(el, '.tooltip');
  expect(tooltip.style.left).toMatch(/^\d+(\.\d+)?px$/);
  expect(tooltip.style.top).toMatch(/^\d+(\.\d+)?px$/);
  expect(getComputedStyle(tooltip).left).toBe(tooltip.style.left);
  expect(getComputedStyle(tooltip).top).toBe(tooltip.style.top);
}

describe('analysis views under style-src self', () => {
  it('<corridor-sweep> should paint areas and swatches by corridor and size its progress bar without a style attribute', async () => {
    const { el, writes } = await render('corridor-sweep', { sweep, scenario: caspian, progress: { done: 3, total: 12 } }, '.point');
    expect(writes).toEqual([]);
    expect(getComputedStyle(shadowQuery(el, '.area[data-series="titr"]')).fill).toBe(TITR);
    expect(shadowQueryAll(el, '.legend .swatch').some((s) => getComputedStyle(s).backgroundColor === TITR)).toBe(true);
    const track = shadowQuery(el, '.progress').clientWidth;
    expect(Math.abs(shadowQuery(el, '.progress-fill').getBoundingClientRect().width - track * (3 / 12))).toBeLessThanOrEqual(1);
    expectPlacedTooltip(el);
  });

  it('<corridor-heatmap> should fill cells and the legend ramp with the corridor colour without a style attribute', async () => {
    const { el, writes } = await render('corridor-heatmap', { grid, scenario: caspian, corridor: 'titr' }, '.cell');
    expect(writes).toEqual([]);
    const fills = shadowQueryAll(el, '.cell rect.fill:not(.not-optimal)');
    expect(fills.length).toBeGreaterThan(0);
    for (const rect of fills) {
      expect(getComputedStyle(rect).fill).toBe(TITR);
      // 0.06 + 0.94 × share: never fully transparent, opaque at a 100 % share.
      const opacity = Number(getComputedStyle(rect).fillOpacity);
      expect(opacity).toBeGreaterThanOrEqual(0.06 - 1e-6);
      expect(opacity).toBeLessThanOrEqual(1);
    }
    const stops = shadowQueryAll(el, 'linearGradient stop');
    expect(stops.map((s) => [getComputedStyle(s).stopColor, getComputedStyle(s).stopOpacity])).toEqual([
      [TITR, '0.06'],
      [TITR, '1'],
    ]);
    expectPlacedTooltip(el);
  });

  it('<corridor-heatmap> should write white on cells more than half filled, and the text colour elsewhere', async () => {
    const { el } = await render('corridor-heatmap', { grid, scenario: caspian, corridor: 'titr' });
    const texts = shadowQueryAll(el, '.cell text');
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      const dark = text.classList.contains('on-fill');
      expect(getComputedStyle(text).fill === 'rgb(255, 255, 255)', text.textContent ?? '').toBe(dark);
    }
  });

  it('<corridor-tornado> should place its tooltip without a style attribute', async () => {
    const { el, writes } = await render('corridor-tornado', { sensitivity, scenario: caspian }, '.row');
    expect(writes).toEqual([]);
    expectPlacedTooltip(el);
  });

  it('<corridor-compare> should render without a style attribute', async () => {
    const { writes } = await render('corridor-compare', { comparison, scenario: caspian });
    expect(writes).toEqual([]);
  });

  it('<corridor-resilience> should size each bar by its damage against the worst, without a style attribute', async () => {
    const { el, writes } = await render('corridor-resilience', { resilience, scenario: caspian });
    expect(writes).toEqual([]);
    // The damage (the ranking's one measure) prices infeasible closures too, so every bar has a length.
    const increases = resilience.closures.map((c) => c.damage);
    const finite = increases.filter((v): v is number => v !== null);
    const worst = Math.max(...finite);
    const bars = shadowQueryAll(el, '.bar-fill');
    expect(bars).toHaveLength(increases.length);
    for (const [i, bar] of bars.entries()) {
      const track = bar.parentElement!.clientWidth;
      const expected = increases[i] === null ? track : (Math.max(0, increases[i]!) / worst) * track;
      expect(Math.abs(bar.getBoundingClientRect().width - expected)).toBeLessThanOrEqual(1);
    }
  });

  it('<corridor-uncertainty> should paint ranges and bands by corridor and place its tooltip without a style attribute', async () => {
    const { el, writes } = await render('corridor-uncertainty', { monteCarlo, scenario: caspian }, '.row');
    expect(writes).toEqual([]);
    const row = shadowQuery(el, '.row[data-id="titr"]');
    expect(getComputedStyle(row.querySelector('.range')!).stroke).toBe(TITR);
    expect(getComputedStyle(row.querySelector('.band')!).fill).toBe(TITR);
    const text = getComputedStyle(shadowQuery(el, '.row-label')).fill;
    expect(getComputedStyle(row.querySelector('.median')!).stroke).toBe(text);
    expect(getComputedStyle(shadowQuery(el, '.column-title')).fontWeight).toBe('600');
    expect(getComputedStyle(shadowQuery(el, 'figure')).marginTop).toBe('0px');
    expectPlacedTooltip(el);
  });
});
