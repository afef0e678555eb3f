import type { Result, Scenario } from '../model/types';
import type { SolveOptions, WarmSolver } from '../solver/types';
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
  /**
   * Starts loading the solver now, before the first solve asks for it, so
   * that loading runs while the command reads and checks its input. Absent:
   * the solver loads on the first solve.
   */
  readonly prepare?: () => void;
  /** How many solves so far started from the last one's basis or path columns, where the host can tell (in-process). */
  readonly warmStarts?: () => number;
}

/**
 * glpk.js on this thread (loaded on the first solve), each solve starting
 * from the last one's basis where the LP keeps its shape: the fastest way, and
 * the only one in-process tests have. It cannot be stopped mid-solve; a
 * time limit still holds between solves and through GLPK's own `tmlim`.
 */
export function inProcessHost(): SolverHost {
  const solver = lazySolver();
  let warm: WarmSolver | null = null;
  let warmStartsBefore = 0;
  return {
    solve: async (scenario, options) => {
      const loaded = await solver();
      // One warm solver for the command: a sweep's points and Monte Carlo's draws start from the last basis.
      warm ??= loaded.warmSolver?.() ?? null;
      const result = (warm ?? loaded).solve(scenario, options);
      if (result.status === 'error' && warm !== null) {
        // A failure may have been GLPK aborting: the next solve builds its problem afresh.
        warmStartsBefore += warm.warmStarts();
        try {
          warm.release();
        } catch {
          // an aborted instance may not free its memory; it is not used again
        }
        warm = null;
      }
      return result;
    },
    stoppable: false,
    stop: async () => undefined,
    warmStarts: () => warmStartsBefore + (warm?.warmStarts() ?? 0),
  };
}
