import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../src/components/corridor-map/corridor-map';
import type { CorridorMap } from '../../../src/components/corridor-map/corridor-map';
import { chooseMapLabels } from '../../../src/components/corridor-map/map-label-choice';
import type { MapLabels } from '../../../src/components/corridor-map/map-labels';
import { lineWidth } from '../../../src/components/corridor-map/map-layers';
import type { MapLayout } from '../../../src/components/corridor-map/map-layout';
import { MERGED_ITEMS } from '../../../src/components/corridor-map/map-merged-load';
import { LABELS_PER_STEP } from '../../../src/components/corridor-map/map-labels-in-steps';
import { ITEMS_IN_VIEW } from '../../../src/components/corridor-map/map-merged-view';
import { gridScenario } from './fixtures';
import { mount, shadowQuery, shadowQueryAll, unmountAll } from './mount';

// 30 × 40 grid: 1,200 nodes and 2·(30·39 + 29·40) = 4,660 links, past MERGED_ITEMS.
const grid = (): ReturnType<typeof gridScenario> => gridScenario(30, 40);

function map(props: Partial<CorridorMap> = {}): Promise<CorridorMap> {
  return mount(document.createElement('corridor-map'), props, 1000);
}

const items = (el: HTMLElement): SVGGElement[] => shadowQueryAll<SVGGElement>(el, '[data-kind]');

/** The map's own layout (private): where an item is, in map pixels. */
const positionOf = (el: CorridorMap, key: string): { x: number; y: number } =>
  (el as unknown as { keys: { positions: ReadonlyMap<string, { x: number; y: number }> } }).keys.positions.get(key)!;

/** Where a map point is on screen, through the view. */
function onScreen(el: CorridorMap, at: { x: number; y: number }): { clientX: number; clientY: number } {
  const svg = shadowQuery<SVGSVGElement>(el, 'svg[part="map"]');
  const rect = svg.getBoundingClientRect();
  const [vx = 0, vy = 0, vw = 1, vh = 1] = svg.getAttribute('viewBox')!.split(/\s+/).map(Number);
  return { clientX: rect.left + ((at.x - vx) * rect.width) / vw, clientY: rect.top + ((at.y - vy) * rect.height) / vh };
}

