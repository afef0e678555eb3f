import { afterEach, describe, expect, it } from 'vitest';
import '../../../src/components/corridor-editor/corridor-editor';
import type { CorridorEditor } from '../../../src/components/corridor-editor/corridor-editor';
import { LEVER_ROWS_AT_ONCE, LEVER_ROWS_PER_FRAME, leverRowCount } from '../../../src/components/corridor-editor/lever-panel';
import type { Scenario } from '../../../src/model/types';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { caspianScenario } from './fixtures';
import { mount, shadowQueryAll, unmountAll } from './mount';

/** A generated network whose levers are more than a frame's rows: 3 corridors' gates, its crossings, 12 demands. */
const large = (seed = 20261206): Scenario => generateScenario({ seed, width: 12, height: 12, demands: 40 }) as Scenario;

/** How many lever rows the editor's first render after `change` draws (read in the mutation callback of that render). */
async function leversOfFirstDraw(el: CorridorEditor, change: () => void): Promise<number> {
  const levers = () => shadowQueryAll(el, '[part="lever"]').length;
  const first = new Promise<number>((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve(levers());
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true, characterData: true });
  });
  change();
  return first;
}

/**
 * How many lever rows each frame lays out for the first time while `change` is drawn, up to updateComplete: a
 * ResizeObserver reports an observed element once, after the layout of the frame that first lays it out, and each
 * row is observed as soon as it is in the shadow root (a mutation callback, before that frame's layout).
 */
async function rowsLaidOutPerFrame(el: CorridorEditor, change: () => void): Promise<number[]> {
  const perFrame: number[] = [];
  const seen = new Set<Element>();
  const resizes = new ResizeObserver((entries) => perFrame.push(entries.length));
  const observeNew = (): void => {
    for (const row of shadowQueryAll(el, '[part="lever"]')) {
      if (seen.has(row)) continue;
      seen.add(row);
      resizes.observe(row);
    }
  };
  observeNew();
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  perFrame.length = 0;
  const mutations = new MutationObserver(observeNew);
  mutations.observe(el.shadowRoot!, { childList: true, subtree: true });
  change();
  await el.updateComplete;
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  mutations.disconnect();
  resizes.disconnect();
  return perFrame;
}

afterEach(() => unmountAll());

describe('<corridor-editor> levers of a newly loaded large network', () => {
  it('should draw them a frame\'s rows at a time, and all of them by updateComplete', async () => {
    const big = large();
    expect(leverRowCount(big)).toBeGreaterThan(LEVER_ROWS_AT_ONCE);
    const el = await mount(document.createElement('corridor-editor'), { scenario: caspianScenario } as Partial<CorridorEditor>, 1100);

    expect(await leversOfFirstDraw(el, () => (el.scenario = big))).toBe(LEVER_ROWS_PER_FRAME);
    await el.updateComplete;
    expect(shadowQueryAll(el, '[part="lever"]')).toHaveLength(leverRowCount(big));
  });

  it('should lay out no more than a frame\'s rows in any one frame', async () => {
    const big = large();
    // No scenario before, so that every row is a new element (rows of a model before would be reused).
    const el = await mount(document.createElement('corridor-editor'), { scenario: null } as Partial<CorridorEditor>, 1100);

    const perFrame = await rowsLaidOutPerFrame(el, () => (el.scenario = big));
    expect(perFrame.reduce((a, b) => a + b, 0)).toBe(leverRowCount(big));
    expect(Math.max(...perFrame)).toBeLessThanOrEqual(LEVER_ROWS_PER_FRAME);
  });

  it('should draw every lever at once for a scenario of the same shape (an undo, a value set from outside) and for a small model', async () => {
    const big = large();
    const el = await mount(document.createElement('corridor-editor'), { scenario: big } as Partial<CorridorEditor>, 1100);
    expect(shadowQueryAll(el, '[part="lever"]')).toHaveLength(leverRowCount(big));

    const sameShape: Scenario = { ...big, demands: big.demands.map((d, i) => (i === 0 ? { ...d, volume: d.volume + 1 } : d)) };
    expect(await leversOfFirstDraw(el, () => (el.scenario = sameShape))).toBe(leverRowCount(sameShape));

    expect(leverRowCount(caspianScenario)).toBeGreaterThan(LEVER_ROWS_PER_FRAME);
    expect(leverRowCount(caspianScenario)).toBeLessThanOrEqual(LEVER_ROWS_AT_ONCE);
    expect(await leversOfFirstDraw(el, () => (el.scenario = caspianScenario))).toBe(leverRowCount(caspianScenario));
  });
});
