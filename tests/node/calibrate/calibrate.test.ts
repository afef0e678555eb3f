import { describe, it, expect, beforeAll } from 'vitest';
import { calibrate, STEP_USD } from '../../../src/calibrate';
import { fittedObservations } from '../../../src/calibrate/fitted-observations';
import type { Observation, Scenario } from '../../../src/model/types';
import { createSolver, type Solver } from '../../../src/solver';
import { closeTo } from '../../support/tolerance';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

/**
 * 100 t/yr from o to m through node a (10 + 10 USD/t) or node b (15 + 15);
 * b's own handling cost is given. Without observations everything goes via a.
 */
function viaTwoNodes(observed: readonly Observation[], bCost = 0, extra: Partial<Scenario> = {}): Scenario {
  return {
    format: 'corridor-flow/scenario@1',
    name: 'two nodes',
    nodes: [{ id: 'o' }, { id: 'a' }, { id: 'b', cost: bCost }, { id: 'm' }],
    links: [
      { id: 'o-a', from: 'o', to: 'a', cost: 10 },
      { id: 'a-m', from: 'a', to: 'm', cost: 10 },
      { id: 'o-b', from: 'o', to: 'b', cost: 15 },
      { id: 'b-m', from: 'b', to: 'm', cost: 15 },
    ],
    corridors: [{ id: 'via-b', gates: ['b-m'] }],
    demands: [{ id: 'd', from: 'o', to: 'm', volume: 100 }],
    observed,
    ...extra,
  };
}

describe('calibrate', () => {
  it('should put a node pin onto the node cost where it can fall that far (12 → 10 USD/t)', () => {
    // Via b: 5 + 5 + 12 = 22 USD/t against 20 via a, so b must get 2 USD/t cheaper.
    const links = [
      { id: 'o-a', from: 'o', to: 'a', cost: 10 },
      { id: 'a-m', from: 'a', to: 'm', cost: 10 },
      { id: 'o-b', from: 'o', to: 'b', cost: 5 },
      { id: 'b-m', from: 'b', to: 'm', cost: 5 },
    ];
    const result = calibrate(viaTwoNodes([{ of: 'nodes.b.throughput', value: 30 }], 12, { links }), solver.solveLp);

    expect(result.status).toBe('calibrated');
    expect(result.changes[0]).toMatchObject({ set: 'nodes.b.cost', old: 12, value: 10 });
    expect(result.scenario!.nodes[2]!.calibrated).toEqual({ from: 12, observations: ['nodes.b.throughput'] });
    expect(closeTo(result.after[0]!.model!, 30)).toBe(true);
  });

  it("should move the rest of a node's change onto the links into it when the node cost would go below 0", () => {
    const result = calibrate(viaTwoNodes([{ of: 'nodes.b.throughput', value: 30 }]), solver.solveLp);

    expect(result.status).toBe('calibrated');
    expect(result.changes.map((c) => [c.set, c.old, c.value])).toEqual([
      ['links.o-b.cost', 15, 5 + STEP_USD],
      ['links.o-b.cal-step.cost', null, 5 - STEP_USD],
    ]);
    expect(result.diagnosis).toBeUndefined();
  });

  it('should count a link and its steps as the link, and say what each link figure was before and after', () => {
    const result = calibrate(viaTwoNodes([{ of: 'links.o-b.flow', value: 25, year: 2024 }]), solver.solveLp);

    expect(result.before).toEqual([{ of: 'links.o-b.flow', observed: 25, model: 0, difference: -25, percent: -100, year: 2024 }]);
    expect(closeTo(result.after[0]!.model!, 25)).toBe(true);
    const solved = solver.solve(result.scenario!);
    expect(closeTo(solved.links.find((l) => l.id === 'o-b.cal-step')!.flow, 25)).toBe(true);
  });

  it('should change the cost of an observed unused route before that of a used one (the measure weighs by observed tonnes)', () => {
    const result = calibrate(
      viaTwoNodes([
        { of: 'corridors.via-b.flow', value: 100 },
        { of: 'links.o-a.flow', value: 0 },
      ]),
      solver.solveLp,
    );

    // Route a must cost at least route b's 30 USD/t: raising o-a by 10 moves 10 × 1 (an observed 0 counts as
    // 1 t/yr), lowering b-m by 10 would move 10 × 100. The routes then tie, so o-a, which must carry nothing,
    // gets the step up: no step link is needed.
    expect(result.status).toBe('calibrated');
    expect(result.changes.map((c) => [c.set, c.old, c.value])).toEqual([['links.o-a.cost', 10, 20 + STEP_USD]]);
    expect(result.after.map((fit) => closeTo(fit.model!, fit.observed))).toEqual([true, true]);
  });

  it('should name a closed corridor, a level above the whole demand and a level the network cannot carry', () => {
    const closed = viaTwoNodes([{ of: 'corridors.via-b.flow', value: 10 }], 0, {
      corridors: [{ id: 'via-b', gates: ['b-m'], enabled: false }],
    });
    const tooMuch = viaTwoNodes([{ of: 'links.o-b.flow', value: 150 }]);
    const capped = viaTwoNodes([{ of: 'nodes.b.throughput', value: 50 }], 0, {
      links: [
        { id: 'o-a', from: 'o', to: 'a', cost: 10 },
        { id: 'a-m', from: 'a', to: 'm', cost: 10 },
        { id: 'o-b', from: 'o', to: 'b', cost: 15, capacity: 20 },
        { id: 'b-m', from: 'b', to: 'm', cost: 15 },
      ],
    });

    const reasons = [closed, tooMuch, capped].map((s) => calibrate(s, solver.solveLp).conflicts.map((c) => [c.reason, c.closest, c.missBy]));

    expect(reasons).toEqual([
      [['corridors.via-b is closed (enabled: false)', 0, 10]],
      [['more than the whole demand (100 t/yr)', 100, 50]],
      [['more than the network can carry there (at most 20 t/yr, with every demand and bound as it is)', 20, 30]],
    ]);
  });

  it('should name an observation that would need a cost below 0, with the level reached at 0, and never write a negative cost', () => {
    // Route a costs 1 + 1, route b 15 + 15: even with its gate b-m free, b costs 15 > 2, so nothing goes via b.
    const links = [
      { id: 'o-a', from: 'o', to: 'a', cost: 1 },
      { id: 'a-m', from: 'a', to: 'm', cost: 1 },
      { id: 'o-b', from: 'o', to: 'b', cost: 15 },
      { id: 'b-m', from: 'b', to: 'm', cost: 15 },
    ];

    const result = calibrate(viaTwoNodes([{ of: 'corridors.via-b.flow', value: 40 }], 0, { links }), solver.solveLp);

    expect(result.status).toBe('inconsistent');
    expect(result.conflicts).toEqual([
      { of: 'corridors.via-b.flow', observed: 40, closest: 0, missBy: 40, reason: 'it would need links.b-m.cost below 0; with them at 0 the optimum reaches 0 t/yr' },
    ]);
    expect(result.changes.map((c) => [c.set, c.value])).toEqual([['links.b-m.cost', 0]]);
  });

  it.each([['corridors.via-b.flow'], ['links.o-b.flow'], ['nodes.b.throughput']])(
    'should give a calibrated scenario that calibrates again with no change (%s, its steps counted)',
    (of) => {
      const first = calibrate(viaTwoNodes([{ of, value: 40 }]), solver.solveLp);

      const second = calibrate(first.scenario!, solver.solveLp);

      expect(first.changes.length).toBeGreaterThan(0);
      expect(second.status).toBe('calibrated');
      expect(second.changes).toEqual([]);
    },
  );

  it('should answer without observations, and stop at a time limit with that status', () => {
    const none = calibrate(viaTwoNodes([]), solver.solveLp);
    const rushed = calibrate(viaTwoNodes([{ of: 'corridors.via-b.flow', value: 40 }]), solver.solveLp, { timeLimitSeconds: 1e-9 });

    expect(none).toMatchObject({ status: 'calibrated', changes: [], conflicts: [], before: [], after: [] });
    expect(rushed).toMatchObject({ status: 'time-limit', scenario: null, changes: [] });
  });

  it('should refuse a tolerance outside (0, 1) as an error result, not a throw', () => {
    const result = calibrate(viaTwoNodes([{ of: 'corridors.via-b.flow', value: 40 }]), solver.solveLp, { tolerance: 0 });

    expect(result).toMatchObject({ status: 'error', diagnosis: ['calibrate: expected a tolerance between 0 and 1, got 0'] });
  });
});

