import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { CorridorFlow, CorridorSolvedDetail } from '../../../src/app/corridor-flow';
import { MODEL_FILES } from '../../../src/app/model-files';
import { makeApp, nextEvent } from './app-fixture';
import { analysesOf, button, openTab, typeInto, until } from './analyses-fixture';

const PHONE = 390;
const apps: CorridorFlow[] = [];
beforeAll(async () => {
  await page.viewport(PHONE, 844);
});
afterEach(() => {
  for (const app of apps.splice(0)) {
    localStorage.removeItem(app.storageKey);
    app.remove();
  }
});

/**
 * Elements (through shadow roots) whose right edge passes the screen and that no scrolling box of their own
 * holds: what makes the page scroll sideways. Named `tag.class` for the failure message.
 */
function overflowing(root: Document | ShadowRoot = document, clipped = false): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const style = getComputedStyle(el);
    const scrolls = /(auto|scroll|hidden|clip)/.test(style.overflowX);
    const inBox = clipped || isInsideScroller(el);
    if (!inBox && el.getBoundingClientRect().right > PHONE + 0.5 && style.display !== 'none') found.push(`${el.localName}.${[...el.classList].join('.')}(${Math.round(el.getBoundingClientRect().left)}–${Math.round(el.getBoundingClientRect().right)} in ${(el.getRootNode() as ShadowRoot).host?.localName ?? 'document'})`);
    if (el.shadowRoot) found.push(...overflowing(el.shadowRoot, inBox || scrolls));
  }
  return found;
}

function isInsideScroller(el: Element): boolean {
  for (let p = el.parentElement; p !== null; p = p.parentElement) if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(p).overflowX)) return true;
  return false;
}

async function caspianApp(): Promise<CorridorFlow> {
  const app = makeApp();
  app.src = MODEL_FILES.find((m) => m.id === 'caspian-2030')!.url;
  const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved', 60_000);
  apps.push(app);
  document.body.append(app);
  await solved;
  return app;
}

function expectNoSidewaysScroll(what: string): void {
  const width = document.scrollingElement!.scrollWidth;
  expect(width, `${what}: the page is ${width} px wide; past the screen: ${overflowing().slice(0, 8).join(', ')}`).toBeLessThanOrEqual(PHONE);
}

describe('<corridor-flow> on a 390 px phone', () => {
  it('should not scroll sideways with the answer, nor in any analysis view once it has run', async () => {
    const app = await caspianApp();
    expectNoSidewaysScroll('the answer');

    const sweep = await openTab(app, 'sweep', 'corridor-sweep-panel');
    typeInto(sweep.shadowRoot!, 'steps', '5');
    await sweep.updateComplete;
    button(sweep.shadowRoot!, 'button.run').click();
    await until(() => sweep.sweep, 'the sweep', 60_000);
    await sweep.updateComplete;
    expectNoSidewaysScroll('sweep');

    const grid = await openTab(app, 'two-way', 'corridor-two-way-panel');
    for (const name of ['row-steps', 'column-steps']) typeInto(grid.shadowRoot!, name, '6');
    await grid.updateComplete;
    button(grid.shadowRoot!, 'button.run').click();
    await until(() => grid.grid, 'the grid', 60_000);
    await grid.updateComplete;
    expectNoSidewaysScroll('two-way');
    // Every cell still prints its share: the grid scrolls in its box rather than drop them.
    const heatmap = grid.shadowRoot!.querySelector('corridor-heatmap')!.shadowRoot!;
    const cells = [...heatmap.querySelectorAll('.cell')];
    expect(cells).toHaveLength(36);
    expect(cells.filter((c) => c.querySelector('text') === null)).toEqual([]);

    const sensitivity = await openTab(app, 'sensitivity', 'corridor-sensitivity-panel');
    button(sensitivity.shadowRoot!, 'button.run').click();
    await until(() => sensitivity.sensitivity, 'the tornado', 60_000);
    await sensitivity.updateComplete;
    expectNoSidewaysScroll('sensitivity');

    const resilience = await openTab(app, 'resilience', 'corridor-resilience-panel');
    button(resilience.shadowRoot!, 'button.run').click();
    await until(() => resilience.resilience, 'N−1', 60_000);
    await resilience.updateComplete;
    expectNoSidewaysScroll('resilience');

    for (const [tab, tag] of [['compare', 'corridor-compare-panel'], ['uncertainty', 'corridor-uncertainty-panel'], ['check', 'corridor-check-panel']] as const) {
      await openTab(app, tab, tag);
      expectNoSidewaysScroll(tab);
    }
    expect(analysesOf(app).tab).toBe('check');
  });
});
