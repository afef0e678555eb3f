import { GrowableFloat64, GrowableInt32 } from './growable-array';
import { COLUMN_KIND } from './lp-layout';
import type { PathMaster } from './path-master';
import { float64, int32 } from './scratch';
import type { LpProblem } from './types';

/**
 * The LP of `master` with the paths added so far (see `PathMaster` for its rows and columns), round after round: a
 * retired path fixed at 0, a row left out (`PathMaster.leaveOut`) without entries.
 *
 * Why it keeps the last LP's rows: a master only grows by path columns, appended after every column it had, so each
 * row of the next LP is the same row's entries in the last one followed by the new paths' (rows ordered by column,
 * as a transpose of the columns writes them). Copying the kept rows and placing only the new paths' entries makes
 * the same LP, entry for entry, where rebuilding every path's column and transposing them all each round cost more
 * than anything else outside GLPK on Planar 80. A row left out since loses its paths' entries; a row put back since
 * (`LeftOutRows`, most rounds) gets those of the paths already in, from lists of their entries by row.
 */
export class MasterProblemBuilder {
  /** Paths in the kept rows, or -1 when none are kept; 1 for each row that was in the master's LP then. */
  private keptPaths = -1;
  private readonly keptInLp: Uint8Array;
  private readonly keptStart: Int32Array;
  private readonly keptIndex = new GrowableInt32();
  private readonly keptValue = new GrowableFloat64();
  /**
   * Every kept path's entries by row, whether the row is in the LP or not: row r's from `rowHead[r]` on through
   * `nextInRow` (-1 ends it), last path first, each entry's path in `entryPath`. So that a row put back gets its
   * entries without a pass over every path's.
   */
  private readonly rowHead: Int32Array;
  private readonly nextInRow = new GrowableInt32();
  private readonly entryPath = new GrowableInt32();
  private indexedPaths = 0;
  /** Each row's number of entries in the kept rows (scratch for the next build). */
  private readonly rowCount: Int32Array;

  constructor(private readonly master: PathMaster) {
    this.keptStart = new Int32Array(master.numRows + 1);
    this.keptInLp = new Uint8Array(master.numRows);
    this.rowHead = new Int32Array(master.numRows).fill(-1);
    this.rowCount = new Int32Array(master.numRows);
  }

  problem(): LpProblem {
    const master = this.master;
    const { lp } = master.build;
    const numRows = master.numRows;
    const numFixed = master.fixedColumns.length;
    const numArtificial = master.artificialRow.length;
    const numPaths = master.numPaths;
    const firstPath = numFixed + numArtificial;
    const numCols = firstPath + numPaths;
    // Each row's entries are counted (the kept rows' counts and what changed), then placed in column order.
    const { objective, colLower, colUpper, rowLower, rowUpper } = costsAndBounds(master);
    const reuse = this.keptPaths >= 0;
    const fromPath = reuse ? this.keptPaths : 0;
    const count = this.rowCount;
    const anyBack = reuse ? this.countKeptRows(firstPath) : countFixedColumns(master, count);
    countPaths(master, fromPath, count);

    const rowStart = int32(numRows + 1);
    for (let r = 0; r < numRows; r++) rowStart[r + 1] = rowStart[r]! + count[r]!;
    const numEntries = rowStart[numRows]!;
    const rowIndex = int32(numEntries);
    const rowValue = float64(numEntries);
    const next = int32(numRows);
    if (reuse) this.placeKept(firstPath, anyBack, rowStart, rowIndex, rowValue, next);
    else {
      next.set(rowStart.subarray(0, numRows));
      placeFixedColumns(master, rowIndex, rowValue, next);
    }
    placePaths(master, fromPath, rowIndex, rowValue, next);
    this.indexPaths(numPaths);
    this.keep(numPaths, rowStart, rowIndex, rowValue);
    return { numCols, numRows, objective, objectiveConstant: lp.objectiveConstant, colLower, colUpper, rowLower, rowUpper, rowStart, rowIndex, rowValue };
  }

