/**
 * Metamorphic relation: names and order carry no meaning.
 */
import fc from 'fast-check';
import type { Scenario } from '../model/types';
import { defineRelation, describeOutcome, objectivesAgree } from './define-relation';

/** A permutation of each array (new position → old index) and a prefix for the new ids. */
export interface RenameAndReorderParams {
  readonly nodes: readonly number[];
  readonly links: readonly number[];
  readonly corridors: readonly number[];
  readonly demands: readonly number[];
  readonly prefix: string;
}

const permutation = (length: number): fc.Arbitrary<number[]> => {
  const indices = Array.from({ length }, (_, i) => i);
  return fc.shuffledSubarray(indices, { minLength: length, maxLength: length });
};

function renameAndShuffle(scenario: Scenario, params: RenameAndReorderParams): Scenario {
  const rename = <T extends { readonly id: string }>(items: readonly T[], order: readonly number[], kind: string): Map<string, string> =>
    new Map(order.map((old, position) => [items[old]?.id ?? '', `${params.prefix}${kind}${position}`]));
  const reorder = <T>(items: readonly T[], order: readonly number[]): T[] =>
    order.map((old) => items[old]).filter((item): item is T => item !== undefined);
  const corridorsIn = scenario.corridors ?? [];
  const node = rename(scenario.nodes, params.nodes, 'N');
  const link = rename(scenario.links, params.links, 'L');
  const corridor = rename(corridorsIn, params.corridors, 'C');
  const demand = rename(scenario.demands, params.demands, 'D');
  const id = (map: ReadonlyMap<string, string>, old: string): string => map.get(old) ?? old;
  const maps: Record<string, ReadonlyMap<string, string>> = { nodes: node, links: link, corridors: corridor, demands: demand };
  return {
    ...scenario,
    nodes: reorder(scenario.nodes, params.nodes).map((n) => ({ ...n, id: id(node, n.id) })),
    links: reorder(scenario.links, params.links).map((l) => ({ ...l, id: id(link, l.id), from: id(node, l.from), to: id(node, l.to) })),
    ...(scenario.corridors !== undefined
      ? {
          corridors: reorder(corridorsIn, params.corridors).map((c) => ({
            ...c,
            id: id(corridor, c.id),
            gates: [...c.gates].reverse().map((g) => id(link, g)),
          })),
        }
      : {}),
    demands: reorder(scenario.demands, params.demands).map((d) => ({ ...d, id: id(demand, d.id), from: id(node, d.from), to: id(node, d.to) })),
    ...(scenario.uncertainty !== undefined
      ? {
          uncertainty: scenario.uncertainty.map((u) => {
            const [kind = '', old = '', ...rest] = u.set.split('.');
            const map = maps[kind];
            return map === undefined ? u : { ...u, set: [kind, id(map, old), ...rest].join('.') };
          }),
        }
      : {}),
  };
}

/**
 * Renaming every node, link, corridor and demand and shuffling every array
 * (and each corridor's gates) changes nothing: same status, same objective.
 * Per-item numbers may legitimately differ where the optimum is not unique,
 * so only those two are compared.
 */
export const renameAndReorder = defineRelation<RenameAndReorderParams>({
  relation: 'rename-and-reorder',
  params: (scenario) =>
    fc.record({
      nodes: permutation(scenario.nodes.length),
      links: permutation(scenario.links.length),
      corridors: permutation(scenario.corridors?.length ?? 0),
      demands: permutation(scenario.demands.length),
      prefix: fc.constantFrom('r', 'x_', 'id.', 'Z-'),
    }),
  transform: (scenario, params) => ({
    scenario: renameAndShuffle(scenario, params),
    change: `renaming every id with prefix "${params.prefix}" and reordering every array`,
  }),
  expect: (base, variant) => {
    if (base.status !== variant.status) return `the status changed from ${base.status} to ${variant.status}`;
    if (base.status !== 'optimal' || objectivesAgree(base.objective, variant.objective)) return undefined;
    return `the objective changed from ${describeOutcome(base)} to ${describeOutcome(variant)}`;
  },
});
