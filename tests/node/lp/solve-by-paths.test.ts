/**
 * The path method (`solveByPaths`, `method: 'paths'`) on its own terms: it
 * certifies the arc LP's optimum itself (no fallback) wherever the path form
 * holds one, from a master far smaller than the arc LP, and hands every
 * other case to the arc LP (an infeasible hard demand among them), whose
 * verdict and diagnosis stand. Agreement with the arc LP on random scenarios
 * is in column-generation.property.test.ts and solve-scenario.property.test.ts.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLp } from '../../../src/lp/build-lp';
import { COLUMN_KIND } from '../../../src/lp/lp-layout';
import { PATHS_MIN_FLOW_COLUMNS, solveByMethod } from '../../../src/lp/solve-by-method';
import { solveByPaths, type PathGenerationStats } from '../../../src/lp/solve-by-paths';
import type { LpProblem, LpSolve } from '../../../src/lp/types';
import { needsScaling } from '../../../src/solver/glpk-lp-solve';
import { solveScenario } from '../../../src/lp/solve-scenario';
import type { Scenario } from '../../../src/model/types';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { propertySettings } from '../../support/property-settings';
import { closeTo } from '../../support/tolerance';
import { readFileSync, readdirSync } from 'node:fs';
import { parseScenario } from '../../../src/model/parse-scenario';
import { link, scenarioOf } from './scenario-fixture';
import { sharedDestinationScenarioArbitrary } from './shared-destination-scenario-arbitrary';
import { sharedOriginScenarioArbitrary } from './shared-origin-scenario-arbitrary';
import { smallScenarioArbitrary } from './small-scenario-arbitrary';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

function byPaths(scenario: Scenario, aggregate: 'cover' | 'origin' = 'cover'): { stats: PathGenerationStats; objective: number; arcObjective: number; status: string } {
  const build = buildLp(scenario, { aggregate });
  let stats: PathGenerationStats | undefined;
  const solution = solveByPaths(build, solver.solveLp, {}, (s) => (stats = s));
  const arc = solver.solveLp(build.lp);
  expect(solution.status).toBe(arc.status);
  return { stats: stats!, objective: solution.objective, arcObjective: arc.objective, status: solution.status };
}

/** Whether some enabled corridor has a lower bound: the arc LP may then need a circulation, a cycle column in the master. */
const lowerBounded = (scenario: Scenario): boolean =>
  (scenario.corridors ?? []).some((c) => c.enabled !== false && ((c.minFlow ?? 0) > 0 || (c.minShare ?? 0) > 0));

