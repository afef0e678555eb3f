import { describe, it, expect } from 'vitest';
import type { Result, Scenario } from '../../../src/model/types';
import { checkResult } from '../../../src/testing/index';
import type { Violation } from '../../../src/testing/index';

/*
 * A network small enough to solve by hand.
 *
 *   A ──direct (10 USD/t, cap 60, gate of "north")──► C
 *   A ──viaB1 (4 USD/t, 1 day)──► B (1 USD/t) ──viaB2 (8 USD/t)──► C
 *
 * Demand d: 100 t/yr A→C, hard, valueOfTime 0.5 USD/t/day.
 *   via B costs 4 + 0.5×1 + 1 + 8 = 13.5 USD/t; direct 10 USD/t.
 *   Optimum: 60 t direct (full), 40 t via B. Cost 600 + 540 = 1140.
 *   direct's marginal value = 13.5 − 10 = 3.5; d's marginal cost 13.5;
 *   d's unitCost 1140 / 100 = 11.4; days (40 × 1) / 100 = 0.4.
 * Demand e: 10 t/yr B→C, penalty 5 USD/t; its route costs 1 + 8 = 9 > 5, so
 *   it stays unmet: 50 USD/yr, marginal cost 5.
 * Objective 1140 + 50 = 1190.
 */
const scenario: Scenario = {
  format: 'corridor-flow/scenario@1',
  name: 'by hand',
  nodes: [{ id: 'A' }, { id: 'B', cost: 1 }, { id: 'C' }],
  links: [
    { id: 'direct', from: 'A', to: 'C', cost: 10, capacity: 60 },
    { id: 'viaB1', from: 'A', to: 'B', cost: 4, days: 1 },
    { id: 'viaB2', from: 'B', to: 'C', cost: 8 },
  ],
  corridors: [{ id: 'north', gates: ['direct'] }],
  demands: [
    { id: 'd', from: 'A', to: 'C', volume: 100, valueOfTime: 0.5 },
    { id: 'e', from: 'B', to: 'C', volume: 10, unmetPenalty: 5 },
  ],
};

const honest: Result = {
  status: 'optimal',
  objective: 1190,
  served: 100,
  unmet: 10,
  corridors: [{ id: 'north', flow: 60, share: 0.6, marginalValue: 0 }],
  other: { flow: 40, share: 0.4 },
  links: [
    { id: 'direct', flow: 60, utilisation: 1, marginalValue: 3.5, reducedCost: 0 },
    { id: 'viaB1', flow: 40, utilisation: null, marginalValue: 0, reducedCost: 0 },
    { id: 'viaB2', flow: 40, utilisation: null, marginalValue: 0, reducedCost: 0 },
  ],
  nodes: [
    { id: 'A', throughput: 100, utilisation: null, marginalValue: 0 },
    { id: 'B', throughput: 40, utilisation: null, marginalValue: 0 },
    { id: 'C', throughput: 100, utilisation: null, marginalValue: 0 },
  ],
  demands: [
    { id: 'd', served: 100, unmet: 0, unitCost: 11.4, days: 0.4, marginalCost: 13.5 },
    { id: 'e', served: 0, unmet: 10, unitCost: null, days: null, marginalCost: 5 },
  ],
  solver: { name: 'by hand', version: '1', ms: 0 },
};

const withFlows: Result = {
  ...honest,
  demands: [
    { ...honest.demands[0]!, flows: [{ link: 'direct', flow: 60 }, { link: 'viaB1', flow: 40 }, { link: 'viaB2', flow: 40 }] },
    { ...honest.demands[1]!, flows: [] },
  ],
};

/*
 * The same network with north limited to half of all served tonnes:
 * 50 t direct, 50 t via B. Both routes used, so 10 + λ = 13.5: north's
 * marginal value λ = 3.5 (upper share bound), direct's capacity no longer
 * binds. One more tonne of d may send half a tonne more direct:
 * 0.5 × 10 + 0.5 × 13.5 = 11.75 = 13.5 − 0.5 × 3.5 (the share term).
 * Objective 500 + 675 + 50 = 1225; d's unitCost 11.75, days 0.5.
 */
