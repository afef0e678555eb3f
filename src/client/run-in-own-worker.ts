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
  /**
   * Resolve only once the worker is gone (`WorkerHandle.ended`), waiting at most this long, ms (default 0: at
   * once). A large plan's worker takes tens of ms of a core to tear down its wasm memory and heap; on a machine of
   * two cores that is the core the page needs to draw the answer it was handed.
   */
  readonly endWaitMs?: number;
}

/**
 * Runs one long call (a plan, a calibration) in a worker started for it and
 * terminated after it, as `checkInWorker` does for the checks: seconds of
 * branching in the interactive solver's worker would hold up every edit's
 * solve (and trip its timeout). Cancelling terminates the worker, the only
 * way to stop glpk.js mid-solve.
 */
export async function runInOwnWorker<T>(
  call: (api: Remote<SolverApi>) => Promise<T>,
  { signal, timeoutMs, createWorker = createSolverWorker, what, endWaitMs = 0 }: OwnWorkerRun,
): Promise<T> {
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
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const value = await Promise.race([handle.call<T>(call, timeoutMs), aborted]);
    handle.terminate();
    // Cancelling while the worker ends still cancels: the caller never takes this answer.
    if (endWaitMs > 0) await Promise.race([handle.ended, aborted, new Promise<void>((resolve) => (timer = setTimeout(resolve, endWaitMs)))]);
    return value;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    handle.terminate();
  }
}
