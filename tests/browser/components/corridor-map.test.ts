import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../src/components/corridor-map/corridor-map';
import type { CorridorMap } from '../../../src/components/corridor-map/corridor-map';
import type { Result, Scenario } from '../../../src/model/types';
import { closeTo } from '../../support/tolerance';
import { caspianResult, caspianScenario, gridScenario, HOSTILE_NAME, hostileResult, hostileScenario } from './fixtures';
import { loadCountryOutlines } from '../../../src/components/corridor-map/region-outline';
import { mount, shadowQuery, shadowQueryAll, unmountAll } from './mount';

function map(props: Partial<CorridorMap> = {}): Promise<CorridorMap> {
  return mount(document.createElement('corridor-map'), props, 1000);
}

const item = (el: HTMLElement, kind: 'node' | 'link', id: string): SVGGElement =>
  shadowQuery<SVGGElement>(el, `[data-kind="${kind}"][data-id="${id}"]`);

/** Every `corridor-select` that reaches the document (so it bubbled and left the shadow root). */
function recordSelections(): { detail: unknown; bubbles: boolean; composed: boolean }[] {
  const seen: { detail: unknown; bubbles: boolean; composed: boolean }[] = [];
  const listener = (e: Event): void => {
    seen.push({ detail: (e as CustomEvent).detail, bubbles: e.bubbles, composed: e.composed });
  };
  document.addEventListener('corridor-select', listener);
  afterEachCleanups.push(() => document.removeEventListener('corridor-select', listener));
  return seen;
}
const afterEachCleanups: (() => void)[] = [];

