import type { Result, Scenario } from '../model/types';
import type { SolveOptions } from './protocol';
import { createSolverWorker, type WorkerFactory } from './create-solver-worker';
import { startWorker, type WorkerHandle } from './worker-handle';
import { SolverClientError } from './solver-client-error';
import { errorResult } from './error-result';
import { DEFAULT_TIMEOUT_MS } from './solver-client';

/** Upper bound on the default pool size: each worker holds its own wasm instance. */
export const MAX_DEFAULT_POOL_SIZE = 8;

export interface WorkerPoolOptions {
  /** Number of workers; default `navigator.hardwareConcurrency`, at most `MAX_DEFAULT_POOL_SIZE`. */
  readonly size?: number;
  /** Limit on one scenario's solve, ms; default `DEFAULT_TIMEOUT_MS`. */
  readonly timeoutMs?: number;
  readonly createWorker?: WorkerFactory;
  readonly solveOptions?: SolveOptions;
}

export interface BatchOptions {
  /** Cancels the batch: the promise rejects with the signal's reason (an `AbortError` by default). */
  readonly signal?: AbortSignal;
  /** Called after each finished scenario with the count done so far. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * N solver workers for batches (sweeps, Monte Carlo). `solveMany` has the
 * shape of `src/analysis`'s `SolveMany`, so the pool plugs in there.
 *
 * Scenarios are handed out one at a time to whichever worker is free, and
 * results come back in input order. A scenario whose solve times out or
 * whose worker dies gets an `error` Result (the worker is replaced) so the
 * rest of the batch still counts. Cancelling terminates the busy workers
 * (their answers are no longer wanted; fresh ones start on the next batch).
 * Batches run one after another.
 */
export class WorkerPool {
  readonly size: number;
  readonly timeoutMs: number;
  readonly #createWorker: WorkerFactory;
  readonly #solveOptions: SolveOptions | undefined;
  readonly #lanes: (WorkerHandle | null)[];
  #queue: Promise<unknown> = Promise.resolve();
  #disposed = false;

  constructor(options: WorkerPoolOptions = {}) {
    const cores = typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 1);
    this.size = Math.max(1, Math.floor(options.size ?? Math.min(cores, MAX_DEFAULT_POOL_SIZE)));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#createWorker = options.createWorker ?? createSolverWorker;
    this.#solveOptions = options.solveOptions;
    this.#lanes = Array.from({ length: this.size }, () => null);
  }

  /** Solves every scenario; results in input order. */
  solveMany = (scenarios: readonly Scenario[], options: BatchOptions = {}): Promise<readonly Result[]> => {
    const run = this.#queue.then(() => this.#batch(scenarios, options));
    this.#queue = run.catch(() => undefined);
    return run;
  };

  /** Terminates every worker; later batches reject. */
  dispose(): void {
    this.#disposed = true;
    this.#lanes.forEach((handle, lane) => {
      handle?.terminate();
      this.#lanes[lane] = null;
    });
  }

  async #batch(scenarios: readonly Scenario[], { signal, onProgress }: BatchOptions): Promise<readonly Result[]> {
    if (this.#disposed) throw new SolverClientError('closed', 'The worker pool was disposed.');
    signal?.throwIfAborted();
    const results: Result[] = new Array<Result>(scenarios.length);
    let next = 0;
    let done = 0;
    const busy = new Set<WorkerHandle>();

    let onAbort = (): void => undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => {
        for (const handle of busy) handle.terminate();
        reject(signal?.reason ?? new DOMException('The batch was cancelled.', 'AbortError'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    aborted.catch(() => undefined);

    const lane = async (index: number): Promise<void> => {
      while (next < scenarios.length && !signal?.aborted) {
        const i = next++;
        const handle = this.#lanes[index]?.alive ? this.#lanes[index] : startWorker(this.#createWorker);
        this.#lanes[index] = handle;
        busy.add(handle);
        const started = performance.now();
        try {
          results[i] = await handle.call((api) => api.solve(scenarios[i]!, this.#solveOptions), this.timeoutMs);
        } catch (error) {
          if (signal?.aborted) return;
          handle.terminate();
          this.#lanes[index] = null;
          results[i] = errorResult(error instanceof Error ? error.message : String(error), performance.now() - started);
        } finally {
          busy.delete(handle);
        }
        done += 1;
        onProgress?.(done, scenarios.length);
      }
    };

    const lanes = Math.min(this.size, scenarios.length);
    try {
      await Promise.race([Promise.all(Array.from({ length: lanes }, (_, index) => lane(index))), aborted]);
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
    return results;
  }
}
