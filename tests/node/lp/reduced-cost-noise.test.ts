/**
 * A link's reduced cost is read from the LP's duals; duals that are rounding
 * noise of the LP's prices (−9e-16 beside prices of 3 USD/t, 0 as marginal
 * values) must not turn a zero reduced cost into −9e-16, and a real one,
 * however small beside the LP's largest price, must stay.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/model/types';
import { solveScenario } from '../../../src/lp/solve-scenario';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';
import { closeTo } from '../../support/tolerance';
import { byId, link, scenarioOf } from './scenario-fixture';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

const methods = ['arc', 'columns', 'paths'] as const;

/**
 * Found by solve-scenario.property (FC_SEED=-151016065, method arc): free
 * links both ways between two full nodes, a corridor with a lower bound.
 * GLPK's duals of two rows came out as −1.8e-15 and −8.9e-16, and link
 * l2's reduced cost, summed from them, as −8.9e-16.
 */
const corridorBetweenFullNodes: Scenario = scenarioOf({
  nodes: [
    { id: 'n0', capacity: 16 },
    { id: 'n1', capacity: 16 },
  ],
  links: [link('n0', 'n1', 0, { id: 'l0' }), link('n0', 'n1', 0, { id: 'l1' }), link('n1', 'n0', 0, { id: 'l2' })],
  corridors: [{ id: 'c0', gates: ['l0', 'l2'], minShare: 0.12, maxShare: 0.45, minFlow: 7 }],
  demands: [
    { id: 'd0', from: 'n0', to: 'n1', volume: 9, unmetPenalty: 3 },
    { id: 'd1', from: 'n1', to: 'n0', volume: 50, unmetPenalty: 3 },
  ],
});

/** The same seed, method columns: l0's reduced cost came out as −4.4e-16 (every method gave it). */
const gateBackwards: Scenario = scenarioOf({
  nodes: [
    { id: 'n0', capacity: 16 },
    { id: 'n1', capacity: 16 },
  ],
  links: [link('n0', 'n1', 0, { id: 'l0' }), link('n0', 'n1', 0, { id: 'l1' }), link('n1', 'n0', 0, { id: 'l2', days: 0 })],
  corridors: [{ id: 'c0', gates: ['l2'], maxShare: 0.44, minFlow: 7 }],
  demands: [
    { id: 'd0', from: 'n0', to: 'n1', volume: 9, unmetPenalty: 9 },
    { id: 'd1', from: 'n1', to: 'n0', volume: 8, unmetPenalty: 0 },
  ],
});

describe('link reduced costs at rounding noise', () => {
  describe.each(methods)('method %s', (method) => {
    it.each([
      ['a corridor between two full nodes', corridorBetweenFullNodes],
      ['a gate that runs backwards', gateBackwards],
    ])('should report exactly 0 for every link of %s, all links being free', (_, scenario) => {
      const r = solveScenario(scenario, solver.solveLp, { method });
      expect(r.status).toBe('optimal');
      // Every link costs 0 and none has a capacity, so no link can be dearer than the route it rivals.
      expect(r.links.map((l) => l.reducedCost)).toEqual(scenario.links.map(() => 0));
    });

    it('should keep a reduced cost of 0.01 USD/t beside a penalty of 1e9 USD/t', () => {
      const scenario = scenarioOf({
        nodes: ['A', 'B'],
        links: [link('A', 'B', 10, { id: 'cheap' }), link('A', 'B', 10.01, { id: 'dear' })],
        demands: [{ id: 'd', from: 'A', to: 'B', volume: 100, unmetPenalty: 1e9 }],
      });
      const r = solveScenario(scenario, solver.solveLp, { method });
      expect(r.status).toBe('optimal');
      expect(byId(r.links, 'cheap').reducedCost).toBe(0);
      const dear = byId(r.links, 'dear').reducedCost;
      expect(dear !== null && closeTo(dear, 0.01, 1e-6), `${dear} ≈ 0.01`).toBe(true);
    });
  });
});

/**
 * Found by the glpsol differential (FC_SEED=123456): a demand with no route
 * (B→A, 1 t at 0.001 USD/t unmet) beside a demand whose penalty is 1e9. Each
 * further tonne of d1 is one more unmet tonne: its marginal cost is 0.001,
 * exactly. Judged against the LP's largest price (1e-12 of 1e9 = 1e-3), it
 * was reported as 0; its own commodity's prices are 0.001.
 */
const unroutableBesideLargePenalty: Scenario = scenarioOf({
  nodes: ['A', 'B'],
  links: [link('A', 'B', 1, { id: 'L0' })],
  demands: [
    { id: 'd0', from: 'A', to: 'B', volume: 1, unmetPenalty: 1e9 },
    { id: 'd1', from: 'B', to: 'A', volume: 1, unmetPenalty: 0.001 },
  ],
});

describe('a marginal cost small beside the LP\'s largest price', () => {
  for (const method of methods) {
    it(`should stay at its own size (${method})`, () => {
      const result = solveScenario(unroutableBesideLargePenalty, solver.solveLp, { method });
      expect(result.status).toBe('optimal');
      const d1 = byId(result.demands, 'd1');
      expect(closeTo(d1.marginalCost ?? Number.NaN, 0.001, 1e-9), `${d1.marginalCost} ≈ 0.001`).toBe(true);
      expect(byId(result.demands, 'd0').marginalCost).toBe(1);
    });
  }
});
