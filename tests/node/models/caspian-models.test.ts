import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TOLERANCE } from '../../../src/calibrate';
import { resolveUncertainty } from '../../../src/cli/resolve-uncertainty';
import { getParameter, parseScenario, type Result, type Scenario } from '../../../src/model';
import { createSolver, type Solver } from '../../../src/solver';

/**
 * What the Caspian models promise beyond parsing and solving (models.test.ts):
 * the 2024 base year reproduces the volumes reported for 2024, the planning
 * extensions say where their numbers come from, the comparison variants differ
 * from the planning case by one lever each, and every shipped Caspian model
 * carries its own uncertainty ranges so `montecarlo` runs without `--vary`.
 */

const MODELS = fileURLToPath(new URL('../../../models/', import.meta.url));

/** How far a calibrated figure may sit from the reported one: the calibration's own 1 % (the issue's bar is 10 %). */
const CALIBRATION_TOLERANCE = DEFAULT_TOLERANCE;

interface Provenanced {
  readonly source?: string;
  readonly assumption?: string;
}

function raw(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${MODELS}${file}`, 'utf8')) as Record<string, unknown>;
}

function load(file: string): Scenario {
  const outcome = parseScenario(readFileSync(`${MODELS}${file}`, 'utf8'));
  if (!outcome.ok) throw new Error(`${file}: ${outcome.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return outcome.scenario;
}

/** The figure an observation names (`corridors.<id>.flow`, `links.<id>.flow`, `nodes.<id>.throughput`) in a result. */
function observedIn(result: Result, of: string): number | undefined {
  const [collection, ...rest] = of.split('.');
  const field = rest.pop();
  const id = rest.join('.');
  if (collection === 'corridors' && field === 'flow') return result.corridors.find((c) => c.id === id)?.flow;
  if (collection === 'links' && field === 'flow') return result.links.find((l) => l.id === id)?.flow;
  if (collection === 'nodes' && field === 'throughput') return result.nodes.find((n) => n.id === id)?.throughput;
  return undefined;
}

function explained(item: Provenanced, sources: ReadonlySet<string>): boolean {
  const cites = typeof item.source === 'string' && sources.has(item.source);
  const says = typeof item.assumption === 'string' && item.assumption.trim() !== '';
  return cites || says;
}

const CASPIAN = [
  'caspian-2024.json',
  'caspian-2030.json',
  'caspian-2030-tripp-built.json',
  'caspian-2030-iran-closed.json',
  'caspian-2030-russia-closed.json',
  'caspian-2030-both-closed.json',
  'caspian-grain-armenia.json',
] as const;

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

describe('caspian-2024.json, the calibrated base year', () => {
  const scenario = load('caspian-2024.json');
  const observed = scenario.observed ?? [];

  it('should list the 2024 reported volumes of every corridor that carried freight, each with its year and source', () => {
    expect(observed.map((o) => o.of)).toEqual(
      expect.arrayContaining(['corridors.titr.flow', 'corridors.northern.flow', 'corridors.iran.flow']),
    );
    const sources = new Set((scenario.sources ?? []).map((s) => s.id));
    for (const o of observed) {
      expect(o.year, o.of).toBe(2024);
      expect(o.source !== undefined && sources.has(o.source), `${o.of} cites a listed source`).toBe(true);
    }
  });

  it('should reproduce every reported 2024 volume within 1 % (the issue asks for 10 %)', () => {
    const result = solver.solve(scenario);
    expect(result.status).toBe('optimal');
    const misses = observed
      .map((o) => ({ of: o.of, reported: o.value, model: observedIn(result, o.of) }))
      .filter(({ reported, model }) => model === undefined || Math.abs(model - reported) > CALIBRATION_TOLERANCE * reported);
    expect(misses).toEqual([]);
  });

  it('should serve all of 2024 demand (the calibration never leaves a reported tonne unmoved)', () => {
    expect(solver.solve(scenario).unmet).toBe(0);
  });
});

describe('caspian-2030.json, the planning case', () => {
  const scenario = load('caspian-2030.json');
  const file = raw('caspian-2030.json') as { projects?: (Provenanced & { id: string })[] };
  const sources = new Set((scenario.sources ?? []).map((s) => s.id));

  it('should plan over 2026–2040 with a discount rate', () => {
    expect(scenario.horizon?.years[0]).toBe(2026);
    expect(scenario.horizon?.years.at(-1)).toBe(2040);
    expect(scenario.horizon?.discountRate).toBeGreaterThan(0);
  });

  it('should hold the programme as projects, each with a source or an assumption, adding to finite capacities', () => {
    const ids = (scenario.projects ?? []).map((p) => p.id);
    expect(ids).toEqual(
      expect.arrayContaining(['sarzha-kuryk', 'aktau-container-hub', 'asco-ferries', 'btk-upgrade', 'georgian-rail-modernisation', 'tripp-meghri', 'kti-upgrade']),
    );
    for (const project of file.projects ?? []) expect(explained(project, sources), `projects.${project.id}`).toBe(true);
    for (const project of scenario.projects ?? []) {
      for (const addition of project.adds) {
        const capacity = getParameter(scenario, addition.set);
        expect(capacity !== undefined && Number.isFinite(capacity), `${project.id} adds to ${addition.set}`).toBe(true);
      }
    }
  });

  it('should grow every growing demand at a rate its assumption explains', () => {
    const growing = scenario.demands.filter((d) => (d.growth ?? 0) !== 0);
    expect(growing.length).toBeGreaterThan(0);
    for (const demand of growing) expect(demand.assumption ?? '', demand.id).toMatch(/growth/);
  });
});

describe('the comparison variants: one lever each', () => {
  /** caspian-2030.json as a one-year case: what a variant starts from. */
  function oneYear(): Scenario {
    const { horizon: _h, projects: _p, observed: _o, ...rest } = load('caspian-2030.json');
    return { ...rest, demands: rest.demands.map(({ growth: _g, ...d }) => d) };
  }
  const base = oneYear();
  const same = (variant: Scenario) => ({ nodes: variant.nodes, demands: variant.demands });

  it.each([
    ['caspian-2030-iran-closed.json', ['iran']],
    ['caspian-2030-russia-closed.json', ['northern']],
    ['caspian-2030-both-closed.json', ['iran', 'northern']],
  ] as const)('%s should close exactly the corridors %j and change nothing else in the network', (file, closed) => {
    const variant = load(file);
    expect(variant.corridors?.filter((c) => c.enabled === false).map((c) => c.id).sort()).toEqual([...closed].sort());
    expect(same(variant)).toEqual(same(base));
    expect(variant.links).toEqual(base.links);
  });

  it('caspian-2030-tripp-built.json should differ from the planning case only in the Meghri section’s capacity (and its note)', () => {
    const variant = load('caspian-2030-tripp-built.json');
    expect(same(variant)).toEqual(same(base));
    expect(variant.corridors).toEqual(base.corridors);
    const differing = variant.links.filter((link, i) => JSON.stringify(link) !== JSON.stringify(base.links[i])).map((l) => l.id);
    expect(differing).toEqual(['tripp-meghri']);
    expect(getParameter(variant, 'links.tripp-meghri.capacity')).toBeGreaterThan(0);
    expect(getParameter(base, 'links.tripp-meghri.capacity')).toBe(0);
  });
});

describe.each(CASPIAN)('models/%s', (file) => {
  const scenario = load(file);

  it('should carry uncertainty ranges, so montecarlo runs on it without --vary', () => {
    const outcome = resolveUncertainty(scenario, []);
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.vary.length).toBeGreaterThanOrEqual(3);
  });

  it('should report the corridors the story needs, by their ids', () => {
    const ids = (scenario.corridors ?? []).map((c) => c.id).sort();
    expect(ids).toEqual(file === 'caspian-grain-armenia.json' ? ['northern', 'titr', 'tripp'] : ['iran', 'northern', 'titr', 'tripp']);
    expect(scenario.corridors?.find((c) => c.id === 'northern')?.name).toBe('Northern (Russia)');
  });
});

describe('caspian-grain-armenia.json, the seed’s story', () => {
  it('should carry the same 1,000 t once on each route, each route counted by its own corridor', () => {
    const scenario = load('caspian-grain-armenia.json');
    expect(scenario.demands.map((d) => d.volume)).toEqual([1000, 1000, 1000]);
    const result = solver.solve(scenario);
    expect(result.status).toBe('optimal');
    expect(Object.fromEntries(result.corridors.map((c) => [c.id, c.flow]))).toEqual({ northern: 1000, titr: 1000, tripp: 1000 });
  });
});
