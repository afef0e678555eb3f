import type { DirectOptions } from './glpk-problem';

/**
 * glpk.js's wasm exports, reached by their minified names, and the GLPK
 * parameters set through them: the one place that reads glpk.js's and
 * GLPK's internals (the direct, warm and growing solves call GLPK through
 * what this returns). Read from glpk.js 5.0.0 (GLPK 5.0); checked on load
 * (`rawExports`) and on every use of the parameters (`dualSimplex`).
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
export type Raw = { readonly [K in Exclude<keyof typeof EXPORTS, 'memory'>]: Fn } & { readonly memory: WebAssembly.Memory };

/** The raw exports of `instance` when they are glpk.js 5.0.0's (checked by reading GLPK's version back through them), else null. */
export function rawExports(instance: WebAssembly.Instance, version: string): Raw | null {
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

/** `GLP_EITLIM` of glpk.h (GLPK 5.0); glpk.js does not export GLPK's return codes. */
export const GLP_EITLIM = 0x08;
/** glpk.js's default time limit, ms (no limit). */
const NO_TIME_LIMIT = 2147483647;

/** GLPK's simplex methods (glpk.h of GLPK 5.0): glp_init_smcp sets GLP_PRIMAL; GLP_DUALP is dual, then primal if that fails. */
export const GLP_PRIMAL = 1;
const GLP_DUALP = 2;
/** Byte offsets in GLPK 5.0's glp_smcp (wasm32: int 4 bytes, double 8): msg_lev, meth, it_lim, tm_lim, presolve. */
const SMCP = { msgLev: 0, meth: 4, itLim: 56, tmLim: 60, presolve: 72 } as const;
const NO_ITERATION_LIMIT = 2147483647;

/**
 * `glp_simplex` with an iteration limit, through the two exports glpk.js
 * uses for its progress callback (`get_glp_smcp`, which allocates GLPK's
 * parameters with `it_lim` set, and `solve_lp_itlim`, which adds its third
 * argument to `it_lim` and runs the simplex); returns `glp_simplex`'s code.
 */
export function simplexWithIterationLimit(raw: Raw, prob: number, itlim: number, msglev: number, tmlim: number, presol: boolean): number {
  const parm = raw.getSmcp(iterationLimit({ itlim, msglev, presol }), msglev, tmlim, presol ? 1 : 0);
  try {
    return raw.solveLpItlim(prob, parm, 0);
  } finally {
    raw.free(parm);
  }
}

/** GLPK's `it_lim` for the options: the caller's (at least 1, within a C int), else none. */
export function iterationLimit(options: DirectOptions): number {
  return options.itlim === undefined ? NO_ITERATION_LIMIT : Math.min(Math.max(1, Math.round(options.itlim)), NO_ITERATION_LIMIT);
}

/** GLPK's `tm_lim`, a C int of ms: what wasm makes of the number glpk.js passes (truncated), within an int's range. */
export function timeLimitMs(options: DirectOptions): number {
  return options.tmlim !== undefined && options.tmlim >= 0 ? Math.min(NO_TIME_LIMIT, Math.trunc(1000 * options.tmlim)) : NO_TIME_LIMIT;
}

/** glp_simplex from the problem's current basis with `method` (default GLP_DUALP) and no presolver: its return code (0: it ran), -1 when GLPK's smcp is not laid out as read. */
export function dualSimplex(raw: Raw, prob: number, options: DirectOptions, method: number = GLP_DUALP): number {
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
