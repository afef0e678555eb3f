/**
 * The command line as users run it: `node bin/corridor-flow.js …`, a child
 * process on the built dist-cli/ (rebuilt first if a source is newer).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sweep } from '../../../src/analysis/sweep';
import type { Result } from '../../../src/model/types';
import { ensureFreshBuild, ROOT, runBuiltCli, runNode } from './support/run-built-cli';
import { runInProcess } from './support/run-in-process';
import { json, TOO_LITTLE_CAPACITY, TWO_MISTAKES, TWO_ROUTES } from './support/scenarios';

const NO_STACK = /^\s+at /m;
const caspian = join(ROOT, 'models', 'caspian-2030.json');
/** A one-year Caspian model: no `horizon`/`projects`, so no warning that only `plan` uses them. */
const caspianYear = join(ROOT, 'models', 'caspian-2030-tripp-built.json');
let dir: string;

beforeAll(() => {
  ensureFreshBuild();
  dir = mkdtempSync(join(tmpdir(), 'corridor-flow-cli-'));
  writeFileSync(join(dir, 'two-routes.json'), json(TWO_ROUTES));
  writeFileSync(join(dir, 'too-little.json'), json(TOO_LITTLE_CAPACITY));
  writeFileSync(join(dir, 'two-mistakes.json'), json(TWO_MISTAKES));
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function withoutTime(result: Result): Result {
  return { ...result, solver: { ...result.solver, ms: 0 } };
}

describe('bin/corridor-flow.js', () => {
  it('should print the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await runBuiltCli(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('should print the same help as the source', async () => {
    const [built, source] = await Promise.all([runBuiltCli(['--help']), runInProcess(['--help'])]);
    expect(built).toMatchObject({ code: 0, stdout: source.stdout, stderr: '' });
  });

  it('should print with --json exactly the result the source gives, and nothing else', async () => {
    const [built, source] = await Promise.all([
      runBuiltCli(['solve', join(dir, 'two-routes.json'), '--json']),
      runInProcess(['solve', join(dir, 'two-routes.json'), '--json']),
    ]);
    expect(built.code).toBe(0);
    expect(built.stderr).toBe('');
    expect(withoutTime(JSON.parse(built.stdout) as Result)).toEqual(withoutTime(JSON.parse(source.stdout) as Result));
  });

  it('should read standard input for the file -', async () => {
    const run = await runBuiltCli(['solve', '-', '--json'], { stdin: json(TWO_ROUTES) });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Result).status).toBe('optimal');
  });

  it('should print the readable table', async () => {
    const run = await runBuiltCli(['solve', join(dir, 'two-routes.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Two routes: optimal');
    expect(run.stdout).toContain('\nCorridor split\n');
  });

  it('should exit 1 on an infeasible scenario', async () => {
    const run = await runBuiltCli(['solve', join(dir, 'too-little.json'), '--json']);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as Result).status).toBe('infeasible');
  });

  it('should exit 2 with every error on stderr, each with its path, and nothing on stdout', async () => {
    const [built, source] = await Promise.all([
      runBuiltCli(['validate', join(dir, 'two-mistakes.json')]),
      runInProcess(['validate', join(dir, 'two-mistakes.json')]),
    ]);
    expect(built).toMatchObject({ code: 2, stdout: '', stderr: source.stderr });
    expect(built.stderr).toMatch(/^links\[0\]\.capacity: /m);
    expect(built.stderr).toMatch(/^demands\[0\]\.from: /m);
  });

  it('should exit 2 on a usage error, naming it', async () => {
    expect(await runBuiltCli(['sweep', join(dir, 'two-routes.json'), '--set', 'links.kz-az.cost', '--from', '0', '--to', '1', '--steps', 'lots'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: '--steps: expected an integer ≥ 1, got "lots"\n',
    });
  });

  it('should exit 3 with one message, never a stack trace, when the solver cannot load', async () => {
    // A preload that makes every WebAssembly compile fail, as a broken glpk.wasm would.
    const blockWasm = 'data:text/javascript,WebAssembly.Module=function(){throw new Error("wasm blocked for the test")};WebAssembly.instantiate=()=>Promise.reject(new Error("wasm blocked for the test"))';
    const run = await runBuiltCli(['solve', join(dir, 'two-routes.json')], { nodeArgs: [`--import=${blockWasm}`] });
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^internal error: .+$/m);
    expect(run.stderr).not.toMatch(NO_STACK);
  });

  it('should give sweep --csv rows equal to single solves at each value', async () => {
    const file = join(dir, 'two-routes.json');
    const sweep = await runBuiltCli(['sweep', file, '--set', 'links.kz-az.capacity', '--from', '20', '--to', '80', '--steps', '3', '--csv']);
    expect(sweep.code).toBe(0);
    const rows = sweep.stdout.trimEnd().split('\n');
    expect(rows[0]).toBe('value,objective,served,unmet,titr,iran,other');
    const json = await runBuiltCli(['sweep', file, '--set', 'links.kz-az.capacity', '--from', '20', '--to', '80', '--steps', '3', '--json']);
    const points = (JSON.parse(json.stdout) as Sweep).points;
    expect(rows.slice(1)).toEqual(
      points.map(({ value, result: r }) =>
        [value, r.objective, r.served, r.unmet, ...r.corridors.map((c) => c.share), r.other.share].map(String).join(','),
      ),
    );
  });
});