describe('solveByPaths', () => {
  it.each(['cover', 'origin'] as const)('should certify the optimum of a generated grid itself, from a master of the coupling and demand rows (%s)', (aggregate) => {
    const scenario = generateScenario({ seed: 5, width: 8, height: 8, demands: 10 }) as Scenario;
    const { stats, objective, arcObjective } = byPaths(scenario, aggregate);
    expect(stats.fellBack).toBeNull();
    expect(closeTo(objective, arcObjective)).toBe(true);
    expect(stats.masterRows).toBeLessThan(stats.arcRows / 2);
    expect(stats.paths).toBeGreaterThanOrEqual(10);
  });

  it('should hand an infeasible hard demand to the arc LP, which certifies it and names the shortfall', () => {
    // 100 t/yr that must be served over links of 30 + 50 t/yr.
    const scenario = scenarioOf({
      nodes: ['A', 'B', 'C'],
      links: [link('A', 'B', 10, { id: 'ab', capacity: 30 }), link('A', 'C', 5, { id: 'ac', capacity: 50 }), link('C', 'B', 5, { id: 'cb' })],
      demands: [{ id: 'd', from: 'A', to: 'B', volume: 100 }],
    });
    const { stats } = byPaths(scenario);
    expect(stats.fellBack).toBe('an artificial column is still in use');
    const result = solveScenario(scenario, solver.solveLp, { method: 'paths' });
    expect(result.status).toBe('infeasible');
    expect(result.shortfalls?.map((s) => [s.demand, s.unmet])).toEqual([['d', 20]]);
  });

  it('should price its artificials near the routes\' costs, so that one dear link leaves the masters unscaled', () => {
    // Hard demands, and one link at 1e6: the safe bound M = 10 × 1e6 × (nodes + 1) ≈ 1e9, past the 2^26 from which GLPK is handed a scaled LP.
    const base = generateScenario({ seed: 5, width: 8, height: 8, demands: 10 }) as Scenario;
    const dear = base.links.find((l) => l.from === base.demands[0]!.from)!;
    // Demands served in full (no unmet penalty): each has an artificial in the master.
    const demands = base.demands.map(({ unmetPenalty: _, ...hard }) => hard);
    const scenario = { ...base, demands, links: base.links.map((l) => (l === dear ? { ...l, cost: 1e6 } : l)) };
    const build = buildLp(scenario);
    const masters: LpProblem[] = [];
    let stats: PathGenerationStats | undefined;
    const masterLp = (): { solveLp: LpSolve; release: () => void } => ({
      solveLp: (lp, options) => {
        masters.push(lp);
        return solver.solveLp(lp, options);
      },
      release: () => undefined,
    });
    const solution = solveByPaths(build, solver.solveLp, { masterLp }, (s) => (stats = s));
    expect(stats!.fellBack).toBeNull();
    expect(closeTo(solution.objective, solver.solveLp(build.lp).objective)).toBe(true);
    expect(masters.length).toBe(stats!.rounds);
    expect(needsScaling(build.lp)).toBe(false);
    expect(masters.filter(needsScaling)).toHaveLength(0);
  });

  it('should solve a master again, checked, when its unchecked optimum does not hold, and still certify the optimum itself', () => {
    const scenario = generateScenario({ seed: 5, width: 8, height: 8, demands: 10 }) as Scenario;
    const build = buildLp(scenario);
    const asked: boolean[] = [];
    let stats: PathGenerationStats | undefined;
    // A master solver that answers every unchecked solve with all duals 0: no path prices in under them, and the
    // paths that carry flow (cost > 0) then have a positive reduced cost, which no optimum allows.
    const masterLp = (): { solveLp: LpSolve; release: () => void } => ({
      solveLp: (lp, options) => {
        asked.push(options?.callerVerifies === true);
        const solution = solver.solveLp(lp, options);
        return options?.callerVerifies === true ? { ...solution, dual: new Float64Array(lp.numRows) } : solution;
      },
      release: () => undefined,
    });
    const solution = solveByPaths(build, solver.solveLp, { masterLp }, (s) => (stats = s));
    expect(stats!.fellBack).toBeNull();
    expect(closeTo(solution.objective, solver.solveLp(build.lp).objective)).toBe(true);
    // The first master unchecked (and refused), every one after it checked.
    expect(asked[0]).toBe(true);
    expect(asked.slice(1).every((unchecked) => !unchecked)).toBe(true);
    expect(asked.length).toBe(stats!.rounds);
    expect(asked.length).toBeGreaterThan(2);
  });

  it('should raise the artificials\' cost while an optimum still uses one, and certify the optimum itself', () => {
    // A hard demand whose only route is a chain of 12 links of 1 t/yr, each also the route of a soft demand at
    // 1,000 USD/t unmet: serving it costs 12 + 12 × 999 USD/t, above the first M = 10 × (1 + 12 + 1,000).
    const nodes = Array.from({ length: 13 }, (_, i) => `n${i}`);
    const links = nodes.slice(1).map((to, i) => link(nodes[i]!, to, 1, { capacity: 1 }));
    const scenario = scenarioOf({
      nodes,
      links,
      demands: [
        { id: 'hard', from: 'n0', to: 'n12', volume: 1 },
        ...links.map((l, i) => ({ id: `soft${i}`, from: l.from, to: l.to, volume: 1, unmetPenalty: 1000 })),
      ],
    });
    const { stats, objective, arcObjective } = byPaths(scenario);
    expect(stats.fellBack).toBeNull();
    expect(closeTo(objective, arcObjective)).toBe(true);
    expect(closeTo(objective, 12 + 12 * 1000)).toBe(true);
  });

  it('should carry freight circling through a corridor\'s gates as a cycle column where its minFlow needs it, and certify the optimum itself', () => {
    // 1 t/yr from A to B, free on the plain link; the corridor's two gates (A→B, B→A, 1 USD/t each) must carry 4 t/yr,
    // which 1 t can only reach by circling: every tonne through a gate costs 1, so the optimum is 4 USD/yr whatever
    // the split. A master of paths alone keeps its artificial in use (at most 1 t through a gate), under whose dual
    // the loop A→B→A costs less than nothing.
    const scenario = scenarioOf({
      nodes: ['A', 'B'],
      links: [link('A', 'B', 0), link('A', 'B', 1, { id: 'gateAB' }), link('B', 'A', 1, { id: 'gateBA' })],
      corridors: [{ id: 'loop', gates: ['gateAB', 'gateBA'], minFlow: 4 }],
      demands: [{ id: 'd', from: 'A', to: 'B', volume: 1 }],
    });
    const { stats, objective, arcObjective } = byPaths(scenario);
    expect(stats.fellBack).toBeNull();
    expect(stats.cycles).toBe(1);
    expect(closeTo(objective, arcObjective)).toBe(true);
    expect(closeTo(objective, 4)).toBe(true);
  });

  it('should find a loop out of every tree\'s reach that a corridor\'s minFlow needs, and price the columns there in its certificate', () => {
    // Merged by origin, the one tree grows from C, which no link leaves: the loop A→B (5 USD/t) B→A (the gate, free)
    // is out of its reach, and 1 t/yr must circle it: 5 USD/yr. With the loop in the master, the gate's reduced cost
    // is −5 and the loop's 0: one label for A and B would price the gate below 0 in the certificate.
    const scenario = scenarioOf({
      nodes: ['A', 'B', 'C'],
      links: [link('A', 'B', 5), link('B', 'A', 0, { id: 'gate' })],
      corridors: [{ id: 'loop', gates: ['gate'], minFlow: 1 }],
      demands: [{ id: 'd', from: 'C', to: 'A', volume: 1, unmetPenalty: 0 }],
    });
    const { stats, objective, arcObjective } = byPaths(scenario, 'origin');
    expect(stats.fellBack).toBeNull();
    expect(stats.cycles).toBe(1);
    expect(closeTo(objective, arcObjective)).toBe(true);
    expect(closeTo(objective, 5)).toBe(true);
  });

  it.each([
    ['small scenarios', smallScenarioArbitrary],
    ['demands sharing origins', sharedOriginScenarioArbitrary],
    ['demands sharing destinations', sharedDestinationScenarioArbitrary],
  ] as const)('should certify every optimum itself, corridor lower bounds and the circulation they need included (%s)', (_, scenarioArbitrary) => {
    fc.assert(
      fc.property(scenarioArbitrary(), (scenario: Scenario) => {
        const { stats, status, objective, arcObjective } = byPaths(scenario);
        if (status !== 'optimal') return;
        expect(closeTo(objective, arcObjective), `objective ${objective} ≠ ${arcObjective}`).toBe(true);
        expect(stats.fellBack, lowerBounded(scenario) ? 'a corridor lower bound' : 'no lower bound').toBeNull();
      }),
      propertySettings(200),
    );
  });
});

