/**
 * The ways GLPK is asked to solve an LP (src/solver/glpk-ways.ts): an LP that
 * needs scaling is also tried as given, last.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/model/types';
import { attemptsFor } from '../../../src/solver/glpk-ways';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';
import { checkResult } from '../../../src/testing/check-result';
import { closeTo } from '../../support/tolerance';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

describe('attemptsFor', () => {
  it('should try an LP that needs scaling scaled both ways, then as given', () => {
    expect(attemptsFor(true, true)).toEqual([
      { scale: true, presol: true },
      { scale: true, presol: false },
      { scale: false, presol: true },
    ]);
  });

  it('should try an LP that needs no scaling as given first', () => {
    expect(attemptsFor(false, false)).toEqual([
      { scale: false, presol: false },
      { scale: true, presol: false },
      { scale: true, presol: true },
    ]);
  });
});

describe('an LP the scaled ways call infeasible', () => {
  // Found by the glpsol differential test (FC_SEED=−88). d2 (0.01 t, hard) goes A→B through B, whose
  // capacity is 1 t; the corridor's gate L0 must carry 5 % of the served tonnes: 0.0005 t at 1e6 and
  // 0.0095 t on L1 at 1e5 (d2 puts no value on L1's day). d0 (1e8 t) and d1 (0.1 t) have no route
  // back: unmet at 1,000 and 1 USD/t.
  // 1e11 + 0.1 + 500 + 950 = 100,000,001,450.1 USD/yr (glpsol agrees). Scaled, with and without
  // the presolver, GLPK found no feasible flow; the elastic re-solve served every hard demand, so
  // the engine said "numerical failure".
  const scenario: Scenario = {
    format: 'corridor-flow/scenario@1',
    name: 'differential',
    nodes: [{ id: 'A' }, { id: 'B', capacity: 1 }],
    links: [
      { id: 'L0', from: 'A', to: 'B', cost: 1e6 },
      { id: 'L1', from: 'A', to: 'B', cost: 1e5, days: 1 },
    ],
    corridors: [{ id: 'c', gates: ['L0'], minShare: 0.05 }],
    demands: [
      { id: 'd0', from: 'B', to: 'A', volume: 1e8, unmetPenalty: 1000 },
      { id: 'd1', from: 'B', to: 'A', volume: 0.1, unmetPenalty: 1, valueOfTime: 1 },
      { id: 'd2', from: 'A', to: 'B', volume: 0.01 },
    ],
  };

  it('should solve it as given, with every figure', () => {
    const r = solver.solve(scenario, {});
    expect(r.status, r.diagnosis?.join('; ')).toBe('optimal');
    expect(closeTo(r.objective!, 100_000_001_450.1, 1e-12), `objective ${r.objective}`).toBe(true);
    expect(r.demands.map((d) => d.served)).toEqual([0, 0, 0.01]);
    expect(closeTo(r.demands[2]!.marginalCost!, 145_000, 1e-9), `d2's marginal cost ${r.demands[2]!.marginalCost}`).toBe(true);
    expect(checkResult(scenario, r), JSON.stringify(checkResult(scenario, r))).toEqual([]);
  });
});
