import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../src/model/types';
import { planScenario, type PlanSolvers } from '../../../src/plan/plan-scenario';
import type { PlanProgress } from '../../../src/plan/types';
import { createPlanSolvers } from '../../support/plan-solvers';
import { closeTo } from '../../support/tolerance';

let solvers: PlanSolvers;
beforeAll(async () => {
  solvers = await createPlanSolvers();
});

/**
 * A → B by an existing line at 30 USD/t (unlimited) or a new line at 10 USD/t
 * that exists only if built (capacity 0 + 1 Mt/yr). 1 Mt/yr must go; the new
 * line saves 20 USD/t · 1 Mt = 20 M USD/yr and costs capex/life per year.
 */
function twoLines(capex: number, extra: Partial<Scenario> = {}): Scenario {
  return {
    format: 'corridor-flow/scenario@1',
    name: 'two lines',
    nodes: [{ id: 'A' }, { id: 'B' }],
    links: [
      { id: 'old', from: 'A', to: 'B', cost: 30 },
      { id: 'new', from: 'A', to: 'B', cost: 10, capacity: 0 },
    ],
    demands: [{ id: 'd', from: 'A', to: 'B', volume: 1_000_000 }],
    horizon: { years: [2030, 2035], end: 2039 },
    projects: [{ id: 'line', adds: [{ set: 'links.new.capacity', amount: 1_000_000 }], capex, life: 30 }],
    ...extra,
  };
}

