import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { closeCorridor, closeLink, resilience, withoutShareBounds, withValueOfLostLoad } from '../../../src/analysis/resilience';
import { solveManySequential } from '../../../src/analysis/solve-many-sequential';
import type { SolveOne } from '../../../src/analysis/types';
import { scenarioArbitrary } from '../../../src/testing/scenario-arbitrary';
import { propertySettings } from '../../support/property-settings';
import { chunkedSolveMany, inProcessSolve, loadModel, withoutTiming } from './analysis-support';

let solve: SolveOne;
beforeAll(async () => {
  solve = await inProcessSolve();
});

describe('resilience', () => {
  it('should never find a closure cheaper than the base, nor diversification with a negative price (generated scenarios)', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArbitrary({ nodes: { min: 2, max: 5 } }), async (scenario) => {
        const r = await resilience(scenario, solveManySequential(solve));
        for (const c of r.closures) {
          if (c.costIncrease !== null) {
            // Closing an item only adds constraints: the optimum cannot fall (up to solver rounding).
            expect(c.costIncrease).toBeGreaterThanOrEqual(-1e-6 * Math.max(1, Math.abs(r.base.objective)));
          }
        }
        if (r.priceOfDiversification !== null) {
          expect(r.priceOfDiversification).toBeGreaterThanOrEqual(-1e-6 * Math.max(1, Math.abs(r.base.objective)));
        }
      }),
      propertySettings(40),
    );
  });

  it('should close every enabled corridor and every link carrying flow, and rank them by damage, unknown damage first', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArbitrary({ nodes: { min: 2, max: 5 } }), async (scenario) => {
        const r = await resilience(scenario, solveManySequential(solve));
        const expected = [
          ...(scenario.corridors ?? []).filter((c) => c.enabled !== false).map((c) => `corridor:${c.id}`),
          ...r.base.links.filter((l) => l.flow > 1e-6).map((l) => `link:${l.id}`),
        ].sort();
        expect(r.closures.map((c) => `${c.kind}:${c.id}`).sort()).toEqual(expected);
        const damage = r.closures.map((c) => (c.damage === null ? Number.POSITIVE_INFINITY : c.damage));
        for (const c of r.closures) if (c.costIncrease !== null) expect(c.damage).toBe(c.costIncrease);
        for (let i = 1; i < damage.length; i++) expect(damage[i]!).toBeLessThanOrEqual(damage[i - 1]!);
        expect(r.mostDamaging).toBe(r.closures[0] ?? null);
      }),
      propertySettings(30),
    );
  });

  it('should give each closure the result of a single solve with that item closed (Caspian 2030)', async () => {
    const caspian = loadModel('caspian-2030');
    const r = await resilience(caspian, chunkedSolveMany(solve, 3));
    const base = await solve(caspian);
    for (const c of r.closures) {
      const closed = c.kind === 'corridor' ? closeCorridor(caspian, c.id) : closeLink(caspian, c.id);
      const single = await solve(closed);
      expect(withoutTiming(c.result)).toEqual(withoutTiming(single));
      if (single.status === 'optimal') {
        expect(c.costIncrease).toBeCloseTo(single.objective - base.objective, 3);
        expect(c.unmetIncrease).toBeCloseTo(single.unmet - base.unmet, 3);
      }
    }
    expect(withoutTiming(r.withoutShareBounds)).toEqual(withoutTiming(await solve(withoutShareBounds(caspian))));
  });

  it('should rank the two-route model’s closures as worked out by hand', async () => {
    // teaching-two-routes: 100 hard tonnes; sea 20 USD/t capped at 60, land 30 USD/t.
    // Closing the land route (corridor or either land link) leaves 40 t with no route:
    // infeasible with a 40 t shortfall. Closing the sea route moves 60 t to land: +600 USD/yr.
    const r = await resilience(loadModel('teaching-two-routes'), solveManySequential(solve));
    expect(r.closures.map((c) => [c.kind, c.id, c.status])).toEqual([
      ['link', 'border-rail', 'infeasible'],
      ['corridor', 'land', 'infeasible'],
      ['link', 'land-leg', 'infeasible'],
      ['link', 'port-rail', 'optimal'],
      ['corridor', 'sea', 'optimal'],
      ['link', 'sea-leg', 'optimal'],
    ]);
    expect(r.closures.slice(0, 3).map((c) => c.unmetIncrease)).toEqual([40, 40, 40].map((v) => expect.closeTo(v, 6)));
    expect(r.closures.slice(3).map((c) => c.costIncrease)).toEqual([600, 600, 600].map((v) => expect.closeTo(v, 6)));
    expect(r.mostDamaging?.id).toBe('border-rail');
    // No share bounds here, so diversification costs nothing.
    expect(r.priceOfDiversification).toBeCloseTo(0, 6);
  });

  it('should price an infeasible closure by the same closure with hard demands soft at the value of lost load', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArbitrary({ nodes: { min: 2, max: 5 } }), fc.integer({ min: 1, max: 5000 }), async (scenario, valueOfLostLoad) => {
        const r = await resilience(scenario, solveManySequential(solve), { valueOfLostLoad });
        expect(r.valueOfLostLoad).toBe(valueOfLostLoad);
        for (const c of r.closures) {
          if (c.status !== 'infeasible') {
            expect(c.lostLoad).toBeNull();
            continue;
          }
          const closed = c.kind === 'corridor' ? closeCorridor(scenario, c.id) : closeLink(scenario, c.id);
          const priced = await solve(withValueOfLostLoad(closed, valueOfLostLoad));
          expect(withoutTiming(c.lostLoad!)).toEqual(withoutTiming(priced));
          if (r.base.status === 'optimal' && priced.status === 'optimal') expect(c.damage).toBeCloseTo(priced.objective - r.base.objective, 6);
        }
      }),
      propertySettings(30),
    );
  });

  it('should show what an infeasible closure still serves (two-route model: the sea route\'s 60 t of 100)', async () => {
    const r = await resilience(loadModel('teaching-two-routes'), solveManySequential(solve));
    const land = r.closures.find((c) => c.id === 'land')!;
    expect(land.lostLoad!.demands.map((d) => [d.served, d.unmet])).toEqual([[expect.closeTo(60, 6), expect.closeTo(40, 6)]]);
    expect(land.hardUnmet).toBeCloseTo(40, 6);
  });

  it('should price the share cap of the share-cap model at 360 USD/yr', async () => {
    // teaching-share-cap: 200 t; route a costs 20 USD/t but carries at most 70 %,
    // route b 26 USD/t. Capped: 140 × 20 + 60 × 26 = 4360; uncapped: 200 × 20 = 4000.
    const r = await resilience(loadModel('teaching-share-cap'), solveManySequential(solve));
    expect(r.base.objective).toBeCloseTo(4360, 6);
    expect(r.priceOfDiversification).toBeCloseTo(360, 6);
  });
});
