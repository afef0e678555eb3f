import type { CommodityBlocks } from './commodity-blocks';
import type { DemandArrays } from './demand-arrays';
import { COLUMN_KIND, ROW_KIND } from './lp-layout';
import type { LpWriter } from './lp-writer';
import { NONE, type ScenarioArrays } from './scenario-arrays';
import { int32 } from './scratch';

/** Rows of the finite link and node capacities some flow column (or origin) meets. */
export interface CapacityRows {
  readonly linkCapacityRow: Int32Array;
  readonly nodeCapacityRow: Int32Array;
}

/**
 * Σ_c x(c,a) ≤ cap_a for each link, and for each node the throughput (what
 * enters plus what starts there) ≤ cap_n, written with s_k = V_k − u_k:
 *
 *   Σ_{a into n} Σ_c x(c,a) − Σ_{k from n} u_k ≤ cap_n − Σ_{k from n} V_k.
 */
export function addCapacityRows(
  writer: LpWriter,
  arrays: ScenarioArrays,
  demands: DemandArrays,
  blocks: CommodityBlocks,
): CapacityRows {
  const { numLinks, numNodes, linkCapacity, nodeEnabled, nodeCapacity } = arrays;
  const linkCapacityRow = int32(numLinks).fill(NONE);
  for (let l = 0; l < numLinks; l++) {
    if (blocks.linkColumns[l]! > 0 && Number.isFinite(linkCapacity[l]!)) {
      linkCapacityRow[l] = writer.addRow(ROW_KIND.linkCapacity, l, NONE, -Infinity, linkCapacity[l]!);
    }
  }
  const nodeCapacityRow = int32(numNodes).fill(NONE);
  for (let n = 0; n < numNodes; n++) {
    if (
      nodeEnabled[n] === 1 &&
      Number.isFinite(nodeCapacity[n]!) &&
      (blocks.nodeInColumns[n]! > 0 || demands.nodeHasOrigin[n] === 1)
    ) {
      nodeCapacityRow[n] = writer.addRow(ROW_KIND.nodeCapacity, n, NONE, -Infinity, nodeCapacityUpper(arrays, demands, n));
    }
  }
  return { linkCapacityRow, nodeCapacityRow };
}

/** The right-hand side of node n's capacity row: cap_n − Σ_{k from n} V_k. */
export function nodeCapacityUpper(arrays: ScenarioArrays, demands: DemandArrays, n: number): number {
  return arrays.nodeCapacity[n]! - demands.nodeOriginVolume[n]!;
}

/** The entries of the capacity rows: flow columns first, then the unmet columns at their origins. */
export function addCapacityEntries(
  writer: LpWriter,
  arrays: ScenarioArrays,
  demands: DemandArrays,
  blocks: CommodityBlocks,
  rows: CapacityRows,
  numFlowAndUnmet: number,
): void {
  const { linkCapacityRow, nodeCapacityRow } = rows;
  for (let j = 0; j < numFlowAndUnmet; j++) {
    if (writer.columnKind.get(j) !== COLUMN_KIND.flow) continue;
    const l = writer.columnItem.get(j);
    if (linkCapacityRow[l] !== NONE) writer.addEntry(linkCapacityRow[l]!, j, 1);
    const to = arrays.linkTo[l]!;
    if (nodeCapacityRow[to] !== NONE) writer.addEntry(nodeCapacityRow[to]!, j, 1);
  }
  for (let k = 0; k < demands.numDemands; k++) {
    const u = blocks.unmetColumn[k]!;
    const origin = demands.demandOrigin[k]!;
    if (u !== NONE && origin !== NONE && nodeCapacityRow[origin] !== NONE) writer.addEntry(nodeCapacityRow[origin]!, u, -1);
  }
}
