/**
 * buildLp's stages, each on its own, on scenarios small enough to read the
 * answer off by hand (the whole LP is held to the spec by build-lp.test.ts
 * and to its pre-split form by build-lp-snapshot.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { arcAdjacency } from '../../../src/lp/arc-adjacency';
import { addCapacityEntries, addCapacityRows } from '../../../src/lp/capacity-rows';
import { commoditiesByOrigin } from '../../../src/lp/commodities';
import { addCommodityBlocks } from '../../../src/lp/commodity-blocks';
import { addCorridorEntries, addCorridorRows } from '../../../src/lp/corridor-rows';
import { demandArrays } from '../../../src/lp/demand-arrays';
import { BUILD_MODE, COLUMN_KIND, ROW_KIND } from '../../../src/lp/lp-layout';
import { LpWriter } from '../../../src/lp/lp-writer';
import { lowerBoundCycleArcs, Reachability } from '../../../src/lp/reachability';
import { NONE, scenarioArrays } from '../../../src/lp/scenario-arrays';
import type { Scenario } from '../../../src/model/types';
import { link, scenarioOf } from './scenario-fixture';

/** A→B→C, A→C, a closed corridor's gate C→A, a disabled node D with a link B→D. */
function chain(): Scenario {
  return scenarioOf({
    nodes: ['A', 'B', 'C', { id: 'D', enabled: false }],
    links: [link('A', 'B', 1, { days: 2 }), link('B', 'C', 2), link('A', 'C', 5, { capacity: 7 }), link('C', 'A', 1), link('B', 'D', 1)],
    corridors: [{ id: 'back', gates: ['CA'], enabled: false }],
    demands: [
      { id: 'ac', from: 'A', to: 'C', volume: 10, unmetPenalty: 100 },
      { id: 'ab', from: 'A', to: 'B', volume: 4, valueOfTime: 2 },
      { id: 'bc', from: 'B', to: 'C', volume: 3 },
    ],
  });
}

function rowOf(writer: LpWriter, i: number): Map<number, number> {
  const lp = writer.problem(0);
  const row = new Map<number, number>();
  for (let p = lp.rowStart[i]!; p < lp.rowStart[i + 1]!; p++) row.set(lp.rowIndex[p]!, lp.rowValue[p]!);
  return row;
}

describe('scenarioArrays', () => {
  it('should keep as arcs only enabled links between enabled nodes outside closed corridors', () => {
    const arrays = scenarioArrays(chain());
    expect(Array.from(arrays.linkIsArc)).toEqual([1, 1, 1, 0, 0]);
    expect(arrays.numArcs).toBe(3);
    expect(Array.from(arrays.linkCorridor)).toEqual([NONE, NONE, NONE, 0, NONE]);
    expect(arrays.anyDays).toBe(true);
    expect(arrays.linkCapacity[2]).toBe(7);
    expect(arrays.linkCapacity[0]).toBe(Infinity);
  });
});

describe('arcAdjacency', () => {
  it('should list the arcs out of and into each node in link order', () => {
    const adjacency = arcAdjacency(scenarioArrays(chain()));
    expect(Array.from(adjacency.outStart)).toEqual([0, 2, 3, 3, 3]);
    expect(Array.from(adjacency.outLink)).toEqual([0, 2, 1]);
    expect(Array.from(adjacency.outHead)).toEqual([1, 2, 2]);
    expect(Array.from(adjacency.inStart)).toEqual([0, 0, 1, 3, 3]);
    expect(Array.from(adjacency.inLink)).toEqual([0, 1, 2]);
  });
});

describe('lowerBoundCycleArcs', () => {
  it('should keep the arcs of a cycle through a gate of a lower-bounded corridor, and nothing without one', () => {
    const scenario = scenarioOf({
      nodes: ['A', 'B', 'C'],
      links: [link('A', 'B', 1), link('B', 'A', 1), link('B', 'C', 1)],
      corridors: [{ id: 'g', gates: ['AB'], minFlow: 1 }],
      demands: [{ id: 'd', from: 'B', to: 'C', volume: 1 }],
    });
    const arrays = scenarioArrays(scenario);
    expect(Array.from(lowerBoundCycleArcs(arrays, arcAdjacency(arrays)))).toEqual([1, 1, 0]);
    const unbounded = scenarioArrays({ ...scenario, corridors: [{ id: 'g', gates: ['AB'] }] });
    expect(Array.from(lowerBoundCycleArcs(unbounded, arcAdjacency(unbounded)))).toEqual([0, 0, 0]);
  });
});

describe('Reachability', () => {
  it('should stamp what the sources reach and what reaches the sinks, over arcs only', () => {
    const arrays = scenarioArrays(chain());
    const reach = new Reachability(arrays, arcAdjacency(arrays));
    reach.mark(1, [1], [1]);
    expect(Array.from(reach.forward, (s) => s === 1)).toEqual([false, true, true, false]);
    expect(Array.from(reach.backward, (s) => s === 1)).toEqual([true, true, false, false]);
    // A new stamp forgets the last search without clearing.
    reach.mark(2, [2], [0]);
    expect(Array.from(reach.forward, (s) => s === 2)).toEqual([false, false, true, false]);
    expect(Array.from(reach.backward, (s) => s === 2)).toEqual([true, false, false, false]);
  });
});