/** A merged path's width on screen, px (written as `calc(<px> * var(--_inv))`). */
const widthOf = (path: SVGPathElement): number => Number(/^calc\(([\d.]+)px/.exec(path.style.strokeWidth)?.[1]);

/** The merged path a link's geometry is drawn in. */
function mergedLineOf(el: HTMLElement, d: string): SVGPathElement | undefined {
  return shadowQueryAll<SVGPathElement>(el, '.merged .merged-line').find((p) => p.getAttribute('d')!.includes(d));
}

describe('<corridor-map> with a large network drawn as merged paths', () => {
  beforeAll(async () => {
    await page.viewport(1280, 1000);
  });
  afterEach(() => unmountAll());

  it('should draw the links and nodes as a few merged paths, with one item element as the tab stop', async () => {
    const { scenario, result } = grid();
    expect(scenario.nodes.length + scenario.links.length).toBeGreaterThanOrEqual(MERGED_ITEMS);
    const el = await map({ scenario, result });
    const paths = shadowQueryAll(el, '.merged path');
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.length).toBeLessThan(200);
    // Every link's geometry is in exactly one merged line.
    const lines = shadowQueryAll(el, '.merged .merged-line').map((p) => p.getAttribute('d')!).join('');
    expect(lines.length).toBe(scenario.links.reduce((sum, l) => sum + (el as unknown as { layout: { links: { id: string; d: string }[] } }).layout.links.find((p) => p.id === l.id)!.d.length, 0));
    expect(items(el).map((g) => `${g.dataset['kind']}:${g.dataset['id']}:${g.getAttribute('tabindex')}`)).toEqual(['node:n0-0:0']);
  });

  it('should reach a link not drawn yet from the keyboard, drawn with its description, and the last item with End', async () => {
    const { scenario, result } = grid();
    const el = await map({ scenario, result });
    shadowQuery<SVGGElement>(el, '[data-kind="node"][data-id="n0-0"]').focus();
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    // Keyboard order: each node, then the links leaving it in the scenario's order: n0-0's first is east, to n0-1.
    const first = el.shadowRoot!.activeElement as SVGGElement;
    expect(first.dataset['id']).toBe('n0-0_n0-1');
    // Fixture flows: link i carries (37·i mod 1001) t/yr; n0-0_n0-1 is link 0: idle.
    expect(first.getAttribute('aria-label')).toContain('of 1,000 t/yr capacity');
    expect(first.getAttribute('tabindex')).toBe('0');
    expect(shadowQuery(el, '[part="tooltip"]').textContent).toContain('n0-0 → n0-1');
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as SVGGElement).dataset['id']).toBe('n29-39_n29-38');
    // One tab stop, whatever was drawn on the way.
    expect(items(el).filter((g) => g.getAttribute('tabindex') === '0').map((g) => g.dataset['id'])).toEqual(['n29-39_n29-38']);
  });

  it('should find the link under the pointer by its geometry: its tooltip on hover, its id on click', async () => {
    const { scenario, result } = grid();
    const el = await map({ scenario, result });
    // Zoomed in a little, so that the pointer at a link's middle is off the nodes' hit circles (11 px) at its ends.
    for (let i = 0; i < 2; i++) shadowQuery(el, '[aria-label="Zoom in"]').click();
    await el.updateComplete;
    const id = 'n10-20_n10-21';
    const layout = (el as unknown as { layout: { links: { id: string; mid: { x: number; y: number } }[] } }).layout;
    const at = onScreen(el, layout.links.find((l) => l.id === id)!.mid);
    const svg = shadowQuery(el, 'svg[part="map"]');
    svg.dispatchEvent(new PointerEvent('pointermove', { ...at, bubbles: true, composed: true, pointerType: 'mouse' }));
    await el.updateComplete;
    const tooltip = shadowQuery(el, '[part="tooltip"]');
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.textContent).toContain('n10-20 → n10-21');
    // Hovered, it is drawn as an element of its own (the hover highlight, its arrow).
    expect(items(el).some((g) => g.dataset['id'] === id)).toBe(true);
    const picked: unknown[] = [];
    el.addEventListener('corridor-select', (e) => picked.push((e as CustomEvent).detail));
    const node = onScreen(el, positionOf(el, 'node:n3-4'));
    // Dispatched on the frame under the pointer (the layers let the pointer through to it).
    svg.dispatchEvent(new MouseEvent('click', { ...at, bubbles: true, composed: true }));
    svg.dispatchEvent(new MouseEvent('click', { ...node, bubbles: true, composed: true }));
    expect(picked).toEqual([
      { kind: 'link', id },
      { kind: 'node', id: 'n3-4' },
    ]);
  });

  it('should draw the new flows after a solve: a link given the widest flow moves to the widest line', async () => {
    const { scenario, result } = grid();
    const el = await map({ scenario, result });
    const layout = (el as unknown as { layout: { links: { id: string; d: string }[] } }).layout;
    const link = layout.links[7]!;
    // Fixture flows: link 7 carries 37·7 = 259 of the widest 1,000 t/yr.
    const before = mergedLineOf(el, link.d)!;
    expect(widthOf(before)).toBe(Math.round(lineWidth(259, 1000) / 0.5) * 0.5);
    el.result = { ...result, links: result.links.map((l) => (l.id === link.id ? { ...l, flow: 1000, utilisation: 1 } : l)) };
    await el.updateComplete;
    const after = mergedLineOf(el, link.d)!;
    expect(widthOf(after)).toBe(lineWidth(1000, 1000));
    // And it is no longer in a line of its old width.
    const oldWidth = Math.round(lineWidth(259, 1000) / 0.5) * 0.5;
    const old = shadowQueryAll<SVGPathElement>(el, '.merged .merged-line').filter((p) => widthOf(p) === oldWidth);
    expect(old.length).toBeGreaterThan(0);
    expect(old.some((p) => p.getAttribute('d')!.includes(link.d))).toBe(false);
  });

  it('should not select the item under a zoom button when the button is clicked', async () => {
    const { scenario, result } = grid();
    const el = await map({ scenario, result });
    const picked: unknown[] = [];
    el.addEventListener('corridor-select', (e) => picked.push((e as CustomEvent).detail));
    // A click on the button, at the screen point of a node (a click on the map there would select it).
    const node = onScreen(el, positionOf(el, 'node:n3-4'));
    const zoomIn = shadowQuery(el, '[aria-label="Zoom in"]');
    zoomIn.dispatchEvent(new MouseEvent('click', { ...node, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.zoom).toBeGreaterThan(1);
    shadowQuery(el, 'svg[part="map"]').dispatchEvent(new MouseEvent('click', { ...onScreen(el, positionOf(el, 'node:n3-4')), bubbles: true, composed: true }));
    expect(picked).toEqual([{ kind: 'node', id: 'n3-4' }]);
  });

  it('should draw the latest answer when another arrives while the merged paths of one are worked out, on the same merged view', async () => {
    const { scenario, result } = grid();
    const el = await map({ scenario, result });
    const merged = (el as unknown as { merged: unknown }).merged;
    const layout = (el as unknown as { layout: { links: { id: string; d: string }[] } }).layout;
    const link = layout.links[7]!;
    const answer = (flow: number): typeof result => ({ ...result, links: result.links.map((l) => (l.id === link.id ? { ...l, flow, utilisation: flow / 1000 } : l)) });
    el.result = answer(1000);
    // The update of that answer, and a step of its paths, then the next answer.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    el.result = answer(500);
    await el.updateComplete;
    expect(widthOf(mergedLineOf(el, link.d)!)).toBe(Math.round(lineWidth(500, 1000) / 0.5) * 0.5);
    // The same network: its merged view (and hit index) kept.
    expect((el as unknown as { merged: unknown }).merged).toBe(merged);
  });

  it('should settle on the labels one pass at once chooses, though chosen in steps', async () => {
    const { scenario, result } = grid();
    const el = await map({ scenario, result });
    type Inside = { labels: MapLabels; layout: MapLayout; _level: number; nodeResults: Map<string, { throughput: number }>; linkResults: Map<string, { flow: number }>; maxFlow: number };
    const inside = el as unknown as Inside;
    const atOnce = chooseMapLabels(inside.layout, inside._level, {
      throughput: (id) => inside.nodeResults.get(id)?.throughput ?? 0,
      flow: (id) => inside.linkResults.get(id)?.flow ?? 0,
      maxFlow: inside.maxFlow,
      locale: 'en-US',
    });
    expect(atOnce.names.length).toBeGreaterThan(10);
    expect(inside.labels).toEqual(atOnce);
    // And drawn.
    expect(shadowQueryAll(el, '.labels text, text').length).toBeGreaterThanOrEqual(atOnce.names.length);
  });

  it('should draw the items in view one by one, with their arrows, once zoomed in far enough', async () => {
    const { scenario, result } = grid();
    const el = await map({ scenario, result });
    // Six steps (×16.8): some 150 items in view and its margin, fewer than ITEMS_IN_VIEW.
    for (let i = 0; i < 6; i++) shadowQuery(el, '[aria-label="Zoom in"]').click();
    // The items in view follow the view once it has rested.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await el.updateComplete;
    const drawn = items(el);
    expect(drawn.length).toBeGreaterThan(20);
    expect(drawn.length).toBeLessThanOrEqual(ITEMS_IN_VIEW + 1);
    expect(shadowQueryAll(el, '[data-kind="link"] .arrow').length).toBeGreaterThan(0);
    const frame = shadowQuery(el, '.frame').getBoundingClientRect();
    const meets = (box: DOMRect, margin: number): boolean =>
      box.right > frame.left - margin && box.left < frame.right + margin && box.bottom > frame.top - margin && box.top < frame.bottom + margin;
    // On screen, or just outside it: within the margin (a fifth of the view's width) drawn ahead of a pan; besides, the tab stop.
    expect(drawn.filter((g) => !meets(g.getBoundingClientRect(), frame.width * 0.25)).map((g) => g.dataset['id'])).toEqual(['n0-0']);
    expect(drawn.filter((g) => meets(g.getBoundingClientRect(), 0)).length).toBeGreaterThan(drawn.length / 3);
  });

  it('should pan the labels by a translation of their layer, sized to the zoom, and keep them on their nodes', async () => {
    const { scenario, result } = grid();
    const el = await map({ scenario, result });
    for (let i = 0; i < 3; i++) shadowQuery(el, '[aria-label="Zoom in"]').click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await el.updateComplete;
    // Not in the top SVG, whose viewBox moved at every pan and had the browser lay out every text again.
    expect(shadowQueryAll(el, 'svg[part="map"] text')).toEqual([]);
    const words = shadowQuery<SVGSVGElement>(el, 'svg.layer.words');
    const layout = (el as unknown as { layout: MapLayout }).layout;
    const size = (): string => `${words.getAttribute('width')} ${words.getAttribute('height')} ${words.getAttribute('viewBox')}`;
    expect(size()).toBe(`${layout.width * el.zoom} ${layout.height * el.zoom} 0 0 ${layout.width} ${layout.height}`);
    const label = shadowQueryAll<SVGTextElement>(el, '.labels text').find((t) => t.getBoundingClientRect().left > 100)!;
    const node = (): { clientX: number; clientY: number } => onScreen(el, positionOf(el, `node:${label.textContent}`));
    const offset = (): { x: number; y: number } => ({ x: label.getBoundingClientRect().left - node().clientX, y: label.getBoundingClientRect().top - node().clientY });
    const before = offset();
    const sizeBefore = size();
    shadowQuery<SVGSVGElement>(el, 'svg[part="map"]').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(size()).toBe(sizeBefore);
    expect(words.style.transform).toMatch(/^translate\([-\d.e]+px, [-\d.e]+px\)$/);
    // Where it was beside its node, wherever the view went.
    const after = offset();
    expect(Math.abs(after.x - before.x)).toBeLessThan(0.5);
    expect(Math.abs(after.y - before.y)).toBeLessThan(0.5);
  });

  it('should draw the labels of a new view a few at a time, a frame each, to all of the chosen ones', async () => {
    const { scenario, result } = grid();
    const el = await map({ scenario, result });
    // Label texts added by each update (each observer call: the updates are tasks of their own).
    const added: number[] = [];
    const observer = new MutationObserver((records) => {
      added.push(records.flatMap((r) => [...r.addedNodes]).filter((n) => n instanceof SVGTextElement).length);
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    for (let i = 0; i < 3; i++) shadowQuery(el, '[aria-label="Zoom in"]').click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await el.updateComplete;
    observer.disconnect();
    const chosen = (el as unknown as { labels: MapLabels }).labels;
    expect(shadowQueryAll(el, '.labels text').length).toBe(chosen.names.length);
    expect(shadowQueryAll(el, '.flow-labels text').length).toBe(chosen.flows.length);
    // Many new ones, never more than a step's worth at once.
    expect(added.reduce((a, b) => a + b, 0)).toBeGreaterThan(2 * LABELS_PER_STEP);
    expect(Math.max(...added)).toBeLessThanOrEqual(LABELS_PER_STEP);
  });
});