describe('<corridor-map>', () => {
  beforeAll(async () => {
    await page.viewport(1280, 1000);
  });
  afterEach(() => {
    for (const cleanup of afterEachCleanups.splice(0)) cleanup();
    unmountAll();
  });

  it('should draw every link and node with coordinates, each focusable with a role and a name, and one tab stop for all', async () => {
    const el = await map({ scenario: caspianScenario, result: caspianResult });
    const links = shadowQueryAll(el, '[data-kind="link"]');
    const nodes = shadowQueryAll(el, '[data-kind="node"]');
    expect(links).toHaveLength(caspianScenario.links.length);
    expect(nodes).toHaveLength(caspianScenario.nodes.length);
    for (const g of [...links, ...nodes]) {
      expect(g.getAttribute('tabindex')).toMatch(/^(0|-1)$/);
      expect(g.getAttribute('role')).toBe('button');
      expect(g.getAttribute('aria-label')!.length).toBeGreaterThan(10);
    }
    // Roving tabindex: the first node (Dostyk) is the one stop until another item is focused.
    expect([...links, ...nodes].filter((g) => g.getAttribute('tabindex') === '0').map((g) => g.dataset['id'])).toEqual(['dostyk']);
  });

  it('should name a link by its ends with flow, capacity, utilisation and marginal value', async () => {
    const el = await map({ scenario: caspianScenario, result: caspianResult });
    // Fixture: Aktau → Baku ferry carries 3.0 of 3.0 Mt/yr; marginal value 14.2.
    expect(item(el, 'link', 'aktau-baku').getAttribute('aria-label')).toBe(
      'Aktau → Baku. ferry, 460 km. 3.0 Mt/yr of 3.0 Mt/yr capacity, 100.0% used. ' +
        'Binding: marginal value USD 14.20/t (an extra tonne of yearly capacity saves USD 14.20 a year). Cost USD 38.00/t',
    );
    expect(item(el, 'link', 'baku-tbilisi').getAttribute('aria-label')).toContain('TITR gate');
    expect(item(el, 'link', 'aktau-alat').getAttribute('aria-label')).toContain(
      'Unused: must get USD 0.80/t cheaper to carry freight',
    );
    expect(item(el, 'node', 'poti').getAttribute('aria-label')).toContain(
      'Throughput 2.0 Mt/yr of 2.0 Mt/yr capacity, 100.0% used',
    );
  });

  it('should draw wider lines for more freight and mark binding capacities', async () => {
    const el = await map({ scenario: caspianScenario, result: caspianResult });
    const width = (id: string): number => parseFloat(getComputedStyle(item(el, 'link', id).querySelector('.line')!).strokeWidth);
    // 3.0 Mt/yr (the largest flow) > 1.2 Mt/yr > 0 (unused).
    expect(width('aktau-baku')).toBeGreaterThan(width('horadiz-meghri'));
    expect(width('horadiz-meghri')).toBeGreaterThan(width('aktau-alat'));
    expect(item(el, 'link', 'aktau-baku').querySelector('.binding')).not.toBeNull();
    expect(item(el, 'link', 'dostyk-aktau').querySelector('.binding')).toBeNull();
    expect(item(el, 'node', 'poti').querySelector('.binding-ring')).not.toBeNull();
  });

  it('should draw a closed link dashed', async () => {
    const el = await map({ scenario: caspianScenario, result: caspianResult });
    const closed = item(el, 'link', 'meghri-yerevan');
    expect(closed.classList.contains('closed')).toBe(true);
    expect(getComputedStyle(closed.querySelector('.line')!).strokeDasharray).not.toBe('none');
    expect(closed.getAttribute('aria-label')).toContain('Closed');
  });

  it('should offset the two directions of a two-way link so both show', async () => {
    const el = await map({ scenario: caspianScenario, result: caspianResult });
    const d = (id: string): string => item(el, 'link', id).querySelector('.line')!.getAttribute('d')!;
    expect(d('aktau-baku')).toContain('Q');
    expect(d('baku-aktau')).toContain('Q');
    const control = (path: string): string => path.split('Q')[1]!.split(' ').slice(0, 2).join(' ');
    expect(control(d('aktau-baku'))).not.toBe(control(d('baku-aktau')));
  });

  it('should draw the countries of the region as a backdrop once the outline has loaded', async () => {
    const el = await map({ scenario: caspianScenario, result: caspianResult });
    await loadCountryOutlines();
    await el.updateComplete;
    // Kazakhstan to Romania, Iran to Russia: a dozen or more countries overlap the view.
    expect(shadowQueryAll(el, '.countries path').length).toBeGreaterThan(10);
  });

  it('should fire corridor-select with the item on click, bubbling out of the shadow root', async () => {
    const seen = recordSelections();
    const el = await map({ scenario: caspianScenario, result: caspianResult });
    await userEvent.click(item(el, 'node', 'baku').querySelector('.hit')!, { force: true });
    expect(seen).toEqual([{ detail: { kind: 'node', id: 'baku' }, bubbles: true, composed: true }]);
    item(el, 'link', 'kostanay-constanta').querySelector('.line')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(seen[1]).toEqual({ detail: { kind: 'link', id: 'kostanay-constanta' }, bubbles: true, composed: true });
  });

  it('should fire corridor-select on Enter and Space on a focused item', async () => {
    const seen = recordSelections();
    const el = await map({ scenario: caspianScenario, result: caspianResult });
    item(el, 'link', 'sarakhs-tehran').focus();
    await userEvent.keyboard('{Enter}');
    item(el, 'node', 'tbilisi').focus();
    await userEvent.keyboard(' ');
    expect(seen.map((s) => s.detail)).toEqual([
      { kind: 'link', id: 'sarakhs-tehran' },
      { kind: 'node', id: 'tbilisi' },
    ]);
  });

  it('should show the details in a tooltip on focus and hide it on blur', async () => {
    const el = await map({ scenario: caspianScenario, result: caspianResult });
    const tooltip = shadowQuery(el, '[part="tooltip"]');
    expect(tooltip.hidden).toBe(true);
    item(el, 'link', 'sarakhs-tehran').focus();
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.textContent).toContain('Sarakhs → Tehran');
    expect(tooltip.textContent).toContain('an extra tonne of yearly capacity saves USD 31.20 a year');
    item(el, 'link', 'sarakhs-tehran').blur();
    expect(tooltip.hidden).toBe(true);
  });

  it('should show the hovered item’s tooltip over the focused one’s, and go back to the focused one when the pointer leaves', async () => {
    const el = await map({ scenario: caspianScenario, result: caspianResult });
    const tooltip = shadowQuery(el, '[part="tooltip"]');
    const svg = shadowQuery(el, 'svg[part="map"]');
    item(el, 'link', 'sarakhs-tehran').focus();
    item(el, 'node', 'baku').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    expect(tooltip.querySelector('strong')!.textContent).toBe('Baku');
    svg.dispatchEvent(new PointerEvent('pointerleave'));
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.querySelector('strong')!.textContent).toBe('Sarakhs → Tehran');
  });

  it('should highlight the selected item without firing an event', async () => {
    const seen = recordSelections();
    const el = await map({ scenario: caspianScenario, result: caspianResult });
    el.selected = { kind: 'link', id: 'tbilisi-kars' };
    await el.updateComplete;
    expect(item(el, 'link', 'tbilisi-kars').getAttribute('aria-current')).toBe('true');
    expect(item(el, 'link', 'kars-tbilisi').getAttribute('aria-current')).toBe('false');
    el.result = { ...caspianResult };
    await el.updateComplete;
    expect(seen).toEqual([]);
  });

  it('should paint gate links and the legend from --corridor-color-<id>', async () => {
    const el = await map({ scenario: caspianScenario, result: caspianResult });
    const gateStroke = (): string => getComputedStyle(item(el, 'link', 'sarakhs-tehran').querySelector('.line')!).stroke;
    const legendStroke = (): string => getComputedStyle(shadowQuery(el, '.legend li line')).stroke;
    const before = gateStroke();
    // The legend's first key is the first corridor's (TITR) colour, #1f62a8 from the scenario.
    expect(legendStroke()).toBe('rgb(31, 98, 168)');
    el.style.setProperty('--corridor-color-titr', 'rgb(255, 0, 0)');
    el.style.setProperty('--corridor-color-iran', 'rgb(255, 0, 0)');
    expect(legendStroke()).toBe('rgb(255, 0, 0)');
    // Sarakhs → Tehran is Iran's gate and full: drawn in the full colour.
    expect(gateStroke()).not.toBe(before);
    expect(gateStroke()).toMatch(/^(rgb\(255, 0, 0\)|color\(srgb 1 0 0\))$/);
  });

  it('should render untrusted names as text', async () => {
    const el = await map({ scenario: hostileScenario, result: hostileResult });
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    // Long names are cut to 28 characters on the map; the accessible name keeps all of it.
    const labels = shadowQueryAll(el, '.labels text').map((t) => t.textContent!);
    expect(labels[0]).toBe(`${HOSTILE_NAME.slice(0, 27)}…`);
    expect(item(el, 'node', 'a').getAttribute('aria-label')).toContain(HOSTILE_NAME);
    item(el, 'node', 'a').focus();
    expect(shadowQuery(el, '[part="tooltip"]').querySelector('img')).toBeNull();
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('should show an empty state without a scenario and the bare network before a solve', async () => {
    const el = await map();
    expect(shadowQuery(el, '.empty-state').textContent).toContain('No scenario loaded');
    el.scenario = caspianScenario;
    await el.updateComplete;
    expect(shadowQuery(el, '.note').textContent).toContain('Not solved yet');
    expect(shadowQueryAll(el, '[data-kind="link"]')).toHaveLength(caspianScenario.links.length);
    expect(shadowQueryAll(el, '.links .binding')).toHaveLength(0);
  });

  it('should say how many nodes it cannot place', async () => {
    const scenario: Scenario = {
      ...caspianScenario,
      nodes: caspianScenario.nodes.map((n) => (n.id === 'van' ? { id: n.id, name: n.name } : n)),
    };
    const el = await map({ scenario, result: caspianResult });
    expect(shadowQuery(el, '.note').textContent).toContain('1 node has no coordinates and is not drawn.');
    expect(shadowQueryAll(el, '[data-kind="link"][data-id^="van-"]')).toHaveLength(0);
  });

  it('should draw 320 nodes and about 1,200 links as elements, and restyle on a new result without a new layout', async () => {
    // 16 × 20 grid: 320 nodes, 2·(16·19 + 15·20) = 1,208 links: below MERGED_ITEMS, an element per item.
    const { scenario, result } = gridScenario(16, 20);
    const el = await map({ scenario, result });
    expect(shadowQueryAll(el, '[data-kind="link"]')).toHaveLength(1208);
    const pathBefore = item(el, 'link', scenario.links[0]!.id).querySelector('.line')!.getAttribute('d');
    el.result = { ...result, links: result.links.map((l) => ({ ...l, flow: l.flow / 2 })) };
    await el.updateComplete;
    expect(item(el, 'link', scenario.links[0]!.id).querySelector('.line')!.getAttribute('d')).toBe(pathBefore);
  });

  it('should lay a new large network out in tasks before its update, and draw the newest when another replaces it meanwhile', async () => {
    const { scenario, result } = gridScenario(20, 25);
    const el = await map({ scenario, result });
    const links = () => shadowQueryAll(el, '[data-kind="link"]').length;
    // What the map has laid out (private: the drawing itself follows a frame later either way).
    const laidOut = () => (el as unknown as { layout: { readonly nodes: readonly unknown[] } | null }).layout?.nodes.length;
    const next = gridScenario(15, 15);
    el.scenario = next.scenario;
    el.result = next.result;
    // The layout takes one task, its keyboard order another, the update a third: after the first (the second timer here,
    // the map's is set a microtask after the property), the old layout still holds.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(laidOut()).toBe(500);
    const newest = gridScenario(10, 10);
    el.scenario = newest.scenario;
    el.result = newest.result;
    await el.updateComplete;
    // 10 × 10 grid: 2·(10·9 + 9·10) = 360 links.
    expect(links()).toBe(360);
    expect(shadowQueryAll(el, '[data-kind="node"]')).toHaveLength(100);
  });

  it('should keep each link of a large network (drawn in parts) as the same element on a new result, with its new flow in its name', async () => {
    const { scenario, result } = gridScenario(16, 20);
    const el = await map({ scenario, result });
    const id = scenario.links[7]!.id;
    const before = item(el, 'link', id);
    // Fixture flows: link i carries (37·i mod 1001) t/yr, so link 7 carries 259 t/yr; halved, 129.5, shown as 130 t/yr.
    expect(before.getAttribute('aria-label')).toContain('259 t/yr of 1,000 t/yr capacity');
    el.result = { ...result, links: result.links.map((l) => ({ ...l, flow: l.flow / 2, utilisation: (l.utilisation ?? 0) / 2 })) };
    await el.updateComplete;
    expect(shadowQueryAll(el, '[data-kind="link"]')).toHaveLength(1208);
    expect(item(el, 'link', id)).toBe(before);
    expect(before.getAttribute('aria-label')).toContain('130 t/yr of 1,000 t/yr capacity, 13.0% used');
    expect(shadowQueryAll(el, '[data-kind="node"]')).toHaveLength(320);
  });

  it('should leave the names and the legend untouched while a new result of a large network is drawn part by part, with the new widest flow in the legend', async () => {
    const { scenario, result } = gridScenario(16, 20);
    const el = await map({ scenario, result });
    const legend = (): string => shadowQuery(el, '.legend').textContent!.replace(/\s+/g, ' ');
    const widestBefore = legend();
    expect(shadowQueryAll(el, '.labels text').length).toBeGreaterThan(0);
    // Every flow tripled: the widest flow changes, the places do not.
    el.result = { ...result, links: result.links.map((l) => ({ ...l, flow: l.flow * 3 })) };
    await new Promise((resolve) => requestAnimationFrame(resolve));
    // The first update (the new figures) is done; from here on only the drawing steps run.
    const touched: string[] = [];
    const watcher = new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target instanceof Element ? record.target : record.target.parentElement;
        const owner = target?.closest('.labels, .flow-labels, .legend');
        if (owner) touched.push(owner.getAttribute('class')!);
      }
    });
    watcher.observe(el.shadowRoot!, { subtree: true, attributes: true, childList: true, characterData: true });
    // Nor re-run: a drawing step that re-diffed every name would write each one's style again.
    const labelStyles = new Set(shadowQueryAll<SVGTextElement>(el, '.labels text, .flow-labels text').map((t) => t.style));
    const setProperty = CSSStyleDeclaration.prototype.setProperty;
    let labelWrites = 0;
    CSSStyleDeclaration.prototype.setProperty = function (this: CSSStyleDeclaration, ...args: Parameters<typeof setProperty>) {
      if (labelStyles.has(this)) labelWrites++;
      return setProperty.apply(this, args);
    };
    try {
      await el.updateComplete;
    } finally {
      CSSStyleDeclaration.prototype.setProperty = setProperty;
    }
    watcher.disconnect();
    expect(labelWrites).toBe(0);
    expect(touched).toEqual([]);
    // Fixture flows: the widest is 1,000 t/yr (37·i mod 1001 reaches 1,000), tripled 3,000 t/yr.
    expect(widestBefore).toContain('widest 1,000 t/yr');
    expect(legend()).toContain('widest 3,000 t/yr');
    expect(shadowQueryAll(el, '[data-kind="link"]')).toHaveLength(1208);
  });

  it('should draw a large network part by part in tasks of their own after each frame, not in the frames themselves', async () => {
    const { scenario, result } = gridScenario(16, 20);
    // From an animation-frame callback until the next task: a frame's own task (where its style,
    // layout and paint also run). A part drawn in there would make that one task longer.
    let inFrameTask = false;
    const raf = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) =>
      raf((time) => {
        inFrameTask = true;
        setTimeout(() => (inFrameTask = false), 0);
        callback(time);
      });
    const insertBefore = Node.prototype.insertBefore;
    let drawnInFrame = 0;
    let drawn = 0;
    Node.prototype.insertBefore = function <T extends Node>(this: Node, node: T, child: Node | null): T {
      // Into a layer of links or nodes: a part of the network (the first update only lays out the layers).
      if (this instanceof SVGElement && this.closest('svg.layer.links, svg.layer.nodes') !== null) {
        drawn++;
        if (inFrameTask) drawnInFrame++;
      }
      return insertBefore.call(this, node, child) as T;
    };
    try {
      const el = await map({ scenario, result });
      expect(shadowQueryAll(el, '[data-kind="link"]')).toHaveLength(1208);
    } finally {
      window.requestAnimationFrame = raf;
      Node.prototype.insertBefore = insertBefore;
    }
    expect(drawn).toBeGreaterThan(1000);
    expect(drawnInFrame).toBe(0);
  });

  it('should reach the last item of a large network from the keyboard while a new result is being drawn', async () => {
    const { scenario, result } = gridScenario(16, 20);
    const el = await map({ scenario, result });
    // A new result starts a new drawing pass; End must not wait for it to reach the last chunk.
    el.result = { ...result, links: result.links.map((l) => ({ ...l, flow: l.flow / 3 })) };
    item(el, 'node', 'n0-0').focus();
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    // Keyboard order is each node followed by the links leaving it in the scenario's order: the last node,
    // n15-19, has two, and the fixture adds its west link (to n15-18) after its north one.
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).toBe('n15-19_n15-18');
  });

  describe('zoom and pan', () => {
    it('should zoom with the buttons, keeping symbols and labels their size while places move apart', async () => {
      const el = await map({ scenario: caspianScenario, result: caspianResult });
      const zoomOut = shadowQuery<HTMLButtonElement>(el, '[aria-label="Zoom out"]');
      expect(zoomOut.getAttribute('aria-disabled')).toBe('true');
      const before = { symbol: symbolBox(el, 'baku'), label: labelBox(el, 'dostyk'), gap: distance(el, 'baku', 'tbilisi'), view: viewBox(el) };
      await userEvent.click(shadowQuery(el, '[aria-label="Zoom in"]'));
      const view = viewBox(el);
      // One step is ×1.6: the viewBox is 1/1.6 of the map wide, and places are 1.6 times as far apart on screen.
      expect(closeTo(view.w, before.view.w / 1.6, 1e-9)).toBe(true);
      expect(closeTo(el.zoom, 1.6, 1e-9)).toBe(true);
      expect(closeTo(distance(el, 'baku', 'tbilisi'), before.gap * 1.6, 1e-3)).toBe(true);
      expect(Math.abs(symbolBox(el, 'baku').width - before.symbol.width)).toBeLessThan(0.5);
      expect(Math.abs(labelBox(el, 'dostyk').height - before.label.height)).toBeLessThan(0.5);
      expect(zoomOut.getAttribute('aria-disabled')).toBe('false');
      await userEvent.click(zoomOut);
      expect(closeTo(viewBox(el).w, before.view.w, 1e-9)).toBe(true);
      await userEvent.click(shadowQuery(el, '[aria-label="Zoom in"]'));
      await userEvent.click(shadowQuery(el, '[aria-label="Reset zoom"]'));
      expect(viewBox(el)).toEqual(before.view);
    });

    it('should zoom and pan from the keyboard when the map has focus', async () => {
      const el = await map({ scenario: caspianScenario, result: caspianResult });
      const full = viewBox(el);
      svgOf(el).focus();
      await userEvent.keyboard('-');
      expect(viewBox(el)).toEqual(full); // already the whole map
      await userEvent.keyboard('+');
      const zoomed = viewBox(el);
      expect(closeTo(zoomed.w, full.w / 1.6, 1e-9)).toBe(true);
      await userEvent.keyboard('{ArrowRight}');
      // An arrow pans by 15% of the view.
      expect(closeTo(viewBox(el).x, zoomed.x + 0.15 * zoomed.w, 1e-9)).toBe(true);
      await userEvent.keyboard('{ArrowUp}');
      expect(closeTo(viewBox(el).y, zoomed.y - 0.15 * zoomed.h, 1e-9)).toBe(true);
      await userEvent.keyboard('0');
      expect(viewBox(el)).toEqual(full);
    });

    it('should zoom with the wheel around the point under the pointer, and let the page scroll when zoomed out', async () => {
      const el = await map({ scenario: caspianScenario, result: caspianResult });
      const at = centre(symbolBox(el, 'baku'));
      const zoomIn = wheel(el, -300, at);
      expect(zoomIn.defaultPrevented).toBe(true);
      // exp(300 × 0.002) ≈ 1.82.
      expect(closeTo(el.zoom, Math.exp(0.6), 1e-9)).toBe(true);
      const after = centre(symbolBox(el, 'baku'));
      expect(Math.abs(after.x - at.x)).toBeLessThan(1);
      expect(Math.abs(after.y - at.y)).toBeLessThan(1);
      wheel(el, 5000, at);
      expect(el.zoom).toBe(1);
      expect(wheel(el, 100, at).defaultPrevented).toBe(false);
    });

    it('should pan by dragging, and not take the release of a drag for a click', async () => {
      const seen = recordSelections();
      const el = await map({ scenario: caspianScenario, result: caspianResult });
      el.bounds = [[38.3, 40.5], [42.5, 50.5]];
      await el.updateComplete;
      const svg = svgOf(el);
      const start = centre(symbolBox(el, 'tbilisi'));
      pointer(svg, 'pointerdown', 1, start);
      pointer(svg, 'pointermove', 1, { x: start.x - 30, y: start.y - 20 });
      pointer(svg, 'pointermove', 1, { x: start.x - 60, y: start.y - 40 });
      pointer(svg, 'pointerup', 1, { x: start.x - 60, y: start.y - 40 });
      item(el, 'node', 'tbilisi').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      const moved = centre(symbolBox(el, 'tbilisi'));
      expect(Math.abs(moved.x - (start.x - 60))).toBeLessThan(1);
      expect(Math.abs(moved.y - (start.y - 40))).toBeLessThan(1);
      expect(seen).toEqual([]);
      // A press without a drag is a click again.
      pointer(svg, 'pointerdown', 1, moved);
      pointer(svg, 'pointerup', 1, moved);
      item(el, 'node', 'tbilisi').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect(seen.map((s) => s.detail)).toEqual([{ kind: 'node', id: 'tbilisi' }]);
    });

    it('should zoom with a two-finger pinch', async () => {
      const el = await map({ scenario: caspianScenario, result: caspianResult });
      const svg = svgOf(el);
      const box = svg.getBoundingClientRect();
      const mid = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      pointer(svg, 'pointerdown', 11, { x: mid.x - 20, y: mid.y }, 'touch');
      pointer(svg, 'pointerdown', 12, { x: mid.x + 20, y: mid.y }, 'touch');
      pointer(svg, 'pointermove', 11, { x: mid.x - 40, y: mid.y }, 'touch');
      pointer(svg, 'pointermove', 12, { x: mid.x + 40, y: mid.y }, 'touch');
      pointer(svg, 'pointerup', 11, { x: mid.x - 40, y: mid.y }, 'touch');
      pointer(svg, 'pointerup', 12, { x: mid.x + 40, y: mid.y }, 'touch');
      // The fingers went from 40 px to 80 px apart: twice as close.
      expect(closeTo(el.zoom, 2, 1e-9)).toBe(true);
    });

    it('should start on the region given by bounds and return to it on reset', async () => {
      const el = await map({ scenario: caspianScenario, result: caspianResult, bounds: [[38.3, 40.5], [42.5, 50.5]] });
      expect(el.zoom).toBeGreaterThan(2);
      const frame = svgOf(el).getBoundingClientRect();
      const inside = (id: string): boolean => {
        const c = centre(symbolBox(el, id));
        return c.x > frame.left && c.x < frame.right && c.y > frame.top && c.y < frame.bottom;
      };
      expect(['tbilisi', 'baku', 'kars', 'yerevan', 'alat'].every(inside)).toBe(true);
      expect(['dostyk', 'kostanay', 'istanbul', 'constanta'].some(inside)).toBe(false);
      const start = viewBox(el);
      await userEvent.click(shadowQuery(el, '[aria-label="Zoom out"]'));
      await userEvent.click(shadowQuery(el, '[aria-label="Reset zoom"]'));
      expect(viewBox(el)).toEqual(start);
      el.bounds = null;
      await el.updateComplete;
      expect(el.zoom).toBe(1);
    });

    it('should keep the view through an edit and a new result, and start afresh for another network', async () => {
      const el = await map({ scenario: caspianScenario, result: caspianResult });
      await userEvent.click(shadowQuery(el, '[aria-label="Zoom in"]'));
      const zoomed = viewBox(el);
      el.scenario = { ...caspianScenario, links: caspianScenario.links.map((l) => (l.id === 'aktau-baku' ? { ...l, cost: 40 } : l)) };
      el.result = { ...caspianResult };
      await el.updateComplete;
      expect(viewBox(el)).toEqual(zoomed);
      el.scenario = gridScenario(3, 3).scenario;
      el.result = null;
      await el.updateComplete;
      expect(el.zoom).toBe(1);
    });

    it('should move only the view: the drawing is not redrawn while zooming', async () => {
      const { scenario, result } = gridScenario(16, 20);
      const el = await map({ scenario, result });
      const first = item(el, 'link', scenario.links[0]!.id);
      const d = first.querySelector('.line')!.getAttribute('d');
      for (let i = 0; i < 4; i++) shadowQuery(el, '[aria-label="Zoom in"]').click();
      await el.updateComplete;
      // 1.6⁴ ≈ 6.6: past three label levels, yet the same elements with the same geometry.
      expect(el.zoom).toBeGreaterThan(4);
      expect(item(el, 'link', scenario.links[0]!.id)).toBe(first);
      expect(first.querySelector('.line')!.getAttribute('d')).toBe(d);
    });
  });

  describe('a re-solve of the same network', () => {
    it('should update in place only the items whose numbers changed, keeping every element', async () => {
      const el = await map({ scenario: caspianScenario, result: caspianResult });
      const maxFlow = Math.max(...caspianResult.links.map((l) => l.flow));
      // The smallest positive flow, lowered: the widest line (the width scale) stays as it was.
      const smallest = caspianResult.links.filter((l) => l.flow > 0).sort((a, b) => a.flow - b.flow)[0]!;
      const elements = shadowQueryAll(el, '[data-kind]');
      const changed = new Set<string>();
      const watcher = new MutationObserver((records) => {
        for (const record of records) {
          const owner = (record.target instanceof Element ? record.target : record.target.parentElement)?.closest('[data-kind]');
          if (owner instanceof SVGGElement) changed.add(`${owner.dataset['kind']}:${owner.dataset['id']}`);
        }
      });
      watcher.observe(el.shadowRoot!, { subtree: true, attributes: true, childList: true, characterData: true });

      el.result = {
        ...caspianResult,
        // Every outcome a new object, as a result from the worker is; one of them with other numbers.
        links: caspianResult.links.map((l) => (l.id === smallest.id ? { ...l, flow: smallest.flow / 2 } : { ...l })),
        nodes: caspianResult.nodes.map((n) => ({ ...n })),
      };
      await el.updateComplete;
      watcher.disconnect();

      expect(Math.max(...el.result!.links.map((l) => l.flow))).toBe(maxFlow);
      expect([...changed]).toEqual([`link:${smallest.id}`]);
      expect(shadowQueryAll(el, '[data-kind]')).toEqual(elements);
    });

    it('should keep the layout and every element through an edit of a number, redrawing the edited link only', async () => {
      const el = await map({ scenario: caspianScenario, result: caspianResult });
      const elements = shadowQueryAll(el, '[data-kind]');
      const before = item(el, 'link', 'aktau-baku').getAttribute('aria-label');

      el.scenario = { ...caspianScenario, links: caspianScenario.links.map((l) => (l.id === 'aktau-baku' ? { ...l, capacity: 4_000_000 } : l)) };
      await el.updateComplete;

      expect(shadowQueryAll(el, '[data-kind]')).toEqual(elements);
      expect(before).toContain('of 3.0 Mt/yr capacity');
      expect(item(el, 'link', 'aktau-baku').getAttribute('aria-label')).toContain('of 4.0 Mt/yr capacity');
    });
  });

  it('should keep arrows and labels at their points, at their size on screen, when zoomed in', async () => {
    const el = await map({ scenario: caspianScenario, result: caspianResult });
    // A straight link (no fan-out) with an arrow: its arrow sits at 0.6 of its length.
    const straight = shadowQueryAll(el, '[data-kind="link"]').find((g) => g.querySelector('.arrow') !== null && !g.querySelector('.line')!.getAttribute('d')!.includes('Q'))!;
    const line = straight.querySelector<SVGPathElement>('.line')!;
    const arrowAt = (): { x: number; y: number } => {
      const p = line.getPointAtLength(line.getTotalLength() * 0.6);
      const m = line.getScreenCTM()!;
      return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
    };
    const arrowBox = (): DOMRect => straight.querySelector('.arrow')!.getBoundingClientRect();
    const label = (): Element => shadowQueryAll(el, '.labels text').find((t) => t.textContent === 'Dostyk')!;
    const offsets = () => {
      const a = centre(arrowBox());
      const at = arrowAt();
      const l = centre(label().getBoundingClientRect());
      const node = centre(symbolBox(el, 'dostyk'));
      return { arrow: { x: a.x - at.x, y: a.y - at.y, w: arrowBox().width }, label: { x: l.x - node.x, y: l.y - node.y } };
    };
    const before = offsets();

    // ×1.6: still the whole-map label level, so the labels keep their places around their nodes.
    svgOf(el).focus();
    await userEvent.keyboard('+');
    const after = offsets();

    expect(closeTo(el.zoom, 1.6, 1e-9)).toBe(true);
    for (const key of ['x', 'y', 'w'] as const) expect(Math.abs(after.arrow[key] - before.arrow[key])).toBeLessThan(0.5);
    for (const key of ['x', 'y'] as const) expect(Math.abs(after.label[key] - before.label[key])).toBeLessThan(0.5);
  });

  it('should let the pointer reach the items through the stacked layers, and take a press on empty map for a drag', async () => {
    const seen = recordSelections();
    const el = await map({ scenario: caspianScenario, result: caspianResult });
    const at = centre(symbolBox(el, 'baku'));
    const root = el.shadowRoot!;
    // What is under the pointer at the node is the node, under the labels and chunks drawn above it.
    expect(root.elementFromPoint(at.x, at.y)?.closest('[data-kind]')?.getAttribute('data-id')).toBe('baku');
    await userEvent.click(item(el, 'node', 'baku').querySelector('.hit')!);
    expect(seen.map((s) => s.detail)).toEqual([{ kind: 'node', id: 'baku' }]);
    // Far from any item: the frame itself, where drags and the wheel start.
    const frame = svgOf(el).getBoundingClientRect();
    expect(root.elementFromPoint(frame.left + 3, frame.bottom - 3)).toBe(shadowQuery(el, '.frame'));
    // A press there focuses the map, so that + and − zoom at once.
    pointer(shadowQuery(el, '.frame'), 'pointerdown', 1, { x: frame.left + 3, y: frame.bottom - 3 });
    pointer(shadowQuery(el, '.frame'), 'pointerup', 1, { x: frame.left + 3, y: frame.bottom - 3 });
    expect(root.activeElement).toBe(svgOf(el));
  });

  describe('labels', () => {
    it('should never let two labels overlap, and show more of them zoomed in', async () => {
      const el = await map({ scenario: caspianScenario, result: caspianResult });
      const names = shadowQueryAll(el, '.labels text');
      // Aktau, Kuryk, Baku and Alat are within 60 km of each other: not every name fits at the whole-map scale.
      expect(names.length).toBeLessThan(caspianScenario.nodes.length);
      expect(overlaps(el)).toEqual([]);
      for (let i = 0; i < 3; i++) await userEvent.click(shadowQuery(el, '[aria-label="Zoom in"]'));
      await el.updateComplete;
      expect(shadowQueryAll(el, '.labels text').length).toBeGreaterThan(names.length);
      expect(overlaps(el)).toEqual([]);
    });

    it('should name the busiest nodes of a crowd first, by throughput', async () => {
      // Ten nodes on one spot (0.001° apart) and one far away: only some of the ten names fit around the spot.
      const crowd = Array.from({ length: 10 }, (_, i) => ({ id: `n${i}`, name: `Node ${i}`, lat: 40, lon: 40 + i * 0.001 }));
      const scenario: Scenario = {
        format: 'corridor-flow/scenario@1',
        name: 'Crowded',
        nodes: [...crowd, { id: 'z', name: 'Far', lat: 40, lon: 80 }],
        links: crowd.map((n) => ({ id: `${n.id}-z`, from: n.id, to: 'z', cost: 1 })),
        demands: [{ id: 'd', from: 'n0', to: 'z', volume: 1 }],
      };
      /** Node i carries `flows[i]` t/yr to the far node. */
      const solved = (flows: readonly number[]): Result => ({
        status: 'optimal',
        objective: 0,
        served: flows.reduce((a, b) => a + b, 0),
        unmet: 0,
        corridors: [],
        other: { flow: flows.reduce((a, b) => a + b, 0), share: 1 },
        links: flows.map((flow, i) => ({ id: `n${i}-z`, flow, utilisation: null, marginalValue: 0, reducedCost: 0 })),
        nodes: [
          ...flows.map((flow, i) => ({ id: `n${i}`, throughput: flow, utilisation: null, marginalValue: 0 })),
          { id: 'z', throughput: flows.reduce((a, b) => a + b, 0), utilisation: null, marginalValue: 0 },
        ],
        demands: [],
        solver: { name: 'test', version: '0', ms: 0 },
      });
      const named = (el: CorridorMap): string[] =>
        shadowQueryAll(el, '.labels text').map((t) => t.textContent!).filter((t) => t.startsWith('Node')).sort();
      const rising = Array.from({ length: 10 }, (_, i) => (i + 1) * 1e5);
      const el = await map({ scenario, result: solved(rising) });
      const shown = named(el);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.length).toBeLessThan(10);
      // The busiest `shown.length` nodes: the last ones when throughput rises with the index…
      expect(shown).toEqual(crowd.slice(10 - shown.length).map((n) => n.name).sort());
      el.result = solved([...rising].reverse());
      await el.updateComplete;
      // …and the first ones when it falls.
      expect(named(el)).toEqual(crowd.slice(0, shown.length).map((n) => n.name).sort());
      expect(overlaps(el)).toEqual([]);
    });
  });

  describe('keyboard', () => {
    it('should be one tab stop for all items, the arrow keys moving between them', async () => {
      const el = await map({ scenario: caspianScenario, result: caspianResult });
      const stops = (): string[] =>
        shadowQueryAll(el, '[data-kind][tabindex="0"]').map((g) => `${g.dataset['kind']}:${g.dataset['id']}`);
      item(el, 'node', 'dostyk').focus();
      // Order: each node, then the links leaving it, as the scenario lists them.
      await userEvent.keyboard('{ArrowRight}');
      expect(el.shadowRoot!.activeElement).toBe(item(el, 'link', 'dostyk-aktau'));
      expect(stops()).toEqual(['link:dostyk-aktau']);
      await userEvent.keyboard('{ArrowDown}');
      expect(el.shadowRoot!.activeElement).toBe(item(el, 'link', 'dostyk-kuryk'));
      await userEvent.keyboard('{ArrowLeft}{ArrowUp}');
      expect(el.shadowRoot!.activeElement).toBe(item(el, 'node', 'dostyk'));
      await userEvent.keyboard('{End}');
      expect(el.shadowRoot!.activeElement).toBe(item(el, 'node', 'mersin'));
      await userEvent.keyboard('{Home}');
      expect(stops()).toEqual(['node:dostyk']);
      // Tab leaves the items for the zoom buttons in one step.
      await userEvent.keyboard('{Tab}');
      expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).toBe('Zoom in');
    });

    it('should pan to show an item the arrow keys reach outside the view', async () => {
      const el = await map({ scenario: caspianScenario, result: caspianResult, bounds: [[38.3, 40.5], [42.5, 50.5]] });
      item(el, 'node', 'tbilisi').focus();
      await userEvent.keyboard('{End}');
      const frame = svgOf(el).getBoundingClientRect();
      const mersin = centre(symbolBox(el, 'mersin'));
      expect(mersin.x > frame.left && mersin.x < frame.right && mersin.y > frame.top && mersin.y < frame.bottom).toBe(true);
    });

    it('should make the selected item the tab stop', async () => {
      const el = await map({ scenario: caspianScenario, result: caspianResult });
      el.selected = { kind: 'link', id: 'tbilisi-kars' };
      await el.updateComplete;
      expect(shadowQueryAll(el, '[data-kind][tabindex="0"]').map((g) => g.dataset['id'])).toEqual(['tbilisi-kars']);
    });
  });
});

