/**
 * The command line under abuse, as users run it (`node bin/corridor-flow.js`
 * on the built dist-cli/): a solve that never ends, endless standard input.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../src/model/types';
import { BIN, ensureFreshBuild, ROOT, runBuiltCli } from './support/run-built-cli';

// A one-year Caspian model: the default one carries a plan's horizon, which `solve` warns about on stderr.
const caspian = join(ROOT, 'models', 'caspian-2030-tripp-built.json');
const NO_STACK = /^\s+at /m;

/**
 * A preload that makes the first solve on the solver thread never end: once
 * the thread has a request, every call into glpk.js's wasm spins forever, as
 * one endless wasm call would. Nothing but terminating the thread stops it;
 * on the main thread it would hang the process for good.
 */
const ENDLESS_SOLVE = `
import { isMainThread, parentPort } from 'node:worker_threads';
if (!isMainThread) {
  let armed = false;
  parentPort.on('message', () => (armed = true));
  const Instance = WebAssembly.Instance;
  WebAssembly.Instance = function (module, imports) {
    const instance = new Instance(module, imports);
    const exports = {};
    for (const [name, value] of Object.entries(instance.exports)) {
      exports[name] = typeof value !== 'function' ? value : (...args) => {
        if (armed) for (;;);
        return value(...args);
      };
    }
    return { exports };
  };
}
`;

let dir: string;
let endlessSolve: string;

beforeAll(() => {
  ensureFreshBuild();
  dir = mkdtempSync(join(tmpdir(), 'corridor-flow-abuse-'));
  endlessSolve = join(dir, 'endless-solve.mjs');
  writeFileSync(endlessSolve, ENDLESS_SOLVE);
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI with standard input that never ends (written until the CLI closes it or exits). */
function runWithEndlessStdin(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string; written: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd: ROOT, env: { ...process.env, CORRIDOR_FLOW_DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    let written = 0;
    let open = true;
    child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    child.stdin.on('error', () => (open = false)); // EPIPE once the CLI stops reading
    const chunk = Buffer.alloc(1024 * 1024, ' ');
    const pump = (): void => {
      while (open && child.stdin.writable) {
        written += chunk.length;
        if (!child.stdin.write(chunk)) {
          child.stdin.once('drain', pump);
          return;
        }
      }
    };
    pump();
    child.on('error', reject);
    child.on('close', (code) => {
      open = false;
      resolve({ code: code ?? -1, stdout, stderr, written });
    });
  });
}

describe('--time-limit, built', () => {
  it('should stop a solve stuck inside one wasm call at the wall: exit 3, a line on stderr, nothing on stdout', async () => {
    const run = await runBuiltCli(['solve', caspian, '--time-limit', '1'], { nodeArgs: [`--import=${endlessSolve}`] });
    expect(run).toMatchObject({ code: 3, stdout: '', stderr: 'time limit: stopped at the time limit of 1 s after 0 solves; no figures are given\n' });
  });

  it('should print with --json the result with status "time-limit"', async () => {
    const run = await runBuiltCli(['solve', caspian, '--json', '--time-limit', '1'], { nodeArgs: [`--import=${endlessSolve}`] });
    expect(run.code).toBe(3);
    const result = JSON.parse(run.stdout) as Result;
    expect(result.status).toBe('time-limit');
    expect(result.objective).toBe(0);
  });

  it('should end the process at the wall even for check, whose own loop goes on through failed cases', async () => {
    const run = await runBuiltCli(['check', caspian, '--runs', '100000', '--time-limit', '1'], { nodeArgs: [`--import=${endlessSolve}`] });
    expect(run).toMatchObject({ code: 3, stdout: '', stderr: 'time limit: stopped at the time limit of 1 s after 0 solves; no figures are given\n' });
  });

  it('should give the same answer on the solver thread as without a limit, and no progress in a pipe', async () => {
    const [limited, free] = await Promise.all([
      runBuiltCli(['solve', caspian, '--json', '--time-limit', '600']),
      runBuiltCli(['solve', caspian, '--json']),
    ]);
    expect(limited.code).toBe(0);
    expect(limited.stderr).toBe(free.stderr);
    const withoutTime = (r: Result) => ({ ...r, solver: { ...r.solver, ms: 0 } });
    expect(withoutTime(JSON.parse(limited.stdout) as Result)).toEqual(withoutTime(JSON.parse(free.stdout) as Result));
  });
});

describe('standard input, built', () => {
  it('should refuse endless standard input past the limit with exit 2, having read only up to it', async () => {
    const run = await runWithEndlessStdin(['solve', '-']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('-: cannot read: standard input is bigger than 30 MB; a scenario may have at most 10 MB of JSON text\n');
    expect(run.stderr).not.toMatch(NO_STACK);
  }, 60_000);
});
