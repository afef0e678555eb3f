import type { GLPK, LP } from 'glpk.js/node';
import { boundType, ITERATION_LIMIT, lowerOf, saysBounds, upperOf, type DirectSolve } from './glpk-problem';
import { attemptsFor, failedOutcome, GlpkWays, nearestToZero, type WaysTally } from './glpk-ways';
import type { LpProblem, LpSolution } from '../lp/types';
import { float64, int32, uint8 } from '../lp/scratch';
import { verifySolution } from '../lp/verify-solution';

/** Name and version of the solver, as results report them. */
export interface SolverName {
  readonly name: string;
  readonly version: string;
}

/** Options of `glpkLpSolve`. */
export interface GlpkLpSolveOptions {
  /** Wall-clock limit, seconds (both solves together when there are two). */
  readonly timeLimitSeconds?: number;
  /** GLPK's presolver; default: on from `PRESOLVE_MIN_COLUMNS` columns up. */
  readonly presolve?: boolean;
  /** True: GLPK sees the LP scaled (`scaleLp`) from the first try; false: as given first, scaled only if that fails. Default: `needsScaling`. */
  readonly scale?: boolean;
  /** Simplex iterations allowed to each GLPK call; default `iterationLimit(lp)`. */
  readonly iterationLimit?: number;
  /** True: GLPK's optimum is taken without `verifySolution` (`LpSolveOptions.callerVerifies`); default false. */
  readonly callerVerifies?: boolean;
}

/**
 * Simplex iterations GLPK may take on one call before it counts as a
 * numerical failure: GLPK ends in a few times as many iterations as the LP
 * has rows and columns, and a simplex past this many is cycling (issue 12:
 * a 5e9 t demand beside a 600 t one never ended). Every solve ends, with or
 * without a time limit. (Where glpk.js's wasm exports cannot be reached,
 * `glpkLpSolve` goes through glpk.js's own `solve`, which takes no
 * iteration limit: there only the time limit stops it.)
 */
export function iterationLimit(lp: LpProblem): number {
  return Math.max(100_000, 50 * (lp.numRows + lp.numCols));
}

/**
 * From how many columns the presolver is used by default. Native glpsol uses
 * it by default, and it guards against LPs it shrinks a lot; on the
 * benchmark's grids (scripts/bench-formulation.js) it neither helped nor
 * hurt: 19,845 columns 0.58–0.60 s with and without it, 98,901 columns 27 s
 * with, 22 s without on a loaded machine, glpsol 2.9 s either way on 49,329
 * columns. Below this size both take a few ms, and the simplex without
 * presolve keeps small models on the optimal vertex they have always had:
 * where an optimum is not unique (two demands tied at the same penalty, as in
 * models/caspian-2030-iran-closed.json), another vertex would change figures
 * that models/README.md documents.
 */
export const PRESOLVE_MIN_COLUMNS = 1000;

/**
 * Whether `glpkLpSolve` presolves `lp` by default on its first way: at least
 * `PRESOLVE_MIN_COLUMNS` columns with a cost or a row entry. A warm solver
 * leaves the others to the cold solve entirely: a small LP keeps the vertex
 * it always had, also where a first way fails and another presolves.
 */
export function presolvesByDefault(lp: LpProblem): boolean {
  if (lp.numCols < PRESOLVE_MIN_COLUMNS) return false;
  const used = uint8(lp.numCols);
  for (let p = 0; p < lp.rowStart[lp.numRows]!; p++) used[lp.rowIndex[p]!] = 1;
  let numUsed = 0;
  for (let j = 0; j < lp.numCols; j++) if (used[j] === 1 || lp.objective[j] !== 0) numUsed++;
  return numUsed >= PRESOLVE_MIN_COLUMNS;
}

