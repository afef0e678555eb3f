#!/usr/bin/env node
/**
 * Prints the size of the embeddable library in `dist/lib/` (built by
 * `node scripts/build-lib.js`, or with `--build` first): what a page that
 * embeds corridor-flow downloads.
 *
 *   module        dist/lib/corridor-flow.js: every custom element; all a page loads
 *                 that shows results without solving (target: under 60 kB gzip)
 *   worker        the solver worker, loaded by the first solve of a <corridor-flow>
 *   wasm          glpk.wasm, loaded by the worker
 *   inline        dist/lib/corridor-flow.inline.js: module + worker + wasm in one file
 *
 * gzip at zlib's default level (what a typical web server sends); brotli at
 * quality 11 (what a CDN typically stores). `--json` prints the numbers as JSON.
 *
 *   node scripts/lib-size.js [--build] [--json]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const libDir = join(root, 'dist', 'lib');
const args = new Set(process.argv.slice(2));
/** Target for the module a page loads, gzip bytes (issue 4). */
export const MODULE_GZIP_TARGET = 60_000;

function sizes(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The one file in dist/lib/assets whose name matches, or an error naming what is missing. */
function asset(pattern, what) {
  const names = readdirSync(join(libDir, 'assets')).filter((name) => pattern.test(name));
  if (names.length !== 1) throw new Error(`expected one ${what} in dist/lib/assets, found ${names.length ? names.join(', ') : 'none'}`);
  return join(libDir, 'assets', names[0]);
}

export function measureLib() {
  const module = sizes(join(libDir, 'corridor-flow.js'));
  const worker = sizes(asset(/^solver\.worker-[\w-]+\.js$/, 'solver worker'));
  const wasm = sizes(asset(/^glpk-[\w-]+\.wasm$/, 'glpk wasm'));
  const inline = sizes(join(libDir, 'corridor-flow.inline.js'));
  return { module, worker, wasm, inline, moduleGzipTarget: MODULE_GZIP_TARGET };
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (args.has('--build')) {
    const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-lib.js'), '--no-types', '--no-manifest'], { stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  if (!existsSync(join(libDir, 'corridor-flow.js'))) {
    process.stderr.write('lib-size: dist/lib/corridor-flow.js is missing; run `node scripts/build-lib.js` (or pass --build)\n');
    process.exit(1);
  }
  let m;
  try {
    m = measureLib();
  } catch (error) {
    process.stderr.write(`lib-size: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  if (args.has('--json')) {
    process.stdout.write(`${JSON.stringify(m, null, 2)}\n`);
  } else {
    const rows = [
      ['module (corridor-flow.js)', m.module],
      ['worker JS', m.worker],
      ['module + worker JS', { raw: m.module.raw + m.worker.raw, gzip: m.module.gzip + m.worker.gzip, brotli: m.module.brotli + m.worker.brotli }],
      ['glpk.wasm', m.wasm],
      ['inline (corridor-flow.inline.js)', m.inline],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    process.stdout.write(`Library size (dist/lib)\n${''.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}  ${'brotli'.padStart(9)}\n`);
    for (const [label, s] of rows) {
      process.stdout.write(`${label.padEnd(width)}  ${kB(s.raw).padStart(9)}  ${kB(s.gzip).padStart(9)}  ${kB(s.brotli).padStart(9)}\n`);
    }
    const over = m.module.gzip > MODULE_GZIP_TARGET;
    process.stdout.write(`module gzip ${kB(m.module.gzip)} vs target ${kB(MODULE_GZIP_TARGET)}: ${over ? 'OVER' : 'ok'}\n`);
  }
}
