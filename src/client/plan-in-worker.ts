import { proxy } from 'comlink';
import type { Scenario } from '../model/types';
import type { PlanOptions, PlanProgress, PlanResult } from '../plan/types';
import { createSolverWorker, type WorkerFactory } from './create-solver-worker';
import { startWorker } from './worker-handle';
import { SolverClientError } from './solver-client-error';

/** Default limit on a whole plan, ms, when the plan itself has no time limit: ten minutes. */
export const DEFAULT_PLAN_TIMEOUT_MS = 10 * 60_000;

export interface PlanInWorkerOptions {
  /** Cancels the plan: the worker is terminated (GLPK's branch and bound cannot be interrupted otherwise) and the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Each phase of the plan: relaxation bound, first plan, appraisal, done. */
  readonly onProgress?: (progress: PlanProgress) => void;
  /** Limit on the whole call, ms; default the plan's own time limit plus 30 s, else `DEFAULT_PLAN_TIMEOUT_MS`. */
  readonly timeoutMs?: number;
  readonly createWorker?: WorkerFactory;
}

/**
 * Runs `plan` on `scenario` in a worker of its own, started for this plan
 * and terminated after it: a plan's MIP may take seconds to minutes and
 * would hold up the interactive solver's worker; a worker of its own can
 * also be cancelled by terminating it.
 *
 * Resolves with the worker's PlanResult (failures as data); rejects with a
 * `SolverClientError` when the worker dies or times out, and with the
 * signal's reason when cancelled.
 */
export async function planInWorker(
  scenario: Scenario,
  planOptions: PlanOptions = {},
  { signal, onProgress, timeoutMs, createWorker = createSolverWorker }: PlanInWorkerOptions = {},
): Promise<PlanResult> {
  signal?.throwIfAborted();
  const limit = timeoutMs ?? (planOptions.timeLimitSeconds === undefined ? DEFAULT_PLAN_TIMEOUT_MS : planOptions.timeLimitSeconds * 1000 + 30_000);
  const handle = startWorker(createWorker);
  let onAbort = (): void => undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => {
      handle.terminate(new SolverClientError('closed', 'The plan was cancelled.'));
      reject(signal?.reason ?? new DOMException('The plan was cancelled.', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => undefined);
  const progress = proxy((p: PlanProgress) => onProgress?.(p));
  try {
    return await Promise.race([handle.call<PlanResult>((api) => api.plan(scenario, planOptions, progress) as Promise<PlanResult>, limit), aborted]);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    handle.terminate();
  }
}