const halfNorth: Scenario = { ...scenario, corridors: [{ id: 'north', gates: ['direct'], maxShare: 0.5 }] };
const halfNorthResult: Result = {
  ...honest,
  objective: 1225,
  corridors: [{ id: 'north', flow: 50, share: 0.5, marginalValue: 3.5 }],
  other: { flow: 50, share: 0.5 },
  links: [
    { id: 'direct', flow: 50, utilisation: 50 / 60, marginalValue: 0, reducedCost: 0 },
    { id: 'viaB1', flow: 50, utilisation: null, marginalValue: 0, reducedCost: 0 },
    { id: 'viaB2', flow: 50, utilisation: null, marginalValue: 0, reducedCost: 0 },
  ],
  nodes: [
    { id: 'A', throughput: 100, utilisation: null, marginalValue: 0 },
    { id: 'B', throughput: 50, utilisation: null, marginalValue: 0 },
    { id: 'C', throughput: 100, utilisation: null, marginalValue: 0 },
  ],
  demands: [
    { id: 'd', served: 100, unmet: 0, unitCost: 11.75, days: 0.5, marginalCost: 11.75 },
    { id: 'e', served: 0, unmet: 10, unitCost: null, days: null, marginalCost: 5 },
  ],
};

type Patch<T> = { [K in keyof T]?: T[K] };
const patchLink = (r: Result, id: string, patch: Patch<Result['links'][number]>): Result => ({
  ...r,
  links: r.links.map((l) => (l.id === id ? { ...l, ...patch } : l)),
});
const patchNode = (r: Result, id: string, patch: Patch<Result['nodes'][number]>): Result => ({
  ...r,
  nodes: r.nodes.map((n) => (n.id === id ? { ...n, ...patch } : n)),
});
const patchDemand = (r: Result, id: string, patch: Patch<Result['demands'][number]>): Result => ({
  ...r,
  demands: r.demands.map((d) => (d.id === id ? { ...d, ...patch } : d)),
});
const invariants = (violations: readonly Violation[]): string[] => [...new Set(violations.map((v) => v.invariant))];
const find = (violations: readonly Violation[], invariant: string): Violation | undefined =>
  violations.find((v) => v.invariant === invariant);

