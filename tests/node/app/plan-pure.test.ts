import { describe, expect, it } from 'vitest';
import type { Result, Scenario } from '../../../src/model/types';
import type { PlanResult } from '../../../src/plan/types';
import { planInputProblems } from '../../../src/app/plan/plan-input-problems';
import { formatPath } from '../../../src/model/format-path';
import { checkPlanning } from '../../../src/model/planning-schema';
import { whatIf } from '../../../src/app/plan/what-if';
import { planToCsv, yearlyProjectCost } from '../../../src/app/plan/plan-to-csv';
import { planYearScenario } from '../../../src/app/plan/plan-year-scenario';
import { closeTo } from '../../support/tolerance';

/** Two links a→b (capacity 100, a project may add 50) and a→c; one demand growing 10 %/yr. */
function scenario(extra: Partial<Scenario> = {}): Scenario {
  return {
    format: 'corridor-flow/scenario@1',
    name: 'Tiny plan',
    nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c', capacity: 40 }],
    links: [
      { id: 'ab', from: 'a', to: 'b', cost: 10, capacity: 100 },
      { id: 'ac', from: 'a', to: 'c', cost: 12 },
    ],
    corridors: [{ id: 'titr', name: 'TITR', gates: ['ab'] }],
    demands: [{ id: 'd', from: 'a', to: 'b', volume: 100, growth: 0.1 }],
    horizon: { years: [2026, 2030, 2035], end: 2040, discountRate: 0.05, base: 2026 },
    projects: [
      { id: 'p', name: 'Bridge', adds: [{ set: 'links.ab.capacity', amount: 50 }], capex: 1000, opex: 10, life: 20, earliest: 2030 },
      { id: 'q', adds: [{ set: 'nodes.c.capacity', amount: 20 }], capex: 300, divisible: true },
    ],
    ...extra,
  };
}

function result(objective: number, flow: number): Result {
  return {
    status: 'optimal',
    objective,
    served: flow,
    unmet: 0,
    corridors: [{ id: 'titr', flow, share: 1, marginalValue: 0 }],
    other: { flow: 0, share: 0 },
    links: [],
    nodes: [],
    demands: [],
    solver: { name: 'test', version: '0', ms: 1 },
  };
}

const plan: PlanResult = {
  status: 'optimal',
  objective: 12345.678,
  gap: 0,
  years: [
    { year: 2026, weight: 3.7232, result: result(1000.4, 100) },
    { year: 2030, weight: 3.5, result: result(1200.6, 146.41) },
    { year: 2035, weight: 4.1234567, result: result(1500, 235.79) },
  ],
  projects: [
    { id: 'p', opens: 2030, fraction: 1, value: 50 },
    { id: 'q', opens: 2035, fraction: 0.5, value: 5 },
  ],
  appraisal: [],
  solver: { name: 'test', version: '0', ms: 1 },
};

describe('planInputProblems', () => {
  it('should find nothing wrong with valid planning inputs', () => {
    expect(planInputProblems(scenario())).toEqual([]);
  });

  it('should report every problem at once, each with its JSON path, in the planning schema\'s own words', () => {
    const bad = scenario({
      horizon: { years: [2026, 2026, 2030.5], end: 2020, discountRate: 1.2, changes: [{ from: 2050, set: 'links.zz.cost', value: -1 }] },
      projects: [
        { id: 'p', adds: [{ set: 'links.ac.capacity', amount: 0 }], capex: -5, life: 0, earliest: 2040 },
        { id: 'p', adds: [], decision: 'maybe' as never },
      ],
      demands: [{ id: 'd', from: 'a', to: 'b', volume: 100, growth: -2 }],
    });
    const problems = planInputProblems(bad);
    // The same list, word for word, as the parser and `plan` give (one wording: checkPlanning's).
    expect(problems).toEqual(checkPlanning(bad as unknown as Record<string, unknown>).errors.map((e) => ({ path: formatPath(e.keys), message: e.message })));
    expect(problems.map((p) => p.path)).toEqual([
      'demands[0].growth',
      'horizon.years[1]',
      'horizon.years[2]',
      'horizon.discountRate',
      'horizon.changes[0].set',
      'projects[0].adds[0].amount',
      'projects[0].adds[0].set',
      'projects[0].capex',
      'projects[0].life',
      'projects[1].id',
      'projects[1].adds',
      'projects[1].decision',
    ]);
    const message = (path: string) => problems.find((p) => p.path === path)!.message;
    expect(message('projects[0].adds[0].set')).toMatch(/link "ac" has unlimited capacity/);
    expect(message('horizon.years[1]')).toBe('expected a year > 2026 (years strictly increasing), got 2026');
  });

  it('should check the years against a usable horizon: end and earliest', () => {
    const bad = scenario({ horizon: { years: [2026, 2030], end: 2028 }, projects: [{ id: 'p', adds: [{ set: 'links.ab.capacity', amount: 5 }], earliest: 2040 }] });
    expect(planInputProblems(bad)).toEqual([
      { path: 'horizon.end', message: 'expected a year ≥ the last model year (2030), got 2028' },
      { path: 'projects[0].earliest', message: 'expected a year inside the horizon (2026 to 2030), got 2040' },
    ]);
  });

  it('should allow what the spec allows: a change from any year, growth of 100 %/yr or more', () => {
    const fine = scenario({
      horizon: { years: [2026, 2030], changes: [{ from: 2020, set: 'links.ab.cost', value: 2 }] },
      demands: [{ id: 'd', from: 'a', to: 'b', volume: 100, growth: 1.5 }],
    });
    expect(planInputProblems(fine)).toEqual([]);
  });

  it('should quote what the user typed when a number field holds text', () => {
    const typed = scenario({ horizon: { years: [2026, 2030], discountRate: 'six' as unknown as number } });
    expect(planInputProblems(typed)).toEqual([{ path: 'horizon.discountRate', message: 'expected a real rate per year with 0 ≤ r < 1 (e.g. 0.04), got "six"' }]);
  });
});

