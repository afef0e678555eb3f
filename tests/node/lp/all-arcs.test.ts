/**
 * `AllArcs`: what `addCommodityBlocks` writes in bulk for a commodity whose walks use every arc must be what it
 * writes arc by arc for any other (the whole LP is held byte for byte by build-lp-snapshot.test.ts; here the pieces).
 */
import { describe, expect, it } from 'vitest';
import { AllArcs } from '../../../src/lp/all-arcs';
import { arcAdjacency } from '../../../src/lp/arc-adjacency';
import { buildLp } from '../../../src/lp/build-lp';
import { flowCost } from '../../../src/lp/commodity-blocks';
import { COLUMN_KIND } from '../../../src/lp/lp-layout';
import { Reachability } from '../../../src/lp/reachability';
import { scenarioArrays } from '../../../src/lp/scenario-arrays';
import type { Scenario } from '../../../src/model/types';
import { link, scenarioOf } from './scenario-fixture';

/**
 * A→B→C→A with a spur C→D, and a disabled link C→B. Demand A→D can use every arc; demand B→A cannot
 * use C→D (D reaches no A).
 */
function ring(): Scenario {
  return scenarioOf({
    nodes: ['A', 'B', 'C', 'D'],
    links: [
      link('A', 'B', 1, { days: 2 }),
      link('B', 'C', 2),
      link('C', 'A', 3),
      link('C', 'B', 1, { enabled: false }),
      link('C', 'D', 1),
    ],
    demands: [
      { id: 'ad', from: 'A', to: 'D', volume: 10, valueOfTime: 3 },
      { id: 'ba', from: 'B', to: 'A', volume: 2 },
    ],
  });
}

describe('AllArcs', () => {
  const scenario = ring();
  const arrays = scenarioArrays(scenario);
  const allArcs = new AllArcs(arrays);

  it('should list the arcs in link order, and each node that ends one', () => {
    expect(Array.from(allArcs.links)).toEqual([0, 1, 2, 4]);
    expect(Array.from(allArcs.ends)).toEqual([0, 1, 2, 3]);
  });

  it('should hold each node’s conservation entries in arc order, +1 out and −1 in', () => {
    const entries = (n: number): [number, number][] =>
      Array.from({ length: allArcs.entryStart[n + 1]! - allArcs.entryStart[n]! }, (_, i) => {
        const p = allArcs.entryStart[n]! + i;
        return [allArcs.entryArc[p]!, allArcs.entryValue[p]!];
      });
    expect(entries(0)).toEqual([[0, 1], [2, -1]]);
    expect(entries(1)).toEqual([[0, -1], [1, 1]]);
    expect(entries(2)).toEqual([[1, -1], [2, 1], [3, 1]]);
    expect(entries(3)).toEqual([[3, -1]]);
    expect(Array.from(allArcs.nodeEntries)).toEqual([2, 2, 3, 1]);
  });

  it('should price each arc as flowCost does, for each value of time in turn', () => {
    for (const valueOfTime of [3, 0, 3]) {
      const costs = Array.from(allArcs.costs(valueOfTime));
      expect(costs).toEqual(Array.from(allArcs.links, (l) => flowCost(arrays, valueOfTime, l)));
    }
  });

  it('should cover a commodity only when every arc’s tail is reached and its head reaches a sink', () => {
    const reach = new Reachability(arrays, arcAdjacency(arrays));
    reach.mark(1, [0], [3]);
    expect(allArcs.coveredBy(reach, 1)).toBe(true);
    // From C to A: C→D is on no walk (D reaches no A).
    reach.mark(2, [2], [0]);
    expect(allArcs.coveredBy(reach, 2)).toBe(false);
  });

  it('should give a build the columns of every arc, priced and on route, for a commodity they all serve', () => {
    const { lp, layout } = buildLp(scenario);
    const c = layout.demandCommodity[0]!;
    const columns = Array.from({ length: layout.commodityFlowEnd[c]! - layout.commodityColumnStart[c]! }, (_, i) => layout.commodityColumnStart[c]! + i);
    expect(columns.map((j) => layout.columnItem[j])).toEqual(Array.from(allArcs.links));
    expect(columns.map((j) => layout.columnKind[j])).toEqual(columns.map(() => COLUMN_KIND.flow));
    expect(columns.map((j) => layout.columnOnRoute[j])).toEqual(columns.map(() => 1));
    expect(columns.map((j) => lp.objective[j])).toEqual(Array.from(allArcs.links, (l) => flowCost(arrays, 3, l)));
    // B→A's commodity is written arc by arc, C→D left out.
    const b = layout.demandCommodity[1]!;
    expect(Array.from(layout.columnItem.subarray(layout.commodityColumnStart[b]!, layout.commodityFlowEnd[b]!))).toEqual([0, 1, 2]);
  });
});
