import type { Remote } from 'comlink';
import type { SolverApi } from './protocol';
import { createSolverWorker, type WorkerFactory } from './create-solver-worker';
import { startWorker } from './worker-handle';
import { SolverClientError } from './solver-client-error';

export interface OwnWorkerRun {
  /** Stops the run: the worker is terminated and the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Limit on the whole run, ms. */
  readonly timeoutMs: number;
  readonly createWorker?: WorkerFactory;
  /** What the run is, for messages: `The plan`. */
  readonly what: string;
}

/**
 * Runs one long call (a plan, a calibration) in a worker started for it and
 * terminated after it, as `checkInWorker` does for the checks: seconds of
 * branching in the interactive solver's worker would hold up every edit's
 * solve (and trip its timeout). Cancelling terminates the worker, the only
 * way to stop glpk.js mid-solve.
 */
export async function runInOwnWorker<T>(call: (api: Remote<SolverApi>) => Promise<T>, { signal, timeoutMs, createWorker = createSolverWorker, what }: OwnWorkerRun): Promise<T> {
  signal?.throwIfAborted();
  const handle = startWorker(createWorker);
  let onAbort = (): void => undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => {
      handle.terminate(new SolverClientError('closed', `${what} was cancelled.`));
      reject(signal?.reason ?? new DOMException(`${what} was cancelled.`, 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => undefined);
  try {
    return await Promise.race([handle.call<T>(call, timeoutMs), aborted]);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    handle.terminate();
  }
}