describe('bin/corridor-flow.js: the analysis commands', () => {
  it('should print for compare, resilience and montecarlo exactly what the source prints', async () => {
    const file = join(dir, 'two-routes.json');
    for (const argv of [
      ['compare', file, caspian, '--csv'],
      ['resilience', caspian, '--csv'],
      ['montecarlo', caspian, '--runs', '5', '--seed', '9', '--vary', 'links.caspian-ferry.cost=11:20:30', '--csv'],
    ]) {
      const [built, source] = await Promise.all([runBuiltCli(argv), runInProcess(argv)]);
      expect({ code: built.code, stdout: built.stdout, stderr: built.stderr }).toEqual(source);
      expect(built.code).toBe(0);
    }
  });

  it('should check a model file, exit 0 and write nothing', async () => {
    const run = await runBuiltCli(['check', caspian, '--runs', '5', '--seed', '1']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\nAll 7 checks hold.\n');
    expect(existsSync(join(ROOT, 'models', 'counterexample.json'))).toBe(false);
  });

  it('should exit 2 on a bad --vary, naming it', async () => {
    const run = await runBuiltCli(['montecarlo', caspianYear, '--runs', '5', '--seed', '1', '--vary', 'links.caspian-ferry.capacity=-1:2:3']);
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: '--vary[0].min: expected a number ≥ 0 (the range of capacity), got -1\n' });
  });
});

