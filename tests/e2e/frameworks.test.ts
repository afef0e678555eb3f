/**
 * The embedding examples (examples/frameworks/: a plain page, React 19, Vue 3,
 * Svelte 5), each built with vite as its README says, against the library
 * build the package ships, then opened in Chromium under the strict CSP a
 * site would set. Each must pass a scenario to <corridor-flow> as a
 * property, hear its `corridor-solved` event in the framework's own state,
 * hand the result to <corridor-split> as properties, and take the site's
 * theme, with no CSP violation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { parseScenario } from '../../src/model/parse-scenario';
import { createSolver } from '../../src/solver/create-solver';
import { launchChromium } from './support/browser';
import { serveWithCsp, type CspServer } from './support/csp-server';

const root = resolve(import.meta.dirname, '../..');
const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; style-src 'self'";
const FRAMEWORKS = [
  ['plain', 'a plain page'],
  ['react', 'React 19'],
  ['vue', 'Vue 3'],
  ['svelte', 'Svelte 5'],
] as const;

let work = '';
let browser: Browser;
let context: BrowserContext;
let expectedAnswer = '';
const servers: CspServer[] = [];

/** Builds one example with its own vite.config.js into `outDir`, `corridor-flow` being the library in `lib`. */
async function buildExample(name: string, lib: string, outDir: string): Promise<void> {
  const { build } = await import('vite');
  const saved = { lib: process.env.CORRIDOR_FLOW_LIB, env: process.env.NODE_ENV };
  process.env.CORRIDOR_FLOW_LIB = lib;
  // A site's production build, whatever vitest set (React and Vue pick their development builds under NODE_ENV=test).
  process.env.NODE_ENV = 'production';
  try {
    const exampleRoot = join(root, 'examples', 'frameworks', name);
    await build({ root: exampleRoot, configFile: join(exampleRoot, 'vite.config.js'), mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.CORRIDOR_FLOW_LIB = saved.lib;
    process.env.NODE_ENV = saved.env;
    if (saved.lib === undefined) delete process.env.CORRIDOR_FLOW_LIB;
  }
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'corridor-flow-frameworks-'));
  const lib = join(work, 'lib');
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-lib.js'), '--out-dir', lib, '--no-types', '--no-manifest'], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`scripts/build-lib.js failed:\n${built.stdout}\n${built.stderr}`);
  for (const [name] of FRAMEWORKS) await buildExample(name, lib, join(work, name));

  const parsed = parseScenario(readFileSync(join(root, 'models', 'caspian-2030.json'), 'utf8'));
  if (!parsed.ok) throw new Error('models/caspian-2030.json is invalid');
  const result = (await createSolver()).solve(parsed.scenario);
  // The sentence of examples/frameworks/shared/answer.js, from the Node solver's answer.
  expectedAnswer = `Solved: ${Math.round(result.objective).toLocaleString('en-US')} USD/yr, ${result.corridors.length} corridors`;

  browser = await launchChromium();
  context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
}, 600_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe.each(FRAMEWORKS)('the %s example (%s), built with vite, under a strict CSP', (name) => {
  let seen: { answer: string; bars: number; accent: string; titrColour: string; violations: string[]; consoleCsp: string[]; errors: string[] };

  beforeAll(async () => {
    const server = await serveWithCsp(join(work, name), STRICT_CSP);
    servers.push(server);
    const page = await context.newPage();
    const consoleCsp: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) consoleCsp.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`));
    });
    await page.goto(`${server.origin}/index.html`);
    await page.waitForFunction(() => document.querySelector('[data-answer]')?.textContent?.startsWith('Solved') === true, undefined, { timeout: 60_000 });
    await page.waitForTimeout(300);
    const inPage = await page.evaluate(() => {
      const split = document.querySelector('corridor-split')!;
      const bars = split.shadowRoot?.querySelectorAll('[part~="segment"]').length ?? 0;
      return {
        answer: document.querySelector('[data-answer]')!.textContent!.trim(),
        bars,
        accent: getComputedStyle(split).getPropertyValue('--corridor-accent').trim(),
        titrColour: getComputedStyle(split).getPropertyValue('--corridor-color-titr').trim(),
        violations: (window as unknown as { __violations: string[] }).__violations,
      };
    });
    await page.close();
    seen = { ...inPage, consoleCsp, errors };
  });

  it("should hear corridor-solved in the framework's state: the answer of the Node solver", () => {
    expect(seen.errors).toEqual([]);
    expect(seen.answer).toBe(expectedAnswer);
  });

  it('should pass the result to <corridor-split> as properties, which draws the split', () => {
    expect(seen.bars).toBeGreaterThan(0);
  });

  it("should take the site's theme through CSS custom properties", () => {
    expect(seen.accent).toBe('#7a1f5c');
    expect(seen.titrColour).toBe('#0b6e4f');
  });

  it('should cause no CSP violation', () => {
    expect(seen.violations).toEqual([]);
    expect(seen.consoleCsp).toEqual([]);
  });
});
