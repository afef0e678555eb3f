import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { regimeChanges } from '../../../src/analysis/binding-set';
import { sharesOf } from '../../../src/analysis/share-of';
import { sweep } from '../../../src/analysis/sweep';
import type { SolveOne } from '../../../src/analysis/types';
import { setParameter } from '../../../src/model/parameter-path';
import type { Scenario } from '../../../src/model/types';
import { scenarioArbitrary } from '../../../src/testing/scenario-arbitrary';
import { propertySettings } from '../../support/property-settings';
import { closeTo } from '../../support/tolerance';
import { inProcessSolve, loadModel, withoutTiming } from './analysis-support';

let solve: SolveOne;
beforeAll(async () => {
  solve = await inProcessSolve();
});

/** A scenario with a path to sweep and values that are valid there. */
const sweepCase = scenarioArbitrary({ nodes: { min: 2, max: 5 }, demands: { min: 1, max: 3 } }).chain((scenario) => {
  const paths = [
    ...scenario.links.map((l) => `links.${l.id}.capacity`),
    ...scenario.links.map((l) => `links.${l.id}.cost`),
    ...scenario.demands.map((d) => `demands.${d.id}.volume`),
  ];
  return fc.record({
    scenario: fc.constant(scenario),
    path: fc.constantFrom(...paths),
    // Volumes must be > 0; 1 is valid for every swept field.
    values: fc.array(fc.integer({ min: 1, max: 1200 }), { minLength: 1, maxLength: 4 }),
  });
});

/** Sum of every corridor's share and other's. */
function shareSum(shares: Readonly<Record<string, number>>): number {
  return Object.values(shares).reduce((s, v) => s + v, 0);
}

describe('sweep', () => {
  it('should give, at every point, the result of a single solve of the changed scenario (generated scenarios)', async () => {
    await fc.assert(
      fc.asyncProperty(sweepCase, async ({ scenario, path, values }) => {
        const outcome = await sweep(scenario, path, values, solve);
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        expect(outcome.sweep.points.map((p) => p.value)).toEqual(values);
        for (const point of outcome.sweep.points) {
          const single = await solve(setParameter(scenario, path, point.value));
          expect(withoutTiming(point.result)).toEqual(withoutTiming(single));
        }
      }),
      propertySettings(40),
    );
  });

  it('should give single-solve results along the TRIPP capacity of the Caspian 2030 model', async () => {
    const caspian = loadModel('caspian-2030');
    const values = [0, 2e6, 5e6, 10e6];
    const outcome = await sweep(caspian, 'links.tripp-meghri.capacity', values, solve);
    if (!outcome.ok) throw new Error('sweep failed');
    for (const [i, point] of outcome.sweep.points.entries()) {
      expect(withoutTiming(point.result)).toEqual(withoutTiming(await solve(setParameter(caspian, 'links.tripp-meghri.capacity', values[i]!))));
    }
  });

  it('should give stacked shares (corridors + other) that sum to 1 wherever anything is served', async () => {
    // Only where no route can cross two gates: the spec lets shares double count otherwise.
    const cutGates = scenarioArbitrary({ nodes: { min: 2, max: 5 }, backwardLinks: false });
    await fc.assert(
      fc.asyncProperty(cutGates, async (scenario: Scenario) => {
        const result = await solve(scenario);
        if (result.status !== 'optimal' || result.served <= 0) return;
        expect(closeTo(shareSum(sharesOf(result)), 1, 1e-6)).toBe(true);
      }),
      propertySettings(60),
    );
  });

  it('should give shares summing to 1 at every point of a sweep of the model files', async () => {
    for (const [name, path, values] of [
      ['teaching-two-routes', 'links.sea-leg.capacity', [0, 30, 60, 100, 150]],
      ['teaching-share-cap', 'corridors.a.maxShare', [0.2, 0.5, 0.7, 1]],
      ['teaching-soft-demand', 'demands.goods.volume', [1, 50, 200, 1000]],
      ['caspian-2030', 'links.caspian-ferry.cost', [40, 89.41, 150]],
    ] as const) {
      const scenario = loadModel(name);
      const outcome = await sweep(scenario, path, values, solve);
      if (!outcome.ok) throw new Error(`${name}: ${outcome.errors.map((e) => e.message).join('; ')}`);
      for (const p of outcome.sweep.points) {
        if (p.result.status === 'optimal' && p.result.served > 0) {
          expect(closeTo(shareSum(sharesOf(p.result)), 1), `${name} at ${path} = ${p.value}`).toBe(true);
        }
      }
    }
  });

  it('should move the sea share, cost and marginal value of the two-route model as worked out by hand', async () => {
    // teaching-two-routes: 100 t from origin to market; the sea route costs
    // 10 + 10 = 20 USD/t but carries at most `capacity`, the land route 15 + 15 = 30.
    // So sea share = min(cap, 100)/100, objective = 3000 − 10·min(cap, 100), and one
    // more tonne of sea capacity saves 10 USD while it binds (cap < 100).
    const scenario = loadModel('teaching-two-routes');
    const values = [0, 25, 60, 99, 150];
    const outcome = await sweep(scenario, 'links.sea-leg.capacity', values, solve);
    if (!outcome.ok) throw new Error('sweep failed');
    const points = outcome.sweep.points;
    expect(points.map((p) => p.result.corridors.find((c) => c.id === 'sea')!.share)).toEqual([0, 0.25, 0.6, 0.99, 1].map((v) => expect.closeTo(v, 9)));
    expect(points.map((p) => p.result.objective)).toEqual([3000, 2750, 2400, 2010, 2000].map((v) => expect.closeTo(v, 6)));
    expect(points.map((p) => p.result.links.find((l) => l.id === 'sea-leg')!.marginalValue)).toEqual([10, 10, 10, 10, 0].map((v) => expect.closeTo(v, 6)));
    // The capacity stops binding between 99 and 150: the only regime change.
    expect(regimeChanges(points.map((p) => p.result))).toEqual([4]);
  });
});
