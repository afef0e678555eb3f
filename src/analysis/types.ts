import type { Result, Scenario } from '../model/types';

/** Solves one scenario; sync (in-process glpk.js) or async (a worker). */
export type SolveOne = (scenario: Scenario) => Result | Promise<Result>;

export interface SolveManyOptions {
  /** Cancels the batch: the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Called after each finished scenario, or chunk of scenarios (a worker pool reports per chunk). */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Solves a batch, results in input order. The app passes its worker pool
 * here; the command line and tests pass `solveManySequential(solve)`.
 */
export type SolveMany = (scenarios: readonly Scenario[], options?: SolveManyOptions) => Promise<readonly Result[]>;
