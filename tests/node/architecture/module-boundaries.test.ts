/**
 * design.md's module boundaries, checked by reading every import of every
 * source file, so they stay true as the code grows.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

interface Rule {
  /** Folder, relative to the repository root. */
  readonly module: string;
  /** Our own folders it may import at run time. */
  readonly mayImport: readonly string[];
  /** Our own folders it may import types from (`import type`). */
  readonly mayImportTypes?: readonly string[];
  /** Packages it must never import (prefix match on the specifier). */
  readonly forbiddenPackages: readonly string[];
  /** Browser/DOM globals it must not touch. */
  readonly noDom?: boolean;
}

const RULES: readonly Rule[] = [
  { module: 'src/model', mayImport: [], forbiddenPackages: ['lit', '@lit', 'comlink', 'glpk.js'], noDom: true },
  { module: 'src/lp', mayImport: ['src/model'], forbiddenPackages: ['lit', '@lit', 'comlink', 'glpk.js'], noDom: true },
  { module: 'src/solver', mayImport: ['src/model', 'src/lp'], forbiddenPackages: ['lit', '@lit', 'comlink'], noDom: true },
  // The planning builder beside src/lp: pure, solvers passed in (design.md, "Where the next capabilities go").
  { module: 'src/plan', mayImport: ['src/model', 'src/lp'], forbiddenPackages: ['lit', '@lit', 'comlink', 'glpk.js'], noDom: true },
  {
    module: 'workers',
    // src/testing for the "Check invariants" run inside the worker (fast-check stays out of the main bundle).
    mayImport: ['src/solver', 'src/model', 'src/lp', 'src/client', 'src/testing', 'src/calibrate', 'src/plan'],
    forbiddenPackages: ['lit', '@lit'],
  },
  {
    module: 'src/client',
    // Only to name the worker's file in `new URL('../../workers/…', import.meta.url)`.
    mayImport: ['workers'],
    mayImportTypes: ['src/solver', 'src/model', 'src/lp', 'src/testing', 'src/calibrate', 'src/plan'],
    forbiddenPackages: ['glpk.js', 'lit', '@lit'],
  },
  {
    module: 'src/analysis',
    mayImport: ['src/model', 'src/lp'],
    forbiddenPackages: ['glpk.js', 'lit', '@lit', 'comlink'],
    noDom: true,
  },
  {
    module: 'src/components',
    // Pure readings of a result that the CLI shows too (read-bottlenecks.ts): one rule, not two.
    mayImport: ['src/analysis'],
    mayImportTypes: ['src/model', 'src/lp', 'src/analysis', 'src/testing', 'src/calibrate', 'src/plan'],
    forbiddenPackages: ['comlink', 'glpk.js'],
  },
  {
    module: 'src/app',
    mayImport: ['src/model', 'src/lp', 'src/client', 'src/components', 'src/analysis', 'src/calibrate', 'src/plan'],
    mayImportTypes: ['src/solver', 'src/testing'],
    forbiddenPackages: ['glpk.js'],
  },
  {
    module: 'src/cli',
    mayImport: ['src/model', 'src/lp', 'src/solver', 'src/analysis', 'src/testing', 'src/calibrate', 'src/plan'],
    forbiddenPackages: ['lit', '@lit', 'comlink'],
    noDom: true,
  },
  {
    // Calibration (issue 14): a pure core over an LpSolve, like src/analysis over a solve function.
    module: 'src/calibrate',
    mayImport: ['src/model', 'src/lp'],
    forbiddenPackages: ['glpk.js', 'lit', '@lit', 'comlink'],
    noDom: true,
  },
  {
    module: 'src/testing',
    mayImport: ['src/model', 'src/lp', 'src/solver', 'src/analysis'],
    forbiddenPackages: ['lit', '@lit', 'comlink'],
    noDom: true,
  },
];

function sourceFiles(dir: string): string[] {
  const abs = join(root, dir);
  let entries: string[];
  try {
    entries = readdirSync(abs);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(abs, name);
    if (statSync(path).isDirectory()) return sourceFiles(relative(root, path));
    return /\.(ts|js|mts)$/.test(name) && !name.endsWith('.d.ts') ? [relative(root, path)] : [];
  });
}

interface ImportLine {
  readonly specifier: string;
  readonly typeOnly: boolean;
}

const IMPORT_RE =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g;

function importsOf(file: string): ImportLine[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found: ImportLine[] = [];
  for (const m of text.matchAll(IMPORT_RE)) {
    const specifier = m[3] ?? m[4] ?? m[5];
    if (specifier) found.push({ specifier, typeOnly: Boolean(m[2]) });
  }
  return found;
}

/** Our own folder an import lands in, e.g. `src/model`, or null for a package. */
function ownModuleOf(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const target = relative(root, resolve(root, dirname(file), specifier));
  const parts = target.split('/');
  return parts[0] === 'src' ? parts.slice(0, 2).join('/') : (parts[0] ?? null);
}

const DOM_RE = /\b(document|window|HTMLElement|customElements|localStorage)\s*[.(]/;

function violationsOf(rule: Rule): string[] {
  const violations: string[] = [];
  for (const file of sourceFiles(rule.module)) {
    for (const { specifier, typeOnly } of importsOf(file)) {
      const own = ownModuleOf(file, specifier);
      if (own === null) {
        if (rule.forbiddenPackages.some((p) => specifier === p || specifier.startsWith(`${p}/`))) {
          violations.push(`${file}: imports "${specifier}"`);
        }
        continue;
      }
      if (own === rule.module) continue;
      const allowed = rule.mayImport.includes(own) || (typeOnly && (rule.mayImportTypes ?? []).includes(own));
      if (!allowed) violations.push(`${file}: ${typeOnly ? 'type ' : ''}import of ${own} ("${specifier}")`);
    }
    if (rule.noDom) {
      const text = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      const m = DOM_RE.exec(text);
      if (m) violations.push(`${file}: touches the DOM ("${m[0]}")`);
    }
  }
  return violations;
}

describe('module boundaries (design.md)', () => {
  for (const rule of RULES) {
    it(`should keep ${rule.module} inside its boundary`, () => {
      expect(violationsOf(rule)).toEqual([]);
    });
  }

  it('should report a forbidden package and a forbidden folder (the checker itself)', () => {
    const strict: Rule = { module: 'tests/node/architecture', mayImport: [], forbiddenPackages: ['vitest'] };
    expect(violationsOf(strict)).toContain('tests/node/architecture/module-boundaries.test.ts: imports "vitest"');
    expect(ownModuleOf('src/components/x/x.ts', '../../client/solver-client')).toBe('src/client');
  });
});
