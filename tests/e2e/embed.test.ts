/**
 * The embeddable library as a site builder uses it: a plain HTML page under a
 * strict Content-Security-Policy and a deep sub-path puts
 * `<corridor-flow src="scenario.json">` on it, and the element must solve the
 * scenario to the same answer as the Node solver, with no CSP violation.
 *
 * - cross-origin: the inline variant (`corridor-flow.inline.js`) loaded from
 *   a "CDN" on another origin (another port of 127.0.0.1);
 * - same-origin: the default variant copied under `/deep/sub/path/` of the
 *   page's own server, its worker and wasm found relative to the module.
 *
 * The library is built once (scripts/build-lib.js into a temporary folder).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createSolver } from '../../src/solver/create-solver';
import { parseScenario } from '../../src/model/parse-scenario';
import type { Result, Scenario } from '../../src/model/types';
import { closeTo } from '../support/tolerance';
import { launchChromium } from './support/browser';
import { measureLib, MODULE_GZIP_TARGET } from '../../scripts/lib-size.js';

const root = resolve(import.meta.dirname, '../..');
const SCENARIO_FILE = resolve(root, 'models', 'caspian-2030.json');

/** The policy issue 4 names for a same-origin build: nothing from elsewhere, no inline script or style. */
const SAME_ORIGIN_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'";
/** `'report-sample'` changes nothing that is allowed; it puts the blocked text into the violation, to say where it came from. */
const withSamples = (csp: string): string => csp.replace("style-src 'self'", "style-src 'self' 'report-sample'");
/** The same for a page loading the inline variant from `cdn`: that origin for scripts, `blob:` for the worker. */
const crossOriginCsp = (cdn: string): string =>
  `default-src 'self'; script-src 'self' ${cdn} 'wasm-unsafe-eval'; worker-src 'self' blob:; style-src 'self'`;

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
};

interface StaticServer {
  readonly origin: string;
  /** CSP violation reports the browser sent to `/csp-report` (the policy's `report-uri`). */
  readonly reports: unknown[];
  close(): Promise<void>;
}

/**
 * Serves `routes` (URL prefix → folder) on 127.0.0.1 with correct MIME types,
 * CORS for any origin, and `csp` (when given) on every response, as a site
 * that sets its policy server-wide does (so the worker file gets it too).
 */
async function serve(routes: Readonly<Record<string, string>>, csp?: (origin: string) => string): Promise<StaticServer> {
  const reports: unknown[] = [];
  let origin = '';
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/csp-report' && request.method === 'POST') {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        reports.push(JSON.parse(body || 'null'));
        response.writeHead(204).end();
      });
      return;
    }
    const headers: Record<string, string> = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' };
    if (csp) headers['Content-Security-Policy'] = `${withSamples(csp(origin))}; report-uri ${origin}/csp-report`;
    const prefix = Object.keys(routes).find((p) => path.startsWith(p));
    const file = prefix === undefined ? null : normalize(join(routes[prefix]!, path.slice(prefix.length)));
    if (file === null || !file.startsWith(normalize(routes[prefix!]!) + sep) || !isFile(file)) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end(`not found: ${path}`);
      return;
    }
    response.writeHead(200, { ...headers, 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('serve: no port');
  origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    reports,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const APP_BODY = '<corridor-flow src="scenario.json" storage-key=""></corridor-flow>';

/** A site's page: loads the library with one external module script, no inline script or style. */
function pageHtml(moduleUrl: string, body = APP_BODY): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A report with an embedded corridor-flow</title>
    <script type="module" src="${moduleUrl}"></script>
  </head>
  <body>
    <h1>Freight through the Caucasus</h1>
    ${body}
  </body>
</html>
`;
}

/**
 * Runs before the page's own scripts (playwright evaluates it over the
 * DevTools protocol, outside the page's CSP): records what the test reads.
 */
function probe(): void {
  const w = window as unknown as { __solved: unknown[]; __errors: unknown[]; __violations: unknown[] };
  w.__solved = [];
  w.__errors = [];
  w.__violations = [];
  document.addEventListener('corridor-solved', (e) => w.__solved.push((e as CustomEvent).detail.result));
  document.addEventListener('corridor-error', (e) => w.__errors.push((e as CustomEvent).detail.message));
  document.addEventListener('securitypolicyviolation', (e) =>
    w.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}: "${e.sample}"`),
  );
}

