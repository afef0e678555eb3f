#!/usr/bin/env node
/**
 * Builds the Node side of corridor-flow into `dist-cli/` (git-ignored):
 *   dist-cli/cli.js        the command line (`bin/corridor-flow.js` imports it)
 *   dist-cli/testing.js    the `corridor-flow/testing` subpath (+ types/testing/index.d.ts)
 *   dist-cli/internals.js  model, LP and solver entry points for `npm run bench`
 *   dist-cli/solver-thread.js  glpk.js on a worker thread, for `--time-limit` and progress
 * Runs from `npm ci` (the `prepare` script), from `npm run build:cli`, and
 * from the bin when the folder is missing (after `npm ci --ignore-scripts`).
 *
 * Vite's build API in SSR mode: ES modules for Node 20, Node built-ins and
 * packages left external but for `BUNDLED_PACKAGES` (glpk.js/node must load
 * its glpk.wasm from beside itself), shared code split into chunks so each command loads only
 * what it needs. The folder is built beside the old one and swapped in with a
 * rename, so a CLI started during a rebuild never sees half a build.
 *
 * Logs go to stderr: the bin runs this while its own stdout may be `--json`.
 *
 *   node scripts/build-cli.js [--no-types] [--prepare]
 *
 * `--prepare` (the `prepare` script): a failed build is reported but exits 0,
 * so `npm ci` still installs and the tests and type check say what is wrong;
 * the bin then tries again and reports the failure itself.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(root, 'dist-cli');

/**
 * Packages bundled into dist-cli/ rather than imported from node_modules at
 * run time. valibot's ES build is one 206 kB file, which `import * as v`
 * loaded and compiled on every command that reads a scenario (21 ms of CPU
 * of a 230 ms `solve`); bundled, only the schema functions we use are there.
 * glpk.js stays external: it loads its glpk.wasm from beside itself.
 */
export const BUNDLED_PACKAGES = ['valibot'];

/** Rolldown's `external`: Node built-ins and packages, except `BUNDLED_PACKAGES`. */
export function isExternal(id) {
  if (id.startsWith('.') || isAbsolute(id) || id.startsWith('\0')) return false;
  return !BUNDLED_PACKAGES.some((name) => id === name || id.startsWith(`${name}/`));
}

/** Entry name → source; an entry whose source does not exist yet is skipped with a note. */
const ENTRIES = {
  cli: 'src/cli/index.ts',
  testing: 'src/testing/index.ts',
  internals: 'src/cli/internals.ts',
  'solver-thread': 'src/cli/solver-thread.ts',
};

const log = (line) => process.stderr.write(`[build-cli] ${line}\n`);

/** Builds everything into `dist-cli/`; resolves when done, rejects on a failed bundle. */
export async function buildCli({ types = true, sourcemap = process.env.CORRIDOR_FLOW_SOURCEMAPS === '1' } = {}) {
  const started = performance.now();
  const input = {};
  for (const [name, source] of Object.entries(ENTRIES)) {
    if (existsSync(join(root, source))) input[name] = join(root, source);
    else log(`skipping ${name}: ${source} does not exist yet`);
  }
  if (!input.cli) throw new Error(`${ENTRIES.cli} is missing`);

  const staging = `${OUT_DIR}.tmp-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    const { build } = await import('vite');
    await build({
      root,
      configFile: false, // the app's vite.config.ts loads the browser test setup: not needed here
      logLevel: 'warn',
      clearScreen: false,
      // Vite externalizes an SSR build's dependencies itself, before rolldown's `external` is asked.
      ssr: { noExternal: BUNDLED_PACKAGES },
      build: {
        ssr: true,
        target: 'node20',
        outDir: staging,
        emptyOutDir: true,
        minify: false,
        // Opt-in (CORRIDOR_FLOW_SOURCEMAPS=1): the package ships without maps.
        sourcemap,
        reportCompressedSize: false,
        copyPublicDir: false,
        rolldownOptions: {
          input,
          external: isExternal,
          output: {
            format: 'es',
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[name]-[hash].js',
          },
        },
      },
    });
    // The build folder is ESM whatever a consumer's nearest package.json says.
    await writeFile(join(staging, 'package.json'), '{ "type": "module" }\n');
    if (types && input.testing && emitTypes(staging)) await addDeclarationExtensions(join(staging, 'types'));
    await swapIn(staging);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  log(`built ${Object.keys(input).join(', ')} into ${relative(root, OUT_DIR)}/ in ${Math.round(performance.now() - started)} ms`);
}

/**
 * Declarations of the `corridor-flow/testing` entry with tsc (vite emits no
 * types). A type error elsewhere in the tree must not break `npm ci`, so
 * failures are reported and the build goes on without them.
 */
function emitTypes(outDir) {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!existsSync(tsc)) {
    log('typescript is not installed: no declarations for corridor-flow/testing');
    return false;
  }
  const run = spawnSync(process.execPath, [tsc, '-p', join(root, 'scripts', 'tsconfig.types.json'), '--outDir', join(outDir, 'types')], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.status !== 0 || !existsSync(join(outDir, 'types', 'testing', 'index.d.ts'))) {
    log(`declarations for corridor-flow/testing: tsc exited with ${run.status}:`);
    process.stderr.write((run.stdout ?? '') + (run.stderr ?? ''));
  }
  return existsSync(join(outDir, 'types', 'testing', 'index.d.ts'));
}

/**
 * Our sources import without extensions (`moduleResolution: bundler`), and
 * tsc copies those specifiers into the declarations, which a consumer using
 * `moduleResolution: node16/nodenext` cannot resolve. Rewrites every relative
 * specifier to the `.js` file beside the declaration (`./x` → `./x.js`, or
 * `./x/index.js` for a folder), which every resolution mode accepts.
 */
async function addDeclarationExtensions(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
    const file = join(entry.parentPath ?? entry.path, entry.name);
    const text = await readFile(file, 'utf8');
    const fixed = text.replace(/(\bfrom\s+|\bimport\s*\(\s*|^import\s+|^export\s+\*\s+from\s+)(['"])(\.{1,2}\/[^'"]*)\2/gm, (whole, lead, quote, spec) => {
      if (/\.(js|mjs|cjs|json)$/.test(spec)) return whole;
      const base = resolve(dirname(file), spec);
      if (existsSync(`${base}.d.ts`)) return `${lead}${quote}${spec}.js${quote}`;
      if (existsSync(join(base, 'index.d.ts'))) return `${lead}${quote}${spec}/index.js${quote}`;
      return whole;
    });
    if (fixed !== text) await writeFile(file, fixed);
  }
}

/** Replaces dist-cli/ by the new build with renames only. */
async function swapIn(staging) {
  const old = `${OUT_DIR}.old-${process.pid}`;
  if (existsSync(OUT_DIR)) await rename(OUT_DIR, old).catch(() => undefined);
  try {
    await rename(staging, OUT_DIR);
  } catch (error) {
    // Another build swapped its own in meanwhile (tests start several CLIs at once): keep that one.
    if (!existsSync(join(OUT_DIR, 'cli.js'))) throw error;
  }
  await rm(old, { recursive: true, force: true });
}

// `npm pack` and `npm publish` run `prepare` right after `prepack`, which has just built
// dist-cli/ strictly (scripts/prepack.js): building it again would only cost time.
const packing = process.argv.includes('--prepare') && ['pack', 'publish'].includes(process.env.npm_command ?? '');

if (!packing && process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildCli({ types: !process.argv.includes('--no-types') }).catch((error) => {
    log(`build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = process.argv.includes('--prepare') ? 0 : 1;
  });
}
