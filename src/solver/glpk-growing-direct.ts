import type { GLPK } from 'glpk.js/node';
import { boundType, buildProblem, countEntries, loadMatrix, lowerOf, readSolution, runCold, upperOf, ITERATION_LIMIT, type Built, type DirectSolve, type GlpkProblem } from './glpk-problem';
import { dualSimplex, GLP_EITLIM, GLP_PRIMAL, type Raw } from './glpk-raw-exports';
import type { WarmDirect } from './glpk-warm-direct';

/**
 * A `DirectSolve` for a sequence of LPs that grow by columns (and rows that
 * were empty before): the restricted masters of column generation, each the
 * last with new columns appended. It keeps its GLPK problem and, on the next
 * LP, adds the new columns and newly non-empty rows, sets the costs and
 * bounds that are new or differ from the kept LP's (a retired path's upper
 * bound, the artificials' cost, the LP scaled by other powers of two), loads
 * the matrix again (glpk.js exports no call that adds one column's entries,
 * only `glp_load_matrix`, which replaces them all) and runs
 * the primal simplex from the last basis, without the presolver: the old
 * columns keep their statuses and the new ones enter at their lower bound,
 * so the basis stays primal feasible and only the new columns that price in
 * take pivots, where a cold start redoes the whole master.
 *
 * "Grows" is checked: the same number of rows, every old column still in
 * GLPK's problem, and each row's old entries first and in the same places;
 * a row that was empty (left out of GLPK's problem) may come with entries in
 * any column, old ones too: the path method's capacity rows put back into
 * its master (`LeftOutRows`). GLPK adds it with its auxiliary variable
 * basic, so the basis stays one, primal infeasible where the row is broken
 * (the primal simplex's first phase mends that).
 * Anything else, a solve without objective, or a warm start GLPK refuses (a
 * singular basis) is built afresh and solved as `directSolve` solves it.
 * GLPK's columns and rows are numbered in the order they arrived, not as
 * glpk.js would number them: the masters' answers are certified by their
 * caller, not compared bit for bit with glpk.js's.
 */
export function growingDirect(glpk: GLPK, raw: Raw): WarmDirect {
  let kept: Grown | null = null;
  let warmStarts = 0;
  const release = (): void => {
    if (kept !== null) raw.deleteProb(kept.prob);
    kept = null;
  };
  const solve: DirectSolve = (problem, withObjective, options, primal, dual) => {
    if (!withObjective) {
      const built = buildProblem(glpk, raw, problem, false);
      try {
        return runCold(glpk, raw, built, false, options, primal, dual);
      } finally {
        raw.deleteProb(built.prob);
      }
    }
    if (kept !== null && grows(kept, problem)) {
      const grown = grow(glpk, raw, kept, problem);
      const code = dualSimplex(raw, grown.prob, options, GLP_PRIMAL);
      if (code === GLP_EITLIM) return ITERATION_LIMIT;
      if (code === 0) {
        warmStarts++;
        return readSolution(glpk, raw, grown.built, true, primal, dual);
      }
    }
    release();
    const built = buildProblem(glpk, raw, problem, true);
    kept = keepGrown(built, problem);
    return runCold(glpk, raw, built, true, options, primal, dual);
  };
  return { solve, release, warmStarts: () => warmStarts };
}

/** What `growingDirect` keeps: its GLPK problem and the LP it last held, by GLPK's numbering. */
interface Grown {
  readonly prob: number;
  /** GLPK's column number of each LP column (0: none; past `numCols`: 0, spare room). */
  column: Int32Array;
  numbered: number;
  /** LP row of each GLPK row (GLPK's row k + 1 is `rows[k]`), and GLPK's row number of each LP row (0: none). */
  rows: Int32Array;
  rowNumber: Int32Array;
  numCols: number;
  rowStart: Int32Array;
  rowIndex: Int32Array;
  /**
   * The costs and bounds GLPK holds, by LP column and row (copies: the caller's arrays may be scratch buffers). These
   * and `rowStart`, `rowIndex` may be longer than the kept LP's (spare room, `copyInto`): only its part is read.
   */
  objective: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
}

function keepGrown({ prob, column, numbered }: Built, { lp, rows }: GlpkProblem): Grown {
  const rowNumber = new Int32Array(lp.numRows);
  rows.forEach((i, k) => (rowNumber[i] = k + 1));
  const entries = lp.rowStart[lp.numRows]!;
  return {
    prob,
    column: column.slice(),
    numbered,
    rows: rows.slice(),
    rowNumber,
    numCols: lp.numCols,
    rowStart: lp.rowStart.slice(0, lp.numRows + 1),
    rowIndex: lp.rowIndex.slice(0, entries),
    objective: lp.objective.slice(0, lp.numCols),
    colLower: lp.colLower.slice(0, lp.numCols),
    colUpper: lp.colUpper.slice(0, lp.numCols),
    rowLower: lp.rowLower.slice(0, lp.numRows),
    rowUpper: lp.rowUpper.slice(0, lp.numRows),
  };
}

