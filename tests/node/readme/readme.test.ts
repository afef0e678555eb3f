/**
 * The README is a contract with a new user: its quick start must name
 * scripts that exist, its tour must show a real screenshot, and the
 * property-testing example (now in docs/testing.md, which the README links)
 * must be the very file CI runs (examples/property-test.test.ts), character
 * for character.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { scripts: Record<string, string>; bin: Record<string, string>; license: string };

function section(title: string, text = readme, file = 'README'): string {
  const start = text.indexOf(`\n## ${title}\n`);
  expect(start, `${file} has a "## ${title}" section`).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('\n## ', start + 4);
  return text.slice(start, end === -1 ? undefined : end);
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

  it('should point to the property-testing guide, which prints the example exactly as examples/property-test.test.ts', () => {
    expect(section('Property testing your model')).toContain('(docs/testing.md)');
    const guide = readFileSync(resolve(root, 'docs/testing.md'), 'utf8');
    const example = readFileSync(resolve(root, 'examples/property-test.test.ts'), 'utf8');
    const block = /```ts\n([\s\S]*?)```/.exec(section('Property testing your model', guide, 'docs/testing.md'))?.[1];
    expect(block).toBe(example);
  });

  it('should show the tour with a screenshot that is a real PNG in docs/img', () => {
    const image = /!\[[^\]]+\]\((docs\/img\/[^)]+\.png)\)/.exec(section('A 60-second tour'))?.[1];
    expect(image).toBeDefined();
    const bytes = readFileSync(resolve(root, image!));
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // Width and height from the IHDR chunk: a screenshot of the app, not an icon.
    expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1000);
    expect(bytes.readUInt32BE(20)).toBeGreaterThanOrEqual(600);
  });

  it('should stay a few hundred lines, with the reference material in docs/', () => {
    expect(readme.split('\n').length).toBeLessThan(400);
  });

  it("should state the Node version package.json's engines field requires", () => {
    const engines = (pkg as unknown as { engines: { node: string } }).engines.node;
    expect(engines).toBe('>=20.19');
    expect(section('Quick start')).toContain('Node 20.19 or later');
    expect(section('Requirements')).toContain('Node 20.19 or later');
  });

  it('should state the licence the package declares', () => {
    expect(pkg.license).toBe('GPL-3.0-or-later');
    expect(readme).toContain('GPL-3.0-or-later');
  });

  it('should list every command the command line has, each documented in docs/command-line.md', () => {
    const cli = section('Command line');
    const guide = readFileSync(resolve(root, 'docs/command-line.md'), 'utf8');
    for (const command of ['solve', 'validate', 'sweep', 'compare', 'resilience', 'montecarlo', 'check', 'plan', 'calibrate']) {
      expect(cli).toContain(`corridor-flow ${command}`);
      expect(guide).toContain(`\n## ${command}\n`);
    }
  });

  it('should write every command example so that it runs after the quick start (npx corridor-flow …)', () => {
    for (const file of ['README.md', 'docs/command-line.md', 'docs/testing.md']) {
      const text = readFileSync(resolve(root, file), 'utf8');
      const bare = [...text.matchAll(/^\$ corridor-flow .*/gm)].map((m) => m[0]);
      expect(bare, file).toEqual([]);
    }
    expect(readme).toContain('npx corridor-flow solve models/caspian-2030.json');
  });
});
