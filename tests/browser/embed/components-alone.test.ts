/**
 * Each element from the library entry alone on a page, as a site builder
 * uses it: fed by properties, themed by CSS custom properties from outside,
 * telling the page by events (`bubbles` and `composed`, so a listener on
 * the document hears them) with the documented `detail`.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  CorridorBottlenecks,
  CorridorEditor,
  CorridorMap,
  CorridorSplit,
  CorridorStatus,
  type BottleneckSelectDetail,
  type CorridorSelectDetail,
  type EditorChangeDetail,
} from '../../../src/embed/index';
import { caspianResult, caspianScenario, HOSTILE_NAME, hostileResult, hostileScenario } from '../components/fixtures';
import { mount, shadowQuery, shadowQueryAll, unmountAll } from '../components/mount';
import { loadCountryOutlines } from '../../../src/components/corridor-map/region-outline';

/** Every event of `type` that reaches the document, with the flags it was dispatched with. */
function heardOnDocument<D>(type: string): { detail: D; bubbles: boolean; composed: boolean }[] {
  const heard: { detail: D; bubbles: boolean; composed: boolean }[] = [];
  const listener = (e: Event): void => {
    heard.push({ detail: (e as CustomEvent<D>).detail, bubbles: e.bubbles, composed: e.composed });
  };
  document.addEventListener(type, listener);
  cleanups.push(() => document.removeEventListener(type, listener));
  return heard;
}

const cleanups: (() => void)[] = [];

beforeAll(async () => {
  await page.viewport(1200, 900);
});

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  unmountAll();
});

describe('<corridor-split> alone', () => {
  it('should take a corridor colour from --corridor-color-<id> set by the page', async () => {
    const el = await mount(new CorridorSplit(), { scenario: caspianScenario, result: caspianResult });
    const titr = (): HTMLElement => shadowQuery(el, '.segment[data-key="corridor:titr"]');
    const before = getComputedStyle(titr()).backgroundColor;
    el.style.setProperty('--corridor-color-titr', 'rgb(1, 2, 3)');
    expect(before).not.toBe('rgb(1, 2, 3)');
    expect(getComputedStyle(titr()).backgroundColor).toBe('rgb(1, 2, 3)');
  });

  it('should take its font from --corridor-font inherited from the page', async () => {
    const el = await mount(new CorridorSplit(), { scenario: caspianScenario, result: caspianResult });
    el.parentElement!.style.setProperty('--corridor-font', 'monospace');
    expect(getComputedStyle(shadowQuery(el, '[part="base"]')).fontFamily).toBe('monospace');
  });

  it('should show names from the scenario as text, never as markup', async () => {
    const el = await mount(new CorridorSplit(), { scenario: hostileScenario, result: hostileResult });
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(el.shadowRoot!.textContent).toContain(HOSTILE_NAME);
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });
});