/** Every number within `closeTo`, everything else equal, except the solve time. */
function expectSameResult(actual: unknown, expected: unknown, path = 'result'): void {
  if (typeof expected === 'number') {
    expect(typeof actual, path).toBe('number');
    expect(closeTo(actual as number, expected, 1e-9), `${path}: ${String(actual)} vs ${expected}`).toBe(true);
    return;
  }
  if (expected === null || typeof expected !== 'object') {
    expect(actual, path).toEqual(expected);
    return;
  }
  expect(actual !== null && typeof actual === 'object', path).toBe(true);
  const keys = Object.keys(expected).filter((k) => !(path === 'result.solver' && k === 'ms'));
  expect(Object.keys(actual as object).filter((k) => !(path === 'result.solver' && k === 'ms')).sort(), path).toEqual(keys.sort());
  for (const key of keys) expectSameResult((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
}

interface PageRun {
  readonly solved: Result[];
  readonly errors: string[];
  readonly violations: string[];
  readonly consoleCsp: string[];
  /** Country outlines the app's map drew (a lazily loaded chunk beside the module). */
  readonly countries: number;
}

/** Opens `url`, waits for the first `corridor-solved` (or an error), and returns what the probe saw. */
async function openAndSolve(context: BrowserContext, url: string): Promise<PageRun> {
  const page: Page = await context.newPage();
  const consoleCsp: string[] = [];
  const watch = (text: string): void => {
    if (/Content Security Policy|Refused to/i.test(text)) consoleCsp.push(text);
  };
  page.on('console', (message) => watch(message.text()));
  page.on('pageerror', (error) => watch(error.message));
  page.on('worker', (worker) => worker.on('console', (message) => watch(`[worker] ${message.text()}`)));
  await page.addInitScript(probe);
  const response = await page.goto(url);
  expect(response?.status(), `GET ${url}`).toBe(200);
  await page.waitForFunction(() => {
    const w = window as unknown as { __solved: unknown[]; __errors: unknown[] };
    return w.__solved.length > 0 || w.__errors.length > 0;
  }, undefined, { timeout: 60_000 });
  // Let the map and the rest render after the answer arrives, so their violations (if any) are seen.
  await page.waitForTimeout(500);
  const seen = await page.evaluate(() => {
    const w = window as unknown as { __solved: Result[]; __errors: string[]; __violations: string[] };
    const map = document.querySelector('corridor-flow')?.shadowRoot?.querySelector('corridor-map');
    const countries = map?.shadowRoot?.querySelectorAll('.countries path').length ?? 0;
    return { solved: w.__solved, errors: w.__errors, violations: w.__violations, countries };
  });
  await page.close();
  return { ...seen, violations: tally(seen.violations), consoleCsp: tally(consoleCsp) };
}

/** Repeated messages once, with their count: a blocked style on every map link would otherwise be hundreds of lines. */
function tally(messages: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const m of messages) counts.set(m, (counts.get(m) ?? 0) + 1);
  return [...counts].map(([m, n]) => (n > 1 ? `${n}× ${m}` : m));
}

let lib: string;
let expected: Result;
let browser: Browser;
let context: BrowserContext;
const servers: StaticServer[] = [];
const sites: string[] = [];

beforeAll(async () => {
  lib = mkdtempSync(join(tmpdir(), 'corridor-flow-lib-'));
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-lib.js'), '--out-dir', lib, '--no-types', '--no-manifest'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`scripts/build-lib.js failed:\n${built.stdout}\n${built.stderr}`);

  const parsed = parseScenario(readFileSync(SCENARIO_FILE, 'utf8'));
  if (!parsed.ok) throw new Error(`${SCENARIO_FILE} is invalid: ${JSON.stringify(parsed.errors)}`);
  const scenario: Scenario = parsed.scenario;
  expected = (await createSolver()).solve(scenario);

  browser = await launchChromium();
  context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
  for (const dir of [lib, ...sites]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A folder holding the site's page and its scenario file, next to nothing else. */
function siteFolder(moduleUrl: string, extra?: (dir: string) => void, body?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-flow-site-'));
  cpSync(SCENARIO_FILE, join(dir, 'scenario.json'));
  writeFileSync(join(dir, 'page.html'), pageHtml(moduleUrl, body));
  extra?.(dir);
  sites.push(dir);
  return dir;
}

describe('<corridor-flow> from the inline variant on a CDN origin, in a page under a strict CSP on another origin', () => {
  let run: PageRun;
  let page: StaticServer;

  beforeAll(async () => {
    const cdn = await serve({ '/cdn/corridor-flow/': lib });
    servers.push(cdn);
    const site = siteFolder(`${cdn.origin}/cdn/corridor-flow/corridor-flow.inline.js`);
    page = await serve({ '/a/b/c/': site }, () => crossOriginCsp(cdn.origin));
    servers.push(page);
    run = await openAndSolve(context, `${page.origin}/a/b/c/page.html`);
  });

  it('should solve the scenario it loads from a relative src to the answer of the Node solver', () => {
    expect(run.errors).toEqual([]);
    expect(run.solved).toHaveLength(1);
    expectSameResult(run.solved[0], expected);
  });

  it('should cause no CSP violation (event, report or console)', () => {
    expect(run.violations).toEqual([]);
    expect(page.reports.length).toBe(0);
    expect(run.consoleCsp).toEqual([]);
  });

  it('should draw the map with the country outline, a chunk loaded from beside the module', () => {
    // Kazakhstan to Turkey, Iran to Russia: a dozen or more countries in the view of caspian-2030.
    expect(run.countries).toBeGreaterThan(10);
  });
});

describe('<corridor-flow> from the same-origin variant under a deep sub-path, in a page under a strict CSP', () => {
  let run: PageRun;
  let page: StaticServer;

  beforeAll(async () => {
    const site = siteFolder('./corridor-flow.js', (dir) => cpSync(lib, dir, { recursive: true }));
    page = await serve({ '/deep/sub/path/': site }, () => SAME_ORIGIN_CSP);
    servers.push(page);
    run = await openAndSolve(context, `${page.origin}/deep/sub/path/page.html`);
  });

  it('should solve the scenario it loads from a relative src to the answer of the Node solver', () => {
    expect(run.errors).toEqual([]);
    expect(run.solved).toHaveLength(1);
    expectSameResult(run.solved[0], expected);
  });

  it('should cause no CSP violation (event, report or console)', () => {
    expect(run.violations).toEqual([]);
    expect(page.reports.length).toBe(0);
    expect(run.consoleCsp).toEqual([]);
  });

  it('should draw the map with the country outline, a chunk loaded from beside the module', () => {
    // Kazakhstan to Turkey, Iran to Russia: a dozen or more countries in the view of caspian-2030.
    expect(run.countries).toBeGreaterThan(10);
  });
});

describe('an analysis view alone from the same-origin variant, in a page under a strict CSP', () => {
  let page: StaticServer;
  let seen: { defined: boolean; empty: string; violations: string[]; consoleCsp: string[] };

  beforeAll(async () => {
    const site = siteFolder('./corridor-flow.js', (dir) => cpSync(lib, dir, { recursive: true }), '<corridor-sweep></corridor-sweep>');
    page = await serve({ '/deep/sub/path/': site }, () => SAME_ORIGIN_CSP);
    servers.push(page);
    const tab = await context.newPage();
    const consoleCsp: string[] = [];
    tab.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) consoleCsp.push(message.text());
    });
    await tab.addInitScript(probe);
    await tab.goto(`${page.origin}/deep/sub/path/page.html`);
    await tab.waitForFunction(() => customElements.get('corridor-sweep') !== undefined, undefined, { timeout: 30_000 });
    await tab.waitForTimeout(300);
    seen = {
      ...(await tab.evaluate(() => {
        const sweep = document.querySelector('corridor-sweep')!;
        return {
          defined: customElements.get('corridor-sweep') !== undefined,
          empty: sweep.shadowRoot?.querySelector('.empty-state')?.textContent ?? '',
          violations: (window as unknown as { __violations: string[] }).__violations,
        };
      })),
      consoleCsp,
    };
    await tab.close();
  });

  it('should load its chunk from beside the module and render', () => {
    expect(seen.defined).toBe(true);
    expect(seen.empty).toMatch(/No sweep yet/);
  });

  it('should cause no CSP violation (event, report or console)', () => {
    expect(seen.violations).toEqual([]);
    expect(page.reports.length).toBe(0);
    expect(seen.consoleCsp).toEqual([]);
  });
});

describe('<corridor-flow> in a page whose CSP blocks WebAssembly (script-src without \'wasm-unsafe-eval\')', () => {
  const NO_WASM_CSP = "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self'";
  let run: PageRun;
  let status: string;

  beforeAll(async () => {
    const site = siteFolder('./corridor-flow.js', (dir) => cpSync(lib, dir, { recursive: true }));
    const page = await serve({ '/deep/sub/path/': site }, () => NO_WASM_CSP);
    servers.push(page);
    const tab = await context.newPage();
    await tab.addInitScript(probe);
    await tab.goto(`${page.origin}/deep/sub/path/page.html`);
    await tab.waitForFunction(() => (window as unknown as { __errors: unknown[] }).__errors.length > 0, undefined, { timeout: 60_000 });
    run = await tab.evaluate(() => {
      const w = window as unknown as { __solved: Result[]; __errors: string[] };
      return { solved: w.__solved, errors: w.__errors, violations: [], consoleCsp: [], countries: 0 };
    });
    status = await tab.evaluate(() => {
      const app = document.querySelector('corridor-flow')!.shadowRoot!;
      return app.querySelector('corridor-status')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
    });
    await tab.close();
  });

  it('should fire corridor-error saying which directive to add', () => {
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain("add 'wasm-unsafe-eval' to its script-src directive (it reads \"script-src 'self'\" now)");
  });

  it('should say the same in the status, not the browser\'s advice of \'unsafe-eval\'', () => {
    expect(status).toContain("add 'wasm-unsafe-eval' to its script-src directive");
    expect(status).not.toContain('CompileError');
  });
});

describe('the size of the library build', () => {
  it(`should load at most ${MODULE_GZIP_TARGET / 1000} kB gzip of script on import 'corridor-flow' (issue 4)`, () => {
    const { eager } = measureLib(lib);
    expect(eager.gzip, `eager files: ${eager.files.join(', ')}`).toBeLessThanOrEqual(MODULE_GZIP_TARGET);
  });
});
