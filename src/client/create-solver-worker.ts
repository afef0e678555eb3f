/** Makes a `Worker`; the client takes one so tests can pass a stand-in. */
export type WorkerFactory = () => Worker;

/**
 * Starts `workers/solver.worker.ts` as a module worker. The `new URL(…,
 * import.meta.url)` is written inline so that vite finds it, bundles the
 * worker in `vite build` and serves it in dev (design.md).
 */
export const createSolverWorker: WorkerFactory = () =>
  new Worker(new URL('../../workers/solver.worker.ts', import.meta.url), {
    type: 'module',
    name: 'corridor-flow solver',
  });
