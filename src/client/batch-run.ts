import type { Remote } from 'comlink';
import type { Result, Scenario } from '../model/types';
import type { SolverApi } from './protocol';
import type { WorkerHandle } from './worker-handle';
import { SolverClientError } from './solver-client-error';
import { errorResult } from './error-result';
import { ChunkSizer } from './chunk-sizer';

export interface BatchOptions {
  /** Cancels the batch: the promise rejects with the signal's reason (an `AbortError` by default). */
  readonly signal?: AbortSignal;
  /** Called after each finished chunk of scenarios (about every `chunkMs` per worker) with the count done so far. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Where a batch's time per scenario is kept for the next batch of the same key. */
export interface KnownRate {
  readonly key: Scenario;
  readonly rates: WeakMap<Scenario, number>;
}

/** Asks one worker for the results of items `first … first + size − 1` of a batch. */
export type ChunkSolve = (api: Remote<SolverApi>, first: number, size: number, handle: WorkerHandle) => Promise<readonly Result[]>;

/** What a batch needs of the pool (`WorkerPool`): its lanes' workers and its limits. */
export interface BatchWorkers {
  readonly size: number;
  /** Limit on one message to a worker, ms. */
  readonly timeoutMs: number;
  /** Work to hand a worker in one message, ms. */
  readonly chunkMs: number;
  /** The lane's worker, a fresh one when it has none or its worker died. */
  worker(lane: number): WorkerHandle;
  /** Drops the lane's worker after a failed call (a timed-out one may still be solving). */
  retire(lane: number, handle: WorkerHandle): void;
  disposed(): boolean;
}

/** An answer from a worker, or the error that stopped it (the worker is then retired). */
type Answer = readonly Result[] | { readonly failed: unknown };

/** One chunk sent to a worker and the answer to come. */
interface Flight {
  readonly first: number;
  readonly size: number;
  readonly sent: number;
  readonly answer: Promise<Answer>;
}

/**
 * One batch of `WorkerPool`: items `0 … total − 1` spread over the pool's
 * lanes in chunks sized by a `ChunkSizer` per lane, two chunks in flight per
 * worker; a failed chunk solved again one item at a time, so only the
 * culprit gets the `error` Result. `solve(api, first, size, handle)` asks
 * the worker `handle` for the results of items `first … first + size − 1`.
 */
export class BatchRun {
  readonly #results: Result[];
  #next = 0;
  #done = 0;
  /** Calls in flight (a worker may have two). */
  readonly #busy = new Set<{ readonly handle: WorkerHandle }>();
  readonly #lanes: number;
  /** Each lane's part of the batch if it were split evenly. */
  readonly #equalShare: number;

  constructor(
    private readonly workers: BatchWorkers,
    private readonly total: number,
    private readonly options: BatchOptions,
    private readonly known: KnownRate | null,
    private readonly solve: ChunkSolve,
  ) {
    this.#results = new Array<Result>(total);
    this.#lanes = Math.min(workers.size, total);
    this.#equalShare = Math.ceil(total / this.#lanes);
  }

