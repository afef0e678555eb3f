/**
 * The solver worker of the `inline` entry: the same worker as
 * `workers/solver.worker.ts`, under its own entry name so that the library
 * build (vite.lib.config.ts) can tell this bundle apart and put glpk.js's
 * wasm into it as bytes. A Blob-URL worker has no URL to find a wasm file
 * relative to.
 */
import '../../workers/solver.worker';
