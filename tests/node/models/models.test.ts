import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { NUMERIC_FIELDS, parseScenario, type Result, type Scenario } from '../../../src/model';
import { createSolver, type Solver } from '../../../src/solver';
import { closeTo } from '../../support/tolerance';

/**
 * The model files are documentation as much as data: every file in models/
 * parses cleanly, says where each of its numbers comes from, and solves to
 * the figures models/README.md states. Those figures are read from the
 * README's fenced `json expected-results` block, so the prose and this test
 * cannot drift apart. How they were obtained is written beside them: by hand
 * for the teaching models, and for the Caspian models by solving with
 * createSolver() and with an independent LP built straight from the spec,
 * checked against hand-priced routes for every marginal value.
 */

const MODELS = fileURLToPath(new URL('../../../models/', import.meta.url));
const README = `${MODELS}README.md`;

/**
 * The planning and calibration extensions (`horizon`, `projects`, `observed`,
 * `Demand.growth`) are warned about: as unknown fields until the parser knows
 * them, and after that because `solve` does not use `horizon` and `projects`.
 * Only the top-level field (or the demand's `growth`) may be warned about;
 * anything inside them, or anywhere else, is still a failure.
 */
const PLANNING_FIELD = /^(horizon|projects|observed|demands\[\d+\]\.growth)$/;

/** Map positions are not model parameters, so they need no provenance. */
const MAP_ONLY = new Set(['lat', 'lon']);

interface Expected {
  readonly objective: number;
  readonly served: number;
  readonly unmet: number;
  readonly corridors: Readonly<Record<string, { flow: number; share: number; marginalValue: number }>>;
  /** Listed links; every link with a positive marginal value must be listed. */
  readonly links: Readonly<Record<string, { flow: number; marginalValue: number }>>;
  /** Listed nodes; absent means no node capacity binds. */
  readonly nodes?: Readonly<Record<string, { throughput: number; marginalValue: number }>>;
  readonly demands: Readonly<Record<string, { served: number; unmet: number; marginalCost: number }>>;
  /**
   * Groups of demands left unserved at the same penalty: how the served tonnes divide within a
   * group is not unique (every division is optimal), so only the group's sums are checked.
   */
  readonly tiedDemands?: readonly (readonly string[])[];
}

function readExpected(): Readonly<Record<string, Expected>> {
  const text = readFileSync(README, 'utf8');
  const match = /```json expected-results\n([\s\S]*?)\n```/.exec(text);
  if (!match?.[1]) throw new Error(`readExpected: no \`\`\`json expected-results block in ${README}`);
  return JSON.parse(match[1]) as Record<string, Expected>;
}

/** `what`: `actual` is close to `expected` (shared tolerance), with a readable failure. */
function expectClose(actual: number, expected: number, what: string): void {
  expect(closeTo(actual, expected), `${what}: got ${actual}, README says ${expected}`).toBe(true);
}

const files = readdirSync(MODELS)
  .filter((name) => name.endsWith('.json'))
  .sort();
/** Files a shipped model is made from (`source/caspian-2024-uncalibrated.json` → `calibrate` → `caspian-2024.json`): documented like the models, solved through them. */
const sourceFiles = readdirSync(`${MODELS}source/`)
  .filter((name) => name.endsWith('.json'))
  .map((name) => `source/${name}`)
  .sort();
const expected = readExpected();

interface Explained {
  readonly source?: unknown;
  readonly assumption?: unknown;
}

/**
 * Every number of a model file with the item that answers for it: an element
 * of a top-level array (a node, a link, an uncertainty range, a project with
 * its `adds`, …), the `horizon`, or one of its `changes`. Map positions and
 * the `sources` list itself are not model numbers.
 */
