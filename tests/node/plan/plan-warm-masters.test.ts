/**
 * A plan on a network large enough for `auto` to solve its model years by
 * path generation: the masters of those solves start from the last one's
 * basis when the plan is given the solver's `growingLp`, and the plan is
 * the one the cold masters give.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/model/types';
import { buildLp } from '../../../src/lp/build-lp';
import { PATHS_MIN_FLOW_COLUMNS } from '../../../src/lp/solve-by-method';
import { COLUMN_KIND } from '../../../src/lp/lp-layout';
import { planClock, solvePlan } from '../../../src/plan/plan-core';
import { planInput } from '../../../src/plan/plan-input';
import { planScenario, type PlanSolvers } from '../../../src/plan/plan-scenario';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { closeTo } from '../../support/tolerance';

/**
 * A generated 10 × 8 grid with 20 demands over two model years, three lumpy
 * projects on the links that bind most in its first year (the largest
 * marginal values), so that the plan has choices to make.
 */
function largePlan(): Scenario & { readonly horizon: NonNullable<Scenario['horizon']> } {
  const scenario = grid();
  const binding = [...solver.solve(scenario).links].sort((a, b) => b.marginalValue - a.marginalValue);
  const chosen = binding.slice(0, 3);
  const volume = scenario.demands.reduce((sum, d) => sum + d.volume, 0);
  return {
    ...scenario,
    demands: scenario.demands.map((d) => ({ ...d, growth: 0.05 })),
    horizon: { years: [2030, 2036], end: 2041, discountRate: 0.04 },
    projects: chosen.map((link, i) => ({
      id: `p${i}`,
      adds: [{ set: `links.${link.id}.capacity`, amount: Math.round(volume / 4) }],
      capex: Math.round(volume * (3 + i) * 3),
      life: 30,
    })),
  };
}

const grid = (): Scenario => generateScenario({ seed: 7, width: 10, height: 8, demands: 20 }) as Scenario;

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

function solversOf(growingLp: Solver['growingLp']): PlanSolvers {
  return {
    solve: (scenario) => solver.solve(scenario),
    solveLp: solver.solveLp,
    solveMip: solver.solveMip!,
    warmLp: solver.warmLp!,
    ...(growingLp === undefined ? {} : { growingLp }),
  };
}

/** The solver's `growingLp`, counting the runs of masters it starts and their warm starts (read as each run is released). */
function countedMasters(): { readonly growingLp: NonNullable<Solver['growingLp']>; readonly runs: () => number; readonly warmStarts: () => number } {
  let runs = 0;
  let warmStarts = 0;
  const growingLp: NonNullable<Solver['growingLp']> = () => {
    const masters = solver.growingLp!();
    runs++;
    return { ...masters, release: () => ((warmStarts += masters.warmStarts()), masters.release()) };
  };
  return { growingLp, runs: () => runs, warmStarts: () => warmStarts };
}

describe('planScenario on a network the path method solves', () => {
  it('should be large enough for `auto` to take paths', () => {
    const { layout } = buildLp(grid());
    const flowColumns = layout.columnKind.filter((kind) => kind === COLUMN_KIND.flow).length;
    expect(flowColumns).toBeGreaterThanOrEqual(PATHS_MIN_FLOW_COLUMNS);
  });

  it('should solve the model years of the search with warm masters (solvePlan)', () => {
    expect(solver.growingLp).toBeDefined();
    const counted = countedMasters();
    const outcome = solvePlan(planInput(largePlan()), solversOf(counted.growingLp), { gap: 1e-6, clock: planClock(undefined) });
    expect(outcome.kind).toBe('plan');
    expect(counted.runs()).toBeGreaterThan(0);
    expect(counted.warmStarts()).toBeGreaterThan(0);
  });

  it('should start the masters warm with the solver\'s growingLp and give the plan the cold masters give', () => {
    expect(solver.growingLp).toBeDefined();
    const counted = countedMasters();
    const scenario = largePlan();
    const warm = planScenario(scenario, solversOf(counted.growingLp), { appraise: false });
    const cold = planScenario(scenario, solversOf(undefined), { appraise: false });

    expect(warm.status).toBe('optimal');
    expect(cold.status).toBe('optimal');
    // The plan has choices: some project opens, and not every one from the first year.
    expect(warm.projects.some((p) => p.opens !== null)).toBe(true);
    expect(warm.projects.some((p) => p.fractions?.some((y) => y === 0) === true)).toBe(true);
    expect(counted.runs()).toBeGreaterThan(0);
    expect(counted.warmStarts()).toBeGreaterThan(0);
    expect(closeTo(warm.objective, cold.objective)).toBe(true);
    expect(warm.projects.map((p) => [p.id, p.opens, p.fractions])).toEqual(cold.projects.map((p) => [p.id, p.opens, p.fractions]));
  });
});