const svgOf = (el: HTMLElement): SVGSVGElement => shadowQuery<SVGSVGElement>(el, 'svg[part="map"]');

function viewBox(el: HTMLElement): { x: number; y: number; w: number; h: number } {
  const [x = NaN, y = NaN, w = NaN, h = NaN] = svgOf(el).getAttribute('viewBox')!.split(/\s+/).map(Number);
  return { x, y, w, h };
}

const symbolBox = (el: HTMLElement, id: string): DOMRect => item(el, 'node', id).querySelector('.symbol')!.getBoundingClientRect();

function labelBox(el: HTMLElement, id: string): DOMRect {
  const text = shadowQueryAll(el, '.labels text').find((t) => t.textContent === caspianScenario.nodes.find((n) => n.id === id)!.name);
  if (text === undefined) throw new Error(`no label for ${id}`);
  return text.getBoundingClientRect();
}

const centre = (r: DOMRect): { x: number; y: number } => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });

function distance(el: HTMLElement, a: string, b: string): number {
  const p = centre(symbolBox(el, a));
  const q = centre(symbolBox(el, b));
  return Math.hypot(p.x - q.x, p.y - q.y);
}

function wheel(el: HTMLElement, deltaY: number, at: { x: number; y: number }): WheelEvent {
  const event = new WheelEvent('wheel', { deltaY, clientX: at.x, clientY: at.y, bubbles: true, cancelable: true, composed: true });
  svgOf(el).dispatchEvent(event);
  return event;
}

function pointer(target: Element, type: string, pointerId: number, at: { x: number; y: number }, pointerType = 'mouse'): void {
  target.dispatchEvent(
    new PointerEvent(type, { pointerId, pointerType, clientX: at.x, clientY: at.y, button: 0, isPrimary: pointerId === 1 || pointerId === 11, bubbles: true, cancelable: true, composed: true }),
  );
}

/** Pairs of drawn labels (names and flow figures) whose boxes overlap by more than half a pixel. */
function overlaps(el: HTMLElement): string[] {
  const boxes = shadowQueryAll(el, '.labels text, .flow-labels text').map((t) => ({ text: t.textContent!, r: t.getBoundingClientRect() }));
  const found: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w > 0.5 && h > 0.5) found.push(`${a.text} / ${b.text}`);
    }
  });
  return found;
}