function numbersWithOwners(scenario: Record<string, unknown>): { path: string; owner: Explained | null }[] {
  const found: { path: string; owner: Explained | null }[] = [];
  const walk = (value: unknown, path: string, owner: Explained | null, ownsElements: boolean): void => {
    if (typeof value === 'number') {
      if (!MAP_ONLY.has(path.slice(path.lastIndexOf('.') + 1))) found.push({ path, owner });
    } else if (Array.isArray(value)) {
      value.forEach((element, index) => walk(element, `${path}[${index}]`, ownsElements ? (element as Explained) : owner, false));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, field] of Object.entries(value)) walk(field, `${path}.${key}`, owner, path === 'horizon' && key === 'changes');
    }
  };
  for (const [key, value] of Object.entries(scenario)) {
    if (key === 'sources') continue;
    if (key === 'horizon') walk(value, key, value as Explained, false);
    else walk(value, key, null, true);
  }
  return found;
}

describe('models/', () => {
  it('should hold the default scenario, its variants and the teaching models', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'caspian-2024.json',
        'caspian-2030.json',
        'caspian-2030-tripp-built.json',
        'caspian-2030-iran-closed.json',
        'caspian-2030-russia-closed.json',
        'caspian-2030-both-closed.json',
        'caspian-grain-armenia.json',
      ]),
    );
    expect(files.filter((name) => name.startsWith('teaching-')).length).toBeGreaterThanOrEqual(2);
  });

  it('should document the expected result of every model file, and of no other', () => {
    expect(Object.keys(expected).sort()).toEqual(files);
  });
});

describe.each([...files, ...sourceFiles])('models/%s', (file) => {
  const text = readFileSync(`${MODELS}${file}`, 'utf8');
  const outcome = parseScenario(text);

  it('should parse without errors, and without warnings but those about the planning and calibration fields', () => {
    expect(outcome.ok ? [] : outcome.errors).toEqual([]);
    expect(outcome.warnings.filter((warning) => !PLANNING_FIELD.test(warning.path))).toEqual([]);
  });

  it('should give no unknown-field warning: source and assumption are known wherever numbers are given', () => {
    expect(outcome.warnings.filter((warning) => warning.message.includes('unknown field'))).toEqual([]);
  });

  it('should give every item with a number a source or an assumption', () => {
    const raw = JSON.parse(text) as Record<string, unknown>;
    const unexplained: string[] = [];
    for (const [collection, fields] of Object.entries(NUMERIC_FIELDS)) {
      const items = (raw[collection] ?? []) as readonly Record<string, unknown>[];
      items.forEach((item, index) => {
        const numbers = Object.keys(fields).filter((field) => !MAP_ONLY.has(field) && typeof item[field] === 'number');
        const explained =
          (typeof item.source === 'string' && item.source !== '') ||
          (typeof item.assumption === 'string' && item.assumption.trim() !== '');
        if (numbers.length > 0 && !explained) unexplained.push(`${collection}[${index}] (${String(item.id)}): ${numbers.join(', ')}`);
      });
    }
    expect(unexplained).toEqual([]);
  });

  it('should cite only sources it lists, each with a title', () => {
    const raw = JSON.parse(text) as { sources?: { id: string; title?: string }[] } & Record<string, unknown>;
    const listed = new Set((raw.sources ?? []).map((source) => source.id));
    for (const source of raw.sources ?? []) expect(source.title, `source ${source.id}`).toBeTruthy();
    const cited = Object.keys(NUMERIC_FIELDS).flatMap((collection) =>
      ((raw[collection] ?? []) as readonly { id: string; source?: string }[])
        .filter((item) => item.source !== undefined)
        .map((item) => ({ item: `${collection}.${item.id}`, source: item.source as string })),
    );
    expect(cited.filter(({ source }) => !listed.has(source))).toEqual([]);
  });

  it('should explain every number, uncertainty ranges and the planning horizon included, by a source or an assumption', () => {
    const raw = JSON.parse(text) as Record<string, unknown>;
    const unexplained = numbersWithOwners(raw)
      .filter(({ owner }) => !(typeof owner?.source === 'string' && owner.source !== '') && !(typeof owner?.assumption === 'string' && owner.assumption.trim() !== ''))
      .map(({ path }) => path);
    expect(unexplained).toEqual([]);
  });
});

