import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../src/components/corridor-editor/corridor-editor';
import type { CorridorChangeDetail, CorridorEditor } from '../../../src/components/corridor-editor/corridor-editor';
import type { Scenario, ScenarioLink } from '../../../src/model/types';
import { caspianScenario } from './fixtures';
import { mount, shadowQuery, shadowQueryAll, unmountAll } from './mount';

/** A small Caspian network: one gate per corridor, one ferry, one sea link, two demands. */
const scenario: Scenario = deepFreeze({
  format: 'corridor-flow/scenario@1',
  name: 'Editor test',
  sources: [{ id: 'unece', title: 'UNECE Euro-Asian Transport Links', year: 2023, url: 'https://unece.org/' }],
  nodes: [
    { id: 'khorgos', name: 'Khorgos', kind: 'border' },
    { id: 'aktau', name: 'Aktau', kind: 'port', capacity: 5_000_000 },
    { id: 'alat', name: 'Alat', kind: 'port' },
    { id: 'poti', name: 'Poti', kind: 'port' },
    { id: 'meghri', name: 'Meghri', kind: 'border' },
    { id: 'kars', name: 'Kars', kind: 'rail' },
    { id: 'sarakhs', name: 'Sarakhs', kind: 'border' },
    { id: 'europe', name: 'Europe', kind: 'hub' },
  ],
  links: [
    { id: 'khorgos_aktau', from: 'khorgos', to: 'aktau', capacity: 20_000_000, cost: 40, days: 5 },
    { id: 'ferry_aktau_alat', from: 'aktau', to: 'alat', mode: 'ferry', capacity: 4_000_000, cost: 45, days: 3, source: 'unece' },
    { id: 'alat_poti', from: 'alat', to: 'poti', capacity: 15_000_000, cost: 30, days: 2 },
    { id: 'poti_europe', from: 'poti', to: 'europe', mode: 'sea', cost: 35, days: 8 },
    { id: 'alat_meghri', from: 'alat', to: 'meghri', capacity: 5_000_000, cost: 25, days: 2, assumption: 'planned line, opening 2030' },
    { id: 'meghri_kars', from: 'meghri', to: 'kars', cost: 20, days: 2 },
    { id: 'kars_europe', from: 'kars', to: 'europe', cost: 50, days: 5 },
    { id: 'khorgos_sarakhs', from: 'khorgos', to: 'sarakhs', cost: 60, days: 6 },
    { id: 'sarakhs_kars', from: 'sarakhs', to: 'kars', capacity: 10_000_000, cost: 45, days: 5 },
  ],
  corridors: [
    { id: 'titr', name: 'TITR', color: '#1f62a8', gates: ['ferry_aktau_alat'] },
    { id: 'tripp', name: 'TRIPP', color: '#b2531a', gates: ['alat_meghri'] },
    { id: 'iran', name: 'Iran', color: '#1d7a5a', gates: ['sarakhs_kars'] },
  ],
  demands: [
    { id: 'cn_eu', from: 'khorgos', to: 'europe', volume: 10_000_000, label: 'containers', valueOfTime: 2 },
    { id: 'cn_tr', from: 'khorgos', to: 'kars', volume: 3_000_000, label: 'grain', unmetPenalty: 500 },
  ],
} satisfies Scenario);
const snapshot = JSON.stringify(scenario);

/** Freezing makes any in-place edit by the editor throw (modules run in strict mode). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

async function mountEditor(props: Partial<CorridorEditor> = {}, width = 900): Promise<CorridorEditor> {
  return mount(document.createElement('corridor-editor'), { scenario, ...props }, width);
}

/** Records every `corridor-change` the editor fires. */
function recordChanges(el: CorridorEditor): CorridorChangeDetail[] {
  const details: CorridorChangeDetail[] = [];
  el.addEventListener('corridor-change', (e) => details.push((e as CustomEvent<CorridorChangeDetail>).detail));
  return details;
}

function byLabel<E extends HTMLElement = HTMLInputElement>(el: CorridorEditor, label: string): E {
  return shadowQuery<E>(el, `[aria-label="${label}"]`);
}

async function openSection(el: CorridorEditor, key: string): Promise<void> {
  const toggle = shadowQuery<HTMLButtonElement>(el, `[data-section="${key}"] .section-toggle`);
  if (toggle.getAttribute('aria-expanded') !== 'true') await userEvent.click(toggle);
  await el.updateComplete;
}

