import type { GLPK } from 'glpk.js/node';
import type { LpProblem } from '../lp/types';
import { int32 } from '../lp/scratch';

/**
 * glpk.js's `solve`, done by calling its GLPK functions directly, straight
 * from the neutral LP's typed arrays.
 *
 * glpk.js takes an LP as JSON (a name and a `{ name, coef }` object per
 * column in every row), reaches GLPK through Emscripten's `ccall`, which
 * allocates a few closures and arrays per call, and names every row and
 * column (a string in, and back out, per row and column). A 47-column solve
 * allocated about 225 kB that way, 88 kB with the names and `ccall` gone
 * but the JSON kept, and two solver workers allocating at that rate slowed
 * each other down, so a sweep of small LPs did not scale across workers.
 * This makes the calls glpk.js's `solve` makes, in the same order, on the
 * same wasm instance, for the JSON LP `glpkLpSolve` would have given it,
 * without building that JSON: columns are numbered as glpk.js numbers their
 * names (objective first, then rows, then bounds), the bounds and the sorted
 * matrix are the same, so the simplex takes the same steps and the answer is
 * the same to the last bit (a property test holds the two equal).
 *
 * The wasm instance is the one glpk.js creates, caught as it is made
 * (`loadWithDirectSolve`). Its exports have minified names, fixed for one
 * release: `EXPORTS` is glpk.js 5.0.0's, read off its bundle, and is
 * checked on load (every export there, and GLPK's version string read back
 * through them); on any mismatch glpk.js's own `solve` is used.
 */

/** glpk.js 5.0.0's wasm exports by the C function they are (from `dist/glpk.js`: `r._glp_create_prob=e.o`, …). */
const EXPORTS = {
  memory: 'l',
  createProb: 'o',
  setObjDir: 'q',
  addRows: 'r',
  addCols: 's',
  setRowBnds: 'v',
  setColBnds: 'w',
  setObjCoef: 'x',
  loadMatrix: 'y',
  sortMatrix: 'z',
  deleteProb: 'A',
  getColLb: 'G',
  getColUb: 'H',
  getStatus: 'J',
  getObjVal: 'K',
  getRowDual: 'M',
  getColPrim: 'N',
  version: 'V',
  getSmcp: 'W',
  malloc: 'X',
  free: 'Y',
  solveLpItlim: 'Z',
  solveLp: '_',
} as const;

type Fn = (...args: number[]) => number;
type Raw = { readonly [K in Exclude<keyof typeof EXPORTS, 'memory'>]: Fn } & { readonly memory: WebAssembly.Memory };

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
/** `GLP_EITLIM` of glpk.h (GLPK 5.0); glpk.js does not export GLPK's return codes. */
const GLP_EITLIM = 0x08;

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
/** glpk.js's default time limit, ms (no limit). */
const NO_TIME_LIMIT = 2147483647;

/**
 * Runs `load` (glpk.js's factory) and returns its instance with a
 * `DirectSolve` over the same wasm instance, or null when that instance
 * could not be caught or is not glpk.js 5.0.0's.
 */
export async function loadWithDirectSolve(load: () => Promise<GLPK>): Promise<{ readonly glpk: GLPK; readonly direct: DirectSolve | null }> {
  const instances: WebAssembly.Instance[] = [];
  const original = WebAssembly.Instance;
  const catching = new Proxy(original, {
    construct(target, args, newTarget) {
      const made = Reflect.construct(target, args, newTarget) as WebAssembly.Instance;
      instances.push(made);
      return made;
    },
  });
  // glpk.js/node makes its instance with `new WebAssembly.Instance` while the factory's promise
  // is pending (after an await of its own), so the constructor is wrapped until it settles.
  const global = WebAssembly as { Instance: typeof WebAssembly.Instance };
  global.Instance = catching;
  let glpk: GLPK;
  try {
    glpk = await load();
  } finally {
    if (global.Instance === catching) global.Instance = original;
  }
  const found = instances.map((made) => rawExports(made, glpk.version)).filter((raw) => raw !== null);
  const raw = found.length === 1 ? found[0]! : null;
  return { glpk, direct: raw === null ? null : directSolve(glpk, raw) };
}

function rawExports(instance: WebAssembly.Instance, version: string): Raw | null {
  const exports = instance.exports;
  const raw: Record<string, unknown> = {};
  for (const [name, minified] of Object.entries(EXPORTS)) {
    const value = exports[minified];
    if (name === 'memory' ? !(value instanceof WebAssembly.Memory) : typeof value !== 'function') return null;
    raw[name] = value;
  }
  const checked = raw as Raw;
  // The map is right when GLPK's version, read through it, is the one glpk.js reports.
  return readCString(checked.memory, checked.version()) === version ? checked : null;
}

function readCString(memory: WebAssembly.Memory, pointer: number): string {
  const bytes = new Uint8Array(memory.buffer);
  let end = pointer;
  while (end < bytes.length && bytes[end] !== 0 && end - pointer < 64) end++;
  return String.fromCharCode(...bytes.subarray(pointer, end));
}