describe.each(files)('models/%s, solved', (file) => {
  const outcome = parseScenario(readFileSync(`${MODELS}${file}`, 'utf8'));
  const scenario = (outcome.ok ? outcome.scenario : null) as Scenario | null;
  let solver: Solver;
  let result: Result;

  beforeAll(async () => {
    solver = await createSolver();
    if (scenario) result = solver.solve(scenario);
  });

  it('should solve to the split, cost, unmet demand and marginal values the README states', () => {
    const want = expected[file];
    expect(want, `models/README.md has no expected result for ${file}`).toBeDefined();
    if (!want || !scenario) return;
    expect(result.status).toBe('optimal');
    expectClose(result.objective, want.objective, 'objective');
    expectClose(result.served, want.served, 'served');
    expectClose(result.unmet, want.unmet, 'unmet');

    expect(result.corridors.map((corridor) => corridor.id).sort()).toEqual(Object.keys(want.corridors).sort());
    for (const corridor of result.corridors) {
      const w = want.corridors[corridor.id];
      if (!w) continue;
      expectClose(corridor.flow, w.flow, `corridors.${corridor.id}.flow`);
      expectClose(corridor.share, w.share, `corridors.${corridor.id}.share`);
      expectClose(corridor.marginalValue, w.marginalValue, `corridors.${corridor.id}.marginalValue`);
    }

    for (const [id, w] of Object.entries(want.links)) {
      const link = result.links.find((candidate) => candidate.id === id);
      expect(link, `links.${id}`).toBeDefined();
      if (!link) continue;
      expectClose(link.flow, w.flow, `links.${id}.flow`);
      expectClose(link.marginalValue, w.marginalValue, `links.${id}.marginalValue`);
    }
    const bindingLinks = result.links.filter((link) => link.marginalValue > 1e-6).map((link) => link.id);
    expect(bindingLinks.filter((id) => !(id in want.links)), 'links binding but not documented').toEqual([]);

    const wantNodes = want.nodes ?? {};
    for (const [id, w] of Object.entries(wantNodes)) {
      const node = result.nodes.find((candidate) => candidate.id === id);
      expect(node, `nodes.${id}`).toBeDefined();
      if (!node) continue;
      expectClose(node.throughput, w.throughput, `nodes.${id}.throughput`);
      expectClose(node.marginalValue, w.marginalValue, `nodes.${id}.marginalValue`);
    }
    const bindingNodes = result.nodes.filter((node) => node.marginalValue > 1e-6).map((node) => node.id);
    expect(bindingNodes.filter((id) => !(id in wantNodes)), 'nodes binding but not documented').toEqual([]);

    expect(result.demands.map((demand) => demand.id).sort()).toEqual(Object.keys(want.demands).sort());
    const tied = new Set((want.tiedDemands ?? []).flat());
    for (const demand of result.demands) {
      const w = want.demands[demand.id];
      if (!w) continue;
      if (!tied.has(demand.id)) {
        expectClose(demand.served, w.served, `demands.${demand.id}.served`);
        expectClose(demand.unmet, w.unmet, `demands.${demand.id}.unmet`);
      }
      expectClose(demand.marginalCost, w.marginalCost, `demands.${demand.id}.marginalCost`);
    }
    for (const group of want.tiedDemands ?? []) {
      const sum = (pick: (d: { served: number; unmet: number }) => number, of: readonly { id: string; served: number; unmet: number }[]) =>
        of.filter((d) => group.includes(d.id)).reduce((total, d) => total + pick(d), 0);
      const wanted = group.map((id) => ({ id, ...want.demands[id]! }));
      expectClose(sum((d) => d.served, result.demands), sum((d) => d.served, wanted), `served of ${group.join(' + ')}`);
      expectClose(sum((d) => d.unmet, result.demands), sum((d) => d.unmet, wanted), `unmet of ${group.join(' + ')}`);
    }
  });
});
