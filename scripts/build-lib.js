#!/usr/bin/env node
/**
 * Builds the embeddable library into `dist/lib/` (part of `npm run build`,
 * after the app's own `vite build`, which empties `dist/`):
 *
 *   dist/lib/corridor-flow.js          every custom element; worker and wasm in assets/, found
 *                                      relative to the module (the `.` export)
 *   dist/lib/corridor-flow.inline.js   the same with the worker and its wasm inlined (the `./inline` export)
 *   dist/lib/assets/                   the solver worker, glpk.wasm, the model files of the picker
 *   dist/lib/types/                    declarations (tsc, emitDeclarationOnly)
 *   dist/lib/custom-elements.json      the custom-elements manifest (package.json `customElements`)
 *
 * See vite.lib.config.ts for how the two variants differ.
 *
 *   node scripts/build-lib.js [--no-types] [--no-manifest] [--out-dir DIR]
 *
 * `--out-dir` builds elsewhere than dist/lib (the end-to-end test builds into
 * a temporary folder); package.json's paths are then not checked.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const LIB_DIR = join(root, 'dist', 'lib');

const log = (line) => process.stderr.write(`[build-lib] ${line}\n`);

/** Builds both variants, the declarations and the manifest; rejects on any failure. */
export async function buildLib({ types = true, manifest = true, outDir = LIB_DIR } = {}) {
  const started = performance.now();
  // What is published is the production build, whatever the caller's NODE_ENV: under
  // NODE_ENV=test (set by vitest, e.g. for the end-to-end test) vite would pick Lit's
  // development variant, 4 kB gzip larger and warning in the console.
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  // Same-origin first: it empties the folder; the inline build adds its file.
  for (const mode of ['same-origin', 'inline']) {
    await build({ root, configFile: join(root, 'vite.lib.config.ts'), mode, clearScreen: false, logLevel: 'error', build: { outDir } });
  }
  await simplifyAssetUrls(outDir);
  if (types) await emitTypes(outDir);
  if (manifest) emitManifest(outDir);
  if (resolve(outDir) === LIB_DIR) checkOutputs({ types, manifest });
  log(`built ${relative(root, outDir) || outDir}/ in ${Math.round(performance.now() - started)} ms`);
}

/**
 * With `base: './'` vite writes the URL of the worker (and, inside the worker,
 * of glpk.wasm) as `new URL(new URL(`x.js`,import.meta.url).href,``+import.meta.url)`.
 * A browser resolves that fine, but a site's bundler does not recognise it:
 * vite, webpack 5 and rollup look for `new Worker(new URL('…', import.meta.url))`
 * to bundle a worker with its imports and its wasm, and otherwise copy the
 * file alone, whose imports then fail to load. The same URL written plainly,
 * `new URL(`x.js`,import.meta.url)`, means the same in a browser and is the
 * pattern bundlers follow (tests/e2e/frameworks.test.ts builds sites with it).
 */
const NESTED_ASSET_URL = /new URL\(new URL\((`[^`$\\]+`),import\.meta\.url\)\.href,``\+import\.meta\.url\)/g;

export async function simplifyAssetUrls(libDir) {
  const entries = await readdir(libDir, { recursive: true, withFileTypes: true });
  let workers = 0;
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = join(entry.parentPath, entry.name);
    const text = await readFile(file, 'utf8');
    const fixed = text.replace(NESTED_ASSET_URL, 'new URL($1,import.meta.url)');
    if (fixed === text) continue;
    workers += (fixed.match(/new Worker\(new URL\(`[^`]+`,import\.meta\.url\)/g) ?? []).length;
    await writeFile(file, fixed);
  }
  if (workers === 0) throw new Error('simplifyAssetUrls: found no worker URL to write plainly; has vite changed how it writes them?');
}

function run(args, what) {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${what} failed (exit ${result.status}):\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  }
}

async function emitTypes(libDir) {
  const outDir = join(libDir, 'types');
  run(
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'scripts', 'tsconfig.lib.json'), '--outDir', outDir],
    'tsc (declarations of the library)',
  );
  await addDeclarationExtensions(outDir);
}

/**
 * Our sources import without extensions (`moduleResolution: bundler`) and tsc
 * copies the specifiers as they are; a consumer on `node16`/`nodenext`
 * resolution needs `./x.js` (or `./x/index.js`), which every mode accepts.
 */
async function addDeclarationExtensions(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
    const file = join(entry.parentPath, entry.name);
    const text = await readFile(file, 'utf8');
    const fixed = text.replace(/((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\2/g, (match, head, quote, spec) => {
      if (/\.(js|ts|json)$/.test(spec)) return match;
      // A `?worker&inline` import carries no types worth keeping in a declaration.
      if (spec.includes('?')) return match;
      const target = resolve(dirname(file), spec);
      const withJs = existsSync(`${target}.d.ts`) ? `${spec}.js` : existsSync(join(target, 'index.d.ts')) ? `${spec}/index.js` : spec;
      return `${head}${quote}${withJs}${quote}`;
    });
    if (fixed !== text) await writeFile(file, fixed);
  }
}

function emitManifest(libDir) {
  run(
    [
      join(root, 'node_modules', '@custom-elements-manifest', 'analyzer', 'cem.js'),
      'analyze',
      '--config',
      join(root, 'custom-elements-manifest.config.mjs'),
      '--outdir',
      relative(root, libDir),
    ],
    'the custom-elements manifest (cem analyze)',
  );
}

/** Every file package.json points at must exist, or the build fails here rather than in a user's bundler. */
function checkOutputs({ types, manifest }) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const wanted = [join(LIB_DIR, 'corridor-flow.js'), join(LIB_DIR, 'corridor-flow.inline.js')];
  for (const key of ['.', './inline']) {
    const target = pkg.exports?.[key];
    if (target?.import) wanted.push(join(root, target.import));
    if (types && target?.types) wanted.push(join(root, target.types));
  }
  if (manifest && typeof pkg.customElements === 'string') wanted.push(join(root, pkg.customElements));
  const missing = wanted.filter((file) => !existsSync(file));
  if (missing.length > 0) throw new Error(`the library build did not produce ${missing.map((f) => relative(root, f)).join(', ')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const args = new Set(argv);
  const outDirAt = argv.indexOf('--out-dir');
  const outDir = outDirAt >= 0 && argv[outDirAt + 1] ? resolve(argv[outDirAt + 1]) : LIB_DIR;
  buildLib({ types: !args.has('--no-types'), manifest: !args.has('--no-manifest'), outDir }).catch((error) => {
    log(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