function directSolve(glpk: GLPK, raw: Raw): DirectSolve {
  return ({ lp, used, rows }, withObjective, options, primal, dual) => {
    const msglev = options.msglev;
    const tmlim = options.tmlim !== undefined && options.tmlim >= 0 ? 1000 * options.tmlim : NO_TIME_LIMIT;
    const { numCols, objective, colLower, colUpper, rowStart, rowIndex } = lp;
    const hasCost = (j: number): boolean => withObjective && used[j] === 1 && objective[j] !== 0;
    const hasBounds = (j: number): boolean => used[j] === 1 && saysBounds(colLower[j]!, colUpper[j]!);

    // GLPK's column number of each LP column (0: not in GLPK's problem), as glpk.js numbers
    // the names of the JSON LP: those of the objective, then those first met in the rows,
    // then those only in the bounds (a used column without cost in no row: only without objective).
    const column = int32(numCols);
    let numbered = 0;
    for (let j = 0; j < numCols; j++) if (hasCost(j)) column[j] = ++numbered;
    let entries = 0;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k]!;
      entries += rowStart[i + 1]! - rowStart[i]!;
      for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) if (column[rowIndex[p]!] === 0) column[rowIndex[p]!] = ++numbered;
    }
    for (let j = 0; j < numCols; j++) if (column[j] === 0 && hasBounds(j)) column[j] = ++numbered;

    const prob = raw.createProb();
    try {
      raw.setObjDir(prob, glpk.GLP_MIN);
      raw.addCols(prob, numbered);
      if (rows.length > 0) raw.addRows(prob, rows.length);
      for (let c = 1; c <= numbered; c++) raw.setColBnds(prob, c, glpk.GLP_FX, MAX, -MAX);
      for (let j = 0; j < numCols; j++) if (hasCost(j)) raw.setObjCoef(prob, column[j]!, objective[j]!);
      for (let k = 0; k < rows.length; k++) {
        const i = rows[k]!;
        raw.setRowBnds(prob, k + 1, boundType(glpk, lp.rowLower[i]!, lp.rowUpper[i]!), lowerOf(lp.rowLower[i]!), upperOf(lp.rowUpper[i]!));
      }
      if (entries > 0) loadMatrix(raw, prob, lp, rows, column, entries);
      for (let j = 0; j < numCols; j++) {
        if (hasBounds(j)) raw.setColBnds(prob, column[j]!, boundType(glpk, colLower[j]!, colUpper[j]!), lowerOf(colLower[j]!), upperOf(colUpper[j]!));
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
      raw.sortMatrix(prob);

      if (options.itlim !== undefined && simplexWithIterationLimit(raw, prob, options.itlim, msglev, tmlim, options.presol) === GLP_EITLIM) {
        return ITERATION_LIMIT;
      }
      if (options.itlim === undefined) raw.solveLp(prob, msglev, tmlim, options.presol ? 1 : 0);
      const status = raw.getStatus(prob);
      if (status === glpk.GLP_OPT && withObjective) {
        for (let j = 0; j < numCols; j++) if (used[j] === 1) primal[j] = raw.getColPrim(prob, column[j]!);
        for (let k = 0; k < rows.length; k++) dual[rows[k]!] = raw.getRowDual(prob, k + 1);
      }
      return status;
    } finally {
      raw.deleteProb(prob);
    }
  };
}

/**
 * `glp_simplex` with an iteration limit, through the two exports glpk.js
 * uses for its progress callback (`get_glp_smcp`, which allocates GLPK's
 * parameters with `it_lim` set, and `solve_lp_itlim`, which adds its third
 * argument to `it_lim` and runs the simplex); returns `glp_simplex`'s code.
 */
function simplexWithIterationLimit(raw: Raw, prob: number, itlim: number, msglev: number, tmlim: number, presol: boolean): number {
  const parm = raw.getSmcp(Math.min(Math.max(1, Math.round(itlim)), 2147483647), msglev, tmlim, presol ? 1 : 0);
  try {
    return raw.solveLpItlim(prob, parm, 0);
  } finally {
    raw.free(parm);
  }
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
function loadMatrix(raw: Raw, prob: number, lp: LpProblem, rows: Int32Array, column: Int32Array, entries: number): void {
  const bytes = (entries + 1) * 4;
  const rowsAt = raw.malloc(bytes);
  const colsAt = raw.malloc(bytes);
  const valuesAt = raw.malloc((entries + 1) * 8);
  try {
    // Views after the last malloc: a malloc may grow the memory and detach older views.
    const ints = new Int32Array(raw.memory.buffer);
    const floats = new Float64Array(raw.memory.buffer);
    let p = 1;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k]!;
      for (let q = lp.rowStart[i]!; q < lp.rowStart[i + 1]!; q++) {
        ints[(rowsAt >> 2) + p] = k + 1;
        ints[(colsAt >> 2) + p] = column[lp.rowIndex[q]!]!;
        floats[(valuesAt >> 3) + p] = lp.rowValue[q]!;
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