describe('checkResult', () => {
  describe('on honest results', () => {
    it('should find nothing wrong with the hand-solved optimum', () => {
      expect(checkResult(scenario, honest)).toEqual([]);
    });

    it('should find nothing wrong with the hand-solved optimum when per-demand flows are given', () => {
      expect(checkResult(scenario, withFlows, { requireDemandFlows: true })).toEqual([]);
    });

    it('should accept a binding share bound priced on the gate and on serving', () => {
      expect(checkResult(halfNorth, halfNorthResult)).toEqual([]);
    });

    it('should accept an infeasible result that says why', () => {
      const infeasible: Result = { ...honest, status: 'infeasible', diagnosis: ['demand d: 40 t/yr cannot be served'] };
      expect(checkResult(scenario, infeasible)).toEqual([]);
    });

    it('should accept values within the tolerance', () => {
      const noisy = patchLink(honest, 'direct', { flow: 60 + 1e-7, marginalValue: 3.5 - 1e-9 });
      expect(checkResult(scenario, noisy)).toEqual([]);
    });
  });

  describe('on broken results', () => {
    it('should catch a link carrying more than its capacity', () => {
      const broken = patchNode(
        patchLink(patchLink(patchLink(honest, 'direct', { flow: 70, utilisation: 70 / 60 }), 'viaB1', { flow: 30 }), 'viaB2', { flow: 30 }),
        'B',
        { throughput: 30 },
      );
      const violation = find(checkResult(scenario, broken), 'link-capacity');
      expect(violation).toMatchObject({ item: 'links.direct' });
      expect(violation?.message).toContain('70');
    });

    it('should catch a node over its capacity', () => {
      const capped: Scenario = { ...scenario, nodes: [{ id: 'A' }, { id: 'B', cost: 1, capacity: 30 }, { id: 'C' }] };
      expect(find(checkResult(capped, honest), 'node-capacity')).toMatchObject({ item: 'nodes.B' });
    });

    it('should catch flow that leaks away at a node', () => {
      const broken = patchLink(honest, 'viaB2', { flow: 30 });
      const found = checkResult(scenario, broken);
      expect(found).toContainEqual(expect.objectContaining({ invariant: 'aggregate-conservation', item: 'nodes.B' }));
      expect(found).toContainEqual(expect.objectContaining({ invariant: 'node-throughput', item: 'nodes.C' }));
    });

    it('should catch a wrong node throughput', () => {
      expect(find(checkResult(scenario, patchNode(honest, 'B', { throughput: 50 })), 'node-throughput')).toMatchObject({ item: 'nodes.B' });
    });

    it('should catch a changed share', () => {
      const broken: Result = { ...honest, corridors: [{ id: 'north', flow: 60, share: 0.7, marginalValue: 0 }] };
      expect(find(checkResult(scenario, broken), 'shares')).toMatchObject({ item: 'corridors.north' });
    });

    it('should catch shares that do not add up to 1 with other', () => {
      const broken: Result = { ...honest, other: { flow: 40, share: 0.5 } };
      expect(invariants(checkResult(scenario, broken))).toEqual(['shares']);
    });

    it('should catch a corridor flow that is not the flow on its gates', () => {
      const broken: Result = { ...honest, corridors: [{ id: 'north', flow: 55, share: 0.55, marginalValue: 0 }] };
      expect(find(checkResult(scenario, broken), 'corridor-flow')).toMatchObject({ item: 'corridors.north' });
    });

    it('should catch a corridor over its flow bound', () => {
      const bounded: Scenario = { ...scenario, corridors: [{ id: 'north', gates: ['direct'], maxFlow: 50 }] };
      const violation = find(checkResult(bounded, honest), 'corridor-bounds');
      expect(violation).toMatchObject({ item: 'corridors.north' });
      expect(violation?.message).toContain('maxFlow');
    });

    it('should catch a changed objective', () => {
      const violation = find(checkResult(scenario, { ...honest, objective: 1191 }), 'objective');
      expect(violation?.message).toContain('1190');
    });

    it('should catch a changed objective when per-demand flows are given', () => {
      expect(find(checkResult(scenario, { ...withFlows, objective: 1180 }), 'objective')).toBeDefined();
    });

    it('should catch a zeroed marginal value, as a route that is not the cheapest', () => {
      const broken = patchLink(honest, 'direct', { marginalValue: 0 });
      const found = checkResult(scenario, broken);
      expect(found).toContainEqual(expect.objectContaining({ invariant: 'cheapest-routes', item: 'links.viaB1' }));
      expect(found).toContainEqual(expect.objectContaining({ invariant: 'marginal-cost', item: 'demands.d' }));
    });

    it('should catch a zeroed marginal value per demand when per-demand flows are given', () => {
      const broken = patchLink(withFlows, 'direct', { marginalValue: 0 });
      const violation = find(checkResult(scenario, broken), 'cheapest-routes');
      expect(violation).toMatchObject({ item: 'demands.d' });
      expect(violation?.message).toMatch(/link viaB\d/);
    });

    it('should catch a zeroed corridor value when a share bound binds', () => {
      const broken: Result = { ...halfNorthResult, corridors: [{ id: 'north', flow: 50, share: 0.5, marginalValue: 0 }] };
      expect(invariants(checkResult(halfNorth, broken))).toContain('cheapest-routes');
    });

    it('should catch a marginal value where the capacity is unlimited', () => {
      const violation = find(checkResult(scenario, patchLink(honest, 'viaB1', { marginalValue: 2 })), 'complementary-slackness');
      expect(violation).toMatchObject({ item: 'links.viaB1' });
    });

    it('should catch a corridor value where no bound binds', () => {
      const broken: Result = { ...honest, corridors: [{ id: 'north', flow: 60, share: 0.6, marginalValue: 1 }] };
      expect(find(checkResult(scenario, broken), 'complementary-slackness')).toMatchObject({ item: 'corridors.north' });
    });

    it('should catch a wrong marginal cost', () => {
      expect(find(checkResult(scenario, patchDemand(honest, 'd', { marginalCost: 12 })), 'marginal-cost')).toMatchObject({ item: 'demands.d' });
    });

    it('should catch a demand left unmet although its route is cheaper than its penalty', () => {
      const dearPenalty: Scenario = { ...scenario, demands: [scenario.demands[0]!, { ...scenario.demands[1]!, unmetPenalty: 20 }] };
      const found = checkResult(dearPenalty, { ...honest, objective: 1140 + 200, demands: honest.demands.map((d) => (d.id === 'e' ? { ...d, marginalCost: 20 } : d)) });
      expect(found).toContainEqual(expect.objectContaining({ invariant: 'unmet-pricing', item: 'demands.e' }));
    });

    it('should catch a hard demand left partly unmet', () => {
      const violation = find(checkResult(scenario, patchDemand(honest, 'd', { served: 90, unmet: 10 })), 'demand-balance');
      expect(violation).toMatchObject({ item: 'demands.d' });
      expect(violation?.message).toContain('must be served in full');
    });

    it('should catch served + unmet that is not the volume', () => {
      expect(find(checkResult(scenario, patchDemand(honest, 'e', { unmet: 8 })), 'demand-balance')).toMatchObject({ item: 'demands.e' });
    });

    it('should catch totals that are not the sums over demands', () => {
      expect(invariants(checkResult(scenario, { ...honest, served: 90 }))).toEqual(['totals']);
    });

    it('should catch a wrong utilisation', () => {
      expect(find(checkResult(scenario, patchLink(honest, 'direct', { utilisation: 0.5 })), 'utilisation')).toMatchObject({ item: 'links.direct' });
    });

    it('should catch a negative flow', () => {
      expect(invariants(checkResult(scenario, patchLink(honest, 'viaB1', { flow: -1 })))).toContain('non-negative');
    });

    it('should catch a wrong unit cost', () => {
      expect(find(checkResult(scenario, patchDemand(honest, 'd', { unitCost: 12 })), 'unit-cost')).toBeDefined();
    });

    it('should catch a wrong unit cost of one demand when per-demand flows are given', () => {
      expect(find(checkResult(scenario, patchDemand(withFlows, 'd', { unitCost: 12 })), 'unit-cost')).toMatchObject({ item: 'demands.d' });
    });

    it('should catch wrong average days', () => {
      expect(find(checkResult(scenario, patchDemand(honest, 'd', { days: 0.5 })), 'demand-days')).toBeDefined();
      expect(find(checkResult(scenario, patchDemand(withFlows, 'd', { days: 0.5 })), 'demand-days')).toMatchObject({ item: 'demands.d' });
    });

    it('should catch a disabled link that carries flow', () => {
      const closed: Scenario = { ...scenario, links: scenario.links.map((l) => (l.id === 'viaB2' ? { ...l, enabled: false } : l)) };
      const violation = find(checkResult(closed, honest), 'closed-items');
      expect(violation).toMatchObject({ item: 'links.viaB2' });
      expect(violation?.message).toContain('closed');
    });

    it('should catch flow on the gate of a disabled corridor', () => {
      const closed: Scenario = { ...scenario, corridors: [{ id: 'north', gates: ['direct'], enabled: false }] };
      expect(find(checkResult(closed, honest), 'closed-items')?.message).toContain('disabled corridor north');
    });

    it('should catch per-demand flows that break conservation although the totals balance', () => {
      const swapped: Result = {
        ...withFlows,
        demands: [
          { ...withFlows.demands[0]!, flows: [{ link: 'direct', flow: 60 }, { link: 'viaB1', flow: 40 }, { link: 'viaB2', flow: 30 }] },
          { ...withFlows.demands[1]!, flows: [{ link: 'viaB2', flow: 10 }] },
        ],
      };
      const found = checkResult(scenario, swapped);
      expect(found).toContainEqual(expect.objectContaining({ invariant: 'demand-conservation', item: 'demands.d' }));
      expect(found).toContainEqual(expect.objectContaining({ invariant: 'demand-conservation', item: 'demands.e' }));
      expect(find(found, 'aggregate-conservation')).toBeUndefined();
    });

    it('should catch per-demand flows that do not add up to the link flow', () => {
      const broken = patchDemand(withFlows, 'd', { flows: [{ link: 'direct', flow: 50 }, { link: 'viaB1', flow: 50 }, { link: 'viaB2', flow: 50 }] });
      expect(find(checkResult(scenario, broken), 'demand-flows')).toMatchObject({ item: 'links.direct' });
    });

    it('should report missing per-demand flows only when they are required', () => {
      expect(checkResult(scenario, honest)).toEqual([]);
      expect(invariants(checkResult(scenario, honest, { requireDemandFlows: true }))).toEqual(['demand-flows']);
    });

    it('should report a missing entry and a non-finite number as the result\'s shape, without throwing', () => {
      const missing: Result = { ...honest, links: honest.links.filter((l) => l.id !== 'viaB1') };
      expect(find(checkResult(scenario, missing), 'result-shape')).toMatchObject({ item: 'links.viaB1' });
      expect(find(checkResult(scenario, { ...honest, objective: Number.NaN }), 'result-shape')?.message).toContain('objective');
    });

    it('should report a result that is not optimal and gives no reason', () => {
      expect(invariants(checkResult(scenario, { ...honest, status: 'infeasible' }))).toEqual(['status']);
    });
  });
});
