import type { GLPK, LP, Options, Result as GlpkResult } from 'glpk.js/node';

/**
 * glpk.js's `solve`, done by calling its GLPK functions directly.
 *
 * glpk.js reaches GLPK through Emscripten's `ccall`, which allocates a few
 * closures and arrays per call, and it names every row and column (a
 * string in, and back out, per row and column). A 47-column solve allocated
 * about 225 kB, 70 % of it there. Two solver workers allocating at that rate
 * slowed each other down, so a sweep of small LPs did not scale across
 * workers. This does exactly what glpk.js's `solve` does, in the same order,
 * on the same wasm instance, without names and without `ccall`: the problem
 * GLPK sees is the same (columns numbered in glpk.js's order, the same
 * bounds, the same sorted matrix), so the simplex takes the same steps and
 * the answer is the same to the last bit (a property test holds the two
 * equal).
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
  malloc: 'X',
  free: 'Y',
  solveLp: '_',
} as const;

type Fn = (...args: number[]) => number;
type Raw = { readonly [K in Exclude<keyof typeof EXPORTS, 'memory'>]: Fn } & { readonly memory: WebAssembly.Memory };

/** Solves an LP in glpk.js's JSON form; `solve(lp, options).result` of glpk.js, less `vars` of MIPs. */
export type DirectSolve = (lp: LP, options: Options) => GlpkResult['result'];

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
  return (lp, options) => {
    // glpk.js's option defaults (its `solve`).
    const presol = options.presol != null ? (options.presol ? 1 : 0) : 1;
    const msglev = options.msglev ?? glpk.GLP_MSG_ERR;
    const tmlim = options.tmlim !== undefined && options.tmlim >= 0 ? 1000 * options.tmlim : NO_TIME_LIMIT;

    // Columns numbered as glpk.js numbers its names: objective first, then rows, then bounds.
    const column = new Map<string, number>();
    const number = (name: string): void => {
      if (!column.has(name)) column.set(name, column.size + 1);
    };
    for (const v of lp.objective.vars) number(v.name);
    for (const row of lp.subjectTo) for (const v of row.vars) number(v.name);
    for (const b of lp.bounds ?? []) number(b.name);
    const numCols = column.size;
    const numRows = lp.subjectTo.length;

    const prob = raw.createProb();
    try {
      raw.setObjDir(prob, lp.objective.direction);
      raw.addCols(prob, numCols);
      if (numRows > 0) raw.addRows(prob, numRows);
      for (let j = 1; j <= numCols; j++) raw.setColBnds(prob, j, glpk.GLP_FX, MAX, -MAX);
      for (const v of lp.objective.vars) raw.setObjCoef(prob, column.get(v.name)!, v.coef);
      lp.subjectTo.forEach((row, i) => raw.setRowBnds(prob, i + 1, row.bnds.type, row.bnds.lb, row.bnds.ub));
      let entries = 0;
      for (const row of lp.subjectTo) entries += row.vars.length;
      if (entries > 0) loadMatrix(raw, prob, lp, column, entries);
      for (const b of lp.bounds ?? []) raw.setColBnds(prob, column.get(b.name)!, b.type, b.lb, b.ub);
      // glpk.js then normalises every column's bounds from what GLPK holds.
      for (let j = 1; j <= numCols; j++) {
        let lower = raw.getColLb(prob, j);
        let upper = raw.getColUb(prob, j);
        if (lower === MAX) lower = 0;
        if (upper === -MAX) upper = MAX;
        const type =
          lower === -MAX && upper === MAX ? glpk.GLP_FR : upper === MAX ? glpk.GLP_LO : lower === -MAX ? glpk.GLP_UP : lower !== upper ? glpk.GLP_DB : glpk.GLP_FX;
        raw.setColBnds(prob, j, type, lower, upper);
      }
      raw.sortMatrix(prob);

      raw.solveLp(prob, msglev, tmlim, presol);
      const vars: Record<string, number> = {};
      for (const [name, j] of column) vars[name] = raw.getColPrim(prob, j);
      const dual: Record<string, number> = {};
      lp.subjectTo.forEach((row, i) => (dual[row.name] = raw.getRowDual(prob, i + 1)));
      return { status: raw.getStatus(prob), z: raw.getObjVal(prob), vars, dual };
    } finally {
      raw.deleteProb(prob);
    }
  };
}

/** `glp_load_matrix` with glpk.js's entry order (row by row), the arrays written straight into wasm memory. */
function loadMatrix(raw: Raw, prob: number, lp: LP, column: ReadonlyMap<string, number>, entries: number): void {
  const bytes = (entries + 1) * 4;
  const rowsAt = raw.malloc(bytes);
  const colsAt = raw.malloc(bytes);
  const valuesAt = raw.malloc((entries + 1) * 8);
  try {
    // Views after the last malloc: a malloc may grow the memory and detach older views.
    const ints = new Int32Array(raw.memory.buffer);
    const floats = new Float64Array(raw.memory.buffer);
    let p = 1;
    lp.subjectTo.forEach((row, i) => {
      for (const v of row.vars) {
        ints[(rowsAt >> 2) + p] = i + 1;
        ints[(colsAt >> 2) + p] = column.get(v.name)!;
        floats[(valuesAt >> 3) + p] = v.coef;
        p++;
      }
    });
    raw.loadMatrix(prob, entries, rowsAt, colsAt, valuesAt);
  } finally {
    raw.free(rowsAt);
    raw.free(colsAt);
    raw.free(valuesAt);
  }
}
