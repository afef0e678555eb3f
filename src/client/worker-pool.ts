import type { Remote } from 'comlink';
import type { Result, Scenario } from '../model/types';
import type { SolverApi, SolveOptions, VariantBatch } from './protocol';
import type { Variants } from '../model/parameter-path';
import { createSolverWorker, type WorkerFactory } from './create-solver-worker';
import { startWorker, type WorkerHandle } from './worker-handle';
import { SolverClientError } from './solver-client-error';
import { errorResult } from './error-result';
import { DEFAULT_TIMEOUT_MS } from './solver-client';
import { ChunkSizer, DEFAULT_CHUNK_MS } from './chunk-sizer';

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

export interface BatchOptions {
  /** Cancels the batch: the promise rejects with the signal's reason (an `AbortError` by default). */
  readonly signal?: AbortSignal;
  /** Called after each finished chunk of scenarios (about every `chunkMs` per worker) with the count done so far. */
  readonly onProgress?: (done: number, total: number) => void;
}

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

  /**
   * Solves items `0 … total − 1`; `solve(api, first, size, handle)` asks the
   * worker `handle` for the results of items `first … first + size − 1`.
   */
  async #batch(total: number, { signal, onProgress }: BatchOptions, known: KnownRate | null, solve: ChunkSolve): Promise<readonly Result[]> {
    if (this.#disposed) throw new SolverClientError('closed', 'The worker pool was disposed.');
    signal?.throwIfAborted();
    const results: Result[] = new Array<Result>(total);
    let next = 0;
    let done = 0;
    /** Calls in flight (a worker may have two). */
    const busy = new Set<{ readonly handle: WorkerHandle }>();

    let onAbort = (): void => undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => {
        for (const { handle } of busy) handle.terminate();
        reject(signal?.reason ?? new DOMException('The batch was cancelled.', 'AbortError'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    aborted.catch(() => undefined);

    const lanes = Math.min(this.size, total);
    /** Each lane's part of the batch if it were split evenly. */
    const equalShare = Math.ceil(total / lanes);

    /** Sends items `first …` to the lane's worker; the answers, or the error that stopped them (the worker is then retired). */
    const send = async (lane: number, first: number, size: number): Promise<readonly Result[] | { readonly failed: unknown }> => {
      const handle = this.#worker(lane);
      const token = { handle };
      busy.add(token);
      try {
        return await handle.call((api) => solve(api, first, size, handle), this.timeoutMs);
      } catch (error) {
        this.#retire(lane, handle);
        return { failed: error };
      } finally {
        busy.delete(token);
      }
    };

    const finished = (count: number): void => {
      done += count;
      onProgress?.(done, total);
    };

    /** One chunk sent to a worker and the answer to come. */
    interface Flight {
      readonly first: number;
      readonly size: number;
      readonly sent: number;
      readonly answer: Promise<readonly Result[] | { readonly failed: unknown }>;
    }

    const closed = (): SolverClientError => new SolverClientError('closed', 'The worker pool was disposed.');

    /** Solves scenarios `first …` one message each, so that a failure is that scenario's own. */
    const oneByOne = async (index: number, first: number, size: number): Promise<boolean> => {
      for (let i = first; i < first + size; i++) {
        if (this.#disposed) throw closed();
        const started = performance.now();
        const single = await send(index, i, 1);
        if (signal?.aborted) return false;
        results[i] = 'failed' in single ? failure(single.failed, performance.now() - started) : single[0]!;
        finished(1);
      }
      return true;
    };

    const lane = async (index: number): Promise<void> => {
      const sizer = new ChunkSizer(this.chunkMs, known?.rates.get(known.key), equalShare);
      /** Sends the lane's next chunk, of at most `cap` scenarios (none when `cap` < 1). */
      const launch = (cap = Infinity): Flight | null => {
        if (next >= total || signal?.aborted || cap < 1) return null;
        // Disposed mid-batch: starting fresh workers now would leak them.
        if (this.#disposed) throw closed();
        const first = next;
        const size = sizer.next(total - first, lanes, cap);
        next += size;
        return { first, size, sent: performance.now(), answer: send(index, first, size) };
      };
      // Two chunks in flight per worker: the next one waits in the worker's
      // queue, so the worker starts on it without waiting for a round trip.
      // The first two chunks of a lane hold at most its part of an evenly
      // split batch, so that a lane started first does not take what the
      // others would start on (with a known time per scenario the first
      // chunk may be that whole part, and nothing goes behind it).
      let flight = launch();
      let lastAnswer = performance.now();
      let firstRound = true;
      while (flight !== null) {
        const ahead = launch(firstRound ? equalShare - flight.size : Infinity);
        firstRound = false;
        const answer = await flight.answer;
        if (signal?.aborted) return;
        if (!('failed' in answer)) {
          const now = performance.now();
          // The worker began this chunk when it was sent or when it answered the one before, whichever came later.
          sizer.record(flight.size, now - Math.max(flight.sent, lastAnswer));
          if (known !== null && sizer.msPerScenario !== null) known.rates.set(known.key, sizer.msPerScenario);
          lastAnswer = now;
          const { first } = flight;
          answer.forEach((result, k) => (results[first + k] = result));
          finished(flight.size);
          flight = ahead ?? launch();
          continue;
        }
        // The worker was retired, so the chunk queued behind fails too. A lone
        // scenario's failure is its own (the worker takes messages in order);
        // in a chunk, which scenario hung or crashed the worker is unknown:
        // solve the chunks again one by one on a fresh worker, so only the
        // culprit fails.
        sizer.reset();
        if (known !== null) known.rates.delete(known.key);
        const behind = ahead === null ? null : await ahead.answer;
        if (signal?.aborted) return;
        if (flight.size === 1) {
          results[flight.first] = failure(answer.failed, performance.now() - flight.sent);
          finished(1);
        } else if (!(await oneByOne(index, flight.first, flight.size))) return;
        if (ahead !== null && behind !== null) {
          if (!('failed' in behind)) {
            behind.forEach((result, k) => (results[ahead.first + k] = result));
            finished(ahead.size);
          } else if (!(await oneByOne(index, ahead.first, ahead.size))) return;
        }
        lastAnswer = performance.now();
        flight = launch();
      }
    };

    try {
      await Promise.race([Promise.all(Array.from({ length: lanes }, (_, index) => lane(index))), aborted]);
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
    return results;
  }
}

/** Where a batch's time per scenario is kept for the next batch of the same key. */
interface KnownRate {
  readonly key: Scenario;
  readonly rates: WeakMap<Scenario, number>;
}

/** Asks one worker for the results of items `first … first + size − 1` of a batch. */
type ChunkSolve = (api: Remote<SolverApi>, first: number, size: number, handle: WorkerHandle) => Promise<readonly Result[]>;

function failure(error: unknown, ms: number): Result {
  return errorResult(error instanceof Error ? error.message : String(error), ms);
}
