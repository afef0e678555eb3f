import type { GLPK } from 'glpk.js/node';
import type { LpProblem } from '../lp/types';

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
  simplex: 'I',
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
export async function loadWithDirectSolve(
  load: () => Promise<GLPK>,
): Promise<{
  readonly glpk: GLPK;
  readonly direct: DirectSolve | null;
  readonly warm: ((options?: WarmDirectOptions) => WarmDirect) | null;
  /** A solve for LPs that grow by columns (`growingDirect`). */
  readonly growing: (() => WarmDirect) | null;
}> {
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
  return {
    glpk,
    direct: raw === null ? null : directSolve(glpk, raw),
    warm: raw === null ? null : (options) => warmDirect(glpk, raw, options),
    growing: raw === null ? null : () => growingDirect(glpk, raw),
  };
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
  return (problem, withObjective, options, primal, dual) => {
    const built = buildProblem(glpk, raw, problem, withObjective);
    try {
      return runCold(glpk, raw, built, withObjective, options, primal, dual);
    } finally {
      raw.deleteProb(built.prob);
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
  const parm = raw.getSmcp(iterationLimit({ itlim, msglev, presol }), msglev, tmlim, presol ? 1 : 0);
  try {
    return raw.solveLpItlim(prob, parm, 0);
  } finally {
    raw.free(parm);
  }
}

/** A problem just built, solved from GLPK's own start (with the presolver if asked), under the iteration limit if one is set. */
function runCold(glpk: GLPK, raw: Raw, built: Built, withObjective: boolean, options: DirectOptions, primal: Float64Array, dual: Float64Array): number {
  const tmlim = timeLimitMs(options);
  if (options.itlim !== undefined) {
    if (simplexWithIterationLimit(raw, built.prob, options.itlim, options.msglev, tmlim, options.presol) === GLP_EITLIM) return ITERATION_LIMIT;
  } else {
    raw.solveLp(built.prob, options.msglev, tmlim, options.presol ? 1 : 0);
  }
  return readSolution(glpk, raw, built, withObjective, primal, dual);
}

/** GLPK's `it_lim` for the options: the caller's (at least 1, within a C int), else none. */
function iterationLimit(options: DirectOptions): number {
  return options.itlim === undefined ? NO_ITERATION_LIMIT : Math.min(Math.max(1, Math.round(options.itlim)), NO_ITERATION_LIMIT);
}

/** A GLPK problem as `directSolve` builds it: GLPK's column number of each LP column (0: not in GLPK's problem). */
interface Built {
  readonly prob: number;
  readonly problem: GlpkProblem;
  readonly withObjective: boolean;
  readonly column: Int32Array;
  readonly numbered: number;
}

/** GLPK's `tm_lim`, a C int of ms: what wasm makes of the number glpk.js passes (truncated), within an int's range. */
function timeLimitMs(options: DirectOptions): number {
  return options.tmlim !== undefined && options.tmlim >= 0 ? Math.min(NO_TIME_LIMIT, Math.trunc(1000 * options.tmlim)) : NO_TIME_LIMIT;
}

/** GLPK's column number of each LP column, as glpk.js numbers the names of the JSON LP (see `buildProblem`). */
function numberColumns(problem: GlpkProblem, withObjective: boolean): { readonly column: Int32Array; readonly numbered: number; readonly entries: number } {
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

function buildProblem(glpk: GLPK, raw: Raw, problem: GlpkProblem, withObjective: boolean): Built {
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

function setCosts(raw: Raw, prob: number, { lp, used }: GlpkProblem, withObjective: boolean, column: Int32Array): void {
  for (let j = 0; j < lp.numCols; j++) if (withObjective && used[j] === 1 && lp.objective[j] !== 0) raw.setObjCoef(prob, column[j]!, lp.objective[j]!);
}

function setRowBounds(glpk: GLPK, raw: Raw, prob: number, { lp, rows }: GlpkProblem): void {
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    raw.setRowBnds(prob, k + 1, boundType(glpk, lp.rowLower[i]!, lp.rowUpper[i]!), lowerOf(lp.rowLower[i]!), upperOf(lp.rowUpper[i]!));
  }
}

function setColumnBounds(glpk: GLPK, raw: Raw, prob: number, { lp, used }: GlpkProblem, column: Int32Array, numbered: number): void {
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

function readSolution(glpk: GLPK, raw: Raw, { prob, problem, column }: Built, withObjective: boolean, primal: Float64Array, dual: Float64Array): number {
  const status = raw.getStatus(prob);
  if (status === glpk.GLP_OPT && withObjective) {
    const { lp, used, rows } = problem;
    for (let j = 0; j < lp.numCols; j++) if (used[j] === 1) primal[j] = raw.getColPrim(prob, column[j]!);
    for (let k = 0; k < rows.length; k++) dual[rows[k]!] = raw.getRowDual(prob, k + 1);
  }
  return status;
}

/**
 * A `DirectSolve` that keeps its GLPK problem, with its last basis, until
 * the next call or `release`: LPs of one shape solved one after another
 * (the model years of a plan: the same rows and columns, other volumes and
 * capacities) start from the basis the last one ended at.
 *
 * The shape is the same when GLPK's columns are numbered alike and the
 * matrix has the same non-zeros in the same places; its values may differ
 * (the same LP scaled by other powers of two: a basis of one is a basis of
 * the other, as diagonal scaling keeps a basis matrix non-singular). Then
 * only costs, bounds and, where they differ, the matrix's values are set
 * again, and the dual simplex (GLP_DUALP: dual, then primal if that fails)
 * runs without the presolver, which would throw the basis away: after a
 * change of right-hand sides and bounds only, the old optimal basis stays
 * dual feasible, so the dual simplex needs a few pivots where a cold start
 * needs thousands. Any other LP, and any solve asked without the presolver
 * (small LPs, see `PRESOLVE_MIN_COLUMNS`), is built afresh and solved as
 * `directSolve` solves it.
 */
export interface WarmDirect {
  readonly solve: DirectSolve;
  /** Frees the kept problem (GLPK's memory); the next solve starts cold. */
  readonly release: () => void;
  /** How many solves so far started from the kept basis (the others were built afresh). */
  readonly warmStarts: () => number;
}

/** Options of a `WarmDirect`. */
export interface WarmDirectOptions {
  /**
   * Start warm also where the cold solve would not presolve (small LPs):
   * for tests, which need the warm path on LPs small enough to generate by
   * the hundred. Default false: small LPs are solved exactly as `directSolve`
   * solves them, bit for bit.
   */
  readonly always?: boolean;
}

/** GLPK's simplex methods (glpk.h of GLPK 5.0): glp_init_smcp sets GLP_PRIMAL; GLP_DUALP is dual, then primal if that fails. */
const GLP_PRIMAL = 1;
const GLP_DUALP = 2;
/** Byte offsets in GLPK 5.0's glp_smcp (wasm32: int 4 bytes, double 8): msg_lev, meth, it_lim, tm_lim, presolve. */
const SMCP = { msgLev: 0, meth: 4, itLim: 56, tmLim: 60, presolve: 72 } as const;
const NO_ITERATION_LIMIT = 2147483647;

/** The kept problem and copies of what its shape is compared by (the caller's arrays may be scratch buffers reused later). */
interface Kept {
  readonly prob: number;
  readonly withObjective: boolean;
  readonly column: Int32Array;
  readonly numbered: number;
  readonly numCols: number;
  readonly rows: Int32Array;
  readonly rowStart: Int32Array;
  readonly rowIndex: Int32Array;
  rowValue: Float64Array;
}

function warmDirect(glpk: GLPK, raw: Raw, warmOptions: WarmDirectOptions = {}): WarmDirect {
  let kept: Kept | null = null;
  let warmStarts = 0;
  const release = (): void => {
    if (kept !== null) raw.deleteProb(kept.prob);
    kept = null;
  };
  const solve: DirectSolve = (problem, withObjective, options, primal, dual) => {
    const { lp, rows } = problem;
    // Only where the cold solve would presolve (large LPs): its vertex is the presolver's anyway, while a small LP
    // solved without it keeps the vertex it has always had where the optimum is not unique (glpk-lp-solve.ts).
    if (kept !== null && (options.presol || warmOptions.always === true) && kept.withObjective === withObjective && sameShape(kept, problem, withObjective)) {
      const { prob, column, numbered } = kept;
      if (!sameValues(kept.rowValue, lp.rowValue, lp.rowStart, rows)) {
        loadMatrix(raw, prob, lp, rows, column, countEntries(lp, rows));
        raw.sortMatrix(prob);
        kept.rowValue = lp.rowValue.slice(0, lp.rowStart[lp.numRows]!);
      }
      for (let c = 1; c <= numbered; c++) raw.setObjCoef(prob, c, 0);
      setCosts(raw, prob, problem, withObjective, column);
      setRowBounds(glpk, raw, prob, problem);
      setColumnBounds(glpk, raw, prob, problem, column, numbered);
      // 0: glp_simplex ran (whatever it found); anything else (a singular basis, a layout not as read): start cold.
      const code = dualSimplex(raw, prob, options);
      if (code === GLP_EITLIM) return ITERATION_LIMIT;
      if (code === 0) {
        warmStarts++;
        return readSolution(glpk, raw, { prob, problem, withObjective, column, numbered }, withObjective, primal, dual);
      }
    }
    release();
    const built = buildProblem(glpk, raw, problem, withObjective);
    const entries = lp.rowStart[lp.numRows]!;
    kept = {
      prob: built.prob,
      withObjective,
      column: built.column,
      numbered: built.numbered,
      numCols: lp.numCols,
      rows: rows.slice(),
      rowStart: lp.rowStart.slice(0, lp.numRows + 1),
      rowIndex: lp.rowIndex.slice(0, entries),
      rowValue: lp.rowValue.slice(0, entries),
    };
    return runCold(glpk, raw, built, withObjective, options, primal, dual);
  };
  return { solve, release, warmStarts: () => warmStarts };
}

/** glp_simplex from the problem's current basis with `method` (default GLP_DUALP) and no presolver: its return code (0: it ran), -1 when GLPK's smcp is not laid out as read. */
function dualSimplex(raw: Raw, prob: number, options: DirectOptions, method: number = GLP_DUALP): number {
  const tmLim = timeLimitMs(options);
  const itLim = iterationLimit(options);
  const smcp = raw.getSmcp(itLim, options.msglev, tmLim, 0);
  try {
    const ints = new Int32Array(raw.memory.buffer);
    const at = (offset: number): number => ints[(smcp + offset) >> 2]!;
    // glpk.js's get_glp_smcp runs glp_init_smcp and sets these four: read back, they prove the layout.
    if (at(SMCP.msgLev) !== options.msglev || at(SMCP.meth) !== GLP_PRIMAL || at(SMCP.itLim) !== itLim || at(SMCP.tmLim) !== tmLim || at(SMCP.presolve) !== 0) return -1;
    ints[(smcp + SMCP.meth) >> 2] = method;
    return raw.simplex(prob, smcp);
  } finally {
    raw.free(smcp);
  }
}

/**
 * A `DirectSolve` for a sequence of LPs that grow by columns (and rows that
 * were empty before): the restricted masters of column generation, each the
 * last with new columns appended. It keeps its GLPK problem and, on the next
 * LP, adds the new columns and newly non-empty rows, sets costs, bounds and
 * the matrix again (the LP may be scaled by other powers of two) and runs
 * the primal simplex from the last basis, without the presolver: the old
 * columns keep their statuses and the new ones enter at their lower bound,
 * so the basis stays primal feasible and only the new columns that price in
 * take pivots, where a cold start redoes the whole master.
 *
 * "Grows" is checked: the same number of rows, every old column still in
 * GLPK's problem, and each row's old entries first and in the same places.
 * Anything else, a solve without objective, or a warm start GLPK refuses (a
 * singular basis) is built afresh and solved as `directSolve` solves it.
 * GLPK's columns and rows are numbered in the order they arrived, not as
 * glpk.js would number them: the masters' answers are certified by their
 * caller, not compared bit for bit with glpk.js's.
 */
function growingDirect(glpk: GLPK, raw: Raw): WarmDirect {
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
  /** GLPK's column number of each LP column (0: none). */
  column: Int32Array;
  numbered: number;
  /** LP row of each GLPK row (GLPK's row k + 1 is `rows[k]`), and GLPK's row number of each LP row (0: none). */
  rows: Int32Array;
  rowNumber: Int32Array;
  numCols: number;
  rowStart: Int32Array;
  rowIndex: Int32Array;
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
  };
}

/** Whether `problem` is the kept LP with columns appended (see `growingDirect`). */
function grows(kept: Grown, { lp, used }: GlpkProblem): boolean {
  if (lp.numRows !== kept.rowNumber.length || lp.numCols < kept.numCols) return false;
  for (let j = 0; j < kept.numCols; j++) if ((kept.column[j]! > 0) !== (used[j] === 1)) return false;
  for (let i = 0; i < lp.numRows; i++) {
    const from = lp.rowStart[i]!;
    const old = kept.rowStart[i + 1]! - kept.rowStart[i]!;
    if (lp.rowStart[i + 1]! - from < old) return false;
    for (let q = 0; q < old; q++) if (lp.rowIndex[from + q] !== kept.rowIndex[kept.rowStart[i]! + q]) return false;
    if (from + old < lp.rowStart[i + 1]! && lp.rowIndex[from + old]! < kept.numCols) return false;
  }
  return true;
}

/** Adds `problem`'s new columns and rows to the kept GLPK problem and sets every cost, bound and entry again. */
function grow(glpk: GLPK, raw: Raw, kept: Grown, problem: GlpkProblem): { readonly prob: number; readonly built: Built } {
  const { lp, used } = problem;
  const { prob } = kept;
  const column = new Int32Array(lp.numCols);
  column.set(kept.column);
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
  for (let j = 0; j < lp.numCols; j++) {
    const c = column[j]!;
    if (c === 0) continue;
    raw.setObjCoef(prob, c, lp.objective[j]!);
    // Set straight to their type (no fixed-then-normalised detour, as `buildProblem` takes): a column
    // at its upper bound keeps that status.
    raw.setColBnds(prob, c, boundType(glpk, lp.colLower[j]!, lp.colUpper[j]!), lowerOf(lp.colLower[j]!), upperOf(lp.colUpper[j]!));
  }
  setRowBounds(glpk, raw, prob, grown);
  loadMatrix(raw, prob, lp, glpkRows, column, countEntries(lp, glpkRows));
  raw.sortMatrix(prob);
  kept.column = column;
  kept.numbered = numbered;
  kept.rows = glpkRows;
  kept.numCols = lp.numCols;
  kept.rowStart = lp.rowStart.slice(0, lp.numRows + 1);
  kept.rowIndex = lp.rowIndex.slice(0, lp.rowStart[lp.numRows]!);
  return { prob, built: { prob, problem: grown, withObjective: true, column, numbered } };
}

function countEntries(lp: LpProblem, rows: Int32Array): number {
  let entries = 0;
  for (let k = 0; k < rows.length; k++) entries += lp.rowStart[rows[k]! + 1]! - lp.rowStart[rows[k]!]!;
  return entries;
}

function sameShape(kept: Kept, problem: GlpkProblem, withObjective: boolean): boolean {
  const { lp, rows } = problem;
  if (lp.numCols !== kept.numCols || !equalArrays(rows, kept.rows)) return false;
  const entries = lp.rowStart[lp.numRows]!;
  if (!equalArrays(lp.rowStart.subarray(0, lp.numRows + 1), kept.rowStart) || !equalArrays(lp.rowIndex.subarray(0, entries), kept.rowIndex)) return false;
  const { column, numbered } = numberColumns(problem, withObjective);
  return numbered === kept.numbered && equalArrays(column, kept.column);
}

function sameValues(kept: Float64Array, values: Float64Array, rowStart: Int32Array, rows: Int32Array): boolean {
  for (let k = 0; k < rows.length; k++) {
    for (let p = rowStart[rows[k]!]!; p < rowStart[rows[k]! + 1]!; p++) if (kept[p] !== values[p]) return false;
  }
  return true;
}

function equalArrays(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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
