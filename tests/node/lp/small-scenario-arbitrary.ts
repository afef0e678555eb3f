import fc from 'fast-check';
import type { Corridor, Demand, Scenario, ScenarioLink, ScenarioNode } from '../../../src/model/types';

/**
 * Small valid scenarios with every optional field sometimes present: 2–6
 * nodes, 1–14 links (parallel links allowed), 0–2 corridors with disjoint
 * gates, 1–3 demands, hard and soft. Feasibility is not guaranteed: tests
 * that need an optimum check the status.
 */
export function smallScenarioArbitrary(): fc.Arbitrary<Scenario> {
  return fc.integer({ min: 2, max: 6 }).chain((numNodes) => {
    const nodeIndex = fc.integer({ min: 0, max: numNodes - 1 });
    const pair = fc.tuple(nodeIndex, nodeIndex).filter(([a, b]) => a !== b);
    const node = (i: number): fc.Arbitrary<ScenarioNode> =>
      fc.record(
        {
          id: fc.constant(`n${i}`),
          capacity: fc.integer({ min: 0, max: 200 }),
          cost: fc.integer({ min: 0, max: 5 }),
          days: fc.integer({ min: 0, max: 3 }),
          enabled: fc.boolean().map((b) => b || i % 2 === 0),
        },
        { requiredKeys: ['id'] },
      );
    const links = fc.array(
      fc.record({
        pair,
        cost: fc.integer({ min: 0, max: 30 }),
        capacity: fc.option(fc.integer({ min: 0, max: 150 }), { nil: undefined }),
        days: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
        enabled: fc.option(fc.boolean(), { nil: undefined, freq: 3 }),
      }),
      { minLength: 1, maxLength: 14 },
    );
    const demands = fc.array(
      fc.record({
        pair,
        volume: fc.integer({ min: 1, max: 100 }),
        valueOfTime: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        unmetPenalty: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 3 },
    );
    const corridorBounds = fc.record(
      {
        // Whole percentages: shares like 5e-324 only test GLPK's tolerances.
        minShare: fc.integer({ min: 0, max: 50 }).map((p) => p / 100),
        maxShare: fc.integer({ min: 30, max: 100 }).map((p) => p / 100),
        minFlow: fc.integer({ min: 0, max: 40 }),
        maxFlow: fc.integer({ min: 40, max: 200 }),
        enabled: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    return fc
      .record({
        nodes: fc.tuple(...Array.from({ length: numNodes }, (_, i) => node(i))),
        links,
        demands,
        corridors: fc.array(corridorBounds, { maxLength: 2 }),
        gateOf: fc.array(fc.integer({ min: -1, max: 1 }), { minLength: 14, maxLength: 14 }),
      })
      .map(({ nodes, links: rawLinks, demands: rawDemands, corridors: rawCorridors, gateOf }): Scenario => {
        const scenarioLinks: ScenarioLink[] = rawLinks.map((l, i) => ({
          id: `l${i}`,
          from: `n${l.pair[0]}`,
          to: `n${l.pair[1]}`,
          cost: l.cost,
          ...(l.capacity === undefined ? {} : { capacity: l.capacity }),
          ...(l.days === undefined ? {} : { days: l.days }),
          ...(l.enabled === undefined ? {} : { enabled: l.enabled }),
        }));
        const corridors: Corridor[] = [];
        rawCorridors.forEach((bounds, c) => {
          const gates = scenarioLinks.filter((_, i) => gateOf[i] === c).map((l) => l.id);
          if (gates.length > 0) corridors.push({ id: `c${c}`, gates, ...bounds });
        });
        const scenarioDemands: Demand[] = rawDemands.map((d, k) => ({
          id: `d${k}`,
          from: `n${d.pair[0]}`,
          to: `n${d.pair[1]}`,
          volume: d.volume,
          ...(d.valueOfTime === undefined ? {} : { valueOfTime: d.valueOfTime }),
          ...(d.unmetPenalty === undefined ? {} : { unmetPenalty: d.unmetPenalty }),
        }));
        return {
          format: 'corridor-flow/scenario@1',
          name: 'generated',
          nodes,
          links: scenarioLinks,
          corridors,
          demands: scenarioDemands,
        };
      });
  });
}
