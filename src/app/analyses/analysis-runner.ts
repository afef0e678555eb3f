import type { SolveMany, Variants } from '../../analysis/types';
import type { Scenario } from '../../model/types';
import type { CheckOptions, CheckOutcome, WorkerPool } from '../../client';
import { knownFieldsOnly } from '../../model/known-fields-only';
import type { PlanOptions, PlanProgress, PlanResult } from '../../plan/types';
import type { CalibrationOptions, CalibrationResult } from '../../calibrate/types';
import { loadClient } from '../load-client';

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
  /** Plans in a worker of its own (see `planInWorker`; `holdWorkerUntil`: end that worker once the page has drawn the plan). */
  plan(
    scenario: Scenario,
    options: PlanOptions,
    control?: { readonly signal?: AbortSignal; readonly onProgress?: (p: PlanProgress) => void; readonly holdWorkerUntil?: Promise<unknown> },
  ): Promise<PlanResult>;
  /** Calibrates in a worker of its own (see `calibrateInWorker`). */
  calibrate(scenario: Scenario, options: CalibrationOptions, control?: { readonly signal?: AbortSignal }): Promise<CalibrationResult>;
  dispose(): void;
}

/**
 * The app's runner: a `WorkerPool` started on the first batch (so opening
 * the app starts no extra workers) and one worker per check. `src/client`
 * itself is loaded on the first call (see load-client.ts).
 */
export function createAnalysisRunner(): AnalysisRunner {
  let pool: WorkerPool | null = null;
  /** Counts `dispose()` calls: a batch whose client arrives after one was asked of a pool closed meanwhile. */
  let disposals = 0;
  const started = async (): Promise<WorkerPool> => {
    const before = disposals;
    const client = await loadClient();
    if (disposals !== before) throw new client.SolverClientError('closed', 'The worker pool was disposed.');
    return (pool ??= new client.WorkerPool());
  };
  // Only the fields the solver knows cross to a worker (see knownFieldsOnly).
  const solveMany: SolveMany = Object.assign(
    async (scenarios: readonly Scenario[], options?: BatchControl) => (await started()).solveMany(scenarios.map(knownFieldsOnly), options),
    {
      variants: async (variants: Variants, options?: BatchControl) =>
        (await started()).solveVariants({ ...variants, base: knownFieldsOnly(variants.base) }, options),
    },
  );
  return {
    solveMany,
    // A check runs in a worker of its own, which dispose() does not stop (as before the lazy load).
    check: async (scenario, options, control = {}) => (await loadClient()).checkInWorker(knownFieldsOnly(scenario), options, control),
    // A plan or a calibration also runs in a worker of its own: cancelling one terminates it.
    plan: async (scenario, options, control = {}) => (await loadClient()).planInWorker(knownFieldsOnly(scenario), options, control),
    calibrate: async (scenario, options, control = {}) => (await loadClient()).calibrateInWorker(knownFieldsOnly(scenario), options, control),
    dispose() {
      disposals++;
      pool?.dispose();
      pool = null;
    },
  };
}
