import type { LpProblem } from './types';

/**
 * A mixed-integer program in the neutral LP's terms: the LP plus which
 * columns must take whole values (a column of `integer` 1 with bounds [0, 1]
 * is a yes/no decision). What the planning builder (src/plan) makes and a
 * MIP adapter (glpk.js in src/solver) consumes.
 */
export interface MipProblem extends LpProblem {
  /** 1 where the column is integer, length numCols. */
  readonly integer: Uint8Array;
}

/** Options of one MIP solve. */
export interface MipSolveOptions {
  /** Relative gap at which to stop, |incumbent − bound| / |incumbent|; default 1e-6. */
  readonly gap?: number;
  /** Wall-clock limit, seconds; default none. */
  readonly timeLimitSeconds?: number;
}

/** What a MIP adapter returns. */
export interface MipSolution {
  /**
   * `optimal`: proven within the gap asked for. `time-limit`: stopped at the
   * limit; `primal` holds the incumbent when `feasible` is true, zeros
   * otherwise. `infeasible`, `unbounded`, `error` as for an LP.
   */
  readonly status: 'optimal' | 'time-limit' | 'infeasible' | 'unbounded' | 'error';
  /** Whether `primal` holds an integer-feasible solution. */
  readonly feasible: boolean;
  /** c·x + objectiveConstant of `primal` (0 when not feasible). */
  readonly objective: number;
  readonly primal: Float64Array;
  readonly message?: string;
  readonly solver: { readonly name: string; readonly version: string; readonly ms: number };
}

/** A function that solves a neutral MIP (synchronous: one reused instance). */
export type MipSolve = (mip: MipProblem, options?: MipSolveOptions) => MipSolution;
