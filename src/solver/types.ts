import type { Result, Scenario } from '../model/types';
import type { LpSolve } from '../lp/types';
import type { SolveMethod } from '../lp/solve-by-method';
import type { MipSolve } from '../lp/mip-types';
import type { PathProgress } from '../lp/path-progress';

/** Options of one solve. */
export interface SolveOptions {
  /** Wall-clock limit of each LP solve, seconds (an infeasible scenario takes up to three). */
  readonly timeLimitSeconds?: number;
  /** Default true: solve the smallest exact equivalent LP; false: the spec's formulation as written (see `buildLp`). */
  readonly reduce?: boolean;
  /**
   * Default `auto`: the whole arc LP at once (`arc`), by arc-column generation (`columns`) or by path generation over
   * the shared rows (`paths`, what `auto` picks for large LPs without corridor lower bounds); the same optimum with
   * its certificate every way (see `solveByMethod`).
   */
  readonly method?: SolveMethod;
  /** Told how a path-method solve goes, round by round (`PathProgress`); the other methods never call it. */
  readonly onProgress?: (progress: PathProgress) => void;
}

/**
 * One loaded solver: synchronous after `createSolver()` resolves, one glpk.js
 * instance reused for every solve.
 */
export interface Solver {
  /** The scenario's Result; never throws for a valid scenario. */
  solve(scenario: Scenario, options?: SolveOptions): Result;
  /** The neutral LP solver underneath (for tests and analysis). */
  readonly solveLp: LpSolve;
  /** The neutral MIP solver (glpk.js's branch and bound), for planning; absent in solvers made before it existed. */
  readonly solveMip?: MipSolve;
  /**
   * An LP solver that starts each solve from the basis of its last one when
   * the LP has the same shape (`warmDirect` in glpk-warm-direct.ts): for a run of
   * LPs that differ in right-hand sides and bounds, such as a plan's model
   * years. Holds GLPK memory until `release`. Absent without the direct way.
   */
  readonly warmLp?: () => { readonly solveLp: LpSolve; readonly release: () => void };
  /**
   * An LP solver for LPs that grow by columns, each the last with columns
   * (and rows that were empty) added, such as the path method's masters: it
   * starts each from the last one's basis (`growingDirect` in
   * glpk-growing-direct.ts). Holds GLPK memory until `release`. Absent without the
   * direct way. `solve` hands it to the path method by itself. `warmStarts`:
   * how many of its solves so far started from the last one's basis.
   */
  readonly growingLp?: () => { readonly solveLp: LpSolve; readonly release: () => void; readonly warmStarts: () => number };
  /**
   * A scenario solver (`solve`'s answers) whose LP solves start warm, as
   * `warmLp`'s do: for a run of scenarios of one shape, such as a sweep's
   * points, Monte Carlo draws or the app's edits. Absent without the direct way.
   */
  readonly warmSolver?: (options?: WarmSolverOptions) => WarmSolver;
  /** E.g. `glpk.js 5.0.0 (GLPK 5.0)`. */
  readonly version: string;
  /**
   * True when GLPK is called directly on glpk.js's wasm instance (see
   * `glpk-direct.ts`), false when through glpk.js's own `solve` (the same
   * answers; the direct way allocates less and is faster on small LPs).
   */
  readonly direct: boolean;
}

/** Options of `Solver.warmSolver`. */
export interface WarmSolverOptions {
  /** Start warm on small LPs too (for tests; see `WarmDirectOptions.always`). Default false: small LPs solve exactly as `solve` does. */
  readonly always?: boolean;
}

/**
 * A scenario solver that keeps one GLPK problem, with its last basis,
 * between its solves. Each answer is verified as a cold one is; a warm
 * start that ends without a verified optimum is solved again cold.
 */
export interface WarmSolver {
  /** The scenario's Result, as `Solver.solve` gives it (the same optimum; where it is not unique, maybe another vertex). */
  solve(scenario: Scenario, options?: SolveOptions): Result;
  /**
   * How many solves so far started from kept state: an LP solve from the
   * last basis, or a path-method solve from the last one's columns (the
   * others were built afresh).
   */
  readonly warmStarts: () => number;
  /**
   * How many path columns solves so far took over from the last path-method
   * solve of the same layout (`PathReuse`); 0 where the arc LP is solved.
   * Optional: warm solvers made elsewhere may not reuse columns.
   */
  readonly columnsReused?: () => number;
  /** Frees the kept problem (GLPK's memory); the next solve starts cold. */
  readonly release: () => void;
}
