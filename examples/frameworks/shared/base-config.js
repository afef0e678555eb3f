/**
 * What every example's vite.config.js shares. The examples import
 * `corridor-flow` exactly as a site that installed the package does; here
 * that name points at the library build of this repository (dist/lib, made
 * by `npm run build`, or the folder in CORRIDOR_FLOW_LIB), so the examples
 * exercise the files the package ships.
 */
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

const repository = fileURLToPath(new URL('../../..', import.meta.url));

export function baseConfig(plugins = []) {
  const lib = resolve(process.env.CORRIDOR_FLOW_LIB ?? join(repository, 'dist', 'lib'));
  return {
    base: './',
    plugins,
    logLevel: 'warn',
    publicDir: false,
    resolve: { alias: [{ find: /^corridor-flow$/, replacement: join(lib, 'corridor-flow.js') }] },
    // The model the examples show lives in the repository's models/.
    server: { fs: { allow: [repository, lib] } },
    // The solver worker as an ES module: its rarely used parts (the invariant checks) stay
    // chunks of their own instead of being inlined into the worker (vite's default, 'iife').
    worker: { format: 'es' },
    build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, assetsInlineLimit: 0 },
  };
}
