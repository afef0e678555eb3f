import type { Result, Scenario } from '../model/types';
import type { SolveOptions } from '../solver/types';
import { lazySolver } from './lazy-solver';

/**
 * Where a command's solves run, seen from the command: one solve at a time,
 * answered as a promise, and a way to stop it all at once.
 */
export interface SolverHost {
  /** The scenario's Result; rejects when the solver cannot load, crashed, or was stopped. */
  solve(scenario: Scenario, options?: SolveOptions): Promise<Result>;
  /**
   * Stops the solver now, mid-solve if need be, and rejects what is pending.
   * True when that is possible (a thread); false when the solves run on
   * this thread, so one under way cannot be cut short.
   */
  readonly stoppable: boolean;
  stop(): Promise<void>;
}

/**
 * glpk.js on this thread (loaded on the first solve): the fastest way, and
 * the only one in-process tests have. It cannot be stopped mid-solve; a
 * time limit still holds between solves and through GLPK's own `tmlim`.
 */
export function inProcessHost(): SolverHost {
  const solver = lazySolver();
  return {
    solve: async (scenario, options) => (await solver()).solve(scenario, options),
    stoppable: false,
    stop: async () => undefined,
  };
}