  /**
   * The kept rows' counts into `rowCount`, mended where a row was left out (its paths' entries go) or put back
   * (its kept paths' entries come) since. Returns whether one was put back.
   */
  private countKeptRows(firstPath: number): boolean {
    const master = this.master;
    const { keptInLp: keptIn, keptStart, rowCount: count } = this;
    const keptIndex = this.keptIndex.array;
    const nextInRow = this.nextInRow.array;
    let anyBack = false;
    for (let r = 0; r < master.numRows; r++) {
      if (keptIn[r] === 1 && !master.inMasterLp(r)) {
        // Left out since: its unmet, slack and artificial entries stay, its paths' go.
        let n = 0;
        for (let q = keptStart[r]!; q < keptStart[r + 1]!; q++) if (keptIndex[q]! < firstPath) n++;
        count[r] = n;
      } else if (keptIn[r] === 0 && master.inMasterLp(r)) {
        anyBack = true;
        for (let e = this.rowHead[r]!; e >= 0; e = nextInRow[e]!) count[r]!++;
      }
    }
    return anyBack;
  }

  /**
   * The kept rows into the new LP's, but a row left out since without its paths' entries, and a row put back since
   * with its kept paths' entries (from `rowHead`), and `next` set after each row's.
   */
  private placeKept(firstPath: number, anyBack: boolean, rowStart: Int32Array, rowIndex: Int32Array, rowValue: Float64Array, next: Int32Array): void {
    const master = this.master;
    const numRows = master.numRows;
    const { keptInLp: keptIn, keptStart } = this;
    const keptIndex = this.keptIndex.array;
    const keptValue = this.keptValue.array;
    // Rows between two that change keep their offset: each such run is copied in one go (a native copy, where an
    // entry-by-entry loop runs mostly unoptimized in a command that solves once).
    let from = 0;
    for (let r = 0; r < numRows; r++) {
      const changed = keptIn[r] !== (master.inMasterLp(r) ? 1 : 0);
      if (changed) {
        copyRows(keptStart, keptIndex, keptValue, from, r, rowStart, rowIndex, rowValue);
        let at = rowStart[r]!;
        for (let q = keptStart[r]!; q < keptStart[r + 1]!; q++) {
          if (keptIn[r] === 1 && keptIndex[q]! >= firstPath) continue;
          rowIndex[at] = keptIndex[q]!;
          rowValue[at++] = keptValue[q]!;
        }
        next[r] = at;
        from = r + 1;
        continue;
      }
      next[r] = rowStart[r]! + keptStart[r + 1]! - keptStart[r]!;
      if (r + 1 < numRows && next[r] === rowStart[r + 1]) continue;
      copyRows(keptStart, keptIndex, keptValue, from, r + 1, rowStart, rowIndex, rowValue);
      from = r + 1;
    }
    copyRows(keptStart, keptIndex, keptValue, from, numRows, rowStart, rowIndex, rowValue);
    // Rows put back since get their entries of the paths already in, in column order before the new paths'.
    // A row's list runs from its last path to its first: placed from the end of their room back.
    const nextInRow = this.nextInRow.array;
    const entryPath = this.entryPath.array;
    const pathEntryValue = master.pathEntryValue.array;
    for (let r = 0; anyBack && r < numRows; r++) {
      if (keptIn[r] === 1 || !master.inMasterLp(r)) continue;
      let n = 0;
      for (let e = this.rowHead[r]!; e >= 0; e = nextInRow[e]!) n++;
      let at = next[r]! + n;
      for (let e = this.rowHead[r]!; e >= 0; e = nextInRow[e]!) {
        at--;
        rowIndex[at] = firstPath + entryPath[e]!;
        rowValue[at] = pathEntryValue[e]!;
      }
      next[r]! += n;
    }
  }

