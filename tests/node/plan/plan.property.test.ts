/**
 * What always holds of plans (issue 13): forcing or excluding a project never
 * beats the optimal plan; one model year without projects is `solve`; a
 * higher discount rate never opens a project with flat benefits earlier; the
 * relaxation (every project divisible) is never dearer than the MIP.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/model/types';
import { planScenario, type PlanSolvers } from '../../../src/plan/plan-scenario';
import type { PlanResult } from '../../../src/plan/types';
import { createPlanSolvers } from '../../support/plan-solvers';
import { propertySettings } from '../../support/property-settings';
import { closeTo } from '../../support/tolerance';
import { planScenarioArbitrary } from './plan-scenario-arbitrary';

let solvers: PlanSolvers;
beforeAll(async () => {
  solvers = await createPlanSolvers();
});

const plan = (scenario: Scenario): PlanResult => planScenario(scenario, solvers, { gap: 0, appraise: false });

/** a ≥ b, up to the suite's tolerance. */
function notBelow(a: number, b: number): boolean {
  return a >= b || closeTo(a, b, 1e-7);
}

function withDecision(scenario: Scenario, p: number, decision: 'build' | 'never'): Scenario {
  return { ...scenario, projects: scenario.projects!.map((project, i) => (i === p ? { ...project, decision } : project)) };
}

const withChoice = planScenarioArbitrary().filter((s) => (s.projects ?? []).some((p) => (p.decision ?? 'choose') === 'choose'));

describe('plans (properties)', () => {
  it('should never find a cheaper plan by forcing or excluding a project', () => {
    fc.assert(
      fc.property(withChoice, fc.nat(), (scenario, pick) => {
        const optimal = plan(scenario);
        fc.pre(optimal.status === 'optimal');
        const choosable = scenario.projects!.flatMap((p, i) => ((p.decision ?? 'choose') === 'choose' ? [i] : []));
        const p = choosable[pick % choosable.length]!;
        for (const decision of ['build', 'never'] as const) {
          const other = plan(withDecision(scenario, p, decision));
          if (other.status !== 'optimal') continue; // forcing may be impossible (infeasible is never cheaper)
          expect(notBelow(other.objective, optimal.objective), `${decision} ${scenario.projects![p]!.id}: ${other.objective} < ${optimal.objective}`).toBe(true);
        }
      }),
      propertySettings(40),
    );
  });

  it('should equal solve with one model year and no projects', () => {
    fc.assert(
      fc.property(planScenarioArbitrary({ maxProjects: 0, maxYears: 1 }), (generated) => {
        const year = generated.horizon!.years[0]!;
        // One calendar year, discounted to itself: W = 1.
        const scenario: Scenario = { ...generated, horizon: { years: [year], end: year, discountRate: generated.horizon!.discountRate }, projects: [] };
        const planned = plan(scenario);
        const { horizon: _h, projects: _p, ...oneYear } = scenario;
        const solved = solvers.solve(oneYear);
        expect(planned.status).toBe(solved.status === 'optimal' ? 'optimal' : solved.status);
        if (solved.status !== 'optimal') return;
        expect(planned.years.map((y) => y.weight)).toEqual([1]);
        expect(closeTo(planned.objective, solved.objective, 1e-9)).toBe(true);
        expect({ ...planned.years[0]!.result, solver: null }).toEqual({ ...solved, solver: null });
      }),
      propertySettings(40),
    );
  });

  it('should never open a project with flat benefits earlier at a higher discount rate', () => {
    const flat = planScenarioArbitrary({ maxProjects: 1, decision: 'choose' })
      .filter((s) => s.projects!.length === 1)
      .map((s): Scenario => ({
        ...s,
        demands: s.demands.map(({ growth: _g, ...d }) => d),
        horizon: { ...s.horizon!, changes: [] },
      }));
    fc.assert(
      fc.property(flat, fc.constantFrom(0, 0.02, 0.05), fc.constantFrom(0.06, 0.1, 0.3), (scenario, low, high) => {
        const at = (rate: number) => plan({ ...scenario, horizon: { ...scenario.horizon!, discountRate: rate } });
        const cheap = at(low);
        const dear = at(high);
        fc.pre(cheap.status === 'optimal' && dear.status === 'optimal');
        const early = cheap.projects[0]!.opens;
        const late = dear.projects[0]!.opens;
        expect(late === null || (early !== null && late >= early), `opens ${early} at ${low}, ${late} at ${high}`).toBe(true);
      }),
      propertySettings(40),
    );
  });

  it('should never make the plan dearer when every project may be built in part', () => {
    fc.assert(
      fc.property(planScenarioArbitrary({ divisible: false }), (scenario) => {
        const mip = plan(scenario);
        fc.pre(mip.status === 'optimal');
        const relaxed = plan({ ...scenario, projects: scenario.projects!.map((p) => ({ ...p, divisible: true })) });
        expect(relaxed.status).toBe('optimal');
        expect(notBelow(mip.objective, relaxed.objective), `MIP ${mip.objective} < LP ${relaxed.objective}`).toBe(true);
      }),
      propertySettings(40),
    );
  });
});
