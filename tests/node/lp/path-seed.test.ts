/**
 * The path method's first master seeded with paths that fit the capacities together (`seedWithinCapacities`,
 * successive shortest paths): where the cheapest route cannot take a demand whole, the seed adds the routes around
 * it, so the first master needs no artificial and, here, is the optimum already.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLp } from '../../../src/lp/build-lp';
import { perLayout } from '../../../src/lp/layout-memo';
import { PathMaster } from '../../../src/lp/path-master';
import { PathTrees } from '../../../src/lp/path-pricing';
import { seedWithinCapacities, type CapacitySeed } from '../../../src/lp/path-seed';
import { pricingAdjacency } from '../../../src/lp/pricing-adjacency';
import { solveByPaths, type PathGenerationStats } from '../../../src/lp/solve-by-paths';
import type { Demand, Scenario } from '../../../src/model/types';
import { createSolver } from '../../../src/solver/create-solver';
import type { Solver } from '../../../src/solver/types';
import { closeTo } from '../../support/tolerance';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { link, scenarioOf } from './scenario-fixture';

let solver: Solver;
beforeAll(async () => {
  solver = await createSolver();
});

/** A→B direct costs 1 and takes 10 t/yr; A→C→B costs 2 + 2, without capacity. */
function twoRoutes(demand: Partial<Demand> = {}): Scenario {
  return scenarioOf({
    nodes: ['A', 'B', 'C'],
    links: [link('A', 'B', 1, { capacity: 10 }), link('A', 'C', 2), link('C', 'B', 2)],
    demands: [{ id: 'd', from: 'A', to: 'B', volume: 15, ...demand }],
  });
}

function seeded(scenario: Scenario, shouldStop?: () => boolean): { readonly master: PathMaster; readonly seed: CapacitySeed | null } {
  const build = buildLp(scenario);
  const master = PathMaster.of(build)!;
  const seed = seedWithinCapacities(master, new PathTrees(build.layout, perLayout(build, pricingAdjacency)), shouldStop);
  return { master, seed };
}

function byPaths(scenario: Scenario, seedWithinCapacities: boolean): { readonly objective: number; readonly arc: number; readonly stats: PathGenerationStats } {
  const build = buildLp(scenario);
  let stats: PathGenerationStats | undefined;
  const solution = solveByPaths(build, solver.solveLp, { seedWithinCapacities }, (s) => (stats = s));
  expect(solution.status).toBe('optimal');
  return { objective: solution.objective, arc: solver.solveLp(build.lp).objective, stats: stats! };
}

describe('seedWithinCapacities', () => {
  it('should route a hard demand over the full direct link and around it, and mark that link full', () => {
    const { master, seed } = seeded(twoRoutes());
    if (seed === null) throw new Error('seeded: nothing stopped it, yet it came back null');
    expect(seed.added).toBe(2);
    expect(master.numPaths).toBe(2);
    expect(seed.routed[0]).toBe(1);
    // The direct link's capacity row (the master's only packing row) is full; the demand row is not a packing row.
    expect(Array.from(seed.filled).filter((f) => f === 1)).toHaveLength(1);
    expect(seed.filled[master.demandRow[0]!]).toBe(0);
  });

  it('should not seed a soft demand with a route dearer than leaving it unmet', () => {
    // The detour costs 4 per t, leaving it unmet 3: only the direct route is worth seeding.
    const { master, seed } = seeded(twoRoutes({ unmetPenalty: 3 }));
    expect(seed?.added).toBe(1);
    expect(master.numPaths).toBe(1);
  });

  it('should stop when asked, between trees', () => {
    // 20 demands from as many origins: 20 commodities, a tree each, so the seeding asks after its 16th.
    const scenario = generateScenario({ seed: 5, width: 8, height: 8, demands: 20 }) as Scenario;
    let asked = 0;
    expect(seeded(scenario, () => ++asked > 0).seed).toBeNull();
    expect(asked).toBe(1);
    expect(seeded(scenario, () => false).seed).not.toBeNull();
  });

  it('should count a packing row a route crosses twice with its summed entry, and fill it with half the tonnes', () => {
    // A→C→B crosses both gates of corridor K (maxFlow 10): its entry in K's row is 2, so its 5 t fill K. Counted
    // once, the 5 t would seem to leave room for 5 more and K would not be marked full.
    const scenario = scenarioOf({
      nodes: ['A', 'B', 'C'],
      links: [link('A', 'C', 1), link('C', 'B', 1), link('A', 'B', 10)],
      corridors: [{ id: 'K', gates: ['AC', 'CB'], maxFlow: 10 }],
      demands: [{ id: 'd', from: 'A', to: 'B', volume: 5 }],
    });
    const { master, seed } = seeded(scenario);
    if (seed === null) throw new Error('seeded: nothing stopped it, yet it came back null');
    const kRow = master.couplingRows.indexOf(master.build.layout.corridorFlowRow[0]!);
    expect(kRow).toBeGreaterThanOrEqual(0);
    expect(seed.added).toBe(1);
    expect(master.pathCost.get(0)).toBe(2);
    expect(seed.filled[kRow]).toBe(1);
  });

  it('should make the first master the optimum where the cheapest route alone cannot take the demand', () => {
    // 10 t direct at 1 and 5 t around at 4: 30. Blind to the capacity, the first master has the direct path alone.
    const withSeed = byPaths(twoRoutes(), true);
    const without = byPaths(twoRoutes(), false);
    expect(closeTo(withSeed.objective, 30)).toBe(true);
    expect(closeTo(without.objective, 30)).toBe(true);
    expect(closeTo(withSeed.arc, 30)).toBe(true);
    expect(withSeed.stats.fellBack).toBeNull();
    expect(withSeed.stats.rounds).toBe(1);
    expect(without.stats.rounds).toBeGreaterThan(1);
  });
});
