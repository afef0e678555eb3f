/**
 * Issue 12: `corridor-flow check` passed on wrong answers. Each of the four
 * wrong answers the engine gave, rebuilt from the right one the way the old
 * engine got it wrong: `checkResult` must refuse it and pass the right one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Result, Scenario } from '../../../src/model/types';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';
import { checkResult } from '../../../src/testing/check-result';
import { link, scenarioOf } from '../lp/scenario-fixture';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

const invariantsOf = (scenario: Scenario, result: Result): string[] => [...new Set(checkResult(scenario, result).map((v) => v.invariant))];

describe('checkResult on the wrong answers of issue 12', () => {
  it('should refuse "infeasible" where every demand is soft (1: 9.2e8 t/yr behind a maxShare gate)', () => {
    const scenario = scenarioOf({
      nodes: ['A', 'B'],
      links: [link('A', 'B', 16, { id: 'ab' })],
      corridors: [{ id: 'c', gates: ['ab'], maxShare: 0.68 }],
      demands: [{ id: 'd', from: 'A', to: 'B', volume: 9.2e8, unmetPenalty: 58 }],
    });
    const right = solver.solve(scenario);
    expect(right.status).toBe('optimal');
    expect(checkResult(scenario, right)).toEqual([]);
    const wrong: Result = { ...right, status: 'infeasible', objective: 0, diagnosis: ['no flow meets every hard demand and bound'], shortfalls: [] };
    expect(invariantsOf(scenario, wrong)).toEqual(['status']);
  });

  it('should refuse a shortfall of a soft demand or of more than its volume', () => {
    const scenario = scenarioOf({
      nodes: ['A', 'B'],
      links: [link('A', 'B', 1, { capacity: 1 })],
      demands: [{ id: 'hard', from: 'A', to: 'B', volume: 3 }, { id: 'soft', from: 'A', to: 'B', volume: 1, unmetPenalty: 5 }],
    });
    const right = solver.solve(scenario);
    expect(right.status).toBe('infeasible');
    expect(checkResult(scenario, right)).toEqual([]);
    expect(invariantsOf(scenario, { ...right, shortfalls: [{ demand: 'soft', unmet: 1 }] })).toEqual(['status']);
    expect(invariantsOf(scenario, { ...right, shortfalls: [{ demand: 'hard', unmet: 4 }] })).toEqual(['status']);
  });

  it('should hold a 0.5 t/yr demand beside 1e9 t/yr to its own scale (2: its tonnes rounded away)', () => {
    const scenario = scenarioOf({
      nodes: ['A', 'B', 'C', 'D'],
      links: [link('A', 'B', 10, { id: 'big' }), link('C', 'D', 20, { id: 'small', capacity: 0.4 })],
      demands: [
        { id: 'large', from: 'A', to: 'B', volume: 1e9 },
        { id: 'tiny', from: 'C', to: 'D', volume: 0.5, unmetPenalty: 100 },
      ],
    });
    const right = solver.solve(scenario);
    expect(checkResult(scenario, right)).toEqual([]);
    // The old engine: served 0, unmet 0, its link unused, its cost still in the objective.
    const wrong: Result = {
      ...right,
      unmet: 0,
      served: 1e9,
      links: right.links.map((l) => (l.id === 'small' ? { ...l, flow: 0, utilisation: 0, marginalValue: 0 } : l)),
      demands: right.demands.map((d) => (d.id === 'tiny' ? { ...d, served: 0, unmet: 0, unitCost: null, days: null, flows: [] } : d)),
    };
    expect(invariantsOf(scenario, wrong)).toContain('demand-balance');
  });

  it('should see marginal values of 0.01 and 0.03 USD/t beside a 1e9 USD/t penalty (3: duals zeroed)', () => {
    const scenario = scenarioOf({
      nodes: ['A', 'B', 'C', 'D'],
      links: [link('A', 'B', 0.01, { capacity: 60 }), link('B', 'C', 0.01), link('A', 'D', 0.015), link('D', 'C', 0.015)],
      demands: [{ id: 'd', from: 'A', to: 'C', volume: 100, unmetPenalty: 1e9 }],
    });
    const right = solver.solve(scenario);
    expect(checkResult(scenario, right)).toEqual([]);
    const wrong: Result = {
      ...right,
      links: right.links.map((l) => ({ ...l, marginalValue: 0 })),
      demands: right.demands.map((d) => ({ ...d, marginalCost: 0 })),
    };
    expect(invariantsOf(scenario, wrong)).toContain('marginal-cost');
  });

  it('should refuse "optimal" for a volume past the spec\'s limits (4: 1e307 t/yr gave optimal 0)', () => {
    const within = scenarioOf({
      nodes: ['A', 'B'],
      links: [link('A', 'B', 1)],
      demands: [{ id: 'd', from: 'A', to: 'B', volume: 1e12 }],
    });
    const right = solver.solve(within);
    expect(checkResult(within, right)).toEqual([]);
    const past = { ...within, demands: [{ id: 'd', from: 'A', to: 'B', volume: 1e307 }] };
    const wrong: Result = { ...right, objective: 0, served: 0, demands: right.demands.map((d) => ({ ...d, served: 0 })) };
    const violations = checkResult(past, wrong);
    expect(violations.map((v) => v.invariant)).toEqual(['status']);
    expect(violations[0]?.message).toMatch(/demands\.d\.volume = 1e\+307/);
  });
});
