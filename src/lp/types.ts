/**
 * The neutral linear program: what `buildLp` makes from a scenario and what
 * a solver adapter (glpk.js in `src/solver`, HiGHS in tests) consumes. Plain
 * typed arrays, no solver's names or codes: translated in one adapter each.
 *
 * Minimise  c·x + objectiveConstant
 * subject to rowLower ≤ A·x ≤ rowUpper,  colLower ≤ x ≤ colUpper.
 * ±Infinity means "no bound". A is stored row-wise (CSR) with no repeated
 * column inside a row (GLPK aborts on one).
 */
export interface LpProblem {
  readonly numCols: number;
  readonly numRows: number;
  readonly objective: Float64Array;
  /** Added to c·x to give the scenario's objective, USD/yr. */
  readonly objectiveConstant: number;
  readonly colLower: Float64Array;
  readonly colUpper: Float64Array;
  readonly rowLower: Float64Array;
  readonly rowUpper: Float64Array;
  /** CSR: row i's entries are rowIndex/rowValue[rowStart[i] .. rowStart[i+1]). */
  readonly rowStart: Int32Array;
  readonly rowIndex: Int32Array;
  readonly rowValue: Float64Array;
}

/** What a solver adapter returns, in the neutral LP's terms. */
export interface LpSolution {
  /**
   * `time-limit`: stopped at the time limit, nothing claimed; `error`: a solver or numerical failure (see `message`);
   * `cancelled`: stopped because the caller asked (only where it can: `PathSolveOptions.shouldStop`), nothing claimed.
   */
  readonly status: 'optimal' | 'infeasible' | 'unbounded' | 'error' | 'time-limit' | 'cancelled';
  /** c·x (without objectiveConstant). */
  readonly objective: number;
  /** Column values, length numCols (zeros when not optimal). */
  readonly primal: Float64Array;
  /** Row duals, length numRows, in GLPK's sign convention (d objective / d rhs). */
  readonly dual: Float64Array;
  /** Solver's message when status is `error` or `time-limit`. */
  readonly message?: string;
  readonly solver: { readonly name: string; readonly version: string; readonly ms: number };
}

/** Options of an `LpSolve`. */
export interface LpSolveOptions {
  readonly timeLimitSeconds?: number;
  /**
   * True: the caller checks the answer itself, so an optimum the solver reports may come back without the solver's
   * own check in the LP's units (`verifySolution`). The path method's masters: only the duals of a master that
   * prices nothing in enter the answer, and that one is checked (`solveByPaths`). Default false; a solver may ignore it.
   */
  readonly callerVerifies?: boolean;
}

/** A function that solves a neutral LP (synchronous: one reused instance). */
export type LpSolve = (lp: LpProblem, options?: LpSolveOptions) => LpSolution;
