import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../../src/components/corridor-plan/corridor-plan';
import type { CorridorPlan } from '../../../src/components/corridor-plan/corridor-plan';
import type { PlanResult } from '../../../src/plan/types';
import type { Scenario } from '../../../src/model/types';
import { formatNumber, formatUsdPlain } from '../../../src/components/format';
import { mount, shadowQueryAll, unmountAll } from '../components/mount';
import { solvedCaspianPlan } from './plan-fixture';

let scenario: Scenario;
let plan: PlanResult;
beforeAll(async () => {
  await page.viewport(1440, 900);
  ({ scenario, plan } = await solvedCaspianPlan());
});
afterEach(unmountAll);

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
/** A task after the one that set the plan: its first update has run, the next part (a frame later) not yet. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Every figure the report shows as text: the summary, the chart's bar labels, the appraisal and the yearly figures. */
function reportText(el: CorridorPlan): { summary: string; bars: string[]; appraisal: string[][]; years: string[][] } {
  const cells = (selector: string): string[][] => shadowQueryAll(el, selector).map((row) => [...row.children].map((c) => squash(c.textContent)));
  return {
    summary: squash(el.shadowRoot!.querySelector('[part="summary"]')?.textContent),
    bars: shadowQueryAll(el, '.bar').map((b) => b.getAttribute('aria-label') ?? ''),
    appraisal: cells('table.appraisal tbody tr'),
    years: cells('[part="table"] tbody tr'),
  };
}

/** Another plan of the same scenario with other figures everywhere the report shows one. */
function otherPlan(p: PlanResult): PlanResult {
  return {
    ...p,
    objective: p.objective * 1.5,
    gap: 0.0123,
    years: p.years.map((y) => ({ ...y, weight: y.weight + 1, result: { ...y.result, objective: y.result.objective * 2 } })),
    appraisal: p.appraisal.map((a) => ({ ...a, pvCost: a.pvCost + 7e8, npv: a.npv - 7e8 })),
  };
}

describe('<corridor-plan> drawn in parts', () => {
  it('should draw a first plan’s summary at once, the chart and tables in later frames, and end with the whole report', async () => {
    const el = await mount(document.createElement('corridor-plan'), { scenario, whatIf: true }, 1100);
    el.plan = plan;
    await nextTask();
    // The summary came with the plan; the chart and the tables follow a frame apart.
    expect(el.shadowRoot!.querySelector('[part="summary"]')).not.toBeNull();
    expect(el.shadowRoot!.querySelector('svg[part="chart"]')).toBeNull();
    expect(el.shadowRoot!.querySelector('table.appraisal')).toBeNull();
    expect(el.shadowRoot!.querySelector('[part="table"]')).toBeNull();
    // updateComplete waits for every part.
    await el.updateComplete;
    const shown = reportText(el);
    expect(shown.bars).toHaveLength(plan.years.length);
    expect(shown.summary).toContain(formatUsdPlain(plan.objective, { locale: 'en-US' }));
    expect(shown.appraisal.map((r) => r[0])).toEqual(plan.projects.map((p) => scenario.projects!.find((x) => x.id === p.id)!.name ?? p.id));
    expect(shown.years.map((r) => r[0])).toEqual(plan.years.map((y, i) => `${y.year}–${(plan.years[i + 1]?.year ?? scenario.horizon!.end! + 1) - 1}`));
    // Drawn at once, the same report: the parts add up to the whole.
    const atOnce = await mount(document.createElement('corridor-plan'), { scenario, whatIf: true, plan }, 1100);
    expect(reportText(atOnce)).toEqual(shown);
    expect(el.shadowRoot!.querySelectorAll('*').length).toBe(atOnce.shadowRoot!.querySelectorAll('*').length);
  });

  it('should show only the newer plan when a second comes while the first is drawn in parts', async () => {
    const second = otherPlan(plan);
    const expected = reportText(await mount(document.createElement('corridor-plan'), { scenario, whatIf: true, plan: second }, 1100));
    const before = reportText(await mount(document.createElement('corridor-plan'), { scenario, whatIf: true, plan }, 1100));
    // The two plans differ in every part the report draws.
    for (const part of ['summary', 'bars', 'appraisal', 'years'] as const) expect(expected[part]).not.toEqual(before[part]);
    const el = await mount(document.createElement('corridor-plan'), { scenario, whatIf: true }, 1100);
    el.plan = plan;
    await nextTask();
    el.plan = second;
    await nextTask();
    expect(reportText(el).summary).toBe(expected.summary);
    await el.updateComplete;
    expect(reportText(el)).toEqual(expected);
  });

  it('should take a plan replacing one shown in place, all of it at once', async () => {
    const el = await mount(document.createElement('corridor-plan'), { scenario, whatIf: true, plan }, 1100);
    const table = el.shadowRoot!.querySelector('table.appraisal');
    const second = otherPlan(plan);
    el.plan = second;
    await nextTask();
    // No frame without the tables: the same table, with the new figures.
    expect(el.shadowRoot!.querySelector('table.appraisal')).toBe(table);
    const npv = formatUsdPlain(second.appraisal.find((a) => a.opens !== null)!.npv, { locale: 'en-US' });
    expect(reportText(el).appraisal.flat()).toContain(npv);
    expect(reportText(el).years.map((r) => r[1])).toEqual(second.years.map((y) => formatNumber(y.weight, { locale: 'en-US', digits: 3 })));
  });
});
