import { wrap, type Remote } from 'comlink';
import { WORKER_CLOSING, type SolverApi } from './protocol';
import type { WorkerFactory } from './create-solver-worker';
import { SolverClientError } from './solver-client-error';

/**
 * One started worker and its comlink proxy. comlink leaves a call pending
 * forever when its worker dies or is terminated (design.md), so every call
 * goes through `call`, which races the answer against a timer and the
 * worker's death.
 */
export interface WorkerHandle {
  /**
   * Runs `fn` against the worker; rejects with a `SolverClientError` of kind
   * `timeout` after `timeoutMs` or `crashed` when the worker dies first. It
   * does not terminate the worker: the owner decides (and must). `fn`'s
   * `alive()` starts the `timeoutMs` over: a call whose worker reports
   * progress is not hung however long it takes.
   */
  call<T>(fn: (api: Remote<SolverApi>, alive: () => void) => Promise<T>, timeoutMs: number): Promise<T>;
  /** Terminates the worker; calls in flight reject with `reason`. */
  terminate(reason?: SolverClientError): void;
  /** False once the worker died or was terminated. */
  readonly alive: boolean;
}

export function startWorker(factory: WorkerFactory): WorkerHandle {
  const worker = factory();
  const api = wrap<SolverApi>(worker);
  let alive = true;
  let onDeath!: (error: SolverClientError) => void;
  const death = new Promise<never>((_, reject) => {
    onDeath = reject;
  });
  death.catch(() => undefined); // observed by `call`; never an unhandled rejection
  const die = (error: SolverClientError): void => {
    if (!alive) return;
    alive = false;
    worker.terminate();
    onDeath(error);
  };
  const ready = whenStarted(api, death, die);
  reportDeath(worker, die);

  return {
    get alive() {
      return alive;
    },
    call<T>(fn: (api: Remote<SolverApi>, alive: () => void) => Promise<T>, timeoutMs: number): Promise<T> {
      if (!alive) return Promise.reject(new SolverClientError('crashed', 'The solver worker has stopped.'));
      return ready.then(() => timedCall(api, death, fn, timeoutMs));
    },
    terminate(reason = new SolverClientError('closed', 'The solver worker was stopped.')) {
      die(reason);
    },
  };
}

/**
 * Resolves once the worker has started: it answered a first ping and holds
 * its life lock. Fetching and compiling the worker's module is start-up, not
 * the solve: a call's timer starts only then, so a cold start on a busy
 * machine is not mistaken for a hung solve. A worker that never starts is
 * still given up on, after STARTUP_LIMIT_MS. A call is sent only once the
 * worker holds its life lock: a death before that would go unnoticed.
 */
function whenStarted(api: Remote<SolverApi>, death: Promise<never>, die: (error: SolverClientError) => void): Promise<unknown> {
  let startupTimer: ReturnType<typeof setTimeout> | undefined;
  const watching = watchLife(api, () =>
    die(new SolverClientError('crashed', 'The solver worker stopped (it was closed or killed). A new one starts with the next solve.')),
  );
  const ready = Promise.race([
    Promise.all([api.ping(), watching]),
    death,
    new Promise<never>((_, reject) => {
      startupTimer = setTimeout(
        () => reject(new SolverClientError('crashed', `The solver worker did not start within ${formatSeconds(STARTUP_LIMIT_MS)}.`)),
        STARTUP_LIMIT_MS,
      );
    }),
  ]).finally(() => clearTimeout(startupTimer));
  ready.catch(() => undefined); // observed by `call`
  return ready;
}

/** Calls `die` when the worker fails, closes itself or sends what cannot be read. */
function reportDeath(worker: Worker, die: (error: SolverClientError) => void): void {
  worker.addEventListener('error', (event: ErrorEvent) => {
    event.preventDefault();
    const detail = event.message ? `: ${event.message}` : ' (it failed to load or crashed)';
    die(new SolverClientError('crashed', `The solver worker stopped${detail}. A new one starts with the next solve.`));
  });
  // A worker that closes itself says so first (see WORKER_CLOSING): no need to wait for its life lock.
  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (typeof data === 'object' && data !== null && (data as Record<string, unknown>)[WORKER_CLOSING] === true) {
      die(new SolverClientError('crashed', 'The solver worker closed itself. A new one starts with the next solve.'));
    }
  });
  worker.addEventListener('messageerror', () => {
    die(new SolverClientError('crashed', 'The solver worker sent a message that could not be read.'));
  });
}

/** `fn`'s answer, raced against the worker's death and a timer of `timeoutMs` that `fn`'s `alive()` starts over. */
function timedCall<T>(api: Remote<SolverApi>, death: Promise<never>, fn: (api: Remote<SolverApi>, alive: () => void) => Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let expire = (): void => undefined;
  let settled = false;
  const restart = (): void => {
    if (settled) return; // progress that arrives after the answer arms nothing
    clearTimeout(timer);
    timer = setTimeout(expire, timeoutMs);
  };
  const timeout = new Promise<never>((_, reject) => {
    expire = () => reject(new SolverClientError('timeout', `The solver took longer than ${formatSeconds(timeoutMs)} and was stopped.`));
    restart();
  });
  return Promise.race([fn(api, restart), death, timeout]).finally(() => {
    settled = true;
    clearTimeout(timer);
  });
}

let lifeLocks = 0;

/**
 * Calls `onDeath` as soon as the worker is gone, however it went (resolves
 * once that watch is in place): a worker
 * that closes itself or is killed (out of memory) fires no `error` event,
 * and a call to it would wait for its timeout. The worker holds a Web Lock
 * for its whole life (`holdLifeLock`); the main thread queues for the same
 * lock, which it gets when the worker's end releases it. A worker that
 * closes itself also posts `WORKER_CLOSING` first (see `holdLifeLock`),
 * heard at once even without Web Locks (an insecure page, an old browser),
 * where otherwise only `error` events and timeouts tell.
 */
function watchLife(api: Remote<SolverApi>, onDeath: () => void): Promise<void> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  const name = `corridor-flow:worker:${Date.now().toString(36)}:${Math.random().toString(36).slice(2)}:${++lifeLocks}`;
  // Asked even where this page has no Web Locks: the worker also starts announcing a close of its own then.
  return api.holdLifeLock(name).then(
    (held) => {
      if (held === true && locks !== undefined) void locks.request(name, () => onDeath());
    },
    () => undefined, // a worker that died first is reported by its error event or the startup limit
  );
}

/** How long a worker may take to load before it counts as failed to start. */
const STARTUP_LIMIT_MS = 60_000;

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}