/** Whether `problem` is the kept LP with columns appended (see `growingDirect`). */
function grows(kept: Grown, { lp, used }: GlpkProblem): boolean {
  if (lp.numRows !== kept.rowNumber.length || lp.numCols < kept.numCols) return false;
  // Arrays in locals: this compares every master's entries with the last one's, mostly before V8 optimizes it.
  const { column, rowNumber, numCols } = kept;
  const keptStart = kept.rowStart;
  const keptIndex = kept.rowIndex;
  const { rowStart, rowIndex } = lp;
  for (let j = 0; j < numCols; j++) if ((column[j]! > 0) !== (used[j] === 1)) return false;
  for (let i = 0; i < lp.numRows; i++) {
    const from = rowStart[i]!;
    const keptFrom = keptStart[i]!;
    const old = keptStart[i + 1]! - keptFrom;
    if (rowStart[i + 1]! - from < old) return false;
    for (let q = 0; q < old; q++) if (rowIndex[from + q] !== keptIndex[keptFrom + q]) return false;
    // A row GLPK did not hold yet may have entries in old columns: it enters basic, and the basis stays one.
    if (rowNumber[i] !== 0 && from + old < rowStart[i + 1]! && rowIndex[from + old]! < numCols) return false;
  }
  return true;
}

/**
 * Adds `problem`'s new columns and rows to the kept GLPK problem, sets the costs and bounds that are new or changed,
 * and loads the matrix again. Why only those: setting a cost or bound to the value GLPK holds changes nothing there
 * (a nonbasic column keeps its status), but a master of thousands of paths paid two wasm calls per column per round.
 */
function grow(glpk: GLPK, raw: Raw, kept: Grown, problem: GlpkProblem): { readonly prob: number; readonly built: Built } {
  const { lp, used } = problem;
  const { prob } = kept;
  const column = kept.column.length >= lp.numCols ? kept.column : grownCopy(kept.column, lp.numCols);
  let numbered = kept.numbered;
  for (let j = kept.numCols; j < lp.numCols; j++) if (used[j] === 1) column[j] = ++numbered;
  if (numbered > kept.numbered) raw.addCols(prob, numbered - kept.numbered);
  const rows: number[] = Array.from(kept.rows);
  for (let i = 0; i < lp.numRows; i++) {
    if (kept.rowNumber[i] === 0 && lp.rowStart[i + 1]! > lp.rowStart[i]!) kept.rowNumber[i] = rows.push(i);
  }
  if (rows.length > kept.rows.length) raw.addRows(prob, rows.length - kept.rows.length);
  const glpkRows = Int32Array.from(rows);
  const grown: GlpkProblem = { lp, used, rows: glpkRows };
  const { objective, colLower, colUpper } = lp;
  const keptNumCols = kept.numCols;
  const keptObjective = kept.objective;
  const keptLower = kept.colLower;
  const keptUpper = kept.colUpper;
  for (let j = 0; j < lp.numCols; j++) {
    const c = column[j]!;
    if (c === 0) continue;
    const old = j < keptNumCols;
    if (!old || objective[j] !== keptObjective[j]) raw.setObjCoef(prob, c, objective[j]!);
    // Set straight to their type (no fixed-then-normalised detour, as `buildProblem` takes): a column
    // at its upper bound keeps that status.
    if (!old || colLower[j] !== keptLower[j] || colUpper[j] !== keptUpper[j]) {
      raw.setColBnds(prob, c, boundType(glpk, colLower[j]!, colUpper[j]!), lowerOf(colLower[j]!), upperOf(colUpper[j]!));
    }
  }
  for (let k = 0; k < glpkRows.length; k++) {
    const i = glpkRows[k]!;
    if (k < kept.rows.length && lp.rowLower[i] === kept.rowLower[i] && lp.rowUpper[i] === kept.rowUpper[i]) continue;
    raw.setRowBnds(prob, k + 1, boundType(glpk, lp.rowLower[i]!, lp.rowUpper[i]!), lowerOf(lp.rowLower[i]!), upperOf(lp.rowUpper[i]!));
  }
  loadMatrix(raw, prob, lp, glpkRows, column, countEntries(lp, glpkRows));
  raw.sortMatrix(prob);
  kept.column = column;
  kept.numbered = numbered;
  kept.rows = glpkRows;
  kept.numCols = lp.numCols;
  // Into the kept buffers, grown by doubling: fresh copies of every array each round were most of this solve's garbage.
  kept.rowStart = copyInto(kept.rowStart, lp.rowStart, lp.numRows + 1);
  kept.rowIndex = copyInto(kept.rowIndex, lp.rowIndex, lp.rowStart[lp.numRows]!);
  kept.objective = copyInto(kept.objective, lp.objective, lp.numCols);
  kept.colLower = copyInto(kept.colLower, lp.colLower, lp.numCols);
  kept.colUpper = copyInto(kept.colUpper, lp.colUpper, lp.numCols);
  kept.rowLower = copyInto(kept.rowLower, lp.rowLower, lp.numRows);
  kept.rowUpper = copyInto(kept.rowUpper, lp.rowUpper, lp.numRows);
  return { prob, built: { prob, problem: grown, withObjective: true, column, numbered } };
}

/** The first `n` values of `source` in `target`, or in a new array of twice that room where `target` has not enough. */
function copyInto<T extends Int32Array | Float64Array>(target: T, source: T, n: number): T {
  const into = target.length >= n ? target : (new (target.constructor as new (length: number) => T)(2 * n) as T);
  into.set(source.subarray(0, n) as never);
  return into;
}

/** `column` in a zero-filled array of room for at least `n` columns (twice that). */
function grownCopy(column: Int32Array, n: number): Int32Array {
  const grown = new Int32Array(2 * n);
  grown.set(column);
  return grown;
}
