import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../src/components/corridor-plan/corridor-plan';
import type { PlanWhatIfDetail, PlanYearSelectDetail } from '../../../src/components/corridor-plan/corridor-plan';
import type { PlanResult } from '../../../src/plan/types';
import type { Scenario } from '../../../src/model/types';
import { formatUsdPlain } from '../../../src/components/format';
import { corridorFallbackColor } from '../../../src/components/corridor-colors';
import { mount, shadowQuery, shadowQueryAll, unmountAll } from '../components/mount';
import { solvedCaspianPlan } from './plan-fixture';

let scenario: Scenario;
let plan: PlanResult;
beforeAll(async () => {
  await page.viewport(1440, 900);
  ({ scenario, plan } = await solvedCaspianPlan());
});
afterEach(unmountAll);

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

describe('<corridor-plan>', () => {
  it('should show an empty state without a plan', async () => {
    const el = await mount(document.createElement('corridor-plan'));
    expect(shadowQuery(el, '.empty-state').textContent).toMatch(/No plan yet/);
  });

  it('should draw one bar per model year spanning its calendar years, stacked to the year’s served plus unmet freight', async () => {
    const el = await mount(document.createElement('corridor-plan'), { plan, scenario }, 1100);
    const bars = shadowQueryAll<SVGGElement & HTMLElement>(el, '.bar');
    expect(bars.map((b) => b.dataset.year)).toEqual(['2026', '2030', '2035']);
    const widths = bars.map((b) => Number(b.querySelector('.segment')!.getAttribute('width')));
    // 4, 5 and 11 calendar years (2035–2045): widths in that order of size.
    expect(widths[0]).toBeLessThan(widths[1]!);
    expect(widths[1]).toBeLessThan(widths[2]!);
    for (const [i, bar] of bars.entries()) {
      const r = plan.years[i]!.result;
      const heights = [...bar.querySelectorAll('.segment')].map((s) => Number(s.getAttribute('height')));
      const total = heights.reduce((a, b) => a + b, 0);
      const perTonne = total / (r.served + r.unmet);
      // Each segment's height is its flow on the same scale.
      for (const seg of bar.querySelectorAll<SVGRectElement>('.segment')) {
        const id = seg.dataset.series!;
        const flow = id === 'other' ? r.other.flow : id === 'unmet' ? r.unmet : r.corridors.find((c) => c.id === id)!.flow;
        expect(Number(seg.getAttribute('height'))).toBeCloseTo(flow * perTonne, 3);
      }
      expect(bar.getAttribute('aria-label')).toMatch(new RegExp(`^${plan.years[i]!.year}–`));
    }
  });

  it('should put each project on the build plan from the year it opens, and say when it is part-built or not built', async () => {
    const partial: PlanResult = { ...plan, projects: plan.projects.map((p) => (p.id === 'sarzha' ? { ...p, opens: 2035, fraction: 0.6 } : p)) };
    const el = await mount(document.createElement('corridor-plan'), { plan: partial, scenario }, 1100);
    const rows = shadowQueryAll(el, '.build');
    expect(rows.map((r) => r.dataset.project)).toEqual(['fleet', 'tripp', 'sarzha']);
    expect(squash(rows[0]!.querySelector('title')!.textContent)).toBe('Caspian fleet (+8 ferries): opens 2026');
    expect(squash(rows[1]!.querySelector('title')!.textContent)).toBe('TRIPP Meghri section: not built in this plan');
    expect(squash(rows[2]!.querySelector('title')!.textContent)).toBe('Kuryk Sarzha terminal: opens 2035 · 60.0% built');
    expect(rows[2]!.querySelector('rect')!.classList.contains('partial')).toBe(true);
    // Sarzha's bar starts where the 2035 bar starts (one time axis).
    const sarzhaX = Number(rows[2]!.querySelector('rect')!.getAttribute('x'));
    const bar2035 = Number(shadowQuery(el, '.bar[data-year="2035"] .segment').getAttribute('x'));
    expect(Math.abs(sarzhaX + 3 - bar2035)).toBeLessThan(0.01);
  });

  it('should list the appraisal of each project with NPV = PV savings − PV costs', async () => {
    const el = await mount(document.createElement('corridor-plan'), { plan, scenario }, 1100);
    const rows = shadowQueryAll<HTMLTableRowElement>(el, 'table.appraisal tbody tr');
    expect(rows.map((r) => r.dataset.project)).toEqual(['fleet', 'tripp', 'sarzha']);
    const a = plan.appraisal.find((x) => x.id === 'sarzha')!;
    const cells = [...rows[2]!.querySelectorAll('td')].map((c) => squash(c.textContent));
    const usd = (v: number) => formatUsdPlain(v, { locale: 'en-US' });
    expect(cells.slice(0, 4)).toEqual(['2030', usd(a.pvCost), usd(a.pvSavings), usd(a.pvSavings - a.pvCost)]);
    // TRIPP is not built: no appraisal figures, and a value of 0.
    const tripp = [...rows[1]!.querySelectorAll('td')].map((c) => squash(c.textContent));
    expect(tripp.slice(0, 7)).toEqual(['not built', '–', '–', '–', '–', '–', usd(0)]);
  });

  it('should say which figures the time limit left out, per project, and keep the others', async () => {
    const cutMessage = 'value and appraisal not computed: the time limit ran out during the appraisal';
    // Fleet appraised in full, Sarzha cut short (as planScenario reports it); TRIPP is not built and needs no solve.
    const cut: PlanResult = {
      ...plan,
      appraisal: plan.appraisal.filter((a) => a.id !== 'sarzha'),
      projects: plan.projects.map((p) => (p.id === 'sarzha' ? { ...p, value: null, missing: cutMessage } : p)),
    };
    const el = await mount(document.createElement('corridor-plan'), { plan: cut, scenario }, 1100);
    const rows = shadowQueryAll<HTMLTableRowElement>(el, 'table.appraisal tbody tr');
    const cells = (i: number) => [...rows[i]!.querySelectorAll('td')].map((c) => squash(c.textContent));
    expect(cells(2).slice(0, 7)).toEqual(['2030', '–', '–', '–', '–', '–', 'not computed']);
    expect(rows[2]!.querySelector('.missing')!.getAttribute('title')).toBe(cutMessage);
    expect(cells(0).at(-1)).not.toBe('not computed');
    expect(squash(shadowQuery(el, '.missing-notes').textContent)).toContain(`: ${cutMessage}`);
    await page.screenshot({ element: el, path: '../../../screenshots/plan/corridor-plan-appraisal-cut.png' });
  });

  it('should fire corridor-year-select on a click and on Enter after the arrow keys', async () => {
    const el = await mount(document.createElement('corridor-plan'), { plan, scenario }, 1100);
    const years: number[] = [];
    el.addEventListener('corridor-year-select', (e) => years.push((e as CustomEvent<PlanYearSelectDetail>).detail.year));
    shadowQuery(el, '.bar[data-year="2035"]').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(shadowQuery(el, '.bar[data-year="2035"]').getAttribute('aria-pressed')).toBe('true');
    shadowQuery<SVGGElement & HTMLElement>(el, '.bar[data-year="2026"]').focus();
    await userEvent.keyboard('{ArrowRight}{Enter}');
    expect(years).toEqual([2035, 2030]);
  });

  it('should offer what-ifs only with what-if set, and fire them with the project and kind', async () => {
    const plain = await mount(document.createElement('corridor-plan'), { plan, scenario }, 1100);
    expect(shadowQueryAll(plain, 'button[data-what-if]')).toHaveLength(0);
    unmountAll();
    const el = await mount(document.createElement('corridor-plan'), { plan, scenario, whatIf: true }, 1100);
    const asked: PlanWhatIfDetail[] = [];
    el.addEventListener('corridor-what-if', (e) => asked.push((e as CustomEvent<PlanWhatIfDetail>).detail));
    // The fleet opens in the first model year: it cannot open earlier.
    expect(shadowQuery<HTMLButtonElement>(el, 'tr[data-project="fleet"] button[data-what-if="earlier"]').disabled).toBe(true);
    // TRIPP is not built: "never" is what the plan already says; "Build" asks for it from its earliest year.
    expect(shadowQuery<HTMLButtonElement>(el, 'tr[data-project="tripp"] button[data-what-if="never"]').disabled).toBe(true);
    expect(squash(shadowQuery(el, 'tr[data-project="tripp"] button[data-what-if="earlier"]').textContent)).toBe('Build');
    shadowQuery(el, 'tr[data-project="sarzha"] button[data-what-if="never"]').click();
    shadowQuery(el, 'tr[data-project="sarzha"] button[data-what-if="double"]').click();
    expect(asked).toEqual([
      { project: 'sarzha', kind: 'never' },
      { project: 'sarzha', kind: 'double' },
    ]);
  });

  it('should be accessible: named chart, focusable bars with labels, buttons with names, a captioned table', async () => {
    const el = await mount(document.createElement('corridor-plan'), { plan, scenario, whatIf: true }, 1100);
    expect(shadowQuery(el, 'svg[part="chart"]').getAttribute('aria-label')).toMatch(/^The plan from 2026 to 2045/);
    for (const bar of shadowQueryAll(el, '.bar')) {
      expect(bar.getAttribute('role')).toBe('button');
      expect(bar.getAttribute('aria-label')!.length).toBeGreaterThan(20);
    }
    expect(shadowQueryAll(el, '.bar[tabindex="0"]')).toHaveLength(1);
    for (const button of shadowQueryAll<HTMLButtonElement>(el, 'button')) {
      expect(button.type).toBe('button');
      expect(squash(button.getAttribute('aria-label') ?? button.textContent).length).toBeGreaterThan(3);
    }
    expect(squash(shadowQuery(el, 'table.appraisal caption').textContent)).toMatch(/^Appraisal of each project, USD present value at 2026/);
    for (const th of shadowQueryAll(el, 'table.appraisal th')) expect(th.getAttribute('scope')).toMatch(/^(col|row)$/);
  });

  it('should export the chart as a standalone SVG with title, units and legend, and as a PNG', async () => {
    const el = await mount(document.createElement('corridor-plan'), { plan, scenario }, 1100);
    const text = el.chartSvg()!;
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    const words = [...root.querySelectorAll('text')].map((t) => t.textContent);
    expect(words).toContain('Caspian corridors 2026–2045 (planning): plan 2026–2045');
    expect(words.some((w) => /Freight by corridor per model year \(Mt\/yr\)/.test(w ?? ''))).toBe(true);
    expect(words).toEqual(expect.arrayContaining(['TITR / Middle Corridor (Caspian + Georgia)', 'TRIPP (Caspian + Meghri)', 'Other routes', 'Project open (lighter: part built)']));
    // Styles are inlined as resolved colours: no var(), no classes left to a stylesheet.
    expect(text).not.toMatch(/var\(--/);
    expect(root.querySelectorAll('[class]')).toHaveLength(0);
    const titr = root.querySelector('rect[data-series="titr"]')!;
    // TITR is painted with the scenario's own colour (caspian-2030.json, #1f62a8 since the
    // models were rebuilt), resolved to rgb() as the export inlines it.
    const corridors = scenario.corridors ?? [];
    const index = corridors.findIndex((c) => c.id === 'titr');
    const probe = document.createElement('span');
    probe.style.color = corridorFallbackColor(corridors[index]!, index);
    document.body.append(probe);
    const expected = getComputedStyle(probe).color;
    probe.remove();
    expect(expected).toBe('rgb(31, 98, 168)');
    expect(titr.getAttribute('fill')).toBe(expected);

    const png = (await el.chartPng(1))!;
    expect(png.type).toBe('image/png');
    const bytes = new Uint8Array(await png.arrayBuffer());
    expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).toBe(Number(root.getAttribute('width')));
    expect(bitmap.height).toBe(Number(root.getAttribute('height')));
  });

  it('should render the Caspian plan (screenshot for a person to look at)', async () => {
    const el = await mount(document.createElement('corridor-plan'), { plan, scenario, whatIf: true, year: 2030 }, 1100);
    const path = await page.screenshot({ element: el, path: '../../../screenshots/plan/corridor-plan.png' });
    expect(path).toMatch(/corridor-plan\.png$/);
    const svgText = el.chartSvg()!;
    const png = (await el.chartPng(1))!;
    const image = document.createElement('img');
    image.src = URL.createObjectURL(png);
    await image.decode();
    document.body.append(image);
    await page.screenshot({ element: image, path: '../../../screenshots/plan/corridor-plan-export.png' });
    expect(svgText.length).toBeGreaterThan(1000);
  });
});
