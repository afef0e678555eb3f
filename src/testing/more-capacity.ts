/**
 * Metamorphic relation: relaxing capacities and bounds never costs more.
 */
import fc from 'fast-check';
import type { Corridor, Scenario } from '../model/types';
import { defineRelation, describeOutcome, objectivesAgree } from './define-relation';

/** Which limits to relax (`links.<id>.capacity`, `corridors.<id>.minShare`, …) and by how much (0 < amount ≤ 1). */
export interface MoreCapacityParams {
  readonly targets: readonly string[];
  readonly amount: number;
}

const UPPER = ['maxShare', 'maxFlow'] as const;
const LOWER = ['minShare', 'minFlow'] as const;

/** Every limit the scenario states, by path. */
function limits(scenario: Scenario): string[] {
  const paths: string[] = [];
  for (const link of scenario.links) if (link.capacity !== undefined) paths.push(`links.${link.id}.capacity`);
  for (const node of scenario.nodes) if (node.capacity !== undefined) paths.push(`nodes.${node.id}.capacity`);
  for (const corridor of scenario.corridors ?? []) {
    for (const field of [...UPPER, ...LOWER]) if (corridor[field] !== undefined) paths.push(`corridors.${corridor.id}.${field}`);
  }
  return paths;
}

/** Capacities grow by `amount` of themselves (plus `amount` t/yr, so 0 grows too); lower bounds shrink. */
const grow = (value: number, amount: number): number => value * (1 + amount) + amount;

function relax(scenario: Scenario, targets: ReadonlySet<string>, amount: number): Scenario {
  const corridor = (c: Corridor): Corridor => {
    const next: Record<string, unknown> = { ...c };
    const has = (field: string): boolean => targets.has(`corridors.${c.id}.${field}`);
    if (has('maxShare') && c.maxShare !== undefined) next.maxShare = Math.min(1, c.maxShare + amount * (1 - c.maxShare));
    if (has('maxFlow') && c.maxFlow !== undefined) next.maxFlow = grow(c.maxFlow, amount);
    if (has('minShare') && c.minShare !== undefined) next.minShare = c.minShare * (1 - amount);
    if (has('minFlow') && c.minFlow !== undefined) next.minFlow = c.minFlow * (1 - amount);
    return next as unknown as Corridor;
  };
  return {
    ...scenario,
    links: scenario.links.map((l) =>
      l.capacity !== undefined && targets.has(`links.${l.id}.capacity`) ? { ...l, capacity: grow(l.capacity, amount) } : l,
    ),
    nodes: scenario.nodes.map((n) =>
      n.capacity !== undefined && targets.has(`nodes.${n.id}.capacity`) ? { ...n, capacity: grow(n.capacity, amount) } : n,
    ),
    ...(scenario.corridors !== undefined ? { corridors: scenario.corridors.map(corridor) } : {}),
  };
}

/**
 * More capacity never costs more: raising link or node capacities or a
 * corridor's `maxShare` / `maxFlow`, or lowering its `minShare` / `minFlow`,
 * only widens the feasible set, so an optimal scenario stays optimal at an
 * objective no higher than before. `moreCapacity.params(scenario)` picks a
 * subset of the scenario's limits and an amount (tenths, 0.1–1).
 */
export const moreCapacity = defineRelation<MoreCapacityParams>({
  relation: 'more-capacity',
  params: (scenario) =>
    fc.record({
      targets: fc.subarray(limits(scenario), { minLength: Math.min(1, limits(scenario).length) }),
      amount: fc.integer({ min: 1, max: 10 }).map((tenths) => tenths / 10),
    }),
  transform: (scenario, params) =>
    params.targets.length === 0
      ? undefined
      : {
          scenario: relax(scenario, new Set(params.targets), params.amount),
          change: `relaxing ${params.targets.join(', ')} by ${params.amount * 100}%`,
        },
  expect: (base, variant) => {
    if (base.status !== 'optimal') return undefined;
    if (variant.status !== 'optimal') return `the scenario was optimal (${describeOutcome(base)}) but became ${variant.status}`;
    if (variant.objective > base.objective && !objectivesAgree(variant.objective, base.objective)) {
      return `the objective rose from ${describeOutcome(base)} to ${describeOutcome(variant)}`;
    }
    return undefined;
  },
});
