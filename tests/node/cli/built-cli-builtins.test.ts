/**
 * What the built command line loads of Node itself and when it tunes V8:
 * start-up cost that a plain `solve` must not pay for features it does not
 * use (the solver thread, `node:v8` for `--help`), and V8 flags that must be
 * set before GLPK's wasm is made (docs/performance.md, "The command line's
 * fixed cost").
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_V8_FLAGS } from '../../../src/cli/tier-up-later';
import { ensureFreshBuild, runBuiltCli } from './support/run-built-cli';
import { json, TWO_ROUTES } from './support/scenarios';

let dir: string;

beforeAll(() => {
  ensureFreshBuild();
  dir = mkdtempSync(join(tmpdir(), 'corridor-flow-builtins-'));
  writeFileSync(join(dir, 'two-routes.json'), json(TWO_ROUTES));
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A preload that logs, one a line, at exit every Node module the process
 * loaded (`module …`, from `process.moduleLoadList`); with `flags`, also each
 * V8 flag the process sets (`flag …`, through `node:v8` however it is
 * reached, which loads `node:v8`) and the moment GLPK's wasm is compiled
 * (`wasm`).
 */
function preload(log: string, flags: boolean): string {
  const watchFlags = `
    import v8 from 'node:v8';
    import { syncBuiltinESMExports } from 'node:module';
    const set = v8.setFlagsFromString;
    v8.setFlagsFromString = (flag) => { note('flag ' + flag); set(flag); };
    syncBuiltinESMExports();
    const Module = WebAssembly.Module;
    WebAssembly.Module = new Proxy(Module, { construct(target, args, made) { note('wasm'); return Reflect.construct(target, args, made); } });`;
  const source = `
    import { appendFileSync } from 'node:fs';
    const note = (line) => appendFileSync(${JSON.stringify(log)}, line + '\\n');
    ${flags ? watchFlags : ''}
    process.on('exit', () => { for (const name of process.moduleLoadList) note('module ' + name); });`;
  return `--import=data:text/javascript,${encodeURIComponent(source)}`;
}

async function runLogged(
  argv: readonly string[],
  { flags = false } = {},
): Promise<{ readonly flags: string[]; readonly order: string[]; readonly modules: string[] }> {
  const log = join(dir, `${argv.join(' ').replace(/\W+/g, '-')}-${flags}.log`);
  writeFileSync(log, '');
  const run = await runBuiltCli(argv, { nodeArgs: [preload(log, flags)] });
  expect(run).toMatchObject({ code: 0, stderr: '' });
  const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  return {
    flags: lines.filter((l) => l.startsWith('flag ')).map((l) => l.slice('flag '.length)),
    order: lines.filter((l) => l.startsWith('flag ') || l === 'wasm'),
    modules: lines.filter((l) => l.startsWith('module ')).map((l) => l.slice('module '.length)),
  };
}

describe('bin/corridor-flow.js and Node built-ins', () => {
  it('should not load worker_threads for a plain solve, which runs in this thread', async () => {
    const { modules } = await runLogged(['solve', join(dir, 'two-routes.json'), '--json']);
    expect(modules).toContain('NativeModule fs');
    expect(modules.filter((m) => /worker_threads|internal\/worker$/.test(m))).toEqual([]);
  });

  it('should load worker_threads for a solve with a time limit, which runs on the solver thread (the check above can see it)', async () => {
    const { modules } = await runLogged(['solve', join(dir, 'two-routes.json'), '--json', '--time-limit', '600']);
    expect(modules).toContain('NativeModule worker_threads');
  });

  it.each(['--help', '--version'])('should not load node:v8 (the V8 flags) for %s', async (flag) => {
    const { modules } = await runLogged([flag]);
    expect(modules).toContain('NativeModule fs');
    expect(modules.filter((m) => m === 'NativeModule v8')).toEqual([]);
  });
});

describe.runIf(process.versions.node.startsWith('20.'))('bin/corridor-flow.js and V8 flags (Node 20)', () => {
  it("should set the command line's V8 flags once, before GLPK's wasm is compiled", async () => {
    const { order } = await runLogged(['solve', join(dir, 'two-routes.json'), '--json'], { flags: true });
    expect(order).toEqual([...CLI_V8_FLAGS.map((f) => `flag ${f}`), 'wasm']);
  });

  it.each(['--help', '--version', 'validate'])('should set no V8 flags for %s', async (command) => {
    const { flags } = await runLogged(command === 'validate' ? [command, join(dir, 'two-routes.json')] : [command], { flags: true });
    expect(flags).toEqual([]);
  });
});