describe("solveByMethod's auto rule", () => {
  /** The row counts of the LPs `auto` hands to the solver for `scenario`. */
  function solvedRows(scenario: Scenario): { readonly arcRows: number; readonly flowColumns: number; readonly rows: number[] } {
    const build = buildLp(scenario);
    const rows: number[] = [];
    const solution = solveByMethod('auto', build, (lp: LpProblem, options) => {
      rows.push(lp.numRows);
      return solver.solveLp(lp, options);
    });
    expect(solution.status).toBe('optimal');
    const flowColumns = build.layout.columnKind.filter((k) => k === COLUMN_KIND.flow).length;
    return { arcRows: build.lp.numRows, flowColumns, rows };
  }

  it('should generate paths for a large LP without corridor lower bounds: only masters far smaller than the arc LP are solved', () => {
    const { arcRows, flowColumns, rows } = solvedRows(generateScenario({ seed: 1, width: 10, height: 10, demands: 14 }) as Scenario);
    expect(flowColumns).toBeGreaterThanOrEqual(PATHS_MIN_FLOW_COLUMNS);
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows) expect(r).toBeLessThan(arcRows / 4);
  });

  it('should solve every shipped model whole, as one arc LP', () => {
    const dir = new URL('../../../models/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const parsed = parseScenario(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
      if (!parsed.ok) throw new Error(`model ${file} does not parse`);
      const { arcRows, rows } = solvedRows(parsed.scenario);
      expect(rows, file).toEqual([arcRows]);
    }
  });
});
