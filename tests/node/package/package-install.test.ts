/**
 * The package as a user gets it: the working tree is copied as a fresh
 * clone has it (tracked and new files, no build output; node_modules linked,
 * as after `npm ci`), `npm pack` builds what ships there (the `prepack`
 * script), and the tarball is installed into an empty project, where all
 * three entry points must work: the library in Node (server-side rendering:
 * no DOM, and it must not reach for one), `corridor-flow/testing`, and the
 * `corridor-flow` command. The types are checked the way a TypeScript user's
 * editor reads them (`moduleResolution: nodenext`).
 *
 * Slow (it builds the library and installs from the npm cache or registry):
 * a few minutes on a busy two-core machine.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { documentedElements, EMBEDDING_DOC, manifestMarkdown } from '../../../scripts/embed-api-docs.js';

const root = resolve(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };

let work = '';
let project = '';
let packed: { readonly path: string; readonly size: number }[] = [];

function run(command: string, args: readonly string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NODE_ENV: '' } });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/** Runs an ES module in the installed project and returns what it prints as JSON. */
function inProject(file: string, code: string): unknown {
  writeFileSync(join(project, file), code);
  return JSON.parse(run(process.execPath, [file], project));
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'corridor-flow-pack-'));
  const clone = join(work, 'clone');
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f !== '' && existsSync(join(root, f)));
  for (const file of files) {
    mkdirSync(dirname(join(clone, file)), { recursive: true });
    cpSync(join(root, file), join(clone, file));
  }
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');

  const out = run('npm', ['pack', '--json', '--pack-destination', work], clone);
  const [info] = JSON.parse(out.slice(out.indexOf('['))) as [{ filename: string; files: { path: string; size: number }[] }];
  packed = info.files;

  project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'uses-corridor-flow', private: true, type: 'module' }));
  // --ignore-scripts: the tarball holds its builds; npm would only note that it skips `prepare`.
  run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', join(work, info.filename)], project);
}, 900_000);

afterAll(() => {
  // An installed project and a copy of the tree: many files to delete on a busy disk.
  if (work !== '') rmSync(work, { recursive: true, force: true });
}, 120_000);

describe('the packed tarball', () => {
  const paths = () => packed.map((f) => f.path);

  it('should hold both library entries with their types, the manifest, the CLI, testing, the models and the docs', () => {
    for (const file of [
      'dist/lib/corridor-flow.js',
      'dist/lib/corridor-flow.inline.js',
      'dist/lib/types/embed/index.d.ts',
      'dist/lib/types/embed/inline.d.ts',
      'dist/lib/custom-elements.json',
      'bin/corridor-flow.js',
      'dist-cli/cli.js',
      'dist-cli/testing.js',
      'dist-cli/types/testing/index.d.ts',
      'models/caspian-2030.json',
      'models/README.md',
      'docs/README.md',
      'LICENSE',
    ]) {
      expect(paths(), file).toContain(file);
    }
  });

  it('should leave out the site build, the bench internals and source maps', () => {
    expect(paths().filter((p) => p.endsWith('.map'))).toEqual([]);
    expect(paths().filter((p) => p.startsWith('dist/') && !p.startsWith('dist/lib/'))).toEqual([]);
    expect(paths().filter((p) => p.endsWith('.wasm'))).toHaveLength(1);
    expect(paths()).not.toContain('dist-cli/internals.js');
    expect(paths().filter((p) => /^(src|tests|scripts|workers|examples)\//.test(p))).toEqual([]);
  });
});

describe('the custom-elements manifest the package ships', () => {
  const manifest = () => JSON.parse(readFileSync(join(project, 'node_modules', 'corridor-flow', 'dist', 'lib', 'custom-elements.json'), 'utf8')) as {
    modules: { declarations?: { customElement?: boolean; tagName?: string }[] }[];
  };

  it('should name every element the library defines', () => {
    const tags = manifest().modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement).map((d) => d.tagName);
    for (const tag of ['corridor-flow', 'corridor-split', 'corridor-map', 'corridor-bottlenecks', 'corridor-editor', 'corridor-status', 'corridor-sweep']) {
      expect(tags).toContain(tag);
    }
  });

  it("should be what docs/embedding.md's element reference says (node scripts/embed-api-docs.js --write)", () => {
    expect(documentedElements(readFileSync(EMBEDDING_DOC, 'utf8'))).toBe(manifestMarkdown(manifest()).trim());
  });
});

describe('the installed package', () => {
  it('should import in Node without a DOM, define nothing and not touch window', () => {
    const seen = inProject(
      'ssr.mjs',
      `const reads = [];
for (const name of ['window', 'document', 'customElements', 'HTMLElement', 'localStorage']) {
  Object.defineProperty(globalThis, name, { configurable: true, get() { reads.push(name); return undefined; } });
}
const lib = await import('corridor-flow');
const inline = await import('corridor-flow/inline');
const parsed = lib.parseScenario(JSON.stringify({ format: 'corridor-flow/scenario@1', name: 'x', nodes: [{ id: 'a' }, { id: 'b' }],
  links: [{ id: 'l', from: 'a', to: 'b', cost: 1 }], demands: [{ id: 'd', from: 'a', to: 'b', volume: 1 }] }));
console.log(JSON.stringify({ window: reads.includes('window'), classes: typeof lib.CorridorFlow + ' ' + typeof inline.CorridorSplit,
  parsed: parsed.ok, views: lib.ANALYSIS_VIEW_TAGS.length > 0 }));`,
    );
    expect(seen).toEqual({ window: false, classes: 'function function', parsed: true, views: true });
  });

  it('should solve and check a shipped model with corridor-flow/testing', () => {
    const seen = inProject(
      'testing.mjs',
      `import { readFileSync } from 'node:fs';
import { createTestSolver, checkResult } from 'corridor-flow/testing';
const scenario = JSON.parse(readFileSync('node_modules/corridor-flow/models/teaching-two-routes.json', 'utf8'));
const solve = await createTestSolver();
const result = solve(scenario);
console.log(JSON.stringify({ status: result.status, violations: checkResult(scenario, result) }));`,
    );
    expect(seen).toEqual({ status: 'optimal', violations: [] });
  });

  it('should run the corridor-flow command', () => {
    const version = run('npx', ['--no-install', 'corridor-flow', '--version'], project).trim();
    expect(version).toContain(pkg.version);
    const result = JSON.parse(
      run('npx', ['--no-install', 'corridor-flow', 'solve', 'node_modules/corridor-flow/models/caspian-2030.json', '--json'], project),
    ) as { status: string; corridors: { id: string }[] };
    expect(result.status).toBe('optimal');
    expect(result.corridors.map((c) => c.id)).toEqual(['titr', 'tripp', 'iran', 'northern']);
  });

  it('should type-check a TypeScript user of all three entries (nodenext resolution)', () => {
    writeFileSync(
      join(project, 'use.ts'),
      `import { parseScenario, type CorridorSolvedDetail, type Result } from 'corridor-flow';
import type { CorridorSplit } from 'corridor-flow/inline';
import { checkResult, createTestSolver, type Scenario } from 'corridor-flow/testing';
const outcome = parseScenario('{}');
const solve = await createTestSolver();
if (outcome.ok) {
  const result: Result = solve(outcome.scenario as Scenario);
  checkResult(outcome.scenario, result);
}
export type Uses = [CorridorSplit, CorridorSolvedDetail];
`,
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const args = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2022,dom,dom.iterable', 'use.ts'];
    expect(spawnSync(process.execPath, [tsc, ...args], { cwd: project, encoding: 'utf8' }).stdout).toBe('');
  });
});