describe('planScenario', () => {
  it('should build a project whose savings exceed its yearly cost, from the first year', () => {
    // K = 300 M / 30 = 10 M USD/yr < 20 M saved; W = 5 + 5 (r = 0).
    const plan = planScenario(twoLines(300e6), solvers);
    expect(plan.status).toBe('optimal');
    expect(plan.projects).toEqual([{ id: 'line', opens: 2030, fraction: 1, fractions: [1, 1], value: expect.any(Number) }]);
    // Each year: 10 USD/t · 1 Mt + 10 M capital charge = 20 M; ×10 years.
    expect(closeTo(plan.objective, 200e6)).toBe(true);
    // Without: 30 M/yr · 10 = 300 M; value 100 M.
    expect(closeTo(plan.projects[0]!.value!, 100e6)).toBe(true);
    const appraisal = plan.appraisal[0]!;
    expect(closeTo(appraisal.pvCost, 100e6)).toBe(true);
    expect(closeTo(appraisal.pvSavings, 200e6)).toBe(true);
    expect(closeTo(appraisal.npv, 100e6)).toBe(true);
    expect(closeTo(appraisal.bcr!, 2)).toBe(true);
    // Built while capex/30 ≤ 20 M: 600 M.
    expect(closeTo(appraisal.breakEvenCapex!, 600e6)).toBe(true);
    expect(plan.years.map((y) => [y.year, y.weight, y.result.links.find((l) => l.id === 'new')!.flow])).toEqual([
      [2030, 5, 1_000_000],
      [2035, 5, 1_000_000],
    ]);
  });

  it('should send the best plan so far in brief with every progress event from the first plan on, ending with the plan reported', () => {
    // Every project built is the first plan (line open: 40 M USD/yr); none built (30 M USD/yr) is better and is the answer.
    const events: PlanProgress[] = [];
    const plan = planScenario(twoLines(900e6), solvers, {}, (p) => events.push(p));
    const first = events.findIndex((e) => e.incumbent !== null);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(events.slice(0, first).every((e) => e.plan === undefined)).toBe(true);
    for (const e of events.slice(first)) expect(e.plan?.objective).toBe(e.incumbent);
    expect(events[first]!.plan).toEqual({ objective: events[first]!.incumbent, years: [2030, 2035], projects: [{ id: 'line', opens: 2030, fraction: 1, fractions: [1, 1] }] });
    // What the Plan tab shows of the last sketch is what the full result says.
    const last = events.at(-1)!;
    expect(last.phase).toBe('done');
    expect(last.plan!.years).toEqual(plan.years.map((y) => y.year));
    expect(last.plan!.projects).toEqual(plan.projects.map(({ id, opens, fraction, fractions }) => ({ id, opens, fraction, fractions })));
    expect(closeTo(last.plan!.objective, plan.objective)).toBe(true);
  });

  it('should not build a project that costs more than it saves', () => {
    const plan = planScenario(twoLines(900e6), solvers);
    expect(plan.status).toBe('optimal');
    expect(plan.projects[0]).toEqual({ id: 'line', opens: null, fraction: 0, fractions: [0, 0], value: 0 });
    expect(closeTo(plan.objective, 300e6)).toBe(true);
    expect(plan.appraisal).toEqual([]);
  });

  it('should prove a plan of divisible projects exactly (an LP: gap 0)', () => {
    const scenario = twoLines(300e6);
    const plan = planScenario({ ...scenario, projects: scenario.projects!.map((p) => ({ ...p, divisible: true })) }, solvers);
    expect(plan.status).toBe('optimal');
    expect(plan.gap).toBe(0);
    expect(closeTo(plan.objective, 200e6)).toBe(true);
  });

  it('should report an infeasible plan with the demand, year and shortfall', () => {
    const scenario = twoLines(300e6, {
      links: [{ id: 'new', from: 'A', to: 'B', cost: 10, capacity: 0 }],
      horizon: { years: [2030, 2035], changes: [{ from: 2035, set: 'demands.d.volume', value: 1_500_000 }] },
    });
    const plan = planScenario(scenario, solvers);
    expect(plan.status).toBe('infeasible');
    expect(plan.shortfalls).toEqual([{ demand: 'd', year: 2035, unmet: 500_000 }]);
  });

  it('should report each model year of the first step, then a first plan with its bound and gap, never losing ground', () => {
    // A dear line (K = 30 M USD/yr > 20 M saved): the all-built plan is not optimal, so more steps follow.
    const scenario = twoLines(900e6, { horizon: { years: [2030, 2033, 2036], end: 2039 } });
    const seen: PlanProgress[] = [];
    const plan = planScenario(scenario, solvers, { appraise: false }, (p) => seen.push(p));

    expect(plan.status).toBe('optimal');
    expect(seen.slice(0, 3).map((p) => [p.phase, p.step?.name, p.step?.yearsDone, p.step?.years, p.incumbent])).toEqual([
      ['building', 'all-built', 0, 3, null],
      ['building', 'all-built', 1, 3, null],
      ['building', 'all-built', 2, 3, null],
    ]);
    const first = seen.find((p) => p.incumbent !== null)!;
    expect(first.bound).not.toBeNull();
    expect(first.gap).toBeGreaterThan(0);
    for (let i = 1; i < seen.length; i++) {
      const [before, after] = [seen[i - 1]!, seen[i]!];
      if (before.incumbent !== null) expect(after.incumbent!).toBeLessThanOrEqual(before.incumbent);
      if (before.bound !== null) expect(after.bound!).toBeGreaterThanOrEqual(before.bound);
      expect(after.elapsedMs).toBeGreaterThanOrEqual(before.elapsedMs);
    }
    const last = seen.at(-1)!;
    expect(last.phase).toBe('done');
    expect(closeTo(last.incumbent!, plan.objective)).toBe(true);
    expect(last.bound!).toBeLessThanOrEqual(plan.objective * (1 + 1e-9));
  });

  describe('with a time limit that runs out during the appraisal', () => {
    afterEach(() => vi.restoreAllMocks());

    it('should keep the plan and its status, and say per project which figures are missing', () => {
      // The line is built (as above); "dear" never pays (K = 3e9/30 = 100 M USD/yr > 20 M saved).
      const scenario = twoLines(300e6, {
        projects: [
          { id: 'line', adds: [{ set: 'links.new.capacity', amount: 1_000_000 }], capex: 300e6, life: 30 },
          { id: 'dear', adds: [{ set: 'links.new.capacity', amount: 1_000_000 }], capex: 3e9, life: 30 },
        ],
      });
      const untimed = planScenario(scenario, solvers);
      // The clock jumps past the limit the moment the appraisal starts: the plan was found in time, no appraisal solve is.
      const now = performance.now.bind(performance);
      let jump = 0;
      vi.spyOn(performance, 'now').mockImplementation(() => now() + jump);
      const plan = planScenario(scenario, solvers, { timeLimitSeconds: 600 }, (progress) => {
        if (progress.phase === 'appraisal') jump = 1e9;
      });

      expect(plan.status).toBe('optimal');
      expect(closeTo(plan.objective, untimed.objective)).toBe(true);
      expect(plan.years.map((y) => y.result.status)).toEqual(['optimal', 'optimal']);
      expect(plan.projects.map((p) => [p.id, p.opens])).toEqual([
        ['line', 2030],
        ['dear', null],
      ]);
      expect(plan.projects[0]!.value).toBeNull();
      expect(plan.projects[0]!.missing).toMatch(/^value and appraisal not computed: .*time limit/);
      // A project not built is worth 0 without any solve.
      expect(plan.projects[1]).toMatchObject({ value: 0 });
      expect(plan.projects[1]!.missing).toBeUndefined();
      expect(plan.appraisal).toEqual([]);
      expect(plan.warnings?.join('\n')).toMatch(/appraisal: figures of "line" are missing/);
      // Without the limit the same project has its figures and nothing missing.
      expect(untimed.projects[0]!.missing).toBeUndefined();
      expect(untimed.appraisal.map((a) => a.id)).toEqual(['line']);
    });
  });
});
