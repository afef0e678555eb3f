/**
 * Makes every solver client start its worker from a Blob URL holding the
 * whole worker (glpk.js's wasm included as bytes, see vite.lib.config.ts), so
 * the bundle works when loaded from another origin than the page: a page
 * refuses a worker *file* from another origin with a `SecurityError`, while a
 * Blob URL has the page's own origin (design.md). The page's CSP then needs
 * `worker-src blob:`.
 */
import InlineSolverWorker from './solver-inline.worker.ts?worker&inline';
import { setWorkerFactory } from '../client/create-solver-worker';

setWorkerFactory(() => new InlineSolverWorker({ name: 'corridor-flow solver' }));
