/**
 * What the benchmark scripts share: a fresh build of our sources for Node,
 * the machine header, timing and table helpers, the built app served by
 * `vite preview`, and Chromium's path and flags (from vite.config.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { cpus, totalmem, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUNDLED_PACKAGES, isExternal } from './build-cli.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const viteBin = join(root, 'node_modules/vite/bin/vite.js');
/** The seed every benchmark scenario is generated from (scripts/generate-scenario.js). */
export const SEED = 20261127;

/**
 * Grid side and demand count of the pipeline and formulation sections: about
 * 1k, 5k, 20k, 50k, 106k (over 100k, where the issue compares with glpsol)
 * and 207k LP columns with one demand per origin (scripts/generate-scenario.js).
 */
export const SIZES = [
  { side: 6, demands: 8 },
  { side: 10, demands: 14 },
  { side: 16, demands: 21 },
  { side: 22, demands: 27 },
  { side: 29, demands: 33 },
  { side: 36, demands: 40 },
];

/**
 * Builds `src/model`, `src/lp` and `src/solver` for Node into a private
 * folder beside node_modules (so glpk.js resolves) and imports them: the
 * benchmark measures the sources as they are now, never a stale dist-cli/.
 * `name` keeps two scripts running at once out of each other's folder.
 */
export async function loadSources(name) {
  const dir = await bundleSources(name);
  const load = (entry) => import(pathToFileURL(join(dir, `${entry}.js`)).href);
  const [lp, solver, model] = await Promise.all([load('lp'), load('solver'), load('model')]);
  return { ...model, ...lp, ...solver };
}

/**
 * Builds `src/lp`, `src/solver` and `src/model` (and `extraInputs`, e.g. the
 * command line) as Node ESM into `node_modules/.cache/corridor-flow-<name>`;
 * returns that folder.
 */
export async function bundleSources(name, extraInputs = {}) {
  const dir = join(root, 'node_modules', '.cache', `corridor-flow-${name}`);
  const { build } = await import('vite');
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    clearScreen: false,
    // Packages bundled and left external as in dist-cli/, so that a CLI built here starts as the shipped one does.
    ssr: { noExternal: BUNDLED_PACKAGES },
    build: {
      ssr: true,
      target: 'node20',
      outDir: dir,
      emptyOutDir: true,
      minify: false,
      sourcemap: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      rolldownOptions: {
        input: {
          lp: join(root, 'src/lp/index.ts'),
          solver: join(root, 'src/solver/index.ts'),
          model: join(root, 'src/model/index.ts'),
          ...extraInputs,
        },
        external: isExternal,
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  return dir;
}

/** Chromium's path and the flags of vite.config.ts (design.md). */
export async function chromiumConfig() {
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(join(root, 'vite.config.ts'));
  return { executablePath: module.CHROMIUM_PATH, args: module.CHROMIUM_ARGS };
}

/** The lines of the header: machine, load, Node, Chromium, date. */
export function machineLines() {
  const cpu = cpus();
  const chromium = spawnSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' });
  const chromiumVersion = /Chromium [\d.]+/.exec(chromium.stdout ?? '')?.[0] ?? 'Chromium: not found';
  return [
    `date:     ${new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}`,
    `machine:  ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory; load average ${loadAverage()}`,
    `software: Node ${process.version}, ${chromiumVersion}`,
  ];
}

export function loadAverage() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}

/** Best wall time of `run` (ms) and its last value: repeated while short (up to `maxRuns`, 2 s in all). */
export function best(run, maxRuns = 5) {
  let ms = Infinity;
  let value;
  let spent = 0;
  for (let i = 0; i < maxRuns && (i === 0 || (ms < 1000 && spent < 2000)); i++) {
    const t = performance.now();
    value = run();
    const took = performance.now() - t;
    ms = Math.min(ms, took);
    spent += took;
  }
  return { ms, value };
}

export const fmtMs = (ms) => (ms === null || ms === undefined || Number.isNaN(ms) ? '–' : ms < 10 ? ms.toFixed(1) : Math.round(ms).toString());
export const ratio = (a, b) => (a === null || a === undefined || !b || Number.isNaN(a) ? '–' : (a / b).toFixed(2));
export const mb = (bytes) => (bytes === null || bytes === undefined || Number.isNaN(bytes) ? '–' : `${(bytes / 2 ** 20).toFixed(1)} MB`);
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Prints a right-aligned table: `columns` are [title, width] pairs. */
export function printTable(title, columns, rows, notes = []) {
  if (title) console.log(title);
  const line = (cells) => cells.map((c, i) => String(c ?? '–').padStart(Math.max(columns[i][1], columns[i][0].length))).join('  ');
  console.log(line(columns.map(([name]) => name)));
  for (const row of rows) console.log(line(row));
  for (const note of notes) console.log(note);
}

export function option(args, name, fallback) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
}

export function findOnPath(command) {
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, command))) return join(dir, command);
  return null;
}

async function freePort() {
  return new Promise((ok, fail) => {
    const probe = createNetServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

/**
 * Builds the app (`vite build` with the project's config) into a temporary
 * folder, lets `addBuild(outDir)` add more files to it (a benchmark page),
 * and serves it with `vite preview`. Returns `{ url, stop }`. `minify: false`
 * keeps the code's own function names, for a CPU profile that names them.
 */
export async function startPreview(addBuild = async () => undefined, { minify = true } = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'corridor-flow-bench-site-'));
  const flags = minify ? [] : ['--minify', 'false'];
  const built = spawnSync(process.execPath, [viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', ...flags], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`vite build failed:\n${built.stdout}\n${built.stderr}`);
  }
  try {
    await addBuild(outDir);
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
  const port = await freePort();
  const child = spawn(process.execPath, [viteBin, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: root,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (child.exitCode === null) {
      await new Promise((done) => {
        child.once('exit', done);
        child.kill('SIGTERM');
      });
    }
    rmSync(outDir, { recursive: true, force: true });
  };
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await stop();
  throw new Error(`vite preview did not answer at ${url}`);
}

/**
 * Builds a page for a browser benchmark into `outDir/name` with vite: an
 * index.html loading a main.js that imports `imports` ({ binding: module path,
 * absolute or a bare package name }) and puts them all on `window.bench`.
 * `alias`: vite's resolve aliases, where a package must resolve to one file.
 */
export async function buildBenchPage(outDir, name, imports, alias = {}) {
  const src = mkdtempSync(join(tmpdir(), `corridor-flow-${name}-`));
  try {
    writeFileSync(join(src, 'index.html'), '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="./main.js"></script>\n');
    const lines = Object.entries(imports).map(([binding, from]) => `import { ${binding} } from ${JSON.stringify(from)};`);
    writeFileSync(join(src, 'main.js'), [...lines, `window.bench = { ${Object.keys(imports).join(', ')} };`, ''].join('\n'));
    const { build } = await import('vite');
    await build({
      root: src,
      configFile: false,
      base: './',
      logLevel: 'error',
      clearScreen: false,
      resolve: { alias },
      worker: { format: 'es' },
      build: { target: 'es2022', outDir: join(outDir, name), emptyOutDir: true, reportCompressedSize: false },
    });
  } finally {
    rmSync(src, { recursive: true, force: true });
  }
}

/**
 * For `page.addInitScript`: records every long task (> 50 ms) of the page's
 * main thread in `window.__longTasks` as `{ start, duration }`, from its load on.
 */
export const observeLongTasks = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
};
