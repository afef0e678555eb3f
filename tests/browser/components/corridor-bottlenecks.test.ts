import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/components/corridor-bottlenecks/corridor-bottlenecks';
import type { CorridorBottlenecks } from '../../../src/components/corridor-bottlenecks/corridor-bottlenecks';
import { caspianInfeasibleResult, caspianResult, caspianScenario, HOSTILE_NAME, hostileResult, hostileScenario } from './fixtures';
import { mount, shadowQuery, shadowQueryAll, unmountAll } from './mount';

function bottlenecks(props: Partial<CorridorBottlenecks> = {}): Promise<CorridorBottlenecks> {
  return mount(document.createElement('corridor-bottlenecks'), props, 720);
}

const rows = (el: HTMLElement, section: string): HTMLButtonElement[] =>
  shadowQueryAll<HTMLButtonElement>(el, `.section.${section} button.row`);
const labels = (el: HTMLElement, section: string): string[] =>
  rows(el, section).map((b) => b.querySelector('.label')!.textContent!.trim());
const squash = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

const selections: { detail: unknown; bubbles: boolean; composed: boolean }[] = [];
const record = (e: Event): void => {
  selections.push({ detail: (e as CustomEvent).detail, bubbles: e.bubbles, composed: e.composed });
};

describe('<corridor-bottlenecks>', () => {
  afterEach(() => {
    document.removeEventListener('corridor-select', record);
    selections.length = 0;
    unmountAll();
  });

  it('should rank binding links, nodes and corridor bounds by marginal value', async () => {
    const el = await bottlenecks({ scenario: caspianScenario, result: caspianResult });
    // Fixture values: Sarakhs→Tehran 31.2, Aktau→Baku 14.2, TRIPP maxFlow 9.8, Tbilisi→Kars 6.5,
    // Poti (node) 3.4, Kostanay→Constanța 2.1 USD/t (USD/yr per t/yr). Fixture links have no names:
    // their ends, mode and id name them.
    expect(labels(el, 'binding')).toEqual([
      'Sarakhs → Tehran (rail, sarakhs-tehran)',
      'Aktau → Baku (ferry, aktau-baku)',
      'TRIPP',
      'Tbilisi → Kars (rail, tbilisi-kars)',
      'Poti',
      'Kostanay → Constanța (rail, kostanay-constanta)',
    ]);
    expect(rows(el, 'binding').map((b) => b.dataset['kind'])).toEqual(['link', 'link', 'corridor', 'link', 'node', 'link']);
  });

  it('should give a marginal value in USD/t and word it as what an extra tonne of yearly capacity saves a year', async () => {
    const el = await bottlenecks({ scenario: caspianScenario, result: caspianResult });
    const [first, , corridor] = rows(el, 'binding');
    // USD/yr saved per t/yr of capacity is USD per tonne: never "USD …/yr".
    expect(squash(first!.textContent)).toContain(
      '2.7 Mt/yr of 2.7 Mt/yr used (100.0%); an extra tonne of yearly capacity saves USD 31.20 a year',
    );
    expect(squash(first!.querySelector('.value')!.textContent)).toBe('USD 31.20/t');
    expect(squash(corridor!.textContent)).toContain(
      'at its maximum flow of 1.2 Mt/yr; loosening this bound by a tonne a year saves USD 9.80 a year',
    );
    expect(squash(corridor!.querySelector('.value')!.textContent)).toBe('USD 9.80/t');
    expect(squash(shadowQuery(el, '.section.binding').textContent)).not.toMatch(/USD [\d.,]+\/yr/);
  });

  it('should tell apart two links between the same ends by their names, else by mode and id', async () => {
    // A ferry and a feeder from Aktau to Baku, both full: the first named, the second not.
    const feeder = { id: 'aktau-baku-feeder', from: 'aktau', to: 'baku', mode: 'sea' as const, capacity: 1e6, cost: 41 };
    const scenario = {
      ...caspianScenario,
      links: [
        ...caspianScenario.links.map((l) => (l.id === 'aktau-baku' ? { ...l, name: 'Caspian rail ferry Aktau → Baku' } : l)),
        feeder,
      ],
    };
    const result = {
      ...caspianResult,
      links: [...caspianResult.links, { id: feeder.id, flow: 1e6, utilisation: 1, marginalValue: 12, reducedCost: 0 }],
    };
    const el = await bottlenecks({ scenario, result });
    const shown = labels(el, 'binding');
    expect(shown).toContain('Caspian rail ferry Aktau → Baku');
    expect(shown).toContain('Aktau → Baku (sea, aktau-baku-feeder)');
    expect(new Set(shown).size).toBe(shown.length);
  });

  it('should list unused links from the closest to being used, eight at first, all on request', async () => {
    const el = await bottlenecks({ scenario: caspianScenario, result: caspianResult });
    // Fixture reduced costs (USD/t): 0.8, 1.5, 2.8, 3.4, 4.1, 6.0, 9.5, 52, 74, 88.
    expect(labels(el, 'unused').map((l) => l.split(' (')[0])).toEqual([
      'Aktau → Alat', 'Poti → Constanța', 'Batumi → Istanbul', 'Baku → Alat',
      'Kars → Mersin', 'Tabriz → Nakhchivan', 'Kostanay → Aktau', 'Kars → Tbilisi',
    ]);
    expect(squash(rows(el, 'unused')[0]!.textContent)).toContain('Aktau → Alat (ferry, aktau-alat) USD 39.00/t now; must get USD 0.80/t cheaper to carry freight');
    // The cut is shown as a positive amount: the words say it is a cut.
    expect(squash(rows(el, 'unused')[0]!.querySelector('.value')!.textContent)).toBe('USD 0.80/t');
    expect(squash(shadowQuery(el, '.section.unused').textContent)).not.toMatch(/[−-]USD/);
    const more = shadowQuery<HTMLButtonElement>(el, '.section.unused .more');
    expect(more.textContent!.trim()).toBe('Show all 10');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    more.click();
    await el.updateComplete;
    expect(labels(el, 'unused').slice(8)).toEqual(['Istanbul → Kars (rail, istanbul-kars)', 'Baku → Aktau (ferry, baku-aktau)']);
    expect(more.getAttribute('aria-expanded')).toBe('true');
  });

  it('should not list a closed link as unused', async () => {
    const el = await bottlenecks({ scenario: caspianScenario, result: caspianResult });
    more(el);
    await el.updateComplete;
    expect(rows(el, 'unused').map((b) => b.dataset['id'])).not.toContain('meghri-yerevan');
  });

  it('should explain unmet demand by its penalty', async () => {
    const el = await bottlenecks({ scenario: caspianScenario, result: caspianResult });
    // Kostanay → Mersin: 0.6 of 1.5 Mt/yr unserved (40%), penalty 120 USD/t.
    expect(rows(el, 'unmet')).toHaveLength(1);
    expect(squash(rows(el, 'unmet')[0]!.textContent)).toContain(
      'Kostanay → Mersin (grain) 600 kt/yr of 1.5 Mt/yr not served (40.0%); carrying it would cost more than its penalty of USD 120.00/t',
    );
  });

  it('should show the diagnosis and shortfalls of an infeasible result', async () => {
    const el = await bottlenecks({ scenario: caspianScenario, result: caspianInfeasibleResult });
    expect(squash(shadowQuery(el, '.diagnosis').textContent)).toBe(caspianInfeasibleResult.diagnosis![0]);
    expect(labels(el, 'unmet')).toEqual(['Dostyk → Istanbul (containers)']);
    expect(squash(rows(el, 'unmet')[0]!.textContent)).toContain('1.2 Mt/yr of 6.0 Mt/yr not served (20.0%)');
    expect(squash(shadowQuery(el, '.section.binding').textContent)).toContain('No flows: the scenario is infeasible.');
  });

  it('should fire corridor-select with kind and id on click and on Enter, bubbling out of the shadow root', async () => {
    document.addEventListener('corridor-select', record);
    const el = await bottlenecks({ scenario: caspianScenario, result: caspianResult });
    await userEvent.click(rows(el, 'binding')[2]!);
    rows(el, 'unmet')[0]!.focus();
    await userEvent.keyboard('{Enter}');
    rows(el, 'binding')[4]!.focus();
    await userEvent.keyboard(' ');
    expect(selections).toEqual([
      { detail: { kind: 'corridor', id: 'tripp' }, bubbles: true, composed: true },
      { detail: { kind: 'demand', id: 'kostanay-mersin' }, bubbles: true, composed: true },
      { detail: { kind: 'node', id: 'poti' }, bubbles: true, composed: true },
    ]);
  });

  it('should not fire when its properties are set', async () => {
    document.addEventListener('corridor-select', record);
    const el = await bottlenecks({ scenario: caspianScenario, result: caspianResult });
    el.result = caspianInfeasibleResult;
    await el.updateComplete;
    el.result = null;
    await el.updateComplete;
    expect(selections).toEqual([]);
  });

  it('should give every row a button with an accessible name and every list a heading', async () => {
    const el = await bottlenecks({ scenario: caspianScenario, result: caspianResult });
    for (const button of shadowQueryAll<HTMLButtonElement>(el, 'button')) {
      expect(button.type).toBe('button');
      expect(squash(button.textContent).length).toBeGreaterThan(3);
    }
    for (const section of shadowQueryAll(el, 'section.section')) {
      const heading = el.shadowRoot!.getElementById(section.getAttribute('aria-labelledby')!);
      expect(heading?.tagName).toBe('H3');
    }
  });

  it('should colour its value bars with --corridor-accent', async () => {
    const el = await bottlenecks({ scenario: caspianScenario, result: caspianResult });
    const bar = shadowQuery(el, '.bar > span');
    expect(getComputedStyle(bar).backgroundColor).toBe('rgb(31, 98, 168)');
    el.style.setProperty('--corridor-accent', 'rgb(9, 8, 7)');
    expect(getComputedStyle(bar).backgroundColor).toBe('rgb(9, 8, 7)');
  });

  it('should render untrusted names as text', async () => {
    const el = await bottlenecks({ scenario: hostileScenario, result: hostileResult });
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(labels(el, 'binding')).toEqual([`${HOSTILE_NAME} → ${HOSTILE_NAME}b (rail, ab)`]);
    el.scenario = { ...hostileScenario, links: hostileScenario.links.map((l) => ({ ...l, name: `${HOSTILE_NAME}link` })) };
    await el.updateComplete;
    expect(labels(el, 'binding')).toEqual([`${HOSTILE_NAME}link`]);
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('should give the names the width on a phone, the kind above them', async () => {
    const el = await mount(document.createElement('corridor-bottlenecks'), { scenario: caspianScenario, result: caspianResult }, 340);
    const row = rows(el, 'binding')[0]!;
    const kind = row.querySelector('.kind')!.getBoundingClientRect();
    const what = row.querySelector('.what')!.getBoundingClientRect();
    expect(kind.bottom).toBeLessThanOrEqual(what.top + 0.5);
    expect(what.width).toBeGreaterThan(0.55 * row.getBoundingClientRect().width);
    const wide = await bottlenecks({ scenario: caspianScenario, result: caspianResult });
    const wideRow = rows(wide, 'binding')[0]!;
    // With room, the kind sits beside the name.
    expect(wideRow.querySelector('.kind')!.getBoundingClientRect().right).toBeLessThanOrEqual(wideRow.querySelector('.what')!.getBoundingClientRect().left);
  });

  it('should say so without a scenario, before a solve, and when nothing binds', async () => {
    const el = await bottlenecks();
    expect(squash(shadowQuery(el, '[part="base"]').textContent)).toBe('No scenario loaded.');
    el.scenario = caspianScenario;
    await el.updateComplete;
    expect(squash(shadowQuery(el, '[part="base"]').textContent)).toContain('Not solved yet');
    el.result = {
      ...caspianResult,
      unmet: 0,
      links: caspianResult.links.map((l) => ({ ...l, utilisation: 0.5, marginalValue: 0 })),
      nodes: caspianResult.nodes.map((n) => ({ ...n, utilisation: 0.5, marginalValue: 0 })),
      corridors: caspianResult.corridors.map((c) => ({ ...c, marginalValue: 0 })),
      demands: caspianResult.demands.map((d) => ({ ...d, unmet: 0 })),
    };
    await el.updateComplete;
    expect(squash(shadowQuery(el, '.section.binding').textContent)).toContain('Nothing binds: every capacity has room to spare.');
    expect(squash(shadowQuery(el, '.section.unmet').textContent)).toContain('Every demand is served in full.');
  });
});

function more(el: HTMLElement): void {
  shadowQuery<HTMLButtonElement>(el, '.section.unused .more').click();
}
