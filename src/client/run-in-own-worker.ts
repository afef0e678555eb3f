import type { Remote } from 'comlink';
import type { SolverApi } from './protocol';
import { createSolverWorker, type WorkerFactory } from './create-solver-worker';
import { startWorker, type WorkerHandle } from './worker-handle';
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
   * Ends the worker only once this settles (or the signal aborts, or after `HOLD_LIMIT_MS`) rather than as the
   * answer comes. Tearing down a large plan's worker (its wasm memory and heap) takes some 30–45 ms of a core; on a
   * machine of two cores that is the core the page needs while it draws the answer it was just handed, whereas an
   * idle worker costs nothing.
   */
  readonly holdWorkerUntil?: Promise<unknown>;
}

/** The longest a worker is kept after its answer for `holdWorkerUntil`, ms. */
export const HOLD_LIMIT_MS = 30_000;

/**
 * Runs one long call (a plan, a calibration) in a worker started for it and
 * terminated after it, as `checkInWorker` does for the checks: seconds of
 * branching in the interactive solver's worker would hold up every edit's
 * solve (and trip its timeout). Cancelling terminates the worker, the only
 * way to stop glpk.js mid-solve.
 */
export async function runInOwnWorker<T>(
  call: (api: Remote<SolverApi>) => Promise<T>,
  { signal, timeoutMs, createWorker = createSolverWorker, what, holdWorkerUntil }: OwnWorkerRun,
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
  let held = false;
  try {
    const value = await Promise.race([handle.call<T>(call, timeoutMs), aborted]);
    held = holdWorkerUntil !== undefined;
    return value;
  } finally {
    if (held) endLater(handle, holdWorkerUntil!, aborted, () => signal?.removeEventListener('abort', onAbort));
    else {
      signal?.removeEventListener('abort', onAbort);
      handle.terminate();
    }
  }
}

/** Terminates `handle` once `until` settles, `aborted` rejects or `HOLD_LIMIT_MS` pass, whichever comes first. */
function endLater(handle: WorkerHandle, until: Promise<unknown>, aborted: Promise<never>, cleanUp: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, HOLD_LIMIT_MS)));
  void Promise.race([until, aborted, limit])
    .catch(() => undefined)
    .finally(() => {
      clearTimeout(timer);
      cleanUp();
      handle.terminate();
    });
}