describe('whatIf', () => {
  it('should exclude a project for "never" and change nothing else', () => {
    const s = scenario();
    const q = whatIf(s, plan, 'p', 'never')!;
    expect(q.label).toBe('Bridge never built');
    expect(q.scenario.projects![0]).toEqual({ ...s.projects![0], decision: 'never' });
    expect(q.scenario.projects![1]).toBe(s.projects![1]);
    expect({ ...q.scenario, projects: s.projects }).toEqual(s);
  });

  it('should force a project open one model year before the plan opens it, even before its own earliest', () => {
    const q = whatIf(scenario(), plan, 'p', 'earlier')!;
    expect(q.scenario.projects![0]).toMatchObject({ decision: 'build', earliest: 2026 });
    expect(q.label).toBe('Bridge built from 2026 (not 2030)');
    // Already open in the first model year: no earlier year to ask about.
    expect(whatIf(scenario(), { ...plan, projects: [{ id: 'p', opens: 2026, fraction: 1, value: 0 }] }, 'p', 'earlier')).toBeNull();
  });

  it('should build a project the plan leaves out from its earliest year', () => {
    const notBuilt = { ...plan, projects: [{ id: 'p', opens: null, fraction: 0, value: 0 }] };
    expect(whatIf(scenario(), notBuilt, 'p', 'earlier')!.scenario.projects![0]).toMatchObject({ decision: 'build', earliest: 2030 });
  });

  it('should double every capacity added, the capex and the opex for "twice as big"', () => {
    const q = whatIf(scenario(), plan, 'p', 'double')!;
    expect(q.scenario.projects![0]).toMatchObject({ adds: [{ set: 'links.ab.capacity', amount: 100 }], capex: 2000, opex: 20, life: 20 });
    expect(whatIf(scenario(), plan, 'nope', 'double')).toBeNull();
  });
});

describe('planToCsv', () => {
  it('should write one row per model year with units in the names and figures rounded to what they mean', () => {
    const lines = planToCsv(scenario(), plan).split('\r\n');
    expect(lines[0]).toBe(
      'year,until_year,weight_pv_years,status,generalised_transport_cost_usd_per_yr,project_cost_usd_per_yr,generalised_total_cost_pv_usd,served_t_per_yr,unmet_t_per_yr,titr_flow_t_per_yr,titr_share_pct,other_flow_t_per_yr,other_share_pct,projects_open',
    );
    expect(lines[1]).toBe('2026,2029,3.7232,optimal,1000,0,3725,100,0,100,100,0,0,');
    // 2030: Bridge open: 1000·CRF(5 %, 20 yr) + 10 = 90.24 USD/yr.
    const k = yearlyProjectCost(1000, 20, 10, 0.05);
    expect(closeTo(k, 1000 * (0.05 / (1 - 1.05 ** -20)) + 10)).toBe(true);
    expect(lines[2]).toBe(`2030,2034,3.5,optimal,1201,${Math.round(k)},${Math.round((1200.6 + k) * 3.5)},146,0,146,100,0,0,p`);
    expect(lines[3]!.endsWith(',p;q@0.5')).toBe(true);
    expect(lines[3]!.startsWith('2035,2040,4.1235,')).toBe(true);
    expect(lines.at(-1)).toBe('');
  });

  it('should use 1/life as the capital recovery factor at a zero rate', () => {
    expect(yearlyProjectCost(300, 30, 0, 0)).toBe(10);
  });
});

describe('planYearScenario', () => {
  it('should grow demand from the base year, apply started changes and add the open projects’ capacity × fraction', () => {
    const s = scenario({ horizon: { years: [2026, 2030, 2035], base: 2026, changes: [{ from: 2035, set: 'links.ac.cost', value: 9 }] } });
    const y2030 = planYearScenario(s, plan, 2030);
    expect(closeTo(y2030.demands[0]!.volume, 100 * 1.1 ** 4)).toBe(true);
    expect(y2030.links.find((l) => l.id === 'ab')!.capacity).toBe(150);
    expect(y2030.nodes.find((n) => n.id === 'c')!.capacity).toBe(40);
    expect(y2030.links.find((l) => l.id === 'ac')!.cost).toBe(12);
    const y2035 = planYearScenario(s, plan, 2035);
    expect(y2035.nodes.find((n) => n.id === 'c')!.capacity).toBe(50);
    expect(y2035.links.find((l) => l.id === 'ac')!.cost).toBe(9);
    expect(planYearScenario(s, plan, 2026).links.find((l) => l.id === 'ab')!.capacity).toBe(100);
  });
});