  /** The results in item order; rejects when the batch is cancelled (its busy workers terminated) or the pool disposed. */
  async run(): Promise<readonly Result[]> {
    const { signal } = this.options;
    let onAbort = (): void => undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => {
        for (const { handle } of this.#busy) handle.terminate();
        reject(signal?.reason ?? new DOMException('The batch was cancelled.', 'AbortError'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    aborted.catch(() => undefined);
    try {
      await Promise.race([Promise.all(Array.from({ length: this.#lanes }, (_, index) => this.#lane(index))), aborted]);
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
    return this.#results;
  }

  /** Sends items `first …` to the lane's worker; the answers, or the error that stopped them (the worker is then retired). */
  async #send(lane: number, first: number, size: number): Promise<Answer> {
    const handle = this.workers.worker(lane);
    const token = { handle };
    this.#busy.add(token);
    try {
      return await handle.call((api) => this.solve(api, first, size, handle), this.workers.timeoutMs);
    } catch (error) {
      this.workers.retire(lane, handle);
      return { failed: error };
    } finally {
      this.#busy.delete(token);
    }
  }

  #finished(count: number): void {
    this.#done += count;
    this.options.onProgress?.(this.#done, this.total);
  }

  #aborted(): boolean {
    return this.options.signal?.aborted === true;
  }

  /** Solves scenarios `first …` one message each, so that a failure is that scenario's own; false when cancelled. */
  async #oneByOne(index: number, first: number, size: number): Promise<boolean> {
    for (let i = first; i < first + size; i++) {
      if (this.workers.disposed()) throw closed();
      const started = performance.now();
      const single = await this.#send(index, i, 1);
      if (this.#aborted()) return false;
      this.#results[i] = 'failed' in single ? failure(single.failed, performance.now() - started) : single[0]!;
      this.#finished(1);
    }
    return true;
  }

  /** Sends the lane's next chunk, of at most `cap` scenarios (none when `cap` < 1). */
  #launch(index: number, sizer: ChunkSizer, cap = Infinity): Flight | null {
    if (this.#next >= this.total || this.#aborted() || cap < 1) return null;
    // Disposed mid-batch: starting fresh workers now would leak them.
    if (this.workers.disposed()) throw closed();
    const first = this.#next;
    const size = sizer.next(this.total - first, this.#lanes, cap);
    this.#next += size;
    return { first, size, sent: performance.now(), answer: this.#send(index, first, size) };
  }

  async #lane(index: number): Promise<void> {
    const { known } = this;
    const sizer = new ChunkSizer(this.workers.chunkMs, known?.rates.get(known.key), this.#equalShare);
    // Two chunks in flight per worker: the next one waits in the worker's
    // queue, so the worker starts on it without waiting for a round trip.
    // The first two chunks of a lane hold at most its part of an evenly
    // split batch, so that a lane started first does not take what the
    // others would start on (with a known time per scenario the first
    // chunk may be that whole part, and nothing goes behind it).
    let flight = this.#launch(index, sizer);
    let lastAnswer = performance.now();
    let firstRound = true;
    while (flight !== null) {
      const ahead = this.#launch(index, sizer, firstRound ? this.#equalShare - flight.size : Infinity);
      firstRound = false;
      const answer = await flight.answer;
      if (this.#aborted()) return;
      if (!('failed' in answer)) {
        const now = performance.now();
        // The worker began this chunk when it was sent or when it answered the one before, whichever came later.
        sizer.record(flight.size, now - Math.max(flight.sent, lastAnswer));
        if (known !== null && sizer.msPerScenario !== null) known.rates.set(known.key, sizer.msPerScenario);
        lastAnswer = now;
        this.#store(flight, answer);
        flight = ahead ?? this.#launch(index, sizer);
        continue;
      }
      sizer.reset();
      if (known !== null) known.rates.delete(known.key);
      if (!(await this.#recover(index, flight, answer.failed, ahead))) return;
      lastAnswer = performance.now();
      flight = this.#launch(index, sizer);
    }
  }

  #store(flight: Flight, answer: readonly Result[]): void {
    answer.forEach((result, k) => (this.#results[flight.first + k] = result));
    this.#finished(flight.size);
  }

  /**
   * After `flight` failed: the worker was retired, so the chunk queued behind
   * (`ahead`) fails too. A lone scenario's failure is its own (the worker
   * takes messages in order); in a chunk, which scenario hung or crashed the
   * worker is unknown: the chunks are solved again one by one on a fresh
   * worker, so only the culprit fails. False when the batch was cancelled.
   */
  async #recover(index: number, flight: Flight, failed: unknown, ahead: Flight | null): Promise<boolean> {
    const behind = ahead === null ? null : await ahead.answer;
    if (this.#aborted()) return false;
    if (flight.size === 1) {
      this.#results[flight.first] = failure(failed, performance.now() - flight.sent);
      this.#finished(1);
    } else if (!(await this.#oneByOne(index, flight.first, flight.size))) return false;
    if (ahead !== null && behind !== null) {
      if (!('failed' in behind)) this.#store(ahead, behind);
      else if (!(await this.#oneByOne(index, ahead.first, ahead.size))) return false;
    }
    return true;
  }
}

function closed(): SolverClientError {
  return new SolverClientError('closed', 'The worker pool was disposed.');
}

function failure(error: unknown, ms: number): Result {
  return errorResult(error instanceof Error ? error.message : String(error), ms);
}
