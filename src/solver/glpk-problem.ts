import type { GLPK } from 'glpk.js/node';
import type { LpProblem } from '../lp/types';
import { GLP_EITLIM, iterationLimit, simplexWithIterationLimit, timeLimitMs, type Raw } from './glpk-raw-exports';

/**
 * A neutral LP as a GLPK problem, built and read back through glpk.js's
 * raw exports the way glpk.js's `solve` builds and reads its JSON LP: what
 * the direct, warm and growing solves share.
 */

/**
 * The LP `glpkLpSolve` hands GLPK, in the neutral LP's terms: the columns it
 * `uses` (1) and the rows it keeps (`rows`: indices of the non-empty rows,
 * in order; GLPK's row k + 1 is `lp`'s row `rows[k]`).
 */
export interface GlpkProblem {
  readonly lp: LpProblem;
  readonly used: Uint8Array;
  readonly rows: Int32Array;
}

/** glpk.js's solve options, as `glpkLpSolve` sets them. */
export interface DirectOptions {
  readonly presol: boolean;
  readonly msglev: number;
  /** Seconds; absent: no limit. */
  readonly tmlim?: number;
  /** Simplex iterations (GLPK's `it_lim`); absent: no limit. */
  readonly itlim?: number;
}

/**
 * What a `DirectSolve` returns in place of GLPK's status when the simplex
 * stopped at its iteration limit (`glp_simplex` returned GLP_EITLIM): not
 * one of GLPK's statuses, which run from 1 to 6.
 */
export const ITERATION_LIMIT = -8;

/**
 * Solves `problem` (its objective, or none when `withObjective` is false) as
 * glpk.js's `solve` would solve the JSON LP of it, and returns GLPK's status.
 * When that is optimal and `withObjective`, writes the value of each used
 * column into `primal` and each kept row's dual into `dual` (by the LP's
 * column and row indices); nothing else is written.
 */
export type DirectSolve = (problem: GlpkProblem, withObjective: boolean, options: DirectOptions, primal: Float64Array, dual: Float64Array) => number;

/** glpk.js's largest bound (`Number.MAX_VALUE`, C's DBL_MAX). */
const MAX = Number.MAX_VALUE;

/** A GLPK problem as `directSolve` builds it: GLPK's column number of each LP column (0: not in GLPK's problem). */
export interface Built {
  readonly prob: number;
  readonly problem: GlpkProblem;
  readonly withObjective: boolean;
  readonly column: Int32Array;
  readonly numbered: number;
}

/** GLPK's column number of each LP column, as glpk.js numbers the names of the JSON LP (see `buildProblem`). */
export function numberColumns(problem: GlpkProblem, withObjective: boolean): { readonly column: Int32Array; readonly numbered: number; readonly entries: number } {
  const { lp, used, rows } = problem;
  const { numCols, objective, colLower, colUpper, rowStart, rowIndex } = lp;
  const column = new Int32Array(numCols);
  let numbered = 0;
  for (let j = 0; j < numCols; j++) if (withObjective && used[j] === 1 && objective[j] !== 0) column[j] = ++numbered;
  let entries = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    entries += rowStart[i + 1]! - rowStart[i]!;
    for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) if (column[rowIndex[p]!] === 0) column[rowIndex[p]!] = ++numbered;
  }
  for (let j = 0; j < numCols; j++) if (column[j] === 0 && used[j] === 1 && saysBounds(colLower[j]!, colUpper[j]!)) column[j] = ++numbered;
  return { column, numbered, entries };
}

export function buildProblem(glpk: GLPK, raw: Raw, problem: GlpkProblem, withObjective: boolean): Built {
  const { lp, rows } = problem;
  // The objective's columns first, then the columns first met in the rows, then those only in the bounds
  // (a used column without cost in no row: only without objective).
  const { column, numbered, entries } = numberColumns(problem, withObjective);
  const prob = raw.createProb();
  try {
    raw.setObjDir(prob, glpk.GLP_MIN);
    raw.addCols(prob, numbered);
    if (rows.length > 0) raw.addRows(prob, rows.length);
    for (let c = 1; c <= numbered; c++) raw.setColBnds(prob, c, glpk.GLP_FX, MAX, -MAX);
    setCosts(raw, prob, problem, withObjective, column);
    setRowBounds(glpk, raw, prob, problem);
    if (entries > 0) loadMatrix(raw, prob, lp, rows, column, entries);
    setColumnBounds(glpk, raw, prob, problem, column, numbered);
    raw.sortMatrix(prob);
  } catch (error) {
    raw.deleteProb(prob);
    throw error;
  }
  return { prob, problem, withObjective, column, numbered };
}

export function setCosts(raw: Raw, prob: number, { lp, used }: GlpkProblem, withObjective: boolean, column: Int32Array): void {
  for (let j = 0; j < lp.numCols; j++) if (withObjective && used[j] === 1 && lp.objective[j] !== 0) raw.setObjCoef(prob, column[j]!, lp.objective[j]!);
}

export function setRowBounds(glpk: GLPK, raw: Raw, prob: number, { lp, rows }: GlpkProblem): void {
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    raw.setRowBnds(prob, k + 1, boundType(glpk, lp.rowLower[i]!, lp.rowUpper[i]!), lowerOf(lp.rowLower[i]!), upperOf(lp.rowUpper[i]!));
  }
}