describe('commoditiesByOrigin', () => {
  it('should merge demands by origin, and by value of time only where it prices flow', () => {
    const scenario = chain();
    const demands = demandArrays(scenario, scenarioArrays(scenario), true);
    const byOrigin = commoditiesByOrigin(demands, { merge: true, byValueOfTime: false });
    expect(Array.from(byOrigin.demandCommodity)).toEqual([0, 0, 1]);
    expect(Array.from(byOrigin.commodityOrigin)).toEqual([0, 1]);
    expect(Array.from(byOrigin.commodityDemands)).toEqual([0, 1, 2]);
    expect(Array.from(commoditiesByOrigin(demands, { merge: true, byValueOfTime: true }).demandCommodity)).toEqual([0, 1, 2]);
    expect(commoditiesByOrigin(demands, { merge: false, byValueOfTime: false }).numCommodities).toBe(3);
  });
});

describe('addCommodityBlocks', () => {
  it('should write each commodity its pruned flow columns, unmet columns and conservation rows', () => {
    const scenario = chain();
    const arrays = scenarioArrays(scenario);
    const adjacency = arcAdjacency(arrays);
    const demands = demandArrays(scenario, arrays, true);
    const commodities = commoditiesByOrigin(demands, { merge: true, byValueOfTime: false });
    const writer = new LpWriter();
    const blocks = addCommodityBlocks(writer, scenario, arrays, demands, commodities, new Reachability(arrays, adjacency), lowerBoundCycleArcs(arrays, adjacency), {
      mode: BUILD_MODE.cost,
      prune: true,
    });
    // From A (to C and B): A→B, B→C, A→C, then u of `ac`; from B (to C): B→C only.
    expect(Array.from(writer.columnItem.toArray())).toEqual([0, 1, 2, 0, 1]);
    expect(Array.from(writer.columnKind.toArray())).toEqual([COLUMN_KIND.flow, COLUMN_KIND.flow, COLUMN_KIND.flow, COLUMN_KIND.unmet, COLUMN_KIND.flow]);
    expect(Array.from(blocks.commodityColumnStart)).toEqual([0, 4, 5]);
    expect(Array.from(blocks.commodityFlowEnd)).toEqual([3, 5]);
    expect(Array.from(blocks.unmetColumn)).toEqual([3, NONE, NONE]);
    // Rows of A, B, C for the first commodity: out − in (+ u at A, − u at C) = 14, −4, −10.
    expect(Array.from(writer.rowLower.toArray())).toEqual([14, -4, -10, 3, -3]);
    expect(rowOf(writer, 0)).toEqual(new Map([[0, 1], [2, 1], [3, 1]]));
    expect(rowOf(writer, 2)).toEqual(new Map([[1, -1], [2, -1], [3, -1]]));
    expect([blocks.originRow[0], blocks.destinationRow[0], blocks.originRow[2], blocks.destinationRow[2]]).toEqual([0, 2, 3, 4]);
    expect(Array.from(blocks.linkColumns)).toEqual([1, 2, 1, 0, 0]);
  });
});

describe('addCapacityRows and addCorridorRows', () => {
  it('should write the rows every commodity shares, entries from flow columns first', () => {
    const scenario: Scenario = {
      ...chain(),
      nodes: [{ id: 'A', capacity: 20 }, { id: 'B' }, { id: 'C' }, { id: 'D', enabled: false }],
      links: chain().links.map((l) => (l.id === 'CA' ? { ...l, enabled: false } : l)),
      corridors: [{ id: 'direct', gates: ['AC'], maxShare: 0.5 }],
    };
    const arrays = scenarioArrays(scenario);
    const adjacency = arcAdjacency(arrays);
    const demands = demandArrays(scenario, arrays, true);
    const commodities = commoditiesByOrigin(demands, { merge: true, byValueOfTime: false });
    const writer = new LpWriter();
    const blocks = addCommodityBlocks(writer, scenario, arrays, demands, commodities, new Reachability(arrays, adjacency), lowerBoundCycleArcs(arrays, adjacency), {
      mode: BUILD_MODE.cost,
      prune: true,
    });
    const numFlowAndUnmet = writer.numCols;
    const capacity = addCapacityRows(writer, arrays, demands, blocks);
    const corridor = addCorridorRows(writer, scenario, demands, BUILD_MODE.cost);
    addCapacityEntries(writer, arrays, demands, blocks, capacity, numFlowAndUnmet);
    addCorridorEntries(writer, arrays, demands, blocks, corridor, numFlowAndUnmet);
    const linkRow = capacity.linkCapacityRow[2]!;
    const nodeRow = capacity.nodeCapacityRow[0]!;
    const shareRow = corridor.corridorMaxShareRow[0]!;
    expect(Array.from(writer.rowKind.toArray()).slice(-3)).toEqual([ROW_KIND.linkCapacity, ROW_KIND.nodeCapacity, ROW_KIND.corridorMaxShare]);
    // A→C ≤ 7; nothing enters A, so −u_ac ≤ 20 − 14; F + 0.5 u_ac ≤ 0.5 · 17.
    expect(rowOf(writer, linkRow)).toEqual(new Map([[2, 1]]));
    expect(writer.rowUpper.get(linkRow)).toBe(7);
    expect(rowOf(writer, nodeRow)).toEqual(new Map([[3, -1]]));
    expect(writer.rowUpper.get(nodeRow)).toBe(6);
    expect(rowOf(writer, shareRow)).toEqual(new Map([[2, 1], [3, 0.5]]));
    expect(writer.rowUpper.get(shareRow)).toBe(8.5);
  });
});
