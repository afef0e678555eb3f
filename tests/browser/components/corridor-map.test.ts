import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../src/components/corridor-map/corridor-map';
import type { CorridorMap } from '../../../src/components/corridor-map/corridor-map';
import type { Scenario } from '../../../src/model/types';
import { caspianResult, caspianScenario, gridScenario, HOSTILE_NAME, hostileResult, hostileScenario } from './fixtures';
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

  it('should draw every link and node with coordinates, each focusable with a role and a name', async () => {
    const el = await map({ scenario: caspianScenario, result: caspianResult });
    const links = shadowQueryAll(el, '[data-kind="link"]');
    const nodes = shadowQueryAll(el, '[data-kind="node"]');
    expect(links).toHaveLength(caspianScenario.links.length);
    expect(nodes).toHaveLength(caspianScenario.nodes.length);
    for (const g of [...links, ...nodes]) {
      expect(g.getAttribute('tabindex')).toBe('0');
      expect(g.getAttribute('role')).toBe('button');
      expect(g.getAttribute('aria-label')!.length).toBeGreaterThan(10);
    }
  });

  it('should name a link by its ends with flow, capacity, utilisation and marginal value', async () => {
    const el = await map({ scenario: caspianScenario, result: caspianResult });
    // Fixture: Aktau → Baku ferry carries 3.0 of 3.0 Mt/yr; marginal value 14.2.
    expect(item(el, 'link', 'aktau-baku').getAttribute('aria-label')).toBe(
      'Aktau → Baku. ferry, 460 km. 3.0 Mt/yr of 3.0 Mt/yr capacity, 100.0% used. ' +
        'Binding: an extra tonne of yearly capacity is worth USD 14.20/yr. Cost USD 38.00/t',
    );
    expect(item(el, 'link', 'baku-tbilisi').getAttribute('aria-label')).toContain('TITR gate');
    expect(item(el, 'link', 'aktau-alat').getAttribute('aria-label')).toContain(
      'Unused: would carry freight if USD 0.80/t cheaper',
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

  it('should draw the countries of the region as a backdrop', async () => {
    const el = await map({ scenario: caspianScenario, result: caspianResult });
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
    expect(tooltip.textContent).toContain('an extra tonne of yearly capacity is worth USD 31.20/yr');
    item(el, 'link', 'sarakhs-tehran').blur();
    expect(tooltip.hidden).toBe(true);
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

  it('should draw 500 nodes and about 2,000 links, and restyle on a new result without a new layout', async () => {
    // 20 × 25 grid: 500 nodes, 2·(20·24 + 19·25) = 1,910 links.
    const { scenario, result } = gridScenario(20, 25);
    const el = await map({ scenario, result });
    expect(shadowQueryAll(el, '[data-kind="link"]')).toHaveLength(1910);
    const pathBefore = item(el, 'link', scenario.links[0]!.id).querySelector('.line')!.getAttribute('d');
    el.result = { ...result, links: result.links.map((l) => ({ ...l, flow: l.flow / 2 })) };
    await el.updateComplete;
    expect(item(el, 'link', scenario.links[0]!.id).querySelector('.line')!.getAttribute('d')).toBe(pathBefore);
  });
});