/**
 * Solve a neutral LP with one glpk.js instance (`glpk.js/node`). The one place
 * where glpk.js's status codes are translated.
 *
 * - GLPK is called straight from the LP's arrays by `direct` (glpk-direct.ts)
 *   when it is given, else through glpk.js's `solve` on the JSON LP
 *   (`jsonSolve`); the answer is the same to the last bit.
 * - GLPK's presolver is on for large LPs (see `PRESOLVE_MIN_COLUMNS`; it
 *   also scales the LP and starts from an advanced basis, as glpsol does:
 *   many times faster on large LPs than what glpk.js runs without it, the
 *   simplex from the slack basis). After presolving GLPK recovers the
 *   optimal basis of the LP as given, so the duals are those of our rows.
 *   With it an infeasible or unbounded LP comes back as status "undefined"
 *   (design.md); the two are told apart as explained in the code.
 * - GLPK sees the LP scaled (`scaleLp`: rows, columns, right-hand sides
 *   and costs by powers of two, so that its absolute tolerances fit every
 *   figure's own size); the answer is mapped back exactly and checked in the
 *   LP's own units (`verifySolution`). An optimum that fails the check, or
 *   "no feasible solution", is tried again with the presolver switched the
 *   other way; an optimum neither way verifies is an `error` (a numerical
 *   failure), and `infeasible` needs both ways to agree. With
 *   `callerVerifies` the first optimum GLPK reports is taken unchecked.
 * - A solve stopped by its time limit is `time-limit`, never `error` or
 *   `infeasible`.
 * - Columns without row entries and without cost are left out of GLPK's
 *   problem and come back at the bound nearest 0. Rows without entries are
 *   left out too (dual 0); if one of them cannot hold at 0 the LP is
 *   infeasible without asking GLPK.
 * - The LP is checked for non-finite numbers and repeated columns first,
 *   since GLPK aborts the wasm instance on them; a GLPK abort that happens
 *   anyway comes back as status `error` with its message.
 */
export function glpkLpSolve(
  glpk: GLPK,
  solver: SolverName,
  lp: LpProblem,
  options: GlpkLpSolveOptions = {},
  direct: DirectSolve | null = null,
): LpSolution {
  const { numCols, numRows } = lp;
  const primal = float64(numCols);
  const dual = float64(numRows);
  const done = (status: LpSolution['status'], ms: number, message?: string): LpSolution => {
    if (status !== 'optimal') {
      primal.fill(0);
      dual.fill(0);
    }
    let objective = 0;
    const costs = lp.objective;
    if (status === 'optimal') for (let j = 0; j < numCols; j++) objective += costs[j]! * primal[j]!;
    return {
      status,
      objective,
      primal,
      dual,
      ...(message === undefined ? {} : { message }),
      solver: { name: solver.name, version: solver.version, ms },
    };
  };

  const invalid = checkLp(lp);
  if (invalid !== null) return done('error', 0, invalid);
  const parts = glpkParts(lp, primal);
  if (parts === 'infeasible') return done('infeasible', 0);
  // GLPK cannot hold a problem without columns (glp_add_cols aborts on 0),
  // and without columns every row is empty and holds (checked by glpkParts).
  if (parts === 'no columns') return done('optimal', 0);

  const limit = options.iterationLimit ?? iterationLimit(lp);
  const timeLimit = options.timeLimitSeconds;
  const ways = new GlpkWays({ glpk, lp, used: parts.used, rows: parts.rows, solveWith: direct ?? jsonSolve(glpk), iterationLimit: limit, timeLimit, primal, dual });
  const presolve = options.presolve ?? parts.numUsed >= PRESOLVE_MIN_COLUMNS;

  // An optimum counts only once it passes `verifySolution` in the LP's own
  // units, and "infeasible" is said only when no way of solving finds a
  // verified optimum and every way that ends says so (an "optimum" that
  // breaks the LP's rows counts for nothing): GLPK's tolerances are
  // absolute, and one way can stumble where another does not. An optimum no
  // way verifies, with no way saying infeasible, is a numerical failure.
  // (`solveScenario` then asks the elastic re-solve for a certificate.)
  const tally: WaysTally = { ways: 0, infeasibleWays: 0, unverifiedWays: 0, endlessWays: 0, unverified: null, status: glpk.GLP_UNDEF };
  try {
    for (const way of attemptsFor(options.scale ?? needsScaling(lp), presolve)) {
      const status = (tally.status = ways.attempt(way));
      tally.ways++;
      if (status === glpk.GLP_OPT) {
        tally.unverified = options.callerVerifies === true ? null : verifySolution(lp, primal, dual);
        if (tally.unverified === null) return done('optimal', performance.now() - ways.started);
        tally.unverifiedWays++;
      } else if (status === glpk.GLP_NOFEAS) {
        tally.infeasibleWays++;
      } else if (status === glpk.GLP_UNBND) {
        return done('unbounded', performance.now() - ways.started);
      } else if (status === ITERATION_LIMIT) {
        tally.endlessWays++;
      }
      if (ways.outOfTime()) break;
    }
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return done('error', performance.now() - ways.started, `GLPK failed: ${message}`);
  }
  const ms = performance.now() - ways.started;
  const failed = failedOutcome(glpk, tally, ms, timeLimit, limit);
  return done(failed.status, ms, failed.message);
}

