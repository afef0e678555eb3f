import type { SolveMany } from '../../analysis/types';
import type { Scenario } from '../../model/types';
import { WorkerPool, checkInWorker, type CheckOptions, type CheckOutcome } from '../../client';

/** What a batch call takes: a way to cancel and a way to hear progress. */
export interface BatchControl {
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Where the analyses run: a `SolveMany` (a pool of solver workers) for the
 * batches of `src/analysis`, and the invariant checks in a worker of their
 * own. An interface so that a test or a host page can pass its own.
 */
export interface AnalysisRunner {
  readonly solveMany: SolveMany;
  check(scenario: Scenario, options: CheckOptions, control?: { readonly signal?: AbortSignal; readonly onProgress?: (solves: number) => void }): Promise<CheckOutcome>;
  dispose(): void;
}

/**
 * The app's runner: a `WorkerPool` started on the first batch (so opening
 * the app starts no extra workers) and one worker per check.
 */
export function createAnalysisRunner(): AnalysisRunner {
  let pool: WorkerPool | null = null;
  return {
    solveMany: (scenarios, options) => (pool ??= new WorkerPool()).solveMany(scenarios, options),
    check: (scenario, options, control = {}) => checkInWorker(scenario, options, control),
    dispose() {
      pool?.dispose();
      pool = null;
    },
  };
}
