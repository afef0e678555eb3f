import { describe, expect, it } from 'vitest';
import { bottlenecks } from '../../../src/components/corridor-bottlenecks/bottleneck-items';
import type { LinkResult, Result, Scenario } from '../../../src/model/types';

/**
 * A line of `n` links of which the first binds and the rest are unused, each with its own reduced cost (no ties);
 * each link's `from` counts how often it is read: only naming a link reads it.
 */
function line(n: number, reducedCost: (i: number) => number): { scenario: Scenario; result: Result; reads: () => number } {
  let reads = 0;
  const links = Array.from({ length: n }, (_, i) => {
    const link = { id: `l${i}`, to: `n${i + 1}`, cost: 1, capacity: 10 };
    Object.defineProperty(link, 'from', { enumerable: true, get: () => (reads++, `n${i}`) });
    return link as unknown as Scenario['links'][number];
  });
  const scenario = { format: 'corridor-flow/scenario@1', name: 'line', nodes: [], links, demands: [] } as unknown as Scenario;
  const linkResults = links.map(
    (l, i): LinkResult => ({ id: l.id, flow: i === 0 ? 10 : 0, utilisation: i === 0 ? 1 : 0, marginalValue: i === 0 ? 5 : 0, reducedCost: i === 0 ? 0 : reducedCost(i) }) as LinkResult,
  );
  const result = { status: 'optimal', links: linkResults, nodes: [], corridors: [], demands: [], served: 10 } as unknown as Result;
  return { scenario, result, reads: () => reads };
}

describe('bottlenecks', () => {
  it('should name a link only when its label is read, and rank unused links without their names when costs differ', () => {
    const { scenario, result, reads } = line(5_000, (i) => 5_000 - i);

    const items = bottlenecks(scenario, result);

    expect(reads()).toBe(0);
    expect(items.unused).toHaveLength(4_999);
    expect(items.unused[0]).toMatchObject({ id: 'l4999', reducedCost: 1 });
    expect(items.unused[0]!.label).toBe('n4999 → n5000 (rail, l4999)');
    expect(items.binding[0]!.label).toBe('n0 → n1 (rail, l0)');
    // Each end of the two links read once; a label read again is not worked out again.
    expect(items.unused[0]!.label).toBe('n4999 → n5000 (rail, l4999)');
    expect(reads()).toBe(2);
  });

  it('should tell ties apart by name, as before', () => {
    const { scenario, result } = line(4, () => 3);

    const { unused } = bottlenecks(scenario, result);

    expect(unused.map((u) => u.label)).toEqual(['n1 → n2 (rail, l1)', 'n2 → n3 (rail, l2)', 'n3 → n4 (rail, l3)']);
    expect({ ...unused[0] }).toEqual({ kind: 'link', id: 'l1', label: 'n1 → n2 (rail, l1)', mode: 'rail', named: false, cost: 1, reducedCost: 3 });
  });

  it('should find each link of a result that lists them in another order than the scenario', () => {
    const { scenario, result } = line(4, (i) => i);
    const reordered = { ...result, links: [...result.links].reverse() } as Result;

    const { binding, unused } = bottlenecks(scenario, reordered);

    expect(binding).toMatchObject([{ id: 'l0', limit: 10, label: 'n0 → n1 (rail, l0)' }]);
    expect(unused.map((u) => [u.id, u.reducedCost, u.label])).toEqual([
      ['l1', 1, 'n1 → n2 (rail, l1)'],
      ['l2', 2, 'n2 → n3 (rail, l2)'],
      ['l3', 3, 'n3 → n4 (rail, l3)'],
    ]);
  });
});
