/**
 * A corridor's lower bound can make the optimum circulate freight through a
 * gate while its demand serves nothing (found by the served-form property
 * test with seed -2051938364). The circulation's cost is in the objective and
 * in the demand's reported flows, but no unit cost carries it (unitCost is
 * null when nothing is served): `checkResult` must accept that optimum and
 * still refuse an objective its flows do not add up to.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/model/types';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';
import { checkResult } from '../../../src/testing/check-result';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

// Serving d costs 1 USD/t (a day at 1 USD/t/day), leaving it unmet costs 0; minFlow 1 on the corridor is met
// cheapest by 0.5 t circling n1 → n0 → n1 (0.5 USD) rather than by serving 1 t (1 USD).
const scenario: Scenario = {
  format: 'corridor-flow/scenario@1',
  name: 'circulation through a gate',
  nodes: [{ id: 'n0' }, { id: 'n1' }],
  links: [
    { id: 'l0', from: 'n1', to: 'n0', cost: 0, days: 1 },
    { id: 'l1', from: 'n0', to: 'n1', cost: 0 },
  ],
  corridors: [{ id: 'c0', gates: ['l0', 'l1'], minFlow: 1 }],
  demands: [{ id: 'd0', from: 'n1', to: 'n0', volume: 1, valueOfTime: 1, unmetPenalty: 0 }],
};

describe('checkResult with circulation and nothing served', () => {
  it('should accept the optimum, whose objective is the circulation\'s cost', () => {
    const result = solver.solve(scenario);
    expect(result.status).toBe('optimal');
    expect(result.objective).toBeCloseTo(0.5, 12);
    expect(result.demands[0]).toMatchObject({ served: 0, unitCost: null });
    expect(checkResult(scenario, result, { requireDemandFlows: true })).toEqual([]);
  });

  it('should still refuse an objective the flows do not add up to', () => {
    const result = solver.solve(scenario);
    const invariants = checkResult(scenario, { ...result, objective: 0.7 }).map((v) => v.invariant);
    expect(invariants).toContain('unit-cost');
    expect(invariants).toContain('objective');
  });
});

describe('checkResult with circulation away from every route', () => {
  // d0 has no route at all (n1 has no links); minFlow 1 is met by 0.5 t circling n0 → n2 → n0 at no cost.
  const away: Scenario = {
    format: 'corridor-flow/scenario@1',
    name: 'circulation away from the demand',
    nodes: [{ id: 'n0' }, { id: 'n1' }, { id: 'n2' }],
    links: [
      { id: 'l0', from: 'n0', to: 'n2', cost: 0 },
      { id: 'l1', from: 'n2', to: 'n0', cost: 0 },
    ],
    corridors: [{ id: 'c0', gates: ['l0', 'l1'], minFlow: 1 }],
    demands: [{ id: 'd0', from: 'n1', to: 'n0', volume: 1, unmetPenalty: 0 }],
  };

  it('should accept other.flow 0 with 1 t/yr on the corridor and nothing served', () => {
    const result = solver.solve(away);
    expect(result.status).toBe('optimal');
    expect(result.corridors[0]!.flow).toBeCloseTo(1, 12);
    expect(result.other.flow).toBe(0);
    expect(checkResult(away, result)).toEqual([]);
  });

  it('should still refuse an other.flow above what is served', () => {
    const result = solver.solve(away);
    const found = checkResult(away, { ...result, other: { flow: 0.5, share: 0 } });
    expect(found.map((v) => v.invariant)).toContain('shares');
  });
});