  /** Lists the entries of paths `indexedPaths .. numPaths` in their rows' lists (`rowHead`). */
  private indexPaths(numPaths: number): void {
    const master = this.master;
    const pathEntryStart = master.pathEntryStart.array;
    const pathEntryRow = master.pathEntryRow.array;
    const end = pathEntryStart[numPaths]!;
    this.nextInRow.reserve(end - this.nextInRow.length);
    this.entryPath.reserve(end - this.entryPath.length);
    const nextInRow = this.nextInRow.array;
    const entryPath = this.entryPath.array;
    for (let p = this.indexedPaths; p < numPaths; p++) {
      for (let e = pathEntryStart[p]!; e < pathEntryStart[p + 1]!; e++) {
        const r = pathEntryRow[e]!;
        nextInRow[e] = this.rowHead[r]!;
        this.rowHead[r] = e;
        entryPath[e] = p;
      }
    }
    this.nextInRow.length = end;
    this.entryPath.length = end;
    this.indexedPaths = numPaths;
  }

  /** Keeps copies of the rows just built: the caller's LP may be changed or its scratch buffers reused. */
  private keep(numPaths: number, rowStart: Int32Array, rowIndex: Int32Array, rowValue: Float64Array): void {
    this.keptPaths = numPaths;
    for (let r = 0; r < this.master.numRows; r++) this.keptInLp[r] = this.master.inMasterLp(r) ? 1 : 0;
    this.keptStart.set(rowStart);
    for (let r = 0; r < this.master.numRows; r++) this.rowCount[r] = rowStart[r + 1]! - rowStart[r]!;
    this.keptIndex.length = 0;
    this.keptIndex.reserve(rowIndex.length);
    this.keptIndex.array.set(rowIndex);
    this.keptIndex.length = rowIndex.length;
    this.keptValue.length = 0;
    this.keptValue.reserve(rowValue.length);
    this.keptValue.array.set(rowValue);
    this.keptValue.length = rowValue.length;
  }
}

/** Kept rows `from .. to` (exclusive) into the new LP's, at its offsets: one native copy, their offset being the same. */
function copyRows(
  keptStart: Int32Array,
  keptIndex: Int32Array,
  keptValue: Float64Array,
  from: number,
  to: number,
  rowStart: Int32Array,
  rowIndex: Int32Array,
  rowValue: Float64Array,
): void {
  if (to <= from) return;
  rowIndex.set(keptIndex.subarray(keptStart[from]!, keptStart[to]!), rowStart[from]!);
  rowValue.set(keptValue.subarray(keptStart[from]!, keptStart[to]!), rowStart[from]!);
}

/** The master LP's costs and bounds: a retired path's column fixed at 0, a demand row at its volume. */
function costsAndBounds(master: PathMaster): Pick<LpProblem, 'objective' | 'colLower' | 'colUpper' | 'rowLower' | 'rowUpper'> {
  const { lp, layout } = master.build;
  const numFixed = master.fixedColumns.length;
  const firstPath = numFixed + master.artificialRow.length;
  const numPaths = master.numPaths;
  const numCols = firstPath + numPaths;
  const objective = float64(numCols);
  const colLower = float64(numCols);
  const colUpper = float64(numCols).fill(Infinity);
  for (let m = 0; m < numFixed; m++) {
    const j = master.fixedColumns[m]!;
    objective[m] = lp.objective[j]!;
    colLower[m] = lp.colLower[j]!;
    colUpper[m] = lp.colUpper[j]!;
  }
  objective.fill(master.artificialCost, numFixed, firstPath);
  objective.set(master.pathCost.array.subarray(0, numPaths), firstPath);
  for (let p = 0; p < numPaths; p++) if (master.isRetired(p)) colUpper[firstPath + p] = 0;

  const rowLower = float64(master.numRows);
  const rowUpper = float64(master.numRows);
  for (let r = 0; r < master.couplingRows.length; r++) {
    const i = master.couplingRows[r]!;
    rowLower[r] = lp.rowLower[i]!;
    rowUpper[r] = lp.rowUpper[i]!;
  }
  for (let k = 0; k < master.demandRow.length; k++) {
    rowLower[master.demandRow[k]!] = layout.demandVolume[k]!;
    rowUpper[master.demandRow[k]!] = layout.demandVolume[k]!;
  }
  return { objective, colLower, colUpper, rowLower, rowUpper };
}