describe('fittedObservations', () => {
  it("should fit each figure's latest observation by default, and a given year's (else its undated one) on request", () => {
    const observed: Observation[] = [
      { of: 'links.x.flow', value: 1, year: 2023 },
      { of: 'links.x.flow', value: 2, year: 2024 },
      { of: 'links.x.flow', value: 3 },
      { of: 'nodes.y.throughput', value: 4 },
      { of: 'corridors.z.flow', value: 5, year: 2023 },
    ];

    expect(fittedObservations(observed).map((o) => o.value)).toEqual([2, 4, 5]);
    expect(fittedObservations(observed, 2023).map((o) => o.value)).toEqual([1, 4, 5]);
    expect(fittedObservations(observed, 2022).map((o) => o.value)).toEqual([3, 4]);
  });
});

describe('calibrate, again on a calibrated scenario with new levels', () => {
  it('should keep the first tariff in the mark and a step link as a step', () => {
    const observed = (value: number): Observation[] => [{ of: 'links.o-b.flow', value }];
    const first = calibrate(viaTwoNodes(observed(40)), solver.solveLp);

    const second = calibrate({ ...first.scenario!, observed: observed(30) }, solver.solveLp);

    expect(second.status).toBe('calibrated');
    expect(closeTo(second.after[0]!.model!, 30)).toBe(true);
    const link = second.scenario!.links.find((l) => l.id === 'o-b')!;
    const step = second.scenario!.links.find((l) => l.id === 'o-b.cal-step')!;
    expect(link.calibrated?.from).toBe(15);
    expect(step.calibrated).toMatchObject({ from: null, stepOf: 'o-b' });
  });
});
