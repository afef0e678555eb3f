import type { Result, Scenario } from '../model/types';
import type { SolveOptions, VariantBatch } from './protocol';
import type { Variants } from '../model/parameter-path';
import { createSolverWorker, type WorkerFactory } from './create-solver-worker';
import { startWorker, type WorkerHandle } from './worker-handle';
import { SolverClientError } from './solver-client-error';
import { DEFAULT_TIMEOUT_MS } from './solver-client';
import { DEFAULT_CHUNK_MS } from './chunk-sizer';
import { BatchRun, type BatchOptions, type BatchWorkers, type ChunkSolve, type KnownRate } from './batch-run';

/** Upper bound on the default pool size: each worker holds its own wasm instance. */
export const MAX_DEFAULT_POOL_SIZE = 8;

export interface WorkerPoolOptions {
  /** Number of workers; default `navigator.hardwareConcurrency`, at most `MAX_DEFAULT_POOL_SIZE`. */
  readonly size?: number;
  /**
   * Limit on one message to a worker, ms; default `DEFAULT_TIMEOUT_MS`. A
   * message holds one scenario or a chunk of fast ones; a chunk that runs
   * over is solved again one scenario at a time, each with this limit.
   */
  readonly timeoutMs?: number;
  /**
   * Work to hand a worker in one message, ms (the pool measures the time
   * per scenario and sizes chunks to it); default `DEFAULT_CHUNK_MS`.
   */
  readonly chunkMs?: number;
  readonly createWorker?: WorkerFactory;
  readonly solveOptions?: SolveOptions;
}

export type { BatchOptions } from './batch-run';

/**
 * N solver workers for batches (sweeps, Monte Carlo). `solveMany` has the
 * shape of `src/analysis`'s `SolveMany`, so the pool plugs in there.
 *
 * Each worker gets chunks of scenarios through its `solveBatch`, sized to
 * about `chunkMs` of work (see `ChunkSizer`): one message per scenario let
 * the postMessage round trips, not GLPK, set the pace of a sweep of
 * millisecond solves, and one message for many sweep variants also clones
 * the parts they share only once. Another batch of variants of the same
 * base starts at the chunk size the last one measured. Results come back
 * in input order. A scenario whose solve times out or whose worker dies
 * gets an `error` Result (the worker is replaced) so the rest of the batch
 * still counts;
 * when that happens inside a chunk, the chunk is solved again one scenario
 * at a time on a fresh worker, so only the culprit gets the `error`.
 * Cancelling terminates the busy workers (their answers are no longer
 * wanted; fresh ones start on the next batch). Batches run one after another.
 */
export class WorkerPool {
  readonly size: number;
  readonly timeoutMs: number;
  readonly chunkMs: number;
  readonly #createWorker: WorkerFactory;
  readonly #solveOptions: SolveOptions | undefined;
  readonly #lanes: (WorkerHandle | null)[];
  /** The key of the variant base each worker holds (see `VariantBatch`). */
  readonly #baseKeys = new WeakMap<WorkerHandle, number>();
  /**
   * Wall time per variant measured on the last batch of variants of a base
   * (the Scenario object): another batch of the same base (a sweep run again
   * over another range, another parameter) starts at full-size chunks
   * instead of probing with one variant, then four, then sixteen.
   */
  readonly #msPerVariant = new WeakMap<Scenario, number>();
  #nextBaseKey = 1;
  #queue: Promise<unknown> = Promise.resolve();
  #disposed = false;

  constructor(options: WorkerPoolOptions = {}) {
    const cores = typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 1);
    this.size = Math.max(1, Math.floor(options.size ?? Math.min(cores, MAX_DEFAULT_POOL_SIZE)));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.chunkMs = options.chunkMs ?? DEFAULT_CHUNK_MS;
    this.#createWorker = options.createWorker ?? createSolverWorker;
    this.#solveOptions = options.solveOptions;
    this.#lanes = Array.from({ length: this.size }, () => null);
  }

  /**
   * Solves every scenario; results in input order. Has `variants` (the same
   * for variants of one base, see `solveVariants`), so it is a `SolveMany`
   * of `src/analysis` with its fast path.
   */
  readonly solveMany = Object.assign(
    (scenarios: readonly Scenario[], options: BatchOptions = {}): Promise<readonly Result[]> =>
      this.#enqueue(() =>
        this.#batch(scenarios.length, options, null, (api, first, size) =>
          size === 1 ? api.solve(scenarios[first]!, this.#solveOptions).then((r) => [r]) : api.solveBatch(scenarios.slice(first, first + size), this.#solveOptions),
        ),
      ),
    { variants: (variants: Variants, options?: BatchOptions) => this.solveVariants(variants, options) },
  );

  /**
   * Solves variants of one base (variant i is `variants.base` with
   * `variants.changes[i]` applied); results in variant order, the same as
   * `solveMany` of the built scenarios. The base is cloned to each worker
   * once per batch and each variant crosses as its few changes, so a sweep
   * of fast solves is not paced by cloning whole scenarios on this thread.
   */
  solveVariants = (variants: Variants, options: BatchOptions = {}): Promise<readonly Result[]> =>
    this.#enqueue(() => {
      const key = this.#nextBaseKey++;
      return this.#batch(variants.changes.length, options, { key: variants.base, rates: this.#msPerVariant }, (api, first, size, handle) => {
        const batch: VariantBatch = { key, changes: variants.changes.slice(first, first + size) };
        // Messages reach a worker in order, so only its first one of the batch needs the base.
        if (this.#baseKeys.get(handle) === key) return api.solveVariants(batch, this.#solveOptions);
        this.#baseKeys.set(handle, key);
        return api.solveVariants({ ...batch, base: variants.base }, this.#solveOptions);
      });
    });

  #enqueue(run: () => Promise<readonly Result[]>): Promise<readonly Result[]> {
    const next = this.#queue.then(run);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  /** Terminates every worker; later batches reject. */
  dispose(): void {
    this.#disposed = true;
    this.#lanes.forEach((handle, lane) => {
      handle?.terminate();
      this.#lanes[lane] = null;
    });
  }

  /** The lane's worker, a fresh one when it has none or its worker died. */
  #worker(lane: number): WorkerHandle {
    const current = this.#lanes[lane];
    if (current?.alive) return current;
    const handle = startWorker(this.#createWorker);
    this.#lanes[lane] = handle;
    return handle;
  }

  /** Drops the lane's worker after a failed call (a timed-out one may still be solving). */
  #retire(lane: number, handle: WorkerHandle): void {
    handle.terminate();
    if (this.#lanes[lane] === handle) this.#lanes[lane] = null;
  }

  /** Solves items `0 … total − 1` (see `BatchRun`). */
  async #batch(total: number, options: BatchOptions, known: KnownRate | null, solve: ChunkSolve): Promise<readonly Result[]> {
    if (this.#disposed) throw new SolverClientError('closed', 'The worker pool was disposed.');
    options.signal?.throwIfAborted();
    const workers: BatchWorkers = {
      size: this.size,
      timeoutMs: this.timeoutMs,
      chunkMs: this.chunkMs,
      worker: (lane) => this.#worker(lane),
      retire: (lane, handle) => this.#retire(lane, handle),
      disposed: () => this.#disposed,
    };
    return new BatchRun(workers, total, options, known, solve).run();
  }
}

