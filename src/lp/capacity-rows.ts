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
  /** The rows are `firstRow .. firstRow + numRows`: the links' in link order, then the nodes'. */
  readonly firstRow: number;
  readonly numRows: number;
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
  const firstRow = writer.numRows;
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
  return { linkCapacityRow, nodeCapacityRow, firstRow, numRows: writer.numRows - firstRow };
}

/** The right-hand side of node n's capacity row: cap_n − Σ_{k from n} V_k. */
export function nodeCapacityUpper(arrays: ScenarioArrays, demands: DemandArrays, n: number): number {
  return arrays.nodeCapacity[n]! - demands.nodeOriginVolume[n]!;
}

/**
 * The entries of the capacity rows: flow columns first, then the unmet columns at their origins. Written straight in
 * CSR (`OrderedRows`, right after the conservation rows), as `SparseRows` would order them: no column twice in a row,
 * no zero.
 */
export function addCapacityEntries(
  writer: LpWriter,
  arrays: ScenarioArrays,
  demands: DemandArrays,
  blocks: CommodityBlocks,
  rows: CapacityRows,
  numFlowAndUnmet: number,
): void {
  if (rows.numRows === 0) return;
  if (writer.orderedRows.numRows !== rows.firstRow) {
    throw new Error(`addCapacityEntries: the capacity rows start at ${rows.firstRow}, not right after the ${writer.orderedRows.numRows} ordered rows`);
  }
  // Counted first (the flow columns were counted per link and head as they were written), then set: `next` holds
  // each row's count, then where its next entry goes.
  const { linkCapacityRow, nodeCapacityRow, firstRow } = rows;
  const next = int32(rows.numRows);
  for (let l = 0; l < arrays.numLinks; l++) if (linkCapacityRow[l] !== NONE) next[linkCapacityRow[l]! - firstRow] = blocks.linkColumns[l]!;
  for (let n = 0; n < arrays.numNodes; n++) if (nodeCapacityRow[n] !== NONE) next[nodeCapacityRow[n]! - firstRow] = blocks.nodeInColumns[n]!;
  unmetCapacityEntries(writer, demands, blocks, rows, next, false);
  writer.orderedRows.appendRows(next);
  flowCapacityEntries(writer, arrays, rows, numFlowAndUnmet, next);
  unmetCapacityEntries(writer, demands, blocks, rows, next, true);
}

/** Each flow column's capacity entries, in column order, at row `rows.firstRow` + r: set at `next[r]`, which it advances. */
function flowCapacityEntries(writer: LpWriter, arrays: ScenarioArrays, rows: CapacityRows, numFlowAndUnmet: number, next: Int32Array): void {
  const { linkCapacityRow, nodeCapacityRow, firstRow } = rows;
  const { linkTo } = arrays;
  const kind = writer.columnKind.array;
  const item = writer.columnItem.array;
  const rowIndex = writer.orderedRows.rowIndex.array;
  const rowValue = writer.orderedRows.rowValue.array;
  for (let j = 0; j < numFlowAndUnmet; j++) {
    if (kind[j] !== COLUMN_KIND.flow) continue;
    const l = item[j]!;
    const linkRow = linkCapacityRow[l]!;
    if (linkRow !== NONE) {
      const at = next[linkRow - firstRow]!++;
      rowIndex[at] = j;
      rowValue[at] = 1;
    }
    const nodeRow = nodeCapacityRow[linkTo[l]!]!;
    if (nodeRow !== NONE) {
      const at = next[nodeRow - firstRow]!++;
      rowIndex[at] = j;
      rowValue[at] = 1;
    }
  }
}

/** Each unmet column's entry in its origin's capacity row, in demand order: advances `next` there, and with `fill` is set. */
function unmetCapacityEntries(writer: LpWriter, demands: DemandArrays, blocks: CommodityBlocks, rows: CapacityRows, next: Int32Array, fill: boolean): void {
  const { nodeCapacityRow, firstRow } = rows;
  const { demandOrigin } = demands;
  const { unmetColumn } = blocks;
  const rowIndex = writer.orderedRows.rowIndex.array;
  const rowValue = writer.orderedRows.rowValue.array;
  for (let k = 0; k < demands.numDemands; k++) {
    const u = unmetColumn[k]!;
    const origin = demandOrigin[k]!;
    if (u === NONE || origin === NONE || nodeCapacityRow[origin] === NONE) continue;
    const at = next[nodeCapacityRow[origin]! - firstRow]!++;
    if (fill) {
      rowIndex[at] = u;
      rowValue[at] = -1;
    }
  }
}
