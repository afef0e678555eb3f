/** Makes a `Worker`; the client takes one so tests can pass a stand-in. */
export type WorkerFactory = () => Worker;

/**
 * Starts `workers/solver.worker.ts` as a module worker. The `new URL(…,
 * import.meta.url)` is written inline so that vite finds it, bundles the
 * worker in `vite build` and serves it in dev (design.md).
 */
const startWorkerFile: WorkerFactory = () =>
  new Worker(new URL('../../workers/solver.worker.ts', import.meta.url), {
    type: 'module',
    name: 'corridor-flow solver',
  });

let current: WorkerFactory = startWorkerFile;

/**
 * How every client and pool made without an explicit `createWorker` starts
 * its worker. The library's `inline` entry sets a factory that starts the
 * worker from a Blob URL, because a page refuses a worker file from another
 * origin (a CDN) with a `SecurityError` (design.md). `null` restores the
 * default (the worker file beside the module). Affects workers started later.
 */
export function setWorkerFactory(factory: WorkerFactory | null): void {
  current = factory ?? startWorkerFile;
}

/** Starts the solver worker with the factory chosen by `setWorkerFactory` (by default the worker file). */
export const createSolverWorker: WorkerFactory = () => current();