describe('bin/corridor-flow.js start-up', () => {
  /** Every module URL the process resolves, recorded by a module hook preloaded into it. */
  async function modulesLoadedBy(argv: readonly string[], stdin?: string): Promise<string[]> {
    const log = join(dir, `modules-${argv[0]}.log`);
    writeFileSync(log, '');
    const hook = `import { appendFileSync } from 'node:fs'; export async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(${JSON.stringify(log)}, r.url + '\\n'); return r; }`;
    const preload = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
    const run = await runBuiltCli(argv, { nodeArgs: [`--import=data:text/javascript,${encodeURIComponent(preload)}`], ...(stdin === undefined ? {} : { stdin }) });
    expect(run.code).toBe(0);
    return readFileSync(log, 'utf8').split('\n').filter(Boolean);
  }

  it('should load neither the model nor the solver for --help and --version', async () => {
    for (const flag of ['--help', '--version']) {
      const loaded = await modulesLoadedBy([flag]);
      expect(loaded.some((u) => u.endsWith('/dist-cli/cli.js'))).toBe(true);
      expect(loaded.filter((u) => /valibot|glpk|chunks\//.test(u))).toEqual([]);
    }
  });

  it('should not load glpk.js, nor fast-check, to validate', async () => {
    const loaded = await modulesLoadedBy(['validate', '-'], json(TWO_ROUTES));
    expect(loaded.some((u) => /chunks\/parse-scenario-/.test(u))).toBe(true);
    expect(loaded.filter((u) => u.includes('glpk') || u.includes('fast-check'))).toEqual([]);
  });

  it("should read a scenario with the parts of valibot it uses bundled, never valibot's whole build from node_modules", async () => {
    for (const argv of [['validate', '-'], ['solve', '-', '--json']]) {
      const loaded = await modulesLoadedBy(argv, json(TWO_ROUTES));
      expect(loaded.some((u) => /chunks\/parse-scenario-/.test(u))).toBe(true);
      expect(loaded.filter((u) => u.includes('node_modules/valibot'))).toEqual([]);
    }
  });

  it('should load glpk.js but not fast-check for compare, resilience and montecarlo', async () => {
    const file = join(dir, 'two-routes.json');
    for (const argv of [
      ['compare', file, file, '--csv'],
      ['resilience', file, '--csv'],
      ['montecarlo', file, '--runs', '3', '--seed', '1', '--vary', 'links.kz-az.cost=20:30:40', '--csv'],
    ]) {
      const loaded = await modulesLoadedBy(argv);
      expect(loaded.some((u) => u.includes('glpk.js'))).toBe(true);
      expect(loaded.filter((u) => u.includes('fast-check'))).toEqual([]);
    }
  });

  it('should load fast-check (the checks) only for check', async () => {
    const loaded = await modulesLoadedBy(['check', join(dir, 'two-routes.json'), '--runs', '2', '--seed', '1']);
    expect(loaded.some((u) => u.includes('fast-check'))).toBe(true);
  });

  it('should load glpk.js to solve (the check above can see it)', async () => {
    const loaded = await modulesLoadedBy(['solve', '-'], json(TWO_ROUTES));
    expect(loaded.some((u) => u.includes('glpk.js'))).toBe(true);
    expect(loaded.some((u) => /chunks\/format-solve-table-/.test(u))).toBe(true);
  });

  it('should load no table code for solve --json, which prints none', async () => {
    const loaded = await modulesLoadedBy(['solve', '-', '--json'], json(TWO_ROUTES));
    expect(loaded.some((u) => u.includes('glpk.js'))).toBe(true);
    expect(loaded.filter((u) => /chunks\/(format-(solve-table|marginal-ranges|number|table)|marginal-range)-/.test(u))).toEqual([]);
  });
});

describe('bin/corridor-flow.js without a build (after npm ci --ignore-scripts)', () => {
  it('should build dist-cli/ first, keep its stdout clean, then run', async () => {
    // A copy of the sources with no dist-cli/, sharing node_modules.
    const copy = mkdtempSync(join(tmpdir(), 'corridor-flow-fresh-'));
    try {
      for (const part of ['src', 'bin', 'scripts', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
      const first = await runNode([join(copy, 'bin', 'corridor-flow.js'), 'solve', '-', '--json'], { cwd: copy, stdin: json(TWO_ROUTES) });
      expect(first.stderr).toContain('building the command line once');
      expect(first.code).toBe(0);
      expect((JSON.parse(first.stdout) as Result).status).toBe('optimal');
      expect(existsSync(join(copy, 'dist-cli', 'cli.js'))).toBe(true);
      const second = await runNode([join(copy, 'bin', 'corridor-flow.js'), '--version'], { cwd: copy });
      expect(second.stderr).toBe('');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 240_000);
});

describe('corridor-flow/testing', () => {
  it('should be importable by package name from plain Node ESM', async () => {
    const script = "const m = await import('corridor-flow/testing'); console.log(JSON.stringify(Object.keys(m).sort()));";
    const run = await runNode(['--input-type=module', '-e', script]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(expect.arrayContaining(['checkResult', 'scenarioArbitrary', 'createTestSolver']));
  });

  it('should be importable by package name from vitest', async () => {
    // A variable specifier: the type check must not depend on dist-cli/ existing.
    const specifier = 'corridor-flow/testing';
    const testing = (await import(specifier)) as Record<string, unknown>;
    expect(typeof testing.checkResult).toBe('function');
  });

  it('should come with declarations that a nodenext TypeScript consumer can resolve', async () => {
    // A consumer package with `corridor-flow` and `fast-check` in its node_modules.
    const consumer = mkdtempSync(join(tmpdir(), 'corridor-flow-consumer-'));
    try {
      mkdirSync(join(consumer, 'node_modules'));
      symlinkSync(ROOT, join(consumer, 'node_modules', 'corridor-flow'), 'dir');
      symlinkSync(join(ROOT, 'node_modules', 'fast-check'), join(consumer, 'node_modules', 'fast-check'), 'dir');
      writeFileSync(join(consumer, 'package.json'), '{ "type": "module" }\n');
      writeFileSync(
        join(consumer, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, types: [] }, files: ['check.ts'] }),
      );
      writeFileSync(
        join(consumer, 'check.ts'),
        "import { checkResult, createTestSolver, scenarioArbitrary } from 'corridor-flow/testing';\nexport const used = [checkResult, createTestSolver, scenarioArbitrary];\n",
      );
      const tsc = await runNode([join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', consumer], { cwd: consumer });
      expect(tsc.stdout + tsc.stderr).toBe('');
      expect(tsc.code).toBe(0);
    } finally {
      rmSync(consumer, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('the default model models/caspian-2030.json', () => {
  it('should validate and solve to optimal, --json equal to the source', async () => {
    expect(await runBuiltCli(['validate', caspian])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^ok\n/) });
    const [built, source] = await Promise.all([runBuiltCli(['solve', caspian, '--json']), runInProcess(['solve', caspian, '--json'])]);
    expect(built.code).toBe(0);
    expect(withoutTime(JSON.parse(built.stdout) as Result)).toEqual(withoutTime(JSON.parse(source.stdout) as Result));
  });
});
