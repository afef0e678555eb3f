import fc from 'fast-check';
import type { Demand, Project, Scenario, ScenarioLink, ScenarioNode } from '../../../src/model/types';

/**
 * Small planning scenarios, feasible by construction: 3–4 nodes, a few
 * capacitated links, 1–2 demands each with an uncapacitated backstop link
 * from its origin to its destination (dear, so projects have something to
 * save), 1–3 model years, 0–3 projects on finite link and node capacities
 * with every decision, `earliest` between model years, divisible or not;
 * growth, discounting and a capacity change. Costs are uneven numbers, so
 * that ties between plans are rare.
 */
export interface PlanArbitraryConstraints {
  /** Default 3. */
  readonly maxProjects?: number;
  /** Default 3. */
  readonly maxYears?: number;
  /** Force every project's `divisible` to this value; default random. */
  readonly divisible?: boolean;
  /** Force every project's decision; default random (mostly `choose`). */
  readonly decision?: Project['decision'];
}

export function planScenarioArbitrary(constraints: PlanArbitraryConstraints = {}): fc.Arbitrary<Scenario> {
  const { maxProjects = 3, maxYears = 3 } = constraints;
  return fc.integer({ min: 3, max: 4 }).chain((numNodes) => {
    const index = fc.integer({ min: 0, max: numNodes - 1 });
    const pair = fc.tuple(index, index).filter(([a, b]) => a !== b);
    const money = (max: number) => fc.integer({ min: 1, max: max * 100 }).map((c) => c / 100 + 0.0137);
    const nodes = fc.tuple(...Array.from({ length: numNodes }, (_, i) =>
      fc.record({ capacity: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined, freq: 2 }), cost: fc.option(money(3), { nil: undefined }) }).map(
        (n): ScenarioNode => ({ id: `n${i}`, ...(n.capacity !== undefined ? { capacity: n.capacity } : {}), ...(n.cost !== undefined ? { cost: n.cost } : {}) }),
      ),
    ));
    const links = fc.array(fc.record({ pair, cost: money(20), capacity: fc.integer({ min: 0, max: 80 }) }), { minLength: 2, maxLength: 6 });
    const demands = fc.array(
      fc.record({ pair, volume: fc.integer({ min: 10, max: 100 }), growth: fc.constantFrom(0, 0, 0.05, -0.1), unmetPenalty: fc.option(fc.integer({ min: 30, max: 90 }), { nil: undefined, freq: 3 }) }),
      { minLength: 1, maxLength: 2 },
    );
    const horizon = fc.record({
      first: fc.integer({ min: 2026, max: 2030 }),
      gaps: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 0, maxLength: maxYears - 1 }),
      extra: fc.integer({ min: 0, max: 6 }),
      discountRate: fc.constantFrom(0, 0.03, 0.08),
    });
    const project = fc.record({
      target: fc.nat(),
      amount: fc.integer({ min: 5, max: 80 }),
      capex: fc.integer({ min: 0, max: 40_000 }),
      life: fc.integer({ min: 5, max: 40 }),
      opex: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
      earliestOffset: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
      decision: constraints.decision === undefined ? fc.constantFrom<Project['decision']>('choose', 'choose', 'choose', 'build', 'never') : fc.constant(constraints.decision),
      divisible: constraints.divisible === undefined ? fc.boolean() : fc.constant(constraints.divisible),
    });
    return fc
      .record({ nodes, links, demands, horizon, projects: fc.array(project, { maxLength: maxProjects }), change: fc.option(fc.record({ link: fc.nat(), capacity: fc.integer({ min: 0, max: 100 }) }), { nil: undefined }) })
      .map(({ nodes, links, demands, horizon, projects, change }): Scenario => {
        const scenarioLinks: ScenarioLink[] = links.map((l, i) => ({ id: `l${i}`, from: `n${l.pair[0]}`, to: `n${l.pair[1]}`, cost: l.cost, capacity: l.capacity }));
        const scenarioDemands: Demand[] = demands.map((d, k) => ({
          id: `d${k}`,
          from: `n${d.pair[0]}`,
          to: `n${d.pair[1]}`,
          volume: d.volume,
          ...(d.growth !== 0 ? { growth: d.growth } : {}),
          ...(d.unmetPenalty !== undefined ? { unmetPenalty: d.unmetPenalty } : {}),
        }));
        // The backstop of each demand: no capacity, so every plan is feasible unless a node caps it.
        demands.forEach((d, k) => scenarioLinks.push({ id: `b${k}`, from: `n${d.pair[0]}`, to: `n${d.pair[1]}`, cost: 60.5 + k }));
        const years = [horizon.first];
        for (const gap of horizon.gaps) years.push(years.at(-1)! + gap);
        const end = years.at(-1)! + horizon.extra;
        const targets = [
          ...links.map((_, i) => `links.l${i}.capacity`),
          ...nodes.flatMap((n) => (n.capacity !== undefined ? [`nodes.${n.id}.capacity`] : [])),
        ];
        const scenarioProjects: Project[] = projects.map((p, i) => ({
          id: `p${i}`,
          adds: [{ set: targets[p.target % targets.length]!, amount: p.amount }],
          capex: p.capex,
          life: p.life,
          ...(p.opex !== undefined ? { opex: p.opex } : {}),
          ...(p.earliestOffset !== undefined ? { earliest: Math.min(end, years[0]! + p.earliestOffset) } : {}),
          decision: p.decision,
          divisible: p.divisible,
        }));
        return {
          format: 'corridor-flow/scenario@1',
          name: 'random plan',
          nodes,
          links: scenarioLinks,
          demands: scenarioDemands,
          horizon: {
            years,
            end,
            discountRate: horizon.discountRate,
            ...(change !== undefined && years.length > 1 ? { changes: [{ from: years[1]!, set: `links.l${change.link % links.length}.capacity`, value: change.capacity }] } : {}),
          },
          projects: scenarioProjects,
        };
      });
  });
}
