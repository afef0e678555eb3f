/** The result's shape: every number finite, every entry known and present once; the entries indexed by id. */
import type { Result, Scenario } from '../model/types';
import type { Add, ResultEntries } from './check-context';
import type { Network } from './resolve-network';

/** Indexes the result's arrays by id; undefined when the shape is too broken to go on. */
export function checkShape(scenario: Scenario, net: Network, result: Result, add: Add): ResultEntries | undefined {
  let broken = false;
  const fail = (item: string | undefined, message: string): void => {
    broken = true;
    add('result-shape', item, message);
  };
  const finite = (item: string | undefined, field: string, value: unknown, nullable = false): void => {
    if (nullable && value === null) return;
    if (typeof value !== 'number' || !Number.isFinite(value)) fail(item, `${field} should be a finite number${nullable ? ' or null' : ''}, got ${String(value)}`);
  };
  finite(undefined, 'objective', result.objective);
  finite(undefined, 'served', result.served);
  finite(undefined, 'unmet', result.unmet);
  if (typeof result.other !== 'object' || result.other === null) {
    fail('other', 'the result has no "other" entry');
  } else {
    finite('other', 'other.flow', result.other.flow);
    finite('other', 'other.share', result.other.share);
  }
  function index<T extends { readonly id: string }>(
    kind: string,
    list: readonly T[] | undefined,
    known: ReadonlySet<string>,
    required: ReadonlySet<string>,
    fields: readonly (readonly [keyof T & string, boolean])[],
  ): Map<string, T> {
    const map = new Map<string, T>();
    if (!Array.isArray(list)) {
      fail(undefined, `result.${kind} should be an array`);
      return map;
    }
    for (const entry of list) {
      const item = `${kind}.${entry.id}`;
      if (!known.has(entry.id)) fail(item, `result.${kind} names ${entry.id}, which the scenario does not have`);
      if (map.has(entry.id)) fail(item, `result.${kind} lists ${entry.id} twice`);
      map.set(entry.id, entry);
      for (const [field, nullable] of fields) finite(item, `${kind}.${entry.id}.${field}`, entry[field], nullable);
    }
    for (const id of required) if (!map.has(id)) fail(`${kind}.${id}`, `result.${kind} has no entry for ${id}`);
    return map;
  }
  const ids = <T extends { readonly id: string }>(items: Iterable<T>, keep: (item: T) => boolean = () => true): Set<string> =>
    new Set([...items].filter(keep).map((item) => item.id));
  const linkEntry = index('links', result.links, ids(net.links.values()), ids(net.arcs), [
    ['flow', false],
    ['utilisation', true],
    ['marginalValue', false],
  ]);
  const nodeEntry = index('nodes', result.nodes, ids(net.nodes.values()), ids(net.nodes.values(), (n) => n.open), [
    ['throughput', false],
    ['utilisation', true],
    ['marginalValue', false],
  ]);
  const corridorEntry = index('corridors', result.corridors, ids(net.corridors.values()), ids(net.corridors.values(), (c) => c.enabled), [
    ['flow', false],
    ['share', false],
    ['marginalValue', false],
  ]);
  const demandEntry = index('demands', result.demands, ids(scenario.demands), ids(scenario.demands), [
    ['served', false],
    ['unmet', false],
    ['marginalCost', false],
    ['unitCost', true],
    ['days', true],
  ]);
  if (broken) return undefined;
  return {
    linkEntry,
    nodeEntry,
    corridorEntry,
    demandEntry,
    linkFlow: (id) => linkEntry.get(id)?.flow ?? 0,
    throughput: (id) => nodeEntry.get(id)?.throughput ?? 0,
    served: (id) => demandEntry.get(id)?.served ?? 0,
    unmet: (id) => demandEntry.get(id)?.unmet ?? 0,
  };
}