export function setColumnBounds(glpk: GLPK, raw: Raw, prob: number, { lp, used }: GlpkProblem, column: Int32Array, numbered: number): void {
  const { colLower, colUpper } = lp;
  for (let j = 0; j < lp.numCols; j++) {
    if (used[j] === 1 && saysBounds(colLower[j]!, colUpper[j]!)) {
      raw.setColBnds(prob, column[j]!, boundType(glpk, colLower[j]!, colUpper[j]!), lowerOf(colLower[j]!), upperOf(colUpper[j]!));
    }
  }
  // glpk.js then normalises every column's bounds from what GLPK holds.
  for (let c = 1; c <= numbered; c++) {
    let lower = raw.getColLb(prob, c);
    let upper = raw.getColUb(prob, c);
    if (lower === MAX) lower = 0;
    if (upper === -MAX) upper = MAX;
    const type =
      lower === -MAX && upper === MAX ? glpk.GLP_FR : upper === MAX ? glpk.GLP_LO : lower === -MAX ? glpk.GLP_UP : lower !== upper ? glpk.GLP_DB : glpk.GLP_FX;
    raw.setColBnds(prob, c, type, lower, upper);
  }
}

export function readSolution(glpk: GLPK, raw: Raw, { prob, problem, column }: Built, withObjective: boolean, primal: Float64Array, dual: Float64Array): number {
  const status = raw.getStatus(prob);
  if (status === glpk.GLP_OPT && withObjective) {
    const { lp, used, rows } = problem;
    for (let j = 0; j < lp.numCols; j++) if (used[j] === 1) primal[j] = raw.getColPrim(prob, column[j]!);
    for (let k = 0; k < rows.length; k++) dual[rows[k]!] = raw.getRowDual(prob, k + 1);
  }
  return status;
}

/** A problem just built, solved from GLPK's own start (with the presolver if asked), under the iteration limit if one is set. */
export function runCold(glpk: GLPK, raw: Raw, built: Built, withObjective: boolean, options: DirectOptions, primal: Float64Array, dual: Float64Array): number {
  const tmlim = timeLimitMs(options);
  if (options.itlim !== undefined) {
    if (simplexWithIterationLimit(raw, built.prob, options.itlim, options.msglev, tmlim, options.presol) === GLP_EITLIM) return ITERATION_LIMIT;
  } else {
    raw.solveLp(built.prob, options.msglev, tmlim, options.presol ? 1 : 0);
  }
  return readSolution(glpk, raw, built, withObjective, primal, dual);
}

export function countEntries(lp: LpProblem, rows: Int32Array): number {
  let entries = 0;
  for (let k = 0; k < rows.length; k++) entries += lp.rowStart[rows[k]! + 1]! - lp.rowStart[rows[k]!]!;
  return entries;
}

/** GLPK's bound type of `lower ≤ x ≤ upper` (±Infinity: none), as glpk.js's JSON LP would say it. */
export function boundType(glpk: GLPK, lower: number, upper: number): number {
  const hasLower = lower !== -Infinity;
  const hasUpper = upper !== Infinity;
  if (hasLower && hasUpper) return lower === upper ? glpk.GLP_FX : glpk.GLP_DB;
  return hasLower ? glpk.GLP_LO : hasUpper ? glpk.GLP_UP : glpk.GLP_FR;
}

/** Whether glpk.js's JSON LP lists a column's bounds: only where they differ from its default, [0, +∞). */
export const saysBounds = (lower: number, upper: number): boolean => lower !== 0 || upper !== Infinity;

/** The `lb` glpk.js's JSON LP gives a lower bound (0 when there is none). */
export const lowerOf = (lower: number): number => (lower === -Infinity ? 0 : lower);
/** The `ub` glpk.js's JSON LP gives an upper bound (0 when there is none). */
export const upperOf = (upper: number): number => (upper === Infinity ? 0 : upper);

/** `glp_load_matrix` with glpk.js's entry order (row by row), the arrays written straight into wasm memory. */
export function loadMatrix(raw: Raw, prob: number, lp: LpProblem, rows: Int32Array, column: Int32Array, entries: number): void {
  const bytes = (entries + 1) * 4;
  const rowsAt = raw.malloc(bytes);
  const colsAt = raw.malloc(bytes);
  const valuesAt = raw.malloc((entries + 1) * 8);
  try {
    // Views after the last malloc: a malloc may grow the memory and detach older views.
    const ints = new Int32Array(raw.memory.buffer);
    const floats = new Float64Array(raw.memory.buffer);
    // Arrays and offsets in locals: the path method loads every master whole, mostly before V8 optimizes this.
    const { rowStart, rowIndex, rowValue } = lp;
    const rowsBase = rowsAt >> 2;
    const colsBase = colsAt >> 2;
    const valuesBase = valuesAt >> 3;
    let p = 1;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k]!;
      const end = rowStart[i + 1]!;
      for (let q = rowStart[i]!; q < end; q++) {
        ints[rowsBase + p] = k + 1;
        ints[colsBase + p] = column[rowIndex[q]!]!;
        floats[valuesBase + p] = rowValue[q]!;
        p++;
      }
    }
    raw.loadMatrix(prob, entries, rowsAt, colsAt, valuesAt);
  } finally {
    raw.free(rowsAt);
    raw.free(colsAt);
    raw.free(valuesAt);
  }
}
