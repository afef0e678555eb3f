import { proxy } from 'comlink';
import type { Scenario } from '../model/types';
import type { CheckOptions, CheckOutcome } from './protocol';
import { createSolverWorker, type WorkerFactory } from './create-solver-worker';
import { startWorker } from './worker-handle';
import { SolverClientError } from './solver-client-error';

/** Default limit on a whole check, ms: ten minutes, far above 50 runs of the largest model. */
export const DEFAULT_CHECK_TIMEOUT_MS = 10 * 60_000;

export interface CheckInWorkerOptions {
  /** Stops the check: the worker is terminated and the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Solves made so far, now and then (see `CHECK_PROGRESS_MS`). */
  readonly onProgress?: (solves: number) => void;
  /** Limit on the whole check, ms; default `DEFAULT_CHECK_TIMEOUT_MS`. */
  readonly timeoutMs?: number;
  readonly createWorker?: WorkerFactory;
}

/**
 * Runs the invariant checks (`runCheck`) on `scenario` in a worker of its
 * own, started for this check and terminated after it: a check takes
 * seconds to minutes, and in the interactive solver's worker it would hold up
 * every edit's solve (and trip its timeout).
 *
 * Resolves with the worker's outcome (a report, or a message as data);
 * rejects with a `SolverClientError` when the worker dies or times out, and
 * with the signal's reason when cancelled.
 */
export async function checkInWorker(
  scenario: Scenario,
  checkOptions: CheckOptions,
  { signal, onProgress, timeoutMs = DEFAULT_CHECK_TIMEOUT_MS, createWorker = createSolverWorker }: CheckInWorkerOptions = {},
): Promise<CheckOutcome> {
  signal?.throwIfAborted();
  const handle = startWorker(createWorker);
  let onAbort = (): void => undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => {
      handle.terminate(new SolverClientError('closed', 'The check was cancelled.'));
      reject(signal?.reason ?? new DOMException('The check was cancelled.', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => undefined);
  const progress = proxy((solves: number) => onProgress?.(solves));
  try {
    return await Promise.race([handle.call<CheckOutcome>((api) => api.check(scenario, checkOptions, progress) as Promise<CheckOutcome>, timeoutMs), aborted]);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    handle.terminate();
  }
}
