import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CliRun } from './run-in-process';

export const ROOT = resolve(import.meta.dirname, '../../../..');
export const BIN = join(ROOT, 'bin', 'corridor-flow.js');
const BUILT = join(ROOT, 'dist-cli', 'cli.js');

export interface ProcessOptions {
  readonly stdin?: string;
  /** Arguments for node itself, before the bin (e.g. `--import` a preload). */
  readonly nodeArgs?: readonly string[];
  readonly cwd?: string;
}

/** Runs `node bin/corridor-flow.js …` as a child process, as `npx corridor-flow …` would. */
export function runBuiltCli(argv: readonly string[], options: ProcessOptions = {}): Promise<CliRun> {
  return runNode([...(options.nodeArgs ?? []), BIN, ...argv], options);
}

export function runNode(args: readonly string[], options: ProcessOptions = {}): Promise<CliRun & { readonly ms: number }> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: options.cwd ?? ROOT, env: { ...process.env, CORRIDOR_FLOW_DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout, stderr, ms: performance.now() - started }));
    child.stdin.end(options.stdin ?? '');
  });
}

/**
 * Rebuilds dist-cli/ when a source is newer than the build, so the process
 * tests check the code as it is now and not a build from before an edit.
 * After `npm ci` (which builds) this does nothing.
 */
export function ensureFreshBuild(): void {
  const sources = [...filesUnder(join(ROOT, 'src')), join(ROOT, 'scripts', 'build-cli.js'), join(ROOT, 'package.json')];
  const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= newest) return;
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.js')], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build-cli failed:\n${build.stderr}`);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}