/** Types into a field and leaves it, as a person does: the edit is committed on `change`. */
async function typeInto(el: CorridorEditor, input: HTMLInputElement, text: string): Promise<void> {
  await userEvent.fill(input, text);
  await userEvent.keyboard('{Enter}');
  await el.updateComplete;
}

function last(details: readonly CorridorChangeDetail[]): CorridorChangeDetail {
  const d = details.at(-1);
  if (d === undefined) throw new Error('no corridor-change was fired');
  return d;
}

function linkOf(s: Scenario, id: string): ScenarioLink {
  const found = s.links.find((l) => l.id === id);
  if (found === undefined) throw new Error(`no link ${id}`);
  return found;
}

describe('<corridor-editor>', () => {
  beforeAll(async () => {
    await page.viewport(1200, 900);
  });
  afterEach(unmountAll);

  describe('rendering', () => {
    it('should show levers first: gate capacities per corridor, crossing costs, demand volumes, corridor switches', async () => {
      const el = await mountEditor();
      expect(byLabel(el, 'Capacity of link ferry_aktau_alat, t/yr').value).toBe('4,000,000');
      expect(byLabel(el, 'Capacity of link alat_meghri, t/yr').value).toBe('5,000,000');
      expect(byLabel(el, 'Capacity of link sarakhs_kars, t/yr').value).toBe('10,000,000');
      expect(byLabel(el, 'Cost of link ferry_aktau_alat, USD/t').value).toBe('45');
      expect(byLabel(el, 'Cost of link poti_europe, USD/t').value).toBe('35');
      expect(byLabel(el, 'Volume of demand cn_eu, t/yr').value).toBe('10,000,000');
      expect(byLabel(el, 'Corridor titr open').checked).toBe(true);
      // The rail link is neither a gate nor a crossing: not a lever.
      expect(el.shadowRoot?.querySelector('[aria-label="Capacity of link khorgos_aktau, t/yr"]')).toBeNull();
    });

    it('should mark the scenario value on each slider and give the slider a range around it', async () => {
      const el = await mountEditor();
      const slider = byLabel(el, 'Capacity of link ferry_aktau_alat, t/yr, slider');
      // 3 × 4 Mt rounded up to a nice number is 20 Mt; 20 Mt / 500 rounded up is 50 kt.
      expect(slider.max).toBe('20000000');
      expect(slider.step).toBe('50000');
      expect(slider.value).toBe('4000000');
      const tick = slider.parentElement?.querySelector('.tick');
      expect(tick?.getAttribute('title')).toBe('Scenario value: 4,000,000 t/yr');
    });

    it('should keep its tables closed until asked, and render only the open ones', async () => {
      const el = await mountEditor();
      for (const key of ['nodes', 'links', 'corridors', 'demands', 'sources']) {
        const toggle = shadowQuery(el, `[data-section="${key}"] .section-toggle`);
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
      }
      expect(shadowQueryAll(el, 'table')).toHaveLength(0);
      await openSection(el, 'links');
      expect(shadowQuery(el, '[data-section="links"] .section-toggle').getAttribute('aria-expanded')).toBe('true');
      expect(shadowQueryAll(el, 'table.table-links tbody tr.row')).toHaveLength(9);
    });

    it('should show a link source title and an assumption where items carry them', async () => {
      const el = await mountEditor();
      await openSection(el, 'links');
      const ferryDetails = byLabel<HTMLButtonElement>(el, 'Details of link ferry_aktau_alat, source: UNECE Euro-Asian Transport Links (2023)');
      expect(ferryDetails.title).toBe('source: UNECE Euro-Asian Transport Links (2023)');
      await userEvent.click(ferryDetails);
      await el.updateComplete;
      const detail = shadowQuery(el, '#detail-links-1');
      expect(detail.textContent).toContain('Source: UNECE Euro-Asian Transport Links (2023).');
      expect(shadowQuery<HTMLAnchorElement>(el, '#detail-links-1 a').href).toBe('https://unece.org/');
      expect(byLabel<HTMLButtonElement>(el, 'Details of link alat_meghri, assumption: planned line, opening 2030').title).toBe(
        'assumption: planned line, opening 2030',
      );
    });

    it('should mark a calibrated cost beside its value in the links table, and no other cost', async () => {
      const calibrated: Scenario = {
        ...scenario,
        links: scenario.links.map((l) => (l.id === 'alat_poti' ? { ...l, cost: 36.5, assumption: 'calibrated: was 30 USD/t, to fit corridors.titr.flow' } : l)),
      };
      const el = await mountEditor({ scenario: calibrated });
      await openSection(el, 'links');
      const marks = shadowQueryAll(el, 'table.table-links tr.row .calibrated-mark');
      expect(marks).toHaveLength(1);
      expect(marks[0]!.closest('tr')!.dataset.id).toBe('alat_poti');
      expect(marks[0]!.closest('td')!.querySelector('input')!.getAttribute('aria-label')).toMatch(/cost/i);
      expect(marks[0]!.title).toMatch(/^A fitted cost: set by calibration/);
    });

    it('should show untrusted names as text, never as markup', async () => {
      const hostile = { ...scenario, nodes: scenario.nodes.map((n, i) => (i === 0 ? { ...n, name: '<img src=x onerror="window.hacked=1">' } : n)) };
      const el = await mountEditor({ scenario: hostile });
      await openSection(el, 'nodes');
      expect(shadowQueryAll(el, 'img')).toHaveLength(0);
      expect(byLabel(el, 'Name of node khorgos').value).toBe('<img src=x onerror="window.hacked=1">');
      expect(shadowQuery(el, '[data-kind="demand"][data-id="cn_eu"] .lever-field').textContent).toContain('<img src=x');
    });
  });

  describe('editing', () => {
    it('should fire corridor-change with the new capacity at its place on each slider step, then a commit', async () => {
      const el = await mountEditor();
      const changes = recordChanges(el);
      const slider = byLabel(el, 'Capacity of link ferry_aktau_alat, t/yr, slider');
      slider.focus();
      await userEvent.keyboard('{ArrowRight}');
      await el.updateComplete;
      // One step of 50 kt up from 4 Mt (see the range test).
      expect(changes.map((c) => c.phase)).toEqual(['input', 'commit']);
      expect(linkOf(last(changes).scenario, 'ferry_aktau_alat').capacity).toBe(4_050_000);
      expect(byLabel(el, 'Capacity of link ferry_aktau_alat, t/yr').value).toBe('4,050,000');
      expect(JSON.stringify(scenario)).toBe(snapshot);
    });

    it('should change only the edited field and share the untouched parts with the original', async () => {
      const el = await mountEditor();
      const changes = recordChanges(el);
      await typeInto(el, byLabel(el, 'Volume of demand cn_tr, t/yr'), '3,500,000');
      const next = last(changes).scenario;
      expect(last(changes).phase).toBe('commit');
      expect(next).not.toBe(scenario);
      expect(next.demands[1]).toEqual({ ...scenario.demands[1], volume: 3_500_000 });
      expect(next.demands[0]).toBe(scenario.demands[0]);
      expect(next.links).toBe(scenario.links);
      expect(JSON.stringify(scenario)).toBe(snapshot);
    });

    it('should pass a negative number through as typed so the validator can report it', async () => {
      const el = await mountEditor();
      const changes = recordChanges(el);
      await openSection(el, 'links');
      const field = shadowQuery<HTMLInputElement>(el, '#f-links-1-capacity');
      expect(field.getAttribute('aria-label')).toBe('Capacity of link ferry_aktau_alat, t/yr');
      await typeInto(el, field, '-5');
      expect(linkOf(last(changes).scenario, 'ferry_aktau_alat').capacity).toBe(-5);
    });

    it('should pass text that is not a number through as that text, not drop it', async () => {
      const el = await mountEditor();
      const changes = recordChanges(el);
      await typeInto(el, byLabel(el, 'Cost of link ferry_aktau_alat, USD/t'), 'abc');
      expect(linkOf(last(changes).scenario, 'ferry_aktau_alat').cost).toBe('abc');
      expect(byLabel(el, 'Cost of link ferry_aktau_alat, USD/t').value).toBe('abc');
    });

    it('should read an emptied optional capacity as unlimited (the field removed)', async () => {
      const el = await mountEditor();
      const changes = recordChanges(el);
      await typeInto(el, byLabel(el, 'Capacity of link sarakhs_kars, t/yr'), '');
      const link = linkOf(last(changes).scenario, 'sarakhs_kars');
      expect('capacity' in link).toBe(false);
      expect(byLabel(el, 'Capacity of link sarakhs_kars, t/yr').placeholder).toBe('unlimited');
    });

    it('should reset a moved lever to the scenario value', async () => {
      const el = await mountEditor();
      const changes = recordChanges(el);
      await typeInto(el, byLabel(el, 'Capacity of link alat_meghri, t/yr'), '7000000');
      expect(linkOf(last(changes).scenario, 'alat_meghri').capacity).toBe(7_000_000);
      await userEvent.click(byLabel<HTMLButtonElement>(el, 'Reset capacity of link alat_meghri to 5,000,000 t/yr'));
      expect(linkOf(last(changes).scenario, 'alat_meghri').capacity).toBe(5_000_000);
    });

    it('should close a corridor with its switch', async () => {
      const el = await mountEditor();
      const changes = recordChanges(el);
      await userEvent.click(byLabel(el, 'Corridor tripp open'));
      expect(changes).toHaveLength(1);
      expect(last(changes).scenario.corridors?.[1]).toEqual({ ...scenario.corridors?.[1], enabled: false });
      expect(byLabel(el, 'Corridor tripp open').checked).toBe(false);
    });

    it('should disable a link with its checkbox in the links table', async () => {
      const el = await mountEditor();
      const changes = recordChanges(el);
      await openSection(el, 'links');
      await userEvent.click(byLabel(el, 'Link meghri_kars enabled'));
      expect(linkOf(last(changes).scenario, 'meghri_kars').enabled).toBe(false);
    });

    it('should change a link mode and its end through selects', async () => {
      const el = await mountEditor();
      const changes = recordChanges(el);
      await openSection(el, 'links');
      await userEvent.selectOptions(byLabel<HTMLSelectElement>(el, 'Mode of link meghri_kars'), 'road');
      expect(linkOf(last(changes).scenario, 'meghri_kars').mode).toBe('road');
      await userEvent.selectOptions(byLabel<HTMLSelectElement>(el, 'To of link meghri_kars'), 'europe');
      expect(linkOf(last(changes).scenario, 'meghri_kars').to).toBe('europe');
    });

    it('should add a link with a fresh id and focus it', async () => {
      const el = await mountEditor();
      const changes = recordChanges(el);
      await userEvent.click(byLabel<HTMLButtonElement>(el, 'Add link'));
      await el.updateComplete;
      const next = last(changes).scenario;
      expect(next.links).toHaveLength(scenario.links.length + 1);
      expect(next.links.at(-1)).toEqual({ id: 'link_1', from: 'khorgos', to: 'aktau', cost: 0 });
      expect(el.shadowRoot?.activeElement).toBe(byLabel(el, 'Id of link link_1'));
      expect(scenario.links).toHaveLength(9);
    });

    it('should remove a link', async () => {
      const el = await mountEditor();
      const changes = recordChanges(el);
      await openSection(el, 'links');
      await userEvent.click(byLabel<HTMLButtonElement>(el, 'Remove link alat_poti'));
      const next = last(changes).scenario;
      expect(next.links.map((l) => l.id)).toEqual(scenario.links.map((l) => l.id).filter((id) => id !== 'alat_poti'));
      expect(shadowQueryAll(el, 'table.table-links tbody tr.row')).toHaveLength(8);
      expect(JSON.stringify(scenario)).toBe(snapshot);
    });

    it('should add and remove a corridor gate', async () => {
      const el = await mountEditor();
      const changes = recordChanges(el);
      await openSection(el, 'corridors');
      await typeInto(el, byLabel(el, 'Add gate link to corridor titr'), 'alat_poti');
      expect(last(changes).scenario.corridors?.[0]?.gates).toEqual(['ferry_aktau_alat', 'alat_poti']);
      await userEvent.click(byLabel<HTMLButtonElement>(el, 'Remove gate ferry_aktau_alat from corridor titr'));
      expect(last(changes).scenario.corridors?.[0]?.gates).toEqual(['alat_poti']);
    });

    it('should never fire corridor-change when properties are set by a program', async () => {
      const el = await mountEditor();
      const changes = recordChanges(el);
      el.scenario = { ...scenario, name: 'Other' };
      el.problems = [{ path: 'links[1].capacity', message: 'expected a number ≥ 0, got -5' }];
      el.selected = { kind: 'link', id: 'alat_poti' };
      await el.updateComplete;
      el.scenario = null;
      await el.updateComplete;
      expect(changes).toHaveLength(0);
    });
  });

  describe('baseline', () => {
    /** What a reload restores from the autosave: the user's edited scenario, a new object. */
    const restored: Scenario = {
      ...scenario,
      links: scenario.links.map((l) => (l.id === 'ferry_aktau_alat' ? { ...l, capacity: 6_000_000 } : l)),
    };
    const tick = (el: CorridorEditor): string | null | undefined =>
      byLabel(el, 'Capacity of link ferry_aktau_alat, t/yr, slider').parentElement?.querySelector('.tick')?.getAttribute('title');
    const resetShown = (el: CorridorEditor): string[] =>
      shadowQueryAll<HTMLButtonElement>(el, '.lever .reset').filter((b) => !b.hidden).map((b) => b.getAttribute('aria-label')!);

    it('should without a baseline take a restored scenario for the one loaded, so nothing reads as changed', async () => {
      const el = await mountEditor({ scenario: restored });
      expect(tick(el)).toBe('Scenario value: 6,000,000 t/yr');
      expect(resetShown(el)).toEqual([]);
    });

    it('should mark and reset to the baseline, the scenario as loaded from its file, after a restore', async () => {
      const el = await mountEditor({ scenario: restored, baseline: scenario });
      const changes = recordChanges(el);
      expect(tick(el)).toBe('Scenario value: 4,000,000 t/yr');
      expect(resetShown(el)).toEqual(['Reset capacity of link ferry_aktau_alat to 4,000,000 t/yr']);
      await userEvent.click(byLabel<HTMLButtonElement>(el, 'Reset capacity of link ferry_aktau_alat to 4,000,000 t/yr'));
      expect(linkOf(last(changes).scenario, 'ferry_aktau_alat').capacity).toBe(4_000_000);
      expect(resetShown(el)).toEqual([]);
    });

    it('should follow a baseline set later, without firing corridor-change', async () => {
      const el = await mountEditor({ scenario: restored });
      const changes = recordChanges(el);
      el.baseline = scenario;
      await el.updateComplete;
      expect(tick(el)).toBe('Scenario value: 4,000,000 t/yr');
      el.baseline = null;
      await el.updateComplete;
      expect(tick(el)).toBe('Scenario value: 6,000,000 t/yr');
      expect(changes).toEqual([]);
    });
  });

  describe('narrow', () => {
    it('should stack each lever’s name above its slider and field, within a phone’s width', async () => {
      // 390 px phone less the page's padding.
      const el = await mountEditor({}, 358);
      const host = el.getBoundingClientRect();
      const base = shadowQuery(el, '[part="base"]');
      expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
      for (const lever of shadowQueryAll(el, '.lever')) {
        const label = lever.querySelector('.lever-label')!.getBoundingClientRect();
        const slider = lever.querySelector('.slider')!.getBoundingClientRect();
        const field = lever.querySelector('input.num')!.getBoundingClientRect();
        expect(label.bottom).toBeLessThanOrEqual(slider.top + 0.5);
        expect(field.right).toBeLessThanOrEqual(host.right);
        expect(slider.width).toBeGreaterThan(80);
      }
      const path = await page.screenshot({ element: el, path: '../../../screenshots/components/corridor-editor-phone.png' });
      expect(path).toMatch(/corridor-editor-phone\.png$/);
    });

    it('should keep levers on one row when there is room', async () => {
      const el = await mountEditor({}, 900);
      const lever = shadowQuery(el, '.lever');
      const label = lever.querySelector('.lever-label')!.getBoundingClientRect();
      const slider = lever.querySelector('.slider')!.getBoundingClientRect();
      expect(slider.left).toBeGreaterThanOrEqual(label.right);
    });

    it('should scroll a wide table inside its own box, not widen the editor', async () => {
      const el = await mountEditor({}, 358);
      await openSection(el, 'links');
      const wrap = shadowQuery(el, '[data-section="links"] .table-wrap');
      expect(wrap.scrollWidth).toBeGreaterThan(wrap.clientWidth);
      expect(getComputedStyle(wrap).overflowX).toBe('auto');
      expect(Math.round(el.getBoundingClientRect().width)).toBe(358);
      const base = shadowQuery(el, '[part="base"]');
      expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
    });

    it("should keep each row's id in view when a wide table scrolls sideways to a field", async () => {
      const el = await mountEditor({}, 358);
      await openSection(el, 'links');
      const wrap = shadowQuery(el, '[data-section="links"] .table-wrap');
      wrap.scrollLeft = wrap.scrollWidth;
      const id = shadowQuery(el, '#f-links-0-id');
      const cell = id.closest('td')!;
      const box = wrap.getBoundingClientRect();
      // Scrolled to its far end, the table's left edge is far out of the box; the id cell is not.
      expect(wrap.scrollLeft).toBeGreaterThan(0);
      expect(Math.round(cell.getBoundingClientRect().left)).toBeGreaterThanOrEqual(Math.floor(box.left));
      expect(document.elementFromPoint(box.left + 20, cell.getBoundingClientRect().top + 8)).toBe(el);
      expect(el.shadowRoot!.elementFromPoint(box.left + 20, cell.getBoundingClientRect().top + 8)?.closest('td')).toBe(cell);
    });
  });

  describe('problems', () => {
    const problems = [
      { path: 'links[1].capacity', message: 'expected a number ≥ 0, got -5' },
      { path: 'demands[0].from', message: 'unknown node "astna"' },
      { path: 'corridors[2].gates[0]', message: 'unknown link "nope"' },
      { path: 'links[4].km', message: 'expected a number ≥ 0, got -1' },
    ];

    it('should show each message at the field its path names, with aria-invalid and aria-describedby', async () => {
      const el = await mountEditor({ problems });
      await openSection(el, 'links');
      await openSection(el, 'demands');
      await openSection(el, 'corridors');
      const cases: [string, string][] = [
        ['#f-links-1-capacity', 'expected a number ≥ 0, got -5'],
        ['#lever-links-1-capacity', 'expected a number ≥ 0, got -5'],
        ['#f-demands-0-from', 'unknown node "astna"'],
        ['#f-corridors-2-gates', 'unknown link "nope"'],
        ['#f-links-4-km', 'expected a number ≥ 0, got -1'],
      ];
      for (const [selector, message] of cases) {
        const field = shadowQuery(el, selector);
        expect(field.getAttribute('aria-invalid'), selector).toBe('true');
        const describedBy = field.getAttribute('aria-describedby') ?? '';
        expect(shadowQuery(el, `#${describedBy}`).textContent, selector).toBe(message);
      }
      // A field without a problem is not marked.
      expect(shadowQuery(el, '#f-links-0-capacity').hasAttribute('aria-invalid')).toBe(false);
    });

    it('should count the problems at the top and on each closed section', async () => {
      const el = await mountEditor({ problems });
      expect(shadowQuery(el, '.summary [role="status"]').textContent?.trim()).toBe('4 problems');
      expect(shadowQuery(el, '[data-section="links"] .badge').textContent).toBe('2 problems');
      expect(shadowQuery(el, '[data-section="demands"] .badge').textContent).toBe('1 problem');
      expect(el.shadowRoot?.querySelector('[data-section="nodes"] .badge')).toBeNull();
    });

    it('should take the user from a listed problem to its field', async () => {
      const el = await mountEditor({ problems });
      const entry = shadowQueryAll<HTMLButtonElement>(el, '.problem-path').find((b) => b.textContent?.trim() === 'demands[0].from');
      if (entry === undefined) throw new Error('demands[0].from is not listed');
      await userEvent.click(entry);
      await el.updateComplete;
      expect(el.shadowRoot?.activeElement).toBe(shadowQuery(el, '#f-demands-0-from'));
    });
  });

  describe('selection', () => {
    it('should open the section of the selected item and highlight it', async () => {
      const el = await mountEditor();
      el.selected = { kind: 'link', id: 'sarakhs_kars' };
      await el.updateComplete;
      expect(shadowQuery(el, '[data-section="links"] .section-toggle').getAttribute('aria-expanded')).toBe('true');
      const row = shadowQuery(el, 'tr[data-kind="link"][data-id="sarakhs_kars"]');
      expect(row.classList.contains('selected')).toBe(true);
      expect(row.getAttribute('aria-current')).toBe('true');
      expect(shadowQueryAll(el, 'tr.selected')).toHaveLength(1);
    });

    it('should page to a selected item far down a large table, clear a filter hiding it, and scroll it into view', async () => {
      const big = largeScenario(2000);
      const el = await mountEditor({ scenario: big });
      await openSection(el, 'links');
      const filter = byLabel(el, 'Filter links');
      await userEvent.fill(filter, 'l_0007');
      await el.updateComplete;
      expect(shadowQueryAll(el, 'table.table-links tbody tr.row').map((r) => r.dataset.id)).toEqual(['l_0007']);
      el.selected = { kind: 'link', id: 'l_1234' };
      await el.updateComplete;
      const rows = shadowQueryAll(el, 'table.table-links tbody tr.row');
      expect(rows).toHaveLength(100);
      expect(rows[0]?.dataset.id).toBe('l_1200');
      const row = shadowQuery(el, 'tr.selected');
      expect(row.dataset.id).toBe('l_1234');
      const box = row.getBoundingClientRect();
      const viewport = shadowQuery(el, '[data-section="links"] .table-wrap').getBoundingClientRect();
      expect(box.top).toBeGreaterThanOrEqual(viewport.top);
      expect(box.bottom).toBeLessThanOrEqual(viewport.bottom);
    });
  });

  describe('large scenarios', () => {
    it('should render a 2,000-link table a page of 100 rows at a time', async () => {
      const el = await mountEditor({ scenario: largeScenario(2000) });
      await openSection(el, 'links');
      expect(shadowQueryAll(el, 'table.table-links tbody tr.row')).toHaveLength(100);
      expect(shadowQuery(el, '[data-section="links"] .range').textContent?.trim()).toBe('1–100 of 2,000');
      await userEvent.click(byLabel<HTMLButtonElement>(el, 'Next page of links'));
      await el.updateComplete;
      expect(shadowQueryAll(el, 'table.table-links tbody tr.row')[0]?.dataset.id).toBe('l_0100');
      // Above 60 nodes a link's ends are typed with suggestions instead of a list per row.
      expect(byLabel(el, 'From of link l_0100').getAttribute('list')).toBe('node-ids');
      expect(shadowQueryAll(el, '#node-ids option')).toHaveLength(200);
    });
  });

  describe('re-rendering an open table', () => {
    /** Counts reads of `value` on the inputs of the table rows other than `row` while `run` runs (re-rendering a row reads each of its inputs' value, `live`). */
    async function valueReadsBeside(el: CorridorEditor, row: string, run: () => Promise<void>): Promise<number> {
      const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
      let reads = 0;
      Object.defineProperty(HTMLInputElement.prototype, 'value', {
        ...descriptor,
        get(this: HTMLInputElement) {
          const tr = this.closest('tr.row');
          if (tr !== null && (tr as HTMLElement).dataset['id'] !== row) reads++;
          return descriptor.get!.call(this);
        },
      });
      try {
        await run();
      } finally {
        Object.defineProperty(HTMLInputElement.prototype, 'value', descriptor);
      }
      return reads;
    }

    it('should draw again only the row of the edited item, not the whole page of rows', async () => {
      const el = await mountEditor({ scenario: largeScenario(2000) });
      await openSection(el, 'links');
      const changes = recordChanges(el);
      const field = byLabel(el, 'Cost of link l_0007, USD/t');
      // The edit as the browser delivers it (userEvent's locators would read every input themselves).
      const reads = await valueReadsBeside(el, 'l_0007', async () => {
        field.value = '12';
        field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        await el.updateComplete;
      });
      expect(last(changes).scenario.links[7]!.cost).toBe(12);
      expect(field.value).toBe('12');
      expect(reads).toBe(0);
      // The page is still whole and in order.
      expect(shadowQueryAll(el, 'table.table-links tbody tr.row')).toHaveLength(100);
      expect(shadowQueryAll(el, 'table.table-links tbody tr.row')[8]?.dataset.id).toBe('l_0008');
    });

    it('should show a problem that arrives for an unchanged row and remove it when it is gone', async () => {
      const el = await mountEditor();
      await openSection(el, 'links');
      const field = shadowQuery<HTMLInputElement>(el, '#f-links-2-capacity');
      el.problems = [{ path: 'links[2].capacity', message: 'expected a number ≥ 0, got -1' }];
      await el.updateComplete;
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(shadowQuery(el, `#${field.getAttribute('aria-describedby')}`).textContent).toBe('expected a number ≥ 0, got -1');
      el.problems = [];
      await el.updateComplete;
      expect(field.hasAttribute('aria-invalid')).toBe(false);
      expect(el.shadowRoot!.querySelector('#f-links-2-capacity-error')).toBeNull();
    });

    it('should offer a renamed node in the end lists of rows whose links did not change', async () => {
      const el = await mountEditor();
      await openSection(el, 'links');
      const options = (): string[] => [...byLabel<HTMLSelectElement>(el, 'To of link meghri_kars').options].map((o) => o.value);
      expect(options()).toContain('europe');
      el.scenario = { ...scenario, nodes: scenario.nodes.map((n) => (n.id === 'europe' ? { ...n, id: 'eu' } : n)) };
      await el.updateComplete;
      expect(options()).toContain('eu');
      expect(options()).not.toContain('europe');
    });
  });

  describe('accessibility', () => {
    it('should give every control a name, every section toggle aria-expanded, and no id twice', async () => {
      const el = await mountEditor({ problems: [{ path: 'links[1].capacity', message: 'expected a number ≥ 0, got -5' }] });
      for (const key of ['nodes', 'links', 'corridors', 'demands', 'sources', 'scenario']) await openSection(el, key);
      for (const button of shadowQueryAll<HTMLButtonElement>(el, '.details')) await userEvent.click(button);
      await el.updateComplete;
      const root = el.shadowRoot as ShadowRoot;
      const controls = shadowQueryAll<HTMLElement>(el, 'input, select, textarea, button');
      expect(controls.length).toBeGreaterThan(150);
      const unnamed = controls.filter((c) => accessibleName(root, c) === '').map((c) => c.outerHTML.slice(0, 80));
      expect(unnamed).toEqual([]);
      const ids = shadowQueryAll(el, '[id]').map((e) => e.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      for (const e of shadowQueryAll(el, '[aria-describedby], [aria-controls]')) {
        for (const ref of [e.getAttribute('aria-describedby'), e.getAttribute('aria-controls')]) {
          if (ref !== null) expect(root.getElementById(ref), ref).not.toBeNull();
        }
      }
      for (const t of shadowQueryAll(el, '.section-toggle')) expect(t.getAttribute('aria-expanded')).toMatch(/^(true|false)$/);
    });
  });

  describe('appearance', () => {
    it('should align lever number fields in one column, right-aligned, and save a screenshot to look at', async () => {
      await page.viewport(1200, 2400);
      const el = await mountEditor(
        {
          baseline: caspianScenario,
          // The TITR ferry Aktau–Alat moved up from 3 to 4.5 Mt/yr, the TRIPP link given a bad cost.
          scenario: {
            ...caspianScenario,
            links: caspianScenario.links.map((l) =>
              l.id === 'horadiz-meghri' ? { ...l, cost: -8 } : l.id === 'baku-tbilisi' ? { ...l, capacity: 7_500_000 } : l,
            ),
          },
          selected: { kind: 'link', id: 'horadiz-meghri' },
          problems: [{ path: 'links[28].cost', message: 'expected a number ≥ 0, got -8' }],
        },
        1100,
      );
      const fields = shadowQueryAll<HTMLInputElement>(el, '.lever input.num');
      const lefts = new Set(fields.map((f) => Math.round(f.getBoundingClientRect().left)));
      expect(lefts.size).toBe(1);
      expect(getComputedStyle(fields[0] as HTMLInputElement).textAlign).toBe('right');
      // Only the moved lever offers a reset.
      const resets = shadowQueryAll<HTMLButtonElement>(el, '.lever .reset').filter((b) => !b.hidden);
      expect(resets.map((b) => b.getAttribute('aria-label'))).toEqual(['Reset capacity of link baku-tbilisi to 5,000,000 t/yr']);
      window.scrollTo(0, 0);
      const path = await page.screenshot({ element: el, path: '../../../screenshots/components/corridor-editor.png' });
      await page.viewport(1200, 900);
      expect(path).toMatch(/corridor-editor\.png$/);
    });
  });
});

/** A generated network: `n` links over 200 nodes in a ring with chords; two corridors. */
function largeScenario(n: number): Scenario {
  const nodes = Array.from({ length: 200 }, (_, i) => ({ id: `n_${String(i).padStart(3, '0')}` }));
  const links = Array.from({ length: n }, (_, i) => ({
    id: `l_${String(i).padStart(4, '0')}`,
    from: nodes[i % 200]?.id ?? '',
    to: nodes[(i * 7 + 1) % 200]?.id ?? '',
    capacity: 1_000_000 + i,
    cost: 10 + (i % 17),
    mode: i % 50 === 0 ? ('ferry' as const) : ('rail' as const),
  }));
  return {
    format: 'corridor-flow/scenario@1',
    name: 'Large',
    nodes,
    links,
    corridors: [
      { id: 'a', gates: ['l_0001', 'l_0002'] },
      { id: 'b', gates: ['l_0003'] },
    ],
    demands: [{ id: 'd', from: 'n_000', to: 'n_100', volume: 1_000_000 }],
  };
}

/** The accessible name as far as this component builds it: aria-label, aria-labelledby, <label for>, a wrapping <label>, or a button's text. */
function accessibleName(root: ShadowRoot, el: HTMLElement): string {
  const aria = el.getAttribute('aria-label');
  if (aria !== null && aria.trim() !== '') return aria.trim();
  const by = el.getAttribute('aria-labelledby');
  if (by !== null) return by.split(/\s+/).map((id) => root.getElementById(id)?.textContent?.trim() ?? '').join(' ').trim();
  if (el.id !== '') {
    const label = root.querySelector(`label[for="${el.id}"]`);
    if (label?.textContent?.trim()) return label.textContent.trim();
  }
  const wrapping = el.closest('label');
  if (wrapping !== null && wrapping.textContent?.trim()) return wrapping.textContent.trim();
  if (el instanceof HTMLButtonElement) return el.textContent?.trim() ?? '';
  return '';
}