/**
 * Which columns and rows GLPK needs to see: columns in a row or with a cost
 * (`used`; the others are set in `primal` to their bound nearest 0) and
 * rows with entries; 'infeasible' if an empty row cannot hold at 0, 'no
 * columns' if GLPK would see none.
 */
function glpkParts(lp: LpProblem, primal: Float64Array): { used: Uint8Array; numUsed: number; rows: Int32Array } | 'infeasible' | 'no columns' {
  const { numCols, numRows, rowStart, rowIndex, objective } = lp;
  const used = uint8(numCols);
  const entries = rowStart[numRows]!;
  for (let p = 0; p < entries; p++) used[rowIndex[p]!] = 1;
  for (let j = 0; j < numCols; j++) {
    if (objective[j] !== 0) used[j] = 1;
    else if (used[j] === 0) primal[j] = nearestToZero(lp.colLower[j]!, lp.colUpper[j]!);
  }
  let numUsed = 0;
  for (let j = 0; j < numCols; j++) numUsed += used[j]!;
  for (let i = 0; i < numRows; i++) {
    if (rowStart[i] === rowStart[i + 1] && (lp.rowLower[i]! > 0 || lp.rowUpper[i]! < 0)) return 'infeasible';
  }
  if (numUsed === 0) return 'no columns';
  const rows = int32(numRows);
  let numKept = 0;
  for (let i = 0; i < numRows; i++) if (rowStart[i] !== rowStart[i + 1]) rows[numKept++] = i;
  return { used, numUsed, rows: rows.subarray(0, numKept) };
}

/**
 * Largest (and inverse of the smallest) magnitude of a right-hand side,
 * bound or cost that GLPK is given as it is. GLPK's tolerances are absolute,
 * about 1e-7: numbers up to 2^26 (6.7e7) carry rounding errors of 1e-8 at
 * most, well inside them, while at 6e8 t a feasible LP came back infeasible
 * (issue 12). Within this range the LP is solved unscaled, as it always was:
 * where an optimum or its duals are not unique the simplex then keeps the
 * vertex it always found (the figures models/README.md documents; a scaled
 * solve can end at another vertex, as valid, with other degenerate duals).
 */
export const UNSCALED_RANGE = 2 ** 26;

/** Whether some right-hand side, bound, coefficient or cost of `lp` lies outside [1/UNSCALED_RANGE, UNSCALED_RANGE]. */
export function needsScaling(lp: LpProblem): boolean {
  const outside = (value: number): boolean => {
    const v = Math.abs(value);
    return v !== 0 && v !== Infinity && (v > UNSCALED_RANGE || v < 1 / UNSCALED_RANGE);
  };
  const { objective, colLower, colUpper, rowLower, rowUpper, rowValue } = lp;
  for (let j = 0; j < lp.numCols; j++) {
    if (outside(objective[j]!) || outside(colLower[j]!) || outside(colUpper[j]!)) return true;
  }
  for (let i = 0; i < lp.numRows; i++) if (outside(rowLower[i]!) || outside(rowUpper[i]!)) return true;
  const entries = lp.rowStart[lp.numRows]!;
  for (let p = 0; p < entries; p++) if (outside(rowValue[p]!)) return true;
  return false;
}

/**
 * `DirectSolve` through glpk.js's own `solve`: the JSON LP of the problem,
 * columns named `x<j>` and rows `r<i>` (short, unique: GLPK aborts on names
 * over 255 characters and overwrites duals of duplicate row names). Used
 * when the direct calls are not available, and by the test that holds the
 * two to the same answer.
 */
