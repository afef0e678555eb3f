import { proxy } from 'comlink';
import type { Result, Scenario } from '../model/types';
import type { PingReply, ScenarioOnWire, SolveOptions, SolveProgress } from './protocol';
import { createSolverWorker, type WorkerFactory } from './create-solver-worker';
import { startWorker, type WorkerHandle } from './worker-handle';
import { SolverClientError } from './solver-client-error';
import { resultInSlicesOf, resultOf, type SolveAnswer } from './solve-answer';

/**
 * From this many items (nodes, links, demands) on a scenario is sent to the worker as its JSON text
 * (`ScenarioOnWire`); a smaller one is cloned as it is, which costs the page little.
 */
export const TEXT_MIN_ITEMS = 2_000;

/** `scenario` as `solvePacked` is sent it: a large one as its JSON text. */
export function onWire(scenario: Scenario): ScenarioOnWire {
  return sentAsText(scenario) ? JSON.stringify(scenario) : scenario;
}

function sentAsText(scenario: Scenario): boolean {
  return scenario.nodes.length + scenario.links.length + scenario.demands.length >= TEXT_MIN_ITEMS;
}

/** Default limit on one call (round trip, including loading glpk.js): 20 s. */
export const DEFAULT_TIMEOUT_MS = 20_000;

export interface SolverClientOptions {
  /** Limit on one call, ms, from sending to answer, or from its last progress report; default `DEFAULT_TIMEOUT_MS`. */
  readonly timeoutMs?: number;
  /** Starts the worker; default `createSolverWorker` (tests pass stand-ins). */
  readonly createWorker?: WorkerFactory;
  /** Passed to every solve. */
  readonly solveOptions?: SolveOptions;
  /**
   * Awaited between the slices in which a large (packed) answer is unpacked,
   * and before a large scenario's JSON text is made to send it (`onWire`),
   * so that a page stays responsive; without it, both happen at once.
   */
  readonly pause?: () => Promise<void>;
}

/**
 * What `solve` resolves to. `stale: true` means a newer `solve` call was
 * made before this one's answer arrived, or `cancel()` stopped it
 * (`cancelled: true`): its result is withheld so that a caller can never
 * show the answer to an older scenario after a newer one.
 */
export type SolveOutcome =
  | {
      readonly stale: false;
      readonly result: Result;
      /** Wall time from the call to the answer, ms (queueing, cloning, solve). */
      readonly roundTripMs: number;
    }
  | {
      readonly stale: true;
      /** True when `cancel()` stopped this call (rather than a newer call overtaking it). */
      readonly cancelled?: boolean;
    };

/** What `solve` may be told besides the scenario. */
export interface SolveControl {
  /** Hears how a long solve goes (see `SolveProgress`), a few times a second; never for a quick one. */
  readonly onProgress?: (progress: SolveProgress) => void;
}

interface Job {
  readonly scenario: Scenario;
  /** The worker the job was sent to; null while it waits. */
  handle: WorkerHandle | null;
  readonly started: number;
  readonly onProgress: ((progress: SolveProgress) => void) | undefined;
  /** True once it was sent again after its worker died (a job is retried once). */
  retried: boolean;
  readonly resolve: (outcome: SolveOutcome) => void;
  readonly reject: (error: SolverClientError) => void;
}

/**
 * The main thread's handle on one solver worker, for interactive use.
 *
 * Latest wins: at most one solve runs in the worker and at most one waits.
 * A new call supersedes the waiting one (which resolves `{ stale: true }` at
 * once, never sent) and marks the running one stale (its answer is dropped
 * when it arrives). So a slider drag costs at most two solves in flight and
 * the last position is always solved. Stale calls resolve rather than reject
 * because being superseded is the normal outcome of an edit, not an error.
 *
 * Failures: a call that outlives `timeoutMs` (counted from its last
 * progress report, if it makes any), or a worker that dies
 * (noticed at once, see `startWorker`), terminates the worker. If a newer
 * call waits, the failed one resolves `{ stale: true }` and the newer one is
 * sent to a fresh worker: the latest scenario is always solved, and a
 * failure is only ever reported for the scenario it belongs to. Else a
 * worker that died is restarted and the call sent once more (a worker can
 * die of something other than its scenario); a second death, a timeout, or
 * a scenario that cannot be sent rejects with a `SolverClientError`.
 */
export class SolverClient {
  readonly timeoutMs: number;
  readonly #createWorker: WorkerFactory;
  readonly #solveOptions: SolveOptions | undefined;
  readonly #result: (answer: SolveAnswer) => Result | Promise<Result>;
  readonly #pause: (() => Promise<void>) | undefined;
  #handle: WorkerHandle | null = null;
  #running: Job | null = null;
  #waiting: Job | null = null;
  #latest: Job | null = null;
  #disposed = false;

  constructor(options: SolverClientOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#createWorker = options.createWorker ?? createSolverWorker;
    this.#solveOptions = options.solveOptions;
    const { pause } = options;
    this.#pause = pause;
    this.#result = pause === undefined ? resultOf : (answer) => resultInSlicesOf(answer, pause);
  }