describe('<corridor-map> alone', () => {
  it('should draw every link and node of the scenario with its result, without a solver', async () => {
    const el = await mount(new CorridorMap(), { scenario: caspianScenario, result: caspianResult });
    expect(shadowQueryAll(el, '[data-kind="link"]')).toHaveLength(caspianScenario.links.length);
    expect(shadowQueryAll(el, '[data-kind="node"]')).toHaveLength(caspianScenario.nodes.length);
  });

  it('should fire corridor-select { kind, id } on a click, heard by the page', async () => {
    const heard = heardOnDocument<CorridorSelectDetail>('corridor-select');
    const el = await mount(new CorridorMap(), { scenario: caspianScenario, result: caspianResult });
    await userEvent.click(shadowQuery(el, '[data-kind="node"][data-id="baku"] .hit'), { force: true });
    expect(heard).toEqual([{ detail: { kind: 'node', id: 'baku' }, bubbles: true, composed: true }]);
  });

  it('should fire nothing when the page sets its selection', async () => {
    const heard = heardOnDocument<CorridorSelectDetail>('corridor-select');
    const el = await mount(new CorridorMap(), { scenario: caspianScenario, result: caspianResult });
    el.selected = { kind: 'link', id: 'dostyk-aktau' };
    await el.updateComplete;
    expect(heard).toEqual([]);
  });

  it('should paint water and land with --corridor-map-water and --corridor-map-land set by the page', async () => {
    const el = await mount(new CorridorMap(), { scenario: caspianScenario, result: caspianResult });
    await loadCountryOutlines();
    await el.updateComplete;
    el.style.setProperty('--corridor-map-water', 'rgb(1, 2, 3)');
    el.style.setProperty('--corridor-map-land', 'rgb(4, 5, 6)');
    expect(getComputedStyle(shadowQuery(el, 'rect.water')).fill).toBe('rgb(1, 2, 3)');
    const countries = shadowQueryAll(el, '.countries path');
    expect(countries.length).toBeGreaterThan(0);
    expect(getComputedStyle(countries[0]!).fill).toBe('rgb(4, 5, 6)');
  });

  it('should redraw a corridor gate in the colour --corridor-color-<id> set by the page', async () => {
    const el = await mount(new CorridorMap(), { scenario: caspianScenario, result: caspianResult });
    const gate = caspianScenario.corridors!.find((c) => c.id === 'titr')!.gates[0]!;
    const line = (): Element => shadowQuery(el, `[data-kind="link"][data-id="${gate}"] .line`);
    const before = getComputedStyle(line()).stroke;
    el.style.setProperty('--corridor-color-titr', 'rgb(0, 255, 0)');
    const after = getComputedStyle(line()).stroke;
    // The line is the corridor colour mixed with white by utilisation, so only its change is certain:
    // pure green mixed with white keeps red = blue, which the default blue (#1f62a8) does not.
    expect(after).not.toBe(before);
    const [r, g, b] = channels(after);
    expect(r).toBeCloseTo(b!, 5);
    expect(g).toBeGreaterThan(r!);
  });
});

/** The r, g, b of a computed colour, 0–1, whether written `rgb(…)` or `color(srgb …)`. */
function channels(color: string): number[] {
  const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/.exec(color);
  if (srgb) return srgb.slice(1, 4).map(Number);
  const rgb = /rgba?\((\d+), (\d+), (\d+)/.exec(color);
  if (rgb) return rgb.slice(1, 4).map((c) => Number(c) / 255);
  throw new Error(`not a colour: ${color}`);
}

describe('<corridor-bottlenecks> alone', () => {
  it('should fire corridor-select with the row it lists, heard by the page', async () => {
    const heard = heardOnDocument<BottleneckSelectDetail>('corridor-select');
    const el = await mount(new CorridorBottlenecks(), { scenario: caspianScenario, result: caspianResult });
    const row = shadowQueryAll(el, '[part="row"]')[0]!;
    await userEvent.click(row);
    expect(heard).toEqual([{ detail: { kind: row.dataset['kind'], id: row.dataset['id'] }, bubbles: true, composed: true }]);
    expect(['link', 'node', 'corridor', 'demand']).toContain(heard[0]!.detail.kind);
  });
});

describe('<corridor-status> alone', () => {
  it('should say what its properties say', async () => {
    const el = await mount(new CorridorStatus(), { state: 'infeasible', message: 'demand too large', diagnosis: ['gate X is full'] });
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).toMatch(/infeasible/i);
    expect(text).toContain('gate X is full');
  });
});

describe('<corridor-editor> alone', () => {
  it('should fire corridor-change with the edited scenario after a user edit, with no solver anywhere', async () => {
    const heard = heardOnDocument<EditorChangeDetail>('corridor-change');
    const el = await mount(new CorridorEditor(), { scenario: caspianScenario }, 1100);
    const demand = caspianScenario.demands[0]!;
    const field = shadowQuery<HTMLInputElement>(el, `[aria-label="Volume of demand ${demand.id}, t/yr"]`);
    await userEvent.fill(field, '7000000');
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    const last = heard.at(-1);
    expect(last?.bubbles).toBe(true);
    expect(last?.composed).toBe(true);
    expect(last?.detail.phase).toBe('commit');
    expect(last?.detail.scenario.demands[0]).toEqual({ ...demand, volume: 7_000_000 });
    // The scenario it was given is left as it was.
    expect(caspianScenario.demands[0]!.volume).toBe(demand.volume);
  });

  it('should fire nothing when the page sets its scenario', async () => {
    const heard = heardOnDocument<EditorChangeDetail>('corridor-change');
    const el = await mount(new CorridorEditor(), { scenario: caspianScenario }, 1100);
    el.scenario = { ...caspianScenario, name: 'renamed by the page' };
    await el.updateComplete;
    expect(heard).toEqual([]);
  });
});
