import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../../src/app/plan/plan-panel';
import '../../../src/components/corridor-plan/corridor-plan';
import type { CorridorPlanPanel } from '../../../src/app/plan/plan-panel';
import type { CorridorPlan } from '../../../src/components/corridor-plan/corridor-plan';
import type { PlanOptions, PlanProgress, PlanResult } from '../../../src/plan/types';
import type { Scenario } from '../../../src/model/types';
import { mount, shadowQuery, shadowQueryAll, unmountAll } from '../components/mount';
import { rendered, until } from '../app/analyses-fixture';
import { catchDownloads, fakeRunner, solvedCaspianPlan } from './plan-fixture';
import { formatUsd, formatUsdPlain } from '../../../src/components/format';
import { listParameters } from '../../../src/model/parameter-path';

let scenario: Scenario;
let plan: PlanResult;
beforeAll(async () => {
  await page.viewport(1440, 900);
  ({ scenario, plan } = await solvedCaspianPlan());
});
afterEach(unmountAll);

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

function inputs(panel: CorridorPlanPanel): ShadowRoot {
  return panel.shadowRoot!.querySelector('corridor-plan-inputs')!.shadowRoot!;
}

function change(root: ShadowRoot, selector: string, value: string): void {
  const input = root.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
  if (input === null) throw new Error(`no ${selector}`);
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Unfolds a project's fields (folded, a project shows its line only). */
async function openProject(panel: CorridorPlanPanel, id: string): Promise<void> {
  const element = panel.shadowRoot!.querySelector('corridor-plan-inputs')!;
  const toggle = element.shadowRoot!.querySelector<HTMLButtonElement>(`li[data-project="${id}"] > button.project-toggle`)!;
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  toggle.click();
  await element.updateComplete;
}

/** A panel on the Caspian planning scenario whose edits come back as the app would send them (the draft follows). */
async function panelWith(runner = fakeRunner({ plan: async () => plan }), draft: Scenario = scenario): Promise<{ panel: CorridorPlanPanel; edits: Scenario[] }> {
  const panel = await mount(document.createElement('corridor-plan-panel'), { scenario, draft, runner }, 1400);
  const edits: Scenario[] = [];
  panel.addEventListener('corridor-change', (e) => {
    edits.push((e as CustomEvent<{ scenario: Scenario }>).detail.scenario);
    panel.draft = (e as CustomEvent<{ scenario: Scenario }>).detail.scenario;
  });
  await rendered(panel.shadowRoot!.querySelector('corridor-plan-inputs')!);
  return { panel, edits };
}

describe('<corridor-plan-panel> inputs', () => {
  it('should send each edit of the horizon and the projects as the whole scenario, in the scenario’s units', async () => {
    const { panel, edits } = await panelWith();
    // Each edit waits for the one before to come back, as a person's do.
    const edit = async (selector: string, value: string) => {
      change(inputs(panel), selector, value);
      await panel.updateComplete;
      await panel.shadowRoot!.querySelector('corridor-plan-inputs')!.updateComplete;
    };
    await edit('input[data-path="horizon.discountRate"]', '8');
    await edit('input[data-path="horizon.years"]', '2026, 2030, 2035, 2040');
    await openProject(panel, 'tripp');
    await openProject(panel, 'sarzha');
    await edit('input[data-path="projects[1].capex"]', '250,000,000');
    await edit('select[data-path="projects[2].decision"]', 'build');
    await edit('input[data-path="demands[2].growth"]', '3.5');
    expect(edits).toHaveLength(5);
    const last = edits.at(-1)!;
    expect(last.horizon).toEqual({ years: [2026, 2030, 2035, 2040], end: 2045, discountRate: 0.08, base: 2026 });
    expect(last.projects![1]).toMatchObject({ id: 'tripp', capex: 250_000_000 });
    expect(last.projects![2]).toMatchObject({ id: 'sarzha', decision: 'build' });
    expect(last.demands[2]!.growth).toBeCloseTo(0.035, 12);
    // Nothing else moved.
    expect({ ...last, horizon: scenario.horizon, projects: scenario.projects, demands: scenario.demands }).toEqual(scenario);
  });

  it('should draw a long list of a select (every parameter, every capacity) only when the select is reached for, then whole', async () => {
    const withChange: Scenario = { ...scenario, horizon: { ...scenario.horizon!, changes: [{ from: 2030, set: 'links.caspian-ferry.cost', value: 25 }] } };
    const { panel, edits } = await panelWith(undefined, withChange);
    const select = (path: string): HTMLSelectElement => inputs(panel).querySelector<HTMLSelectElement>(`select[data-path="${path}"]`)!;
    await openProject(panel, 'fleet');
    const change0 = select('horizon.changes[0].set');
    const adds0 = select('projects[0].adds[0].set');
    // Before: the chosen value alone, shown as the select's value.
    expect(change0.options).toHaveLength(1);
    expect(change0.value).toBe('links.caspian-ferry.cost');
    expect(adds0.options).toHaveLength(1);
    expect(adds0.value).toBe(scenario.projects![0]!.adds[0]!.set);
    // Reached for (keyboard focus, a pointer): every choice is there at once, the value kept.
    change0.dispatchEvent(new FocusEvent('focus'));
    expect(change0.options.length).toBe(listParameters(scenario).length);
    expect(change0.value).toBe('links.caspian-ferry.cost');
    adds0.dispatchEvent(new PointerEvent('pointerdown'));
    expect(adds0.options.length).toBeGreaterThan(10);
    expect([...adds0.options].every((o) => o.value.endsWith('.capacity'))).toBe(true);
    expect(adds0.value).toBe(scenario.projects![0]!.adds[0]!.set);
    // Another choice goes out as an edit, as before.
    const other = [...change0.options].find((o) => o.value !== change0.value)!.value;
    change(inputs(panel), 'select[data-path="horizon.changes[0].set"]', other);
    expect(edits.at(-1)!.horizon!.changes![0]!.set).toBe(other);
  });

  it('should add a step change on the first parameter from the second model year, with none and with one already', async () => {
    const { horizon } = scenario;
    const noChanges: Scenario = { ...scenario, horizon: { ...horizon!, changes: [] } };
    const { panel, edits } = await panelWith(undefined, noChanges);
    const first = listParameters(noChanges)[0]!;
    inputs(panel).querySelector<HTMLButtonElement>('button.add-change')!.click();
    expect(edits.at(-1)!.horizon!.changes).toEqual([{ from: horizon!.years![1], set: first, value: 0 }]);
    await panel.updateComplete;
    await panel.shadowRoot!.querySelector('corridor-plan-inputs')!.updateComplete;
    // With one change shown, the button under the table adds a second alike.
    inputs(panel).querySelector<HTMLButtonElement>('button.add-change')!.click();
    expect(edits.at(-1)!.horizon!.changes).toEqual([
      { from: horizon!.years![1], set: first, value: 0 },
      { from: horizon!.years![1], set: first, value: 0 },
    ]);
  });

  it('should add and remove a project and its additions', async () => {
    const { panel, edits } = await panelWith();
    inputs(panel).querySelector<HTMLButtonElement>('button.add-project')!.click();
    expect(edits.at(-1)!.projects!.map((p) => p.id)).toEqual(['fleet', 'tripp', 'sarzha', 'project-4']);
    await panel.updateComplete;
    await panel.shadowRoot!.querySelector('corridor-plan-inputs')!.updateComplete;
    await openProject(panel, 'fleet');
    inputs(panel).querySelector<HTMLButtonElement>('li[data-project="fleet"] button.remove-project')!.click();
    expect(edits.at(-1)!.projects!.map((p) => p.id)).toEqual(['tripp', 'sarzha', 'project-4']);
    await panel.updateComplete;
    await panel.shadowRoot!.querySelector('corridor-plan-inputs')!.updateComplete;
    await openProject(panel, 'tripp');
    inputs(panel).querySelector<HTMLButtonElement>('li[data-project="tripp"] button.add-addition')!.click();
    expect(edits.at(-1)!.projects![0]!.adds).toEqual([
      { set: 'links.tripp-meghri.capacity', amount: 5_000_000 },
      { set: 'links.caspian-ferry.capacity', amount: 1_000_000 },
    ]);
  });

  it('should show every problem beside its field by JSON path and not run until they are fixed', async () => {
    const bad: Scenario = {
      ...scenario,
      projects: scenario.projects!.map((p, i) => (i === 1 ? { ...p, capex: 'lots' as unknown as number, earliest: 2050 } : p)),
    };
    const { panel } = await panelWith(undefined, bad);
    panel.scenario = bad;
    await panel.updateComplete;
    const root = inputs(panel);
    const capex = root.querySelector<HTMLInputElement>('input[data-path="projects[1].capex"]')!;
    expect(capex.getAttribute('aria-invalid')).toBe('true');
    expect(squash(root.getElementById(capex.getAttribute('aria-describedby')!)!.textContent)).toBe('expected a number ≥ 0 (USD), got "lots"');
    expect(squash(root.querySelector('.message.error')!.textContent)).toMatch(/^The planning inputs have 2 problems.*projects\[1\]\.capex.*projects\[1\]\.earliest: expected a year inside the horizon \(2026 to 2045\), got 2050/);
    expect(shadowQuery<HTMLButtonElement>(panel, 'button.run').disabled).toBe(true);
  });

  it('should offer to add a horizon to a scenario without one', async () => {
    const { horizon: _h, projects: _p, ...bare } = scenario;
    const { panel, edits } = await panelWith(undefined, bare);
    panel.scenario = bare;
    await panel.updateComplete;
    expect(shadowQuery<HTMLButtonElement>(panel, 'button.run').disabled).toBe(true);
    inputs(panel).querySelector<HTMLButtonElement>('button.start-horizon')!.click();
    const h = edits.at(-1)!.horizon!;
    expect(h.years).toHaveLength(3);
    expect(h.discountRate).toBe(0.06);
  });
});

describe('<corridor-plan-panel> running', () => {
  it('should fold the inputs away under a plan (screenshots of both for a person to look at)', async () => {
    const { panel } = await panelWith();
    expect(shadowQuery<HTMLDetailsElement>(panel, 'details.inputs').open).toBe(true);
    await page.screenshot({ element: panel, path: '../../../screenshots/plan/plan-panel-inputs.png' });
    shadowQuery<HTMLButtonElement>(panel, 'button.run').click();
    await rendered(await until(() => panel.shadowRoot!.querySelector<CorridorPlan>('corridor-plan.current'), 'the report'));
    await panel.updateComplete;
    expect(shadowQuery<HTMLDetailsElement>(panel, 'details.inputs').open).toBe(false);
    expect(squash(shadowQuery(panel, 'details.inputs > summary').textContent)).toBe('Horizon and projects: model years 2026, 2030, 2035 (to 2045), 6 %/yr; 3 projects');
    await new Promise((r) => setTimeout(r, 100));
    await page.screenshot({ element: panel, path: '../../../screenshots/plan/plan-panel-report.png' });
  });

  it('should show incumbent, bound and gap while planning, and stop the worker on Cancel', async () => {
    let signal: AbortSignal | undefined;
    let tell: ((p: PlanProgress) => void) | undefined;
    const runner = fakeRunner({
      plan: (_s, _o, control) =>
        new Promise<PlanResult>((_, reject) => {
          signal = control?.signal;
          tell = control?.onProgress;
          signal?.addEventListener('abort', () => reject(signal!.reason));
        }),
    });
    const { panel } = await panelWith(runner);
    shadowQuery<HTMLButtonElement>(panel, 'button.run').click();
    await until(() => tell, 'the plan to start');
    // The first step prices model years one by one: which one runs is shown before any plan exists.
    tell!({ phase: 'building', incumbent: null, bound: null, gap: null, elapsedMs: 900, step: { name: 'all-built', yearsDone: 1, years: 3 } });
    await panel.updateComplete;
    expect(squash(shadowQuery(panel, '.plan-progress .progress-text').textContent)).toBe('Pricing every project built (model year 2 of 3) · 0.9 s');
    tell!({ phase: 'branching', incumbent: 79.31e9, bound: 79.2e9, gap: 0.00139, elapsedMs: 2400 });
    await panel.updateComplete;
    const text = squash(shadowQuery(panel, '.plan-progress .progress-text').textContent);
    expect(text).toBe('Branching · best plan USD 79.3 bn · bound USD 79.2 bn · gap 0.14% · 2.4 s');
    expect(shadowQuery(panel, '.plan-progress [role="progressbar"]').getAttribute('aria-valuetext')).toBe(text);
    shadowQuery<HTMLButtonElement>(panel, '.plan-progress button.cancel').click();
    await panel.updateComplete;
    expect(signal!.aborted).toBe(true);
    expect(panel.shadowRoot!.querySelector('.plan-progress')).toBeNull();
    expect(squash(shadowQuery(panel, '.message[role="status"]').textContent)).toBe('Cancelled.');
    expect(panel.shadowRoot!.querySelector('corridor-plan')).toBeNull();
  });

  it('should show the first plan found while the search goes on, then the full report in its place', async () => {
    let tell: ((p: PlanProgress) => void) | undefined;
    let finish: ((r: PlanResult) => void) | undefined;
    const runner = fakeRunner({
      plan: (_s, _o, control) =>
        new Promise<PlanResult>((resolve) => {
          tell = control?.onProgress;
          finish = resolve;
        }),
    });
    const { panel } = await panelWith(runner);
    shadowQuery<HTMLButtonElement>(panel, 'button.run').click();
    await until(() => tell, 'the plan to start');
    const years = plan.years.map((y) => y.year);
    // The first plan of a search: every project open from its first model year, one of them half built.
    const projects = plan.projects.map((p, i) => ({ id: p.id, opens: years[0]!, fraction: i === 0 ? 0.5 : 1, fractions: years.map(() => (i === 0 ? 0.5 : 1)) }));
    tell!({ phase: 'building', incumbent: 81.5e9, bound: 79.2e9, gap: 0.0282, elapsedMs: 3100, step: { name: 'none-built', yearsDone: 0, years: years.length }, plan: { objective: 81.5e9, years, projects } });
    const section = await until(() => panel.shadowRoot!.querySelector('.best-so-far'), 'the best plan so far');
    expect(panel.shadowRoot!.querySelector('corridor-plan')).toBeNull();
    expect(squash(section.querySelector('p')!.textContent)).toBe(
      `Generalised cost USD 81.5 bn (present value, project costs included); ${projects.length} of ${projects.length} projects built. The search goes on: the full report follows when it ends.`,
    );
    const rows = [...section.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => squash(c.textContent)));
    const names = plan.projects.map((p) => scenario.projects!.find((x) => x.id === p.id)!.name ?? p.id);
    expect(rows).toEqual(names.map((name, i) => [name, i === 0 ? `${years[0]} (50.0% built)` : `${years[0]}`]));
    section.scrollIntoView();
    await page.screenshot({ element: section, path: '../../../screenshots/plan/plan-panel-best-so-far.png' });
    finish!(plan);
    await until(() => panel.shadowRoot!.querySelector('corridor-plan.current'), 'the full report');
    expect(panel.shadowRoot!.querySelector('.best-so-far')).toBeNull();
  });

  it('should show a failed plan as a message, with no report and the inputs still open', async () => {
    const failed: PlanResult = { ...plan, status: 'error', objective: 0, years: [], projects: [], appraisal: [], diagnosis: ['planning is not available in this build'] };
    const { panel } = await panelWith(fakeRunner({ plan: async () => failed }));
    shadowQuery<HTMLButtonElement>(panel, 'button.run').click();
    const message = await until(() => panel.shadowRoot!.querySelector('.message.error'), 'the error');
    expect(squash(message.textContent)).toBe('The plan failed: planning is not available in this build.');
    expect(panel.shadowRoot!.querySelector('corridor-plan')).toBeNull();
    expect(shadowQuery<HTMLDetailsElement>(panel, 'details.inputs').open).toBe(true);
  });

  it('should say once, in its own words, why a plan stopped at the time limit has no values or appraisal', async () => {
    const stopped: PlanResult = {
      ...plan,
      status: 'time-limit',
      gap: 0.012,
      diagnosis: ['the time limit ran out: the best plan found is reported, proven within a gap of 1.2%; no values or appraisal'],
    };
    const el = await mount(document.createElement('corridor-plan'), { plan: stopped, scenario });
    expect(squash(shadowQuery(el, '.status-note').textContent)).toBe(
      "Stopped at the time limit: the best plan found, within 1.20% of the best possible. Projects' values and the appraisal need a proven optimum, so none is shown: plan again with a longer time limit or a larger gap.",
    );
  });

  it('should say why an infeasible plan has no figures, naming the diagnosis', async () => {
    const infeasible: PlanResult = { ...plan, status: 'infeasible', objective: 0, gap: null, years: [], appraisal: [], diagnosis: ['containers-europe falls short by 1.2 Mt/yr in 2035'] };
    const el = await mount(document.createElement('corridor-plan'), { plan: infeasible, scenario });
    expect(squash(shadowQuery(el, '.status-note').textContent)).toBe(
      'No plan serves every demand in every model year (infeasible). containers-europe falls short by 1.2 Mt/yr in 2035',
    );
    expect(el.shadowRoot!.querySelector('svg')).toBeNull();
  });

  it('should pass the gap and time limit to the plan, and show the report with what binds in the chosen year', async () => {
    const asked: PlanOptions[] = [];
    const { panel } = await panelWith(fakeRunner({ plan: async (_s, o) => (asked.push(o), plan) }));
    const gap = panel.shadowRoot!.querySelector<HTMLInputElement>('input[name="gap"]')!;
    gap.value = '0.5';
    gap.dispatchEvent(new Event('input'));
    shadowQuery<HTMLButtonElement>(panel, 'button.run').click();
    const report = await until(() => panel.shadowRoot!.querySelector<CorridorPlan>('corridor-plan.current'), 'the report');
    expect(asked).toEqual([{ gap: 0.005, timeLimitSeconds: 60 }]);
    expect(report.plan).toBe(plan);
    // "What binds" follows a frame after the report (two renders, two tasks).
    const binds = await until(() => panel.shadowRoot!.querySelector<HTMLElementTagNameMap['corridor-bottlenecks']>('section.binds corridor-bottlenecks'), 'what binds');
    expect(binds.result).toBe(plan.years[0]!.result);
    // The fleet is open from 2026: "what binds" measures the ferry against its capacity with the new ships.
    expect(binds.scenario!.links.find((l) => l.id === 'caspian-ferry')!.capacity).toBe(3_262_500 + 2_000_000);
    await rendered(report);
    report.shadowRoot!.querySelector('.bar[data-year="2035"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await panel.updateComplete;
    expect(binds.result).toBe(plan.years[2]!.result);
    expect(binds.scenario!.links.find((l) => l.id === 'caspian-feeder')!.capacity).toBe(903_350 + 1_500_000);
    expect(shadowQuery<HTMLSelectElement>(panel, 'section.binds select').value).toBe('2035');
  });

  it('should end with the newer plan everywhere when a second answer comes while the first report is drawn in parts', async () => {
    // Other figures in every year, so a part drawn from the first answer would show.
    const second: PlanResult = { ...plan, objective: plan.objective * 1.5, years: plan.years.map((y) => ({ ...y, result: { ...y.result, objective: y.result.objective * 2 } })) };
    const answers = [plan, second];
    const { panel } = await panelWith(fakeRunner({ plan: async () => answers.shift()! }));
    shadowQuery<HTMLButtonElement>(panel, 'button.run').click();
    const report = await until(() => panel.shadowRoot!.querySelector<CorridorPlan>('corridor-plan.current'), 'the first report');
    shadowQuery<HTMLButtonElement>(panel, 'button.run').click();
    await until(() => report.plan === second, 'the second answer');
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelectorAll('corridor-plan')).toHaveLength(1);
    expect(squash(shadowQuery(report, '[part="summary"]').textContent)).toContain(formatUsdPlain(second.objective, { locale: 'en-US' }));
    const costs = shadowQueryAll(report, '[part="table"] tbody tr').map((r) => squash(r.children[2]!.textContent));
    expect(costs).toEqual(second.years.map((y) => formatUsd(y.result.objective, { locale: 'en-US' })));
    expect(shadowQueryAll(report, 'table.appraisal tbody tr')).toHaveLength(second.projects.length);
    const binds = shadowQuery<HTMLElementTagNameMap['corridor-bottlenecks']>(panel, 'section.binds corridor-bottlenecks');
    expect(binds.result).toBe(second.years[0]!.result);
    expect(panel.shadowRoot!.querySelector('corridor-plan-inputs')!.checkVisibility()).toBe(false);
  });

  it('should keep the plan’s worker until the whole report and “what binds” are drawn, and let it go then', async () => {
    let hold: Promise<unknown> | undefined;
    const { panel } = await panelWith(fakeRunner({ plan: async (_s, _o, control) => ((hold = control?.holdWorkerUntil), plan) }));
    // What the page holds when the worker is let go.
    let atRelease: { readonly binds: boolean; readonly yearsTable: boolean } | undefined;

    shadowQuery<HTMLButtonElement>(panel, 'button.run').click();
    await until(() => hold, 'the plan to start');
    await hold!.then(() => {
      const report = panel.shadowRoot!.querySelector<CorridorPlan>('corridor-plan.current');
      atRelease = {
        binds: panel.shadowRoot!.querySelector('section.binds corridor-bottlenecks') !== null,
        yearsTable: report?.shadowRoot?.querySelector('[part="table"]') != null,
      };
    });

    expect(atRelease).toEqual({ binds: true, yearsTable: true });
  });

  it('should keep the last good plan when a re-plan is cancelled while its answer is handed over, and let its worker go', async () => {
    const holds: Promise<unknown>[] = [];
    const runner = fakeRunner({
      plan: (_s, _o, control) => {
        holds.push(control!.holdWorkerUntil!);
        if (holds.length === 1) return Promise.resolve(plan);
        // The second plan's years are still crossing when the reader cancels.
        return new Promise<PlanResult>((_, reject) => control!.signal!.addEventListener('abort', () => reject(control!.signal!.reason)));
      },
    });
    const { panel } = await panelWith(runner);
    shadowQuery<HTMLButtonElement>(panel, 'button.run').click();
    const report = await until(() => panel.shadowRoot!.querySelector<CorridorPlan>('corridor-plan.current'), 'the first report');
    await panel.updateComplete;

    shadowQuery<HTMLButtonElement>(panel, 'button.run').click();
    await until(() => holds.length === 2, 'the second plan to start');
    await panel.updateComplete;
    shadowQuery<HTMLButtonElement>(panel, '.plan-progress button.cancel').click();
    await panel.updateComplete;
    await holds[1];

    expect(panel.shadowRoot!.querySelector('corridor-plan.current')).toBe(report);
    expect(report.plan).toBe(plan);
    expect(squash(shadowQuery(report, '[part="summary"]').textContent)).toContain(formatUsdPlain(plan.objective, { locale: 'en-US' }));
  });

  it('should re-plan a what-if and show it beside the current plan with the difference in cost', async () => {
    const planned: Scenario[] = [];
    const worse: PlanResult = { ...plan, objective: plan.objective + 473e6, projects: plan.projects.map((p) => (p.id === 'sarzha' ? { ...p, opens: null, fraction: 0, value: 0 } : p)) };
    const { panel } = await panelWith(fakeRunner({ plan: async (s) => (planned.push(s), planned.length === 1 ? plan : worse) }));
    shadowQuery<HTMLButtonElement>(panel, 'button.run').click();
    const report = await rendered(await until(() => panel.shadowRoot!.querySelector<CorridorPlan>('corridor-plan.current'), 'the report'));
    report.shadowRoot!.querySelector<HTMLButtonElement>('tr[data-project="sarzha"] button[data-what-if="never"]')!.click();
    const other = await until(() => panel.shadowRoot!.querySelector<CorridorPlan>('corridor-plan.what-if'), 'the what-if plan');
    expect(planned[1]!.projects!.find((p) => p.id === 'sarzha')!.decision).toBe('never');
    expect(other.plan).toBe(worse);
    expect(other.heading).toBe('What if: Kuryk Sarzha terminal never built');
    expect(report.heading).toBe('Current plan');
    // The share follows the fixture plan's cost, which fell when the models were rebuilt (0.x % before, 1.10 % now).
    const share = ((100 * 473e6) / plan.objective).toFixed(2).replace('.', '\\.');
    expect(squash(shadowQuery(panel, '.delta').textContent)).toMatch(
      new RegExp(`^Kuryk Sarzha terminal never built: the plan costs \\+USD 473 mn \\(present value, ${share}% more\\) than the current plan\\.`),
    );
    const moved = shadowQueryAll<HTMLTableRowElement>(panel, 'table.build-changes tbody tr');
    expect(moved.map((r) => [r.dataset.project, r.classList.contains('moved')])).toEqual([
      ['sarzha', true],
      ['fleet', false],
      ['tripp', false],
    ]);
    expect([...moved[0]!.children].map((c) => squash(c.textContent))).toEqual(['Kuryk Sarzha terminal', '2030', 'not built']);
    await rendered(other);
    const path = await page.screenshot({ element: panel, path: '../../../screenshots/plan/plan-panel-what-if.png' });
    expect(path).toMatch(/what-if\.png$/);
  });

  it('should export the plan as JSON, CSV per year, and the chart as SVG and PNG', async () => {
    const { panel } = await panelWith();
    shadowQuery<HTMLButtonElement>(panel, 'button.run').click();
    await rendered(await until(() => panel.shadowRoot!.querySelector<CorridorPlan>('corridor-plan.current'), 'the report'));
    const downloads = catchDownloads();
    try {
      for (const format of ['json', 'csv', 'svg', 'png']) shadowQuery<HTMLButtonElement>(panel, `button[data-export="${format}"]`).click();
      await until(() => downloads.files.length === 4, 'four downloads');
    } finally {
      downloads.restore();
    }
    const stem = 'caspian-corridors-20262045-planning-plan';
    expect(downloads.files.map((f) => f.name)).toEqual([`${stem}.json`, `${stem}.csv`, `${stem}.svg`, `${stem}.png`]);
    const [json, csv, svgFile, png] = await Promise.all(downloads.files.map((f) => f.blob));
    expect(JSON.parse(await json!.text())).toEqual(plan);
    const rows = (await csv!.text()).split('\r\n');
    expect(rows[0]).toMatch(/^year,until_year,weight_pv_years,status,generalised_transport_cost_usd_per_yr,project_cost_usd_per_yr,generalised_total_cost_pv_usd,/);
    expect(rows.slice(1, 4).map((r) => r.split(',')[0])).toEqual(['2026', '2030', '2035']);
    // The PV column adds up to the plan's objective (each figure rounded to a dollar).
    const pv = rows.slice(1, 4).reduce((sum, r) => sum + Number(r.split(',')[6]), 0);
    expect(Math.abs(pv - plan.objective)).toBeLessThan(3);
    const doc = new DOMParser().parseFromString(await svgFile!.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(svgFile!.type).toBe('image/svg+xml');
    expect(png!.type).toBe('image/png');
    expect([...new Uint8Array(await png!.arrayBuffer()).slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });
});

/** Rendered elements in `root` and in every shadow root below it: what the page must style, lay out and paint. */
function renderedIn(root: ShadowRoot | Document): number {
  let count = 0;
  for (const el of root.querySelectorAll('*')) if (el.checkVisibility({ contentVisibilityAuto: false })) count += 1 + (el.shadowRoot === null ? 0 : renderedIn(el.shadowRoot));
  return count;
}

describe('<corridor-plan-panel> on a large network', () => {
  /** The Caspian planning scenario with `extra` more demands (copies under new ids): a growth field each in the inputs. */
  const withDemands = (extra: number): Scenario => ({
    ...scenario,
    demands: [...scenario.demands, ...Array.from({ length: extra }, (_, i) => ({ ...scenario.demands[i % scenario.demands.length]!, id: `copy-${i}` }))],
  });

  /** Plans `s` (the same plan whatever it holds) and counts the panel's elements that are rendered once the report and "what binds" are drawn. */
  async function elementsUnderPlan(s: Scenario): Promise<{ panel: CorridorPlanPanel; elements: number }> {
    const panel = await mount(document.createElement('corridor-plan-panel'), { scenario: s, draft: s, runner: fakeRunner({ plan: async () => plan }) }, 1400);
    await rendered(panel.shadowRoot!.querySelector('corridor-plan-inputs')!);
    shadowQuery<HTMLButtonElement>(panel, 'button.run').click();
    await rendered(await until(() => panel.shadowRoot!.querySelector<CorridorPlan>('corridor-plan.current'), 'the report'));
    await rendered(await until(() => panel.shadowRoot!.querySelector('section.binds corridor-bottlenecks'), 'what binds'));
    await panel.updateComplete;
    return { panel, elements: renderedIn(panel.shadowRoot!) };
  }

  it('should scroll a large network’s inputs in a box of their own, so folding them away does not pull the page up by thousands of pixels', async () => {
    const s = withDemands(400);
    const panel = await mount(document.createElement('corridor-plan-panel'), { scenario: s, draft: s, runner: fakeRunner({ plan: async () => plan }) }, 1400);
    const inputs = await rendered(panel.shadowRoot!.querySelector('corridor-plan-inputs')!);
    // 405 demands: their growth is folded until asked for, then shown a page at a time.
    inputs.shadowRoot!.querySelector<HTMLButtonElement>('button.growth-toggle')!.click();
    await inputs.updateComplete;
    // A page of 50 growth fields: far taller than the box, which holds at most 70 % of the window.
    expect(inputs.scrollHeight).toBeGreaterThan(2 * window.innerHeight);
    expect(inputs.getBoundingClientRect().height).toBeLessThanOrEqual(0.7 * window.innerHeight + 1);
    const field = inputs.shadowRoot!.querySelector<HTMLInputElement>('input[data-path="demands[49].growth"]')!;
    field.scrollIntoView({ block: 'nearest' });
    const box = inputs.getBoundingClientRect();
    const at = field.getBoundingClientRect();
    // Every field can still be reached: scrolled into the box's view.
    expect(at.top).toBeGreaterThanOrEqual(box.top - 1);
    expect(at.bottom).toBeLessThanOrEqual(box.bottom + 1);
  });

  it('should keep the folded-away inputs under a plan out of rendering, so what is drawn does not grow with the demands, and unfold them as they were', async () => {
    const small = await elementsUnderPlan(withDemands(0));
    const large = await elementsUnderPlan(withDemands(400));
    // The report is the same plan's: 400 more demands' growth fields, folded away, are not drawn (nor taken off the page).
    expect(large.elements).toBe(small.elements);
    const kept = large.panel.shadowRoot!.querySelector('corridor-plan-inputs')!;
    expect(kept.checkVisibility()).toBe(false);
    // Nothing is lost: the summary unfolds the same inputs with every demand's growth field, and an edit goes out as before.
    shadowQuery<HTMLElement>(large.panel, 'details.inputs > summary').click();
    const inputs = await rendered(await until(() => large.panel.shadowRoot!.querySelector('corridor-plan-inputs'), 'the unfolded inputs'));
    expect(inputs).toBe(kept);
    expect(inputs.checkVisibility()).toBe(true);
    // Every demand's growth field is there to be reached: unfolded, a page of 50, a filter by name to find one.
    inputs.shadowRoot!.querySelector<HTMLButtonElement>('button.growth-toggle')!.click();
    await inputs.updateComplete;
    expect(inputs.shadowRoot!.querySelectorAll('input[data-path$="].growth"]')).toHaveLength(50);
    expect(squash(inputs.shadowRoot!.querySelector('.growth-inputs .range')!.textContent)).toBe(`1–50 of ${scenario.demands.length + 400}`);
    const filter = inputs.shadowRoot!.querySelector<HTMLInputElement>('input.filter')!;
    filter.value = 'copy-396';
    filter.dispatchEvent(new Event('input'));
    await inputs.updateComplete;
    expect([...inputs.shadowRoot!.querySelectorAll<HTMLInputElement>('input[data-path$="].growth"]')].map((f) => f.dataset.path)).toEqual(['demands[401].growth']);
    const edits: Scenario[] = [];
    large.panel.addEventListener('corridor-change', (e) => edits.push((e as CustomEvent<{ scenario: Scenario }>).detail.scenario));
    change(inputs.shadowRoot!, 'input[data-path="demands[401].growth"]', '2.5');
    expect(edits.at(-1)!.demands[401]!.growth).toBeCloseTo(0.025, 12);
    // Folded again, they are hidden again.
    shadowQuery<HTMLElement>(large.panel, 'details.inputs > summary').click();
    await until(() => !inputs.checkVisibility(), 'the inputs folded away');
  });

  it('should show a value typed before the fold, and an edit made while folded (undo), when the inputs unfold', async () => {
    const { panel, edits } = await panelWith();
    const rate = (): string => inputs(panel).querySelector<HTMLInputElement>('input[data-path="horizon.discountRate"]')!.value;
    const before = rate();
    change(inputs(panel), 'input[data-path="horizon.discountRate"]', '8');
    await panel.updateComplete;
    shadowQuery<HTMLButtonElement>(panel, 'button.run').click();
    await until(() => panel.shadowRoot!.querySelector('corridor-plan.current'), 'the report');
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelector('corridor-plan-inputs')!.checkVisibility()).toBe(false);
    expect(rate()).toBe('8');
    // Folded away, the inputs are not redrawn for an edit made elsewhere (an undo of the rate)...
    const element = panel.shadowRoot!.querySelector('corridor-plan-inputs')!;
    panel.draft = { ...edits.at(-1)!, horizon: scenario.horizon! };
    await panel.updateComplete;
    expect(element.scenario).toBe(edits.at(-1));
    // ...and show it once unfolded.
    shadowQuery<HTMLElement>(panel, 'details.inputs > summary').click();
    await until(() => element.scenario === panel.draft, 'the unfolded inputs given the draft');
    await element.updateComplete;
    expect(rate()).toBe(before);
    expect(before).not.toBe('8');
  });
});
