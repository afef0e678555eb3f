/**
 * The README is a contract with a new user: its quick start must name
 * scripts that exist, and its property-testing example must be the very
 * file CI runs (examples/property-test.test.ts), character for character.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { scripts: Record<string, string>; bin: Record<string, string>; license: string };

function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  expect(start, `README has a "## ${title}" section`).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 4);
  return readme.slice(start, end === -1 ? undefined : end);
}

describe('README', () => {
  it('should give a quick start of two commands whose npm scripts exist', () => {
    const quick = section('Quick start');
    const block = /```sh\n([\s\S]*?)```/.exec(quick)?.[1] ?? '';
    const commands = block.split('\n').filter((l) => l.trim() !== '');
    expect(commands).toHaveLength(2);
    for (const command of commands) {
      for (const m of command.matchAll(/npm (?:run )?(\w[\w:-]*)/g)) {
        const script = m[1]!;
        if (script === 'ci') continue;
        expect(pkg.scripts[script], `npm script "${script}"`).toBeDefined();
      }
    }
  });

  it('should print the property-testing example exactly as examples/property-test.test.ts', () => {
    const example = readFileSync(resolve(root, 'examples/property-test.test.ts'), 'utf8');
    const block = /```ts\n([\s\S]*?)```/.exec(section('Property testing your model'))?.[1];
    expect(block).toBe(example);
  });

  it('should state the licence the package declares', () => {
    expect(pkg.license).toBe('GPL-3.0-or-later');
    expect(readme).toContain('GPL-3.0-or-later');
  });

  it('should document every command the command line has', () => {
    const cli = section('Command line');
    for (const command of ['solve', 'validate', 'sweep', 'compare', 'resilience', 'montecarlo', 'check']) {
      expect(cli).toContain(`corridor-flow ${command}`);
    }
  });
});
