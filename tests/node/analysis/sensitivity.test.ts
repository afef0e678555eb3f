import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { sensitivity, sensitivityPaths } from '../../../src/analysis/sensitivity';
import { sharesOf } from '../../../src/analysis/share-of';
import { solveManySequential } from '../../../src/analysis/solve-many-sequential';
import type { SolveOne } from '../../../src/analysis/types';
import { setParameter } from '../../../src/model/parameter-path';
import { scenarioArbitrary } from '../../../src/testing/scenario-arbitrary';
import { propertySettings } from '../../support/property-settings';
import { closeTo } from '../../support/tolerance';
import { chunkedSolveMany, inProcessSolve, loadModel } from './analysis-support';

let solve: SolveOne;
beforeAll(async () => {
  solve = await inProcessSolve();
});

/** The size a tornado chart ranks by: the larger |objective change|, an infeasible move counting as infinite. */
function size(deltas: readonly (number | null)[]): number {
  return Math.max(...deltas.map((d) => (d === null ? Number.POSITIVE_INFINITY : Math.abs(d))));
}

describe('sensitivity', () => {
  it('should rank the entries by the larger |objective change|, largest first (generated scenarios)', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArbitrary({ nodes: { min: 2, max: 5 } }), fc.constantFrom(0.1, 0.25, 0.5), async (scenario, relative) => {
        const result = await sensitivity(scenario, solveManySequential(solve), { relative });
        expect(result.entries.map((e) => e.path).sort()).toEqual([...sensitivityPaths(scenario)].sort());
        const sizes = result.entries.map((e) => size(e.objectiveDelta));
        for (let i = 1; i < sizes.length; i++) expect(sizes[i]!).toBeLessThanOrEqual(sizes[i - 1]!);
      }),
      propertySettings(30),
    );
  });

  it('should report, for each entry, the change a single solve at the low and the high value gives (Caspian 2030)', async () => {
    const caspian = loadModel('caspian-2030');
    const result = await sensitivity(caspian, chunkedSolveMany(solve, 7), { relative: 0.2 });
    const base = await solve(caspian);
    expect(result.base.objective).toBeCloseTo(base.objective, 3);
    expect(result.entries.length).toBeGreaterThan(10);
    for (const entry of result.entries.slice(0, 6)) {
      expect(closeTo(entry.lowValue, entry.baseValue * 0.8)).toBe(true);
      expect(closeTo(entry.highValue, entry.baseValue * 1.2)).toBe(true);
      const low = await solve(setParameter(caspian, entry.path, entry.lowValue));
      const high = await solve(setParameter(caspian, entry.path, entry.highValue));
      expect(entry.objectiveDelta[0]).toBeCloseTo(low.objective - base.objective, 3);
      expect(entry.objectiveDelta[1]).toBeCloseTo(high.objective - base.objective, 3);
      const baseShares = sharesOf(base);
      for (const id of Object.keys(baseShares)) {
        expect(entry.shareDelta[id]![0]).toBeCloseTo((sharesOf(low)[id] ?? 0) - baseShares[id]!, 9);
        expect(entry.shareDelta[id]![1]).toBeCloseTo((sharesOf(high)[id] ?? 0) - baseShares[id]!, 9);
      }
    }
  });

  it('should find the sea capacity of the two-route model worth 10 USD per tonne both ways', async () => {
    // teaching-two-routes: the sea leg (capacity 60) saves 10 USD/t over land while it
    // binds, so ±10 % (±6 t) moves the objective by ∓60 USD/yr; the land route is
    // uncapacitated, so the costs move it by their flow × 10 %: sea legs 60 t × 1, land legs 40 t × 1.5.
    const result = await sensitivity(loadModel('teaching-two-routes'), solveManySequential(solve));
    const byPath = Object.fromEntries(result.entries.map((e) => [e.path, e.objectiveDelta]));
    expect(byPath['links.sea-leg.capacity']).toEqual([expect.closeTo(60, 6), expect.closeTo(-60, 6)]);
    expect(byPath['links.sea-leg.cost']).toEqual([expect.closeTo(-60, 6), expect.closeTo(60, 6)]);
    expect(byPath['links.land-leg.cost']).toEqual([expect.closeTo(-60, 6), expect.closeTo(60, 6)]);
    expect(result.entries[0]!.path).toBe('links.border-rail.cost');
  });
});