  /** Solves `scenario` (valid: validate with `parseScenario` first); latest call wins. */
  solve(scenario: Scenario, control: SolveControl = {}): Promise<SolveOutcome> {
    if (this.#disposed) return Promise.reject(closedError());
    return new Promise<SolveOutcome>((resolve, reject) => {
      const job: Job = { scenario, handle: null, started: performance.now(), onProgress: control.onProgress, retried: false, resolve, reject };
      this.#latest = job;
      if (this.#waiting) this.#waiting.resolve({ stale: true });
      this.#waiting = null;
      if (this.#running) this.#waiting = job;
      else this.#run(job);
    });
  }

  /** Answers when the worker runs (starting it if needed); same timeout. */
  ping(): Promise<PingReply> {
    if (this.#disposed) return Promise.reject(closedError());
    const handle = this.#worker();
    return handle.call((api) => api.ping(), this.timeoutMs).catch((error: unknown) => {
      this.#fail(handle, toClientError(error));
      throw error;
    });
  }

  /**
   * Stops the running solve and drops the waiting one: both resolve `{ stale: true, cancelled: true }` at once.
   * A solve cannot be interrupted inside its worker (it runs synchronously there), so that worker is terminated
   * and a fresh one started for the next call. Returns false, changing nothing, when no solve was running or waiting.
   */
  cancel(): boolean {
    const running = this.#running;
    const waiting = this.#waiting;
    if (running === null && waiting === null) return false;
    this.#waiting = null;
    waiting?.resolve({ stale: true, cancelled: true });
    if (running !== null) {
      this.#running = null;
      running.resolve({ stale: true, cancelled: true });
      if (running.handle !== null) {
        if (this.#handle === running.handle) this.#handle = null;
        running.handle.terminate(new SolverClientError('closed', 'The solve was cancelled.'));
      }
      // Started now, so the next edit's solve does not also wait for a worker to start.
      if (!this.#disposed) this.#worker();
    }
    return true;
  }

  /** Stops the worker; pending calls reject with kind `closed`; later calls reject. */
  dispose(): void {
    this.#disposed = true;
    const error = closedError();
    if (this.#running?.handle) this.#fail(this.#running.handle, error);
    this.#handle?.terminate(error);
    this.#handle = null;
  }

  #worker(): WorkerHandle {
    if (!this.#handle?.alive) this.#handle = startWorker(this.#createWorker);
    return this.#handle;
  }

  #run(job: Job): void {
    const handle = this.#worker();
    job.handle = handle;
    this.#running = job;
    const options = this.#solveOptions;
    const { onProgress } = job;
    handle
      .call(async (api, alive) => {
        // A large scenario's text is made in a task of its own: in the one that drew an edit it made a task of
        // 30 ms of CPU at a million arc-LP variables. Cancelled meanwhile, it is not made at all.
        if (this.#pause !== undefined && sentAsText(job.scenario)) {
          await this.#pause();
          if (job !== this.#running) throw new SolverClientError('closed', 'The solve was cancelled.');
        }
        const sent = onWire(job.scenario);
        // A large result comes packed: the page unpacks it rather than deserialising thousands of objects in one task.
        if (onProgress === undefined) return api.solvePacked(sent, options).then(this.#result);
        // Progress also tells the call's timer that the worker is busy, not hung.
        const heard = proxy((progress: SolveProgress) => {
          alive();
          if (job === this.#running) onProgress(progress);
        });
        return api.solvePacked(sent, options, heard).then(this.#result);
      }, this.timeoutMs)
      .then(
        (result) => {
          this.#running = null;
          job.resolve(job === this.#latest ? { stale: false, result, roundTripMs: performance.now() - job.started } : { stale: true });
          const next = this.#waiting;
          this.#waiting = null;
          if (next) this.#run(next);
        },
        (error: unknown) => this.#fail(handle, toClientError(error)),
      );
  }

  /** Terminates `handle`; when it ran the current solve, goes on with the newest call (see the class). */
  #fail(handle: WorkerHandle, error: SolverClientError): void {
    handle.terminate(error);
    if (this.#handle === handle) this.#handle = null;
    const running = this.#running;
    if (running?.handle !== handle) return;
    this.#running = null;
    const next = this.#waiting;
    this.#waiting = null;
    if (error.kind === 'closed') {
      for (const job of [running, next]) job?.reject(error);
      return;
    }
    if (next !== null) {
      // Latest wins, after a failure too: the older call's failure is not the newer scenario's.
      running.resolve({ stale: true });
      this.#run(next);
      return;
    }
    if (error.kind === 'crashed' && !running.retried) {
      running.retried = true;
      this.#run(running);
      return;
    }
    running.reject(error);
  }
}

function closedError(): SolverClientError {
  return new SolverClientError('closed', 'The solver client was disposed.');
}

function toClientError(error: unknown): SolverClientError {
  if (error instanceof SolverClientError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new SolverClientError('crashed', `The solver worker failed: ${message}`);
}
