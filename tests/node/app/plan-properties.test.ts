import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Result, Scenario } from '../../../src/model/types';
import type { PlanResult } from '../../../src/plan/types';
import { planYearScenario } from '../../../src/app/plan/plan-year-scenario';
import { planToCsv, yearlyProjectCost } from '../../../src/app/plan/plan-to-csv';
import { whatIf } from '../../../src/app/plan/what-if';
import { closeTo } from '../../support/tolerance';
import { propertySettings } from '../../support/property-settings';

const YEARS = [2026, 2030, 2035] as const;

function result(objective: number): Result {
  return { status: 'optimal', objective, served: 0, unmet: 0, corridors: [], other: { flow: 0, share: 0 }, links: [], nodes: [], demands: [], solver: { name: 't', version: '0', ms: 0 } };
}

/** A link `ab` of capacity `base` and projects adding to it, each opening in some model year (or never) with some fraction. */
const planCase = fc.record({
  base: fc.integer({ min: 0, max: 1_000_000 }),
  rate: fc.constantFrom(0, 0.03, 0.08),
  projects: fc.array(
    fc.record({
      amount: fc.integer({ min: 1, max: 500_000 }),
      capex: fc.integer({ min: 0, max: 1e9 }),
      opex: fc.integer({ min: 0, max: 1e7 }),
      life: fc.integer({ min: 1, max: 60 }),
      opens: fc.constantFrom<number | null>(null, ...YEARS),
      fraction: fc.constantFrom(0.25, 0.5, 1),
    }),
    { maxLength: 4 },
  ),
  objectives: fc.tuple(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 })),
});

type Case = typeof planCase extends fc.Arbitrary<infer T> ? T : never;

function build(c: Case): { scenario: Scenario; plan: PlanResult } {
  const scenario: Scenario = {
    format: 'corridor-flow/scenario@1',
    name: 'Property',
    nodes: [{ id: 'a' }, { id: 'b' }],
    links: [{ id: 'ab', from: 'a', to: 'b', cost: 1, capacity: c.base }],
    demands: [{ id: 'd', from: 'a', to: 'b', volume: 10 }],
    horizon: { years: [...YEARS], end: 2040, discountRate: c.rate, base: 2026 },
    projects: c.projects.map((p, i) => ({ id: `p${i}`, adds: [{ set: 'links.ab.capacity', amount: p.amount }], capex: p.capex, opex: p.opex, life: p.life })),
  };
  const weight = (t: number) => {
    let w = 0;
    for (let y = YEARS[t]!; y < (YEARS[t + 1] ?? 2041); y++) w += (1 + c.rate) ** -(y - 2026);
    return w;
  };
  const plan: PlanResult = {
    status: 'optimal',
    objective: 0,
    gap: 0,
    years: YEARS.map((year, t) => ({ year, weight: weight(t), result: result(c.objectives[t]!) })),
    projects: c.projects.map((p, i) => ({ id: `p${i}`, opens: p.opens, fraction: p.opens === null ? 0 : p.fraction, value: 0 })),
    appraisal: [],
    solver: { name: 't', version: '0', ms: 0 },
  };
  return { scenario, plan };
}

describe('the Plan view’s arithmetic (properties)', () => {
  it('should give each model year the base capacity plus amount × fraction of exactly the projects open by then', () => {
    fc.assert(
      fc.property(planCase, (c) => {
        const { scenario, plan } = build(c);
        for (const year of YEARS) {
          const expected = c.base + c.projects.reduce((sum, p) => (p.opens !== null && p.opens <= year ? sum + p.amount * p.fraction : sum), 0);
          expect(closeTo(planYearScenario(scenario, plan, year).links[0]!.capacity!, expected)).toBe(true);
        }
      }),
      propertySettings(200),
    );
  });

  it('should write a PV column that adds up to Σ weight · (transport + project costs), within the rounding of its cells', () => {
    fc.assert(
      fc.property(planCase, (c) => {
        const { scenario, plan } = build(c);
        const rows = planToCsv(scenario, plan).trim().split('\r\n').slice(1);
        const written = rows.reduce((sum, r) => sum + Number(r.split(',')[6]), 0);
        const exact = plan.years.reduce((sum, y) => {
          const charges = c.projects.reduce((k, p) => (p.opens !== null && p.opens <= y.year ? k + p.fraction * yearlyProjectCost(p.capex, p.life, p.opex, c.rate) : k), 0);
          return sum + y.weight * (y.result.objective + charges);
        }, 0);
        expect(Math.abs(written - exact)).toBeLessThanOrEqual(1.5 + exact * 1e-12);
      }),
      propertySettings(200),
    );
  });

  it('should change only the asked project in a what-if, and "never" never builds it', () => {
    fc.assert(
      fc.property(planCase, fc.constantFrom('never' as const, 'earlier' as const, 'double' as const), (c, kind) => {
        fc.pre(c.projects.length > 0);
        const { scenario, plan } = build(c);
        const q = whatIf(scenario, plan, 'p0', kind);
        if (q === null) {
          // Only "earlier" of a project already open in the first model year has no answer.
          expect(kind === 'earlier' && plan.projects[0]!.opens === YEARS[0]).toBe(true);
          return;
        }
        expect(q.scenario.projects!.slice(1)).toEqual(scenario.projects!.slice(1));
        expect({ ...q.scenario, projects: scenario.projects }).toEqual(scenario);
        if (kind === 'never') expect(q.scenario.projects![0]!.decision).toBe('never');
        if (kind === 'double') expect(q.scenario.projects![0]!.adds[0]!.amount).toBe(2 * c.projects[0]!.amount);
        if (kind === 'earlier') expect(q.scenario.projects![0]!.earliest!).toBeLessThan(plan.projects[0]!.opens ?? Infinity);
      }),
      propertySettings(200),
    );
  });
});
