import { formatTonnes } from '../../../src/components/format';
import { afterEach, describe, expect, it } from 'vitest';
import '../../../src/components/corridor-split/corridor-split';
import type { CorridorSplit } from '../../../src/components/corridor-split/corridor-split';
import { caspianInfeasibleResult, caspianResult, CASPIAN_OBJECTIVE, caspianScenario, HOSTILE_NAME, hostileResult, hostileScenario } from './fixtures';
import { mount, shadowQuery, shadowQueryAll, unmountAll } from './mount';

/** Waits for what an infeasible result can serve (its module is loaded with the first infeasible result). */
async function shortfallsShown(el: CorridorSplit): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await el.updateComplete;
    if (el.shadowRoot!.querySelector('.segment[data-key="servable"]') !== null) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the servable part never showed');
}

function split(props: Partial<CorridorSplit> = {}): Promise<CorridorSplit> {
  return mount(document.createElement('corridor-split'), props, 760);
}

/** The table's body and foot rows as [route, freight, share] texts. */
function tableRows(el: HTMLElement): string[][] {
  return shadowQueryAll(el, 'tbody tr, tfoot tr').map((tr) =>
    [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
  );
}

describe('<corridor-split>', () => {
  afterEach(unmountAll);

  it('should list each corridor, other routes, the total and unmet demand with t/yr and %', async () => {
    const el = await split({ scenario: caspianScenario, result: caspianResult });
    // Flows from the fixture's paths: TITR 4.8, TRIPP 1.2, Iran 2.7, other 0.6 of 9.3 Mt/yr served;
    // 0.6 Mt/yr unmet of 9.9 Mt/yr asked (6.06%).
    expect(tableRows(el)).toEqual([
      ['TITR', '4.8 Mt/yr', '51.6%'],
      ['TRIPP', '1.2 Mt/yr', '12.9%'],
      ['Iran', '2.7 Mt/yr', '29.0%'],
      ['Other routes', '600 kt/yr', '6.5%'],
      ['Served, total', '9.3 Mt/yr', '100.0%'],
      ['Unmet demand', '600 kt/yr', '6.1% of demand'],
    ]);
  });

  it('should show total cost, cost per served tonne without the unmet penalty, and the penalty', async () => {
    const el = await split({ scenario: caspianScenario, result: caspianResult });
    const figures = shadowQuery(el, '[part="figures"]').textContent!.replace(/\s+/g, ' ');
    // Objective 1,357.48 mn; carried (Σ unitCost·served) 1,285.48 mn over 9.3 Mt = 138.2236 USD/t;
    // penalty 0.6 Mt × 120 = 72.0 mn.
    expect(figures).toContain('USD 1.36 bn/yr');
    expect(figures).toContain('USD 138.22/t');
    expect(figures).toContain('incl. USD 72.0 mn/yr for unmet demand');
    expect(figures).toContain('6.1% of demand');
  });

  it('should draw one bar segment per route with freight, sized by share of demand', async () => {
    const el = await split({ scenario: caspianScenario, result: caspianResult });
    const segments = shadowQueryAll(el, '.segment');
    expect(segments.map((s) => s.dataset['key'])).toEqual(['corridor:titr', 'corridor:tripp', 'corridor:iran', 'other', 'unmet']);
    const bar = shadowQuery(el, '.bar').getBoundingClientRect().width;
    const titr = segments[0]!.getBoundingClientRect().width;
    // 4.8 of 9.9 Mt/yr asked; borders of 2px between segments make it a little narrower.
    expect(titr / bar).toBeGreaterThan(4.8 / 9.9 - 0.01);
    expect(titr / bar).toBeLessThan(4.8 / 9.9 + 0.01);
  });

  it('should give the bar an accessible summary and the table a caption and header cells', async () => {
    const el = await split({ scenario: caspianScenario, result: caspianResult });
    const bar = shadowQuery(el, '.bar');
    expect(bar.getAttribute('role')).toBe('img');
    expect(bar.getAttribute('aria-label')).toBe(
      'Split of served freight: TITR 51.6%, TRIPP 12.9%, Iran 29.0%, Other routes 6.5%, Unmet demand 6.1% of demand',
    );
    expect(shadowQuery(el, 'caption').textContent!.trim()).toBe('Freight by route: 9.3 Mt/yr served');
    const columns = shadowQueryAll(el, 'thead th');
    expect(columns.map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect(columns.map((th) => th.textContent!.trim())).toEqual(['Route', 'Freight (t/yr)', 'Share of served']);
    for (const tr of shadowQueryAll(el, 'tbody tr, tfoot tr')) {
      expect(tr.querySelector('th')?.getAttribute('scope')).toBe('row');
    }
    for (const td of shadowQueryAll(el, 'td')) expect(getComputedStyle(td).textAlign).toBe('right');
  });

  it('should paint a corridor with its custom property over the scenario colour', async () => {
    const el = await split({ scenario: caspianScenario, result: caspianResult });
    const titr = (): HTMLElement => shadowQuery(el, '.segment[data-key="corridor:titr"]');
    // The fixture's own colour #1f62a8.
    expect(getComputedStyle(titr()).backgroundColor).toBe('rgb(31, 98, 168)');
    el.style.setProperty('--corridor-color-titr', 'rgb(1, 2, 3)');
    expect(getComputedStyle(titr()).backgroundColor).toBe('rgb(1, 2, 3)');
    el.style.setProperty('--corridor-color-unmet', 'rgb(200, 0, 100)');
    expect(getComputedStyle(shadowQuery(el, '.segment[data-key="unmet"]')).backgroundColor).toBe('rgb(200, 0, 100)');
  });

  it('should render untrusted names as text and ignore a colour that is not one', async () => {
    const el = await split({ scenario: hostileScenario, result: hostileResult });
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(tableRows(el)[0]![0]).toBe(HOSTILE_NAME);
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
    // The fixture's colour 'red; background: url(…)' is refused: the first palette colour is used.
    expect(getComputedStyle(shadowQuery(el, '.segment')).backgroundColor).toBe('rgb(31, 98, 168)');
  });

  it('should say so when there is no scenario, no result yet, or no optimum', async () => {
    const el = await split();
    expect(shadowQuery(el, '[part="bar"]').textContent).toContain('No scenario loaded.');
    el.scenario = caspianScenario;
    await el.updateComplete;
    expect(shadowQuery(el, '[part="bar"]').textContent).toContain('Not solved yet');
    expect(tableRows(el)[0]).toEqual(['TITR', '–', '–']);
    el.result = caspianInfeasibleResult;
    await shortfallsShown(el);
    expect(shadowQuery(el, '[part="bar"]').getAttribute('aria-label')).toMatch(/^Infeasible: /);
    expect(shadowQuery(el, '[part="figures"]').textContent).toContain('at most: the scenario is infeasible');
  });

  it('should show what an infeasible scenario can still serve and what it cannot, from the elastic re-solve', async () => {
    const el = await split({ scenario: caspianScenario, result: caspianInfeasibleResult });
    await shortfallsShown(el);
    // The fixture's shortfall: 1.2 Mt/yr of dostyk-istanbul; the rest of the demand can be served.
    const demand = caspianScenario.demands.reduce((sum, d) => sum + d.volume, 0);
    const figures = [...el.shadowRoot!.querySelectorAll('.figure')].map((f) => f.textContent!.replace(/\s+/g, ' ').trim());
    expect(figures[0]).toBe(`Can be served ${formatTonnes(demand - 1.2e6, { locale: 'en-US' })} at most: the scenario is infeasible`);
    expect(figures[3]).toMatch(/^Cannot be served 1\.2 Mt\/yr /);
    const segments = shadowQueryAll(el, '.segment').map((s) => s.dataset.key);
    expect(segments).toEqual(['servable', 'unmet']);
    // The corridor rows stay, unknown, so nothing moves when the scenario becomes feasible again.
    expect(tableRows(el)[0]).toEqual(['TITR', '–', '–']);
  });

  it('should keep its height when a result arrives or goes, so re-solving does not move the page', async () => {
    const el = await split({ scenario: caspianScenario, result: null });
    const before = el.getBoundingClientRect().height;
    el.result = caspianResult;
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).toBe(before);
    el.result = caspianInfeasibleResult;
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).toBe(before);
  });

  it('should dim while stale and say it is busy', async () => {
    const el = await split({ scenario: caspianScenario, result: caspianResult });
    expect(el.stale).toBe(false);
    const base = shadowQuery(el, '[part="base"]');
    expect(base.getAttribute('aria-busy')).toBe('false');
    el.stale = true;
    await el.updateComplete;
    expect(el.hasAttribute('stale')).toBe(true);
    expect(base.getAttribute('aria-busy')).toBe('true');
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(Number(getComputedStyle(base).opacity)).toBeLessThan(0.7);
  });

  describe('against a pinned base', () => {
    /** The fixture's answer 0.6 Mt/yr earlier: 2.3 Mt/yr less by TITR (4.8 − 2.5), 2.3 Mt/yr more by Iran, USD 110 mn/yr dearer. */
    const base = {
      ...caspianResult,
      objective: CASPIAN_OBJECTIVE + 110e6,
      corridors: [
        { id: 'titr', flow: 2.5e6, share: 2.5 / 9.3, marginalValue: 0 },
        { id: 'tripp', flow: 1.2e6, share: 1.2 / 9.3, marginalValue: 9.8 },
        { id: 'iran', flow: 5.0e6, share: 5.0 / 9.3, marginalValue: 0 },
      ],
    };

    it('should show the share that moved most and the cost change in the figures, in percentage points and USD/yr', async () => {
      const el = await split({ scenario: caspianScenario, result: caspianResult, base, baseName: 'Caspian 2024' });
      // TITR 4.8/9.3 − 2.5/9.3 = 24.7 pp; Iran −24.7 pp (the first of equal moves is named); cost −110 mn.
      expect(shadowQuery(el, '[part="delta"]').textContent!.replace(/\s+/g, ' ').trim()).toBe('Against Caspian 2024 +24.7 pp TITR, −USD 110 mn/yr');
    });

    it('should give every route row its change and leave the table as it was without a base', async () => {
      const el = await split({ scenario: caspianScenario, result: caspianResult, base });
      expect(tableRows(el).map((row) => row[3])).toEqual(['+24.7 pp', '0 pp', '−24.7 pp', '0 pp', '', '']);
      el.base = null;
      await el.updateComplete;
      expect(tableRows(el).every((row) => row.length === 3)).toBe(true);
      expect(el.shadowRoot!.querySelector('[part="delta"]')).toBeNull();
    });
  });
});
