import type { Variants } from '../model/parameter-path';
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
 *
 * A batch solver may also offer `variants`: the same answers for variants
 * given as one base scenario and, per variant, the parameter changes that
 * make it. The analyses use it when it is there (see `solveVariants`): a
 * worker pool then sends the base to each worker once and a few numbers per
 * variant, instead of cloning a whole scenario per variant.
 */
export interface SolveMany {
  (scenarios: readonly Scenario[], options?: SolveManyOptions): Promise<readonly Result[]>;
  readonly variants?: SolveVariants;
}

/** Variants of one base (see `Variants` in src/model/parameter-path.ts). */
export type { Variants } from '../model/parameter-path';

/** Solves every variant; results in variant order, as `SolveMany` would for the built scenarios. */
export type SolveVariants = (variants: Variants, options?: SolveManyOptions) => Promise<readonly Result[]>;