export function jsonSolve(glpk: GLPK): DirectSolve {
  return ({ lp, used, rows }, withObjective, options, primal, dual) => {
    const objectiveVars: { name: string; coef: number }[] = [];
    const bounds: LP['bounds'] = [];
    for (let j = 0; j < lp.numCols; j++) {
      if (used[j] === 0) continue;
      if (withObjective && lp.objective[j] !== 0) objectiveVars.push({ name: `x${j}`, coef: lp.objective[j]! });
      const lower = lp.colLower[j]!;
      const upper = lp.colUpper[j]!;
      if (saysBounds(lower, upper)) bounds.push({ name: `x${j}`, ...jsonBounds(glpk, lower, upper) });
    }
    const subjectTo: LP['subjectTo'] = [];
    for (const i of rows) {
      const vars: { name: string; coef: number }[] = [];
      for (let p = lp.rowStart[i]!; p < lp.rowStart[i + 1]!; p++) vars.push({ name: `x${lp.rowIndex[p]}`, coef: lp.rowValue[p]! });
      subjectTo.push({ name: `r${i}`, vars, bnds: jsonBounds(glpk, lp.rowLower[i]!, lp.rowUpper[i]!) });
    }
    const json: LP = { name: 'corridor-flow', objective: { direction: glpk.GLP_MIN, name: 'cost', vars: objectiveVars }, subjectTo, bounds };
    const result = glpk.solve(json, options).result;
    if (result.status === glpk.GLP_OPT && withObjective) {
      for (let j = 0; j < lp.numCols; j++) if (used[j] === 1) primal[j] = result.vars[`x${j}`] ?? 0;
      for (const i of rows) dual[i] = result.dual?.[`r${i}`] ?? 0;
    }
    return result.status;
  };
}

function jsonBounds(glpk: GLPK, lower: number, upper: number): { type: number; lb: number; ub: number } {
  return { type: boundType(glpk, lower, upper), lb: lowerOf(lower), ub: upperOf(upper) };
}

/** Why GLPK would abort on this LP, or null: GLPK aborts the whole wasm instance rather than returning an error. */
function checkLp(lp: LpProblem): string | null {
  const { numCols, numRows } = lp;
  if (
    lp.objective.length !== numCols ||
    lp.colLower.length !== numCols ||
    lp.colUpper.length !== numCols ||
    lp.rowLower.length !== numRows ||
    lp.rowUpper.length !== numRows ||
    lp.rowStart.length !== numRows + 1 ||
    lp.rowStart[0] !== 0 ||
    lp.rowIndex.length < lp.rowStart[numRows]! ||
    lp.rowValue.length < lp.rowStart[numRows]!
  ) {
    return 'glpkLpSolve: the LP arrays do not match numCols/numRows';
  }
  // The LP's arrays in locals: this runs on every master of the path method, mostly before V8 optimizes it, where a
  // property read per entry costs about as much as the entry.
  const { objective, colLower, colUpper, rowLower, rowUpper, rowStart, rowIndex, rowValue } = lp;
  for (let j = 0; j < numCols; j++) {
    if (!Number.isFinite(objective[j]!)) return `glpkLpSolve: objective of column ${j} is ${objective[j]}`;
    const lower = colLower[j]!;
    const upper = colUpper[j]!;
    if (Number.isNaN(lower) || Number.isNaN(upper) || lower > upper) return `glpkLpSolve: column ${j} has bounds [${lower}, ${upper}]`;
    if (lower === Infinity || upper === -Infinity) return `glpkLpSolve: column ${j} has bounds [${lower}, ${upper}]`;
  }
  const seen = int32(numCols).fill(-1);
  for (let i = 0; i < numRows; i++) {
    if (Number.isNaN(rowLower[i]!) || Number.isNaN(rowUpper[i]!)) {
      return `glpkLpSolve: row ${i} has bounds [${rowLower[i]}, ${rowUpper[i]}]`;
    }
    const end = rowStart[i + 1]!;
    if (end < rowStart[i]!) return `glpkLpSolve: rowStart is not increasing at row ${i}`;
    for (let p = rowStart[i]!; p < end; p++) {
      const j = rowIndex[p]!;
      if (j < 0 || j >= numCols) return `glpkLpSolve: row ${i} refers to column ${j} of ${numCols}`;
      if (!Number.isFinite(rowValue[p]!)) return `glpkLpSolve: row ${i}, column ${j} has coefficient ${rowValue[p]}`;
      if (seen[j] === i) return `glpkLpSolve: column ${j} appears twice in row ${i}`;
      seen[j] = i;
    }
  }
  return null;
}