/** Each row's entries of the unmet, slack and artificial columns into `count` (others 0). Returns false (no row put back). */
function countFixedColumns(master: PathMaster, count: Int32Array): boolean {
  const { layout } = master.build;
  count.fill(0);
  for (let m = 0; m < master.fixedColumns.length; m++) {
    const j = master.fixedColumns[m]!;
    for (let p = master.entryStart[j]!; p < master.entryStart[j + 1]!; p++) count[master.entryRow[p]!]!++;
    if (layout.columnKind[j] === COLUMN_KIND.unmet) count[master.demandRow[layout.columnItem[j]!]!]!++;
  }
  for (let a = 0; a < master.artificialRow.length; a++) count[master.artificialRow[a]!]!++;
  return false;
}

/** Adds to `count` each row's entries of paths `fromPath ..` (in the LP's rows, and one in its demand's row but a cycle's). */
function countPaths(master: PathMaster, fromPath: number, count: Int32Array): void {
  const pathDemand = master.pathDemand.array;
  const pathEntryStart = master.pathEntryStart.array;
  const pathEntryRow = master.pathEntryRow.array;
  for (let p = fromPath; p < master.numPaths; p++) {
    for (let e = pathEntryStart[p]!; e < pathEntryStart[p + 1]!; e++) {
      const r = pathEntryRow[e]!;
      if (master.inMasterLp(r)) count[r]!++;
    }
    if (pathDemand[p]! >= 0) count[master.demandRow[pathDemand[p]!]!]!++;
  }
}

/** The unmet, slack and artificial columns' entries at each row's `next` place, in column order. */
function placeFixedColumns(master: PathMaster, rowIndex: Int32Array, rowValue: Float64Array, next: Int32Array): void {
  const { layout } = master.build;
  const numFixed = master.fixedColumns.length;
  for (let m = 0; m < numFixed; m++) {
    const j = master.fixedColumns[m]!;
    for (let p = master.entryStart[j]!; p < master.entryStart[j + 1]!; p++) {
      const at = next[master.entryRow[p]!]!++;
      rowIndex[at] = m;
      rowValue[at] = master.entryValue[p]!;
    }
    if (layout.columnKind[j] === COLUMN_KIND.unmet) {
      const at = next[master.demandRow[layout.columnItem[j]!]!]!++;
      rowIndex[at] = m;
      rowValue[at] = 1;
    }
  }
  for (let a = 0; a < master.artificialRow.length; a++) {
    const at = next[master.artificialRow[a]!]!++;
    rowIndex[at] = numFixed + a;
    rowValue[at] = master.artificialSign[a]!;
  }
}

/** Paths `fromPath ..`'s entries at each row's `next` place, in column order. */
function placePaths(master: PathMaster, fromPath: number, rowIndex: Int32Array, rowValue: Float64Array, next: Int32Array): void {
  const firstPath = master.pathColumn(0);
  const pathDemand = master.pathDemand.array;
  const pathEntryStart = master.pathEntryStart.array;
  const pathEntryRow = master.pathEntryRow.array;
  const pathEntryValue = master.pathEntryValue.array;
  for (let p = fromPath; p < master.numPaths; p++) {
    const m = firstPath + p;
    for (let e = pathEntryStart[p]!; e < pathEntryStart[p + 1]!; e++) {
      const r = pathEntryRow[e]!;
      if (!master.inMasterLp(r)) continue;
      const at = next[r]!++;
      rowIndex[at] = m;
      rowValue[at] = pathEntryValue[e]!;
    }
    // A cycle (demand -1) has no demand row.
    if (pathDemand[p]! < 0) continue;
    const at = next[master.demandRow[pathDemand[p]!]!]!++;
    rowIndex[at] = m;
    rowValue[at] = 1;
  }
}
