import { type LpBuild, type LpLayout } from './lp-layout';
import { int32 } from './scratch';

/**
 * Every commodity's flow columns ordered by tail node in the direction its
 * shortest-path tree is searched (forwards, or backwards for a commodity
 * merged by destination: `PathTrees`), each with its tail and head node:
 * what pricing walks, by layout alone. Commodity c's columns keep their
 * range `commodityColumnStart[c] .. commodityFlowEnd[c]`: position p there
 * holds column `column[p]`, from `tail[p]` to `head[p]`, with tails
 * ascending (columns of one tail in column order).
 */
export interface PricingAdjacency {
  readonly column: Int32Array;
  readonly tail: Int32Array;
  readonly head: Int32Array;
  /**
   * Where each node's columns start, per commodity: commodity c's node v at `nodeStart[c × (nodes + 1) + v]`
   * (its end at v + 1), or null where that would take more entries than the commodities have flow columns
   * (`PathTrees` then counts them per tree): what every round's trees would count again.
   */
  readonly nodeStart: Int32Array | null;
}

/** The build's `PricingAdjacency` (kept per layout through `perLayout`). */
export function pricingAdjacency(build: LpBuild): PricingAdjacency {
  return adjacencyOf(build.layout);
}

export function adjacencyOf(layout: LpLayout): PricingAdjacency {
  const numNodes = layout.nodeEnabled.length;
  const numFlow = layout.numCommodities === 0 ? 0 : layout.commodityFlowEnd[layout.numCommodities - 1]!;
  const column = int32(numFlow);
  const tail = int32(numFlow);
  const head = int32(numFlow);
  const next = int32(numNodes + 1);
  const nodeStart = layout.numCommodities * (numNodes + 1) <= numFlow ? int32(layout.numCommodities * (numNodes + 1)) : null;
  for (let c = 0; c < layout.numCommodities; c++) {
    const first = layout.commodityColumnStart[c]!;
    const end = layout.commodityFlowEnd[c]!;
    const backward = layout.commodityDestination[c]! >= 0;
    const from = backward ? layout.linkTo : layout.linkFrom;
    const to = backward ? layout.linkFrom : layout.linkTo;
    // A counting sort by tail: next[v] is where v's next column goes.
    next.fill(0);
    for (let j = first; j < end; j++) next[from[layout.columnItem[j]!]! + 1]!++;
    next[0] = first;
    for (let v = 0; v < numNodes; v++) next[v + 1]! += next[v]!;
    nodeStart?.set(next, c * (numNodes + 1));
    for (let j = first; j < end; j++) {
      const l = layout.columnItem[j]!;
      const p = next[from[l]!]!++;
      column[p] = j;
      tail[p] = from[l]!;
      head[p] = to[l]!;
    }
  }
  return { column, tail, head, nodeStart };
}
