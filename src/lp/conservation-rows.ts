import type { AllArcs } from './all-arcs';
import type { BlockScratch } from './block-scratch';
import type { DemandArrays } from './demand-arrays';
import { ROW_KIND } from './lp-layout';
import type { LpWriter } from './lp-writer';
import { NONE, type ScenarioArrays } from './scenario-arrays';

/**
 * One conservation row per node the commodity touches, in node order, so the LP reads the same every build.
 * Entries: +1 at a flow column's tail, −1 at its head; u_k +1 at its origin, −1 at its destination. Written
 * straight in CSR (`OrderedRows`): the commodity's columns are numbered in order, so each row's entries come in
 * column order, and a column's two entries in one row (a loop, or a demand to its own origin) cancel out, as
 * `SparseRows` would merge and drop them.
 */
export function addConservationRows(
  writer: LpWriter,
  arrays: ScenarioArrays,
  demands: DemandArrays,
  block: BlockScratch,
  c: number,
  own: Int32Array,
  allArcs: AllArcs | null,
): void {
  const { nodeRow, nodeRhs } = block;
  const touched = block.touched.subarray(0, block.numTouched).sort();
  const firstRow = addNodeRows(writer, block, c, touched);
  for (const k of own) {
    const origin = demands.demandOrigin[k]!;
    const destination = demands.demandDestination[k]!;
    if (origin !== NONE) block.originRow[k] = firstRow + nodeRow[origin]!;
    if (destination !== NONE) block.destinationRow[k] = firstRow + nodeRow[destination]!;
  }
  // Counted first (the flow columns' entries as they were written), then set: `next` holds each row's count, then
  // where its next entry goes.
  const next = block.rowCount.subarray(0, touched.length);
  const flowEntries = allArcs === null ? block.nodeEntries : allArcs.nodeEntries;
  for (let r = 0; r < touched.length; r++) next[r] = flowEntries[touched[r]!]!;
  unmetConservationEntries(writer, block, own, firstRow, next, false);
  writer.orderedRows.appendRows(next);
  if (allArcs === null) flowConservationEntries(writer, arrays, block, c, next);
  else allArcConservationEntries(writer, allArcs, block, c, touched, next);
  unmetConservationEntries(writer, block, own, firstRow, next, true);
  // Leave nodeRow holding a value no later stamp can equal, and nodeRhs at 0.
  for (const n of touched) {
    nodeRow[n] = 0;
    nodeRhs[n] = 0;
    block.nodeEntries[n] = 0;
  }
  block.numTouched = 0;
}

/** A conservation row of commodity c for each node of `touched`, numbered (from the first) in `nodeRow`; returns the first. */
function addNodeRows(writer: LpWriter, block: BlockScratch, c: number, touched: Int32Array): number {
  const { nodeRow, nodeRhs } = block;
  const firstRow = writer.numRows;
  writer.reserveRows(touched.length);
  const kind = writer.rowKind.array;
  const item = writer.rowItem.array;
  const commodity = writer.rowCommodity.array;
  const lower = writer.rowLower.array;
  const upper = writer.rowUpper.array;
  for (let r = 0; r < touched.length; r++) {
    const n = touched[r]!;
    const i = firstRow + r;
    kind[i] = ROW_KIND.conservation;
    item[i] = n;
    commodity[i] = c;
    lower[i] = nodeRhs[n]!;
    upper[i] = nodeRhs[n]!;
    nodeRow[n] = r;
  }
  writer.setNumRows(firstRow + touched.length);
  return firstRow;
}

/**
 * Each flow column's conservation entries in column order, at row r of the commodity: set at `next[r]` (the place in
 * `writer.orderedRows`), which it advances.
 */
function flowConservationEntries(writer: LpWriter, arrays: ScenarioArrays, block: BlockScratch, c: number, next: Int32Array): void {
  const { linkFrom, linkTo } = arrays;
  const { nodeRow } = block;
  const rowIndex = writer.orderedRows.rowIndex.array;
  const rowValue = writer.orderedRows.rowValue.array;
  const columnItem = writer.columnItem.array;
  for (let j = block.commodityColumnStart[c]!; j < block.commodityFlowEnd[c]!; j++) {
    const l = columnItem[j]!;
    const tail = nodeRow[linkFrom[l]!]!;
    const head = nodeRow[linkTo[l]!]!;
    if (tail === head) continue;
    const out = next[tail]!++;
    const into = next[head]!++;
    rowIndex[out] = j;
    rowValue[out] = 1;
    rowIndex[into] = j;
    rowValue[into] = -1;
  }
}

/** What `flowConservationEntries` sets for a commodity on every arc, row by row from `AllArcs`' entries. */
function allArcConservationEntries(writer: LpWriter, allArcs: AllArcs, block: BlockScratch, c: number, touched: Int32Array, next: Int32Array): void {
  const { entryStart, entryArc, entryValue } = allArcs;
  const rowIndex = writer.orderedRows.rowIndex.array;
  const rowValue = writer.orderedRows.rowValue.array;
  const columnStart = block.commodityColumnStart[c]!;
  for (let r = 0; r < touched.length; r++) {
    const n = touched[r]!;
    let at = next[r]!;
    for (let p = entryStart[n]!; p < entryStart[n + 1]!; p++) {
      rowIndex[at] = columnStart + entryArc[p]!;
      rowValue[at++] = entryValue[p]!;
    }
    next[r] = at;
  }
}

/**
 * Each unmet column's conservation entries, in demand order, at row `firstRow` + r: advances `next[r]`, and with `fill`
 * is set there.
 */
function unmetConservationEntries(writer: LpWriter, block: BlockScratch, own: Int32Array, firstRow: number, next: Int32Array, fill: boolean): void {
  const { unmetColumn, originRow, destinationRow } = block;
  const rowIndex = writer.orderedRows.rowIndex.array;
  const rowValue = writer.orderedRows.rowValue.array;
  for (let i = 0; i < own.length; i++) {
    const k = own[i]!;
    const u = unmetColumn[k]!;
    const origin = originRow[k]!;
    const destination = destinationRow[k]!;
    if (u === NONE || origin === destination) continue;
    if (origin !== NONE) {
      const at = next[origin - firstRow]!++;
      if (fill) {
        rowIndex[at] = u;
        rowValue[at] = 1;
      }
    }
    if (destination !== NONE) {
      const at = next[destination - firstRow]!++;
      if (fill) {
        rowIndex[at] = u;
        rowValue[at] = -1;
      }
    }
  }
}
