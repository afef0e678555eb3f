import { COLUMN_KIND } from './lp-layout';
import type { PathMaster } from './path-master';
import { float64, int32 } from './scratch';
import type { LpProblem } from './types';

/**
 * The LP of `master` with the paths added so far (see `PathMaster` for its rows and columns): a retired path fixed
 * at 0, a row left out (`PathMaster.leaveOut`) without entries.
 */
export function masterProblem(master: PathMaster): LpProblem {
  const { lp, layout } = master.build;
  const numFixed = master.fixedColumns.length;
  const numArtificial = master.artificialRow.length;
  const numCols = numFixed + numArtificial + master.numPaths;
  const objective = float64(numCols);
  const colLower = float64(numCols);
  const colUpper = float64(numCols).fill(Infinity);
  // Column-wise entries first (row, value), then transposed to the CSR the LP wants; counted first, so
  // that a master of thousands of paths fills two arrays once instead of doubling them round after round.
  let numEntries = numArtificial + master.pathEntryStart.get(master.numPaths) + master.numPaths;
  for (let m = 0; m < numFixed; m++) {
    const j = master.fixedColumns[m]!;
    numEntries += master.entryStart[j + 1]! - master.entryStart[j]! + (layout.columnKind[j] === COLUMN_KIND.unmet ? 1 : 0);
  }
  const columnStart = int32(numCols + 1);
  const entryRows = int32(numEntries);
  const entryValues = float64(numEntries);
  let numFilled = 0;
  const entry = (r: number, v: number): void => {
    entryRows[numFilled] = r;
    entryValues[numFilled++] = v;
  };
  for (let m = 0; m < numFixed; m++) {
    const j = master.fixedColumns[m]!;
    objective[m] = lp.objective[j]!;
    colLower[m] = lp.colLower[j]!;
    colUpper[m] = lp.colUpper[j]!;
    for (let p = master.entryStart[j]!; p < master.entryStart[j + 1]!; p++) entry(master.entryRow[p]!, master.entryValue[p]!);
    if (layout.columnKind[j] === COLUMN_KIND.unmet) entry(master.demandRow[layout.columnItem[j]!]!, 1);
    columnStart[m + 1] = numFilled;
  }
  for (let a = 0; a < numArtificial; a++) {
    objective[numFixed + a] = master.artificialCost;
    entry(master.artificialRow[a]!, master.artificialSign[a]!);
    columnStart[numFixed + a + 1] = numFilled;
  }
  for (let p = 0; p < master.numPaths; p++) {
    const m = numFixed + numArtificial + p;
    objective[m] = master.pathCost.get(p);
    if (master.isRetired(p)) colUpper[m] = 0;
    for (let e = master.pathEntryStart.get(p); e < master.pathEntryStart.get(p + 1); e++) {
      if (master.inMasterLp(master.pathEntryRow.get(e))) entry(master.pathEntryRow.get(e), master.pathEntryValue.get(e));
    }
    entry(master.demandRow[master.pathDemand.get(p)]!, 1);
    columnStart[m + 1] = numFilled;
  }
  const rowLower = float64(master.numRows);
  const rowUpper = float64(master.numRows);
  master.couplingRows.forEach((i, r) => {
    rowLower[r] = lp.rowLower[i]!;
    rowUpper[r] = lp.rowUpper[i]!;
  });
  for (let k = 0; k < master.demandRow.length; k++) {
    rowLower[master.demandRow[k]!] = layout.demandVolume[k]!;
    rowUpper[master.demandRow[k]!] = layout.demandVolume[k]!;
  }
  const rowStart = int32(master.numRows + 1);
  for (let e = 0; e < numFilled; e++) rowStart[entryRows[e]! + 1]!++;
  for (let r = 0; r < master.numRows; r++) rowStart[r + 1]! += rowStart[r]!;
  const next = rowStart.slice(0, master.numRows);
  const rowIndex = int32(numFilled);
  const rowValue = float64(numFilled);
  for (let m = 0; m < numCols; m++) {
    for (let e = columnStart[m]!; e < columnStart[m + 1]!; e++) {
      const at = next[entryRows[e]!]!++;
      rowIndex[at] = m;
      rowValue[at] = entryValues[e]!;
    }
  }
  return { numCols, numRows: master.numRows, objective, objectiveConstant: lp.objectiveConstant, colLower, colUpper, rowLower, rowUpper, rowStart, rowIndex, rowValue };
}
