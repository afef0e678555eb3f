import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { distribution, monteCarlo, monteCarloDraws, quantile } from '../../../src/analysis/monte-carlo';
import { solveManySequential } from '../../../src/analysis/solve-many-sequential';
import type { SolveOne } from '../../../src/analysis/types';
import { getParameter } from '../../../src/model/parameter-path';
import type { UncertainParameter } from '../../../src/model/types';
import { scenarioArbitrary } from '../../../src/testing/scenario-arbitrary';
import { propertySettings } from '../../support/property-settings';
import { chunkedSolveMany, inProcessSolve, loadModel, withoutTiming } from './analysis-support';

let solve: SolveOne;
beforeAll(async () => {
  solve = await inProcessSolve();
});

/** Ranges on the Caspian 2030 model around its own values (an economist's ±25 % on the crossing). */
const CASPIAN_VARY: readonly UncertainParameter[] = [
  { set: 'links.caspian-ferry.capacity', min: 2.4e6, mode: 3.2625e6, max: 4.5e6 },
  { set: 'links.caspian-ferry.cost', min: 70, mode: 89.41, max: 120 },
  { set: 'links.kti-etrek-tehran.capacity', min: 4e6, mode: 8e6, max: 9e6 },
  { set: 'demands.containers-europe.volume', min: 3e6, mode: 4.2e6, max: 5.5e6 },
];

/** The numbers of a run that must not depend on timing. */
function numbers(mc: Awaited<ReturnType<typeof monteCarlo>>) {
  return { draws: mc.draws, shares: mc.shares, probabilityUsed: mc.probabilityUsed, objective: mc.objective, unmet: mc.unmet, notOptimal: mc.notOptimal };
}

describe('monteCarlo', () => {
  it('should give the same numbers twice with the same seed, however the batch is split (Caspian 2030)', async () => {
    const caspian = loadModel('caspian-2030');
    const options = { runs: 24, seed: 20261127, vary: CASPIAN_VARY };
    const first = await monteCarlo(caspian, solveManySequential(solve), options);
    const again = await monteCarlo(caspian, solveManySequential(solve), options);
    const chunked = await monteCarlo(caspian, chunkedSolveMany(solve, 5), options);
    expect(numbers(again)).toEqual(numbers(first));
    expect(numbers(chunked)).toEqual(numbers(first));
    expect(chunked.results.map(withoutTiming)).toEqual(first.results.map(withoutTiming));
    const other = await monteCarlo(caspian, solveManySequential(solve), { ...options, seed: 7 });
    expect(other.draws).not.toEqual(first.draws);
  });

  it('should draw every parameter within its range, one row of draws per run', () => {
    const draws = monteCarloDraws(CASPIAN_VARY, 500, 1);
    expect(draws).toHaveLength(500);
    for (const row of draws) {
      row.forEach((x, p) => {
        expect(x).toBeGreaterThanOrEqual(CASPIAN_VARY[p]!.min);
        expect(x).toBeLessThanOrEqual(CASPIAN_VARY[p]!.max);
      });
    }
  });

  it('should give the base result in every run when every range is degenerate at the current value (generated scenarios)', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArbitrary({ nodes: { min: 2, max: 5 } }), fc.integer(), async (scenario, seed) => {
        const paths = [...scenario.links.map((l) => `links.${l.id}.cost`), ...scenario.demands.map((d) => `demands.${d.id}.volume`)];
        const vary = paths.map((set) => {
          const value = getParameter(scenario, set)!;
          return { set, min: value, mode: value, max: value };
        });
        const mc = await monteCarlo(scenario, chunkedSolveMany(solve, 2), { runs: 4, seed, vary });
        const base = withoutTiming(await solve(scenario));
        for (const r of mc.results) expect(withoutTiming(r)).toEqual(base);
        if (base.status === 'optimal') {
          expect(mc.objective.min).toBe(base.objective);
          expect(mc.objective.max).toBe(base.objective);
        } else {
          expect(mc.notOptimal).toBe(4);
        }
      }),
      propertySettings(25),
    );
  });

  it('should summarise each corridor’s share over the runs', async () => {
    const caspian = loadModel('caspian-2030');
    const mc = await monteCarlo(caspian, solveManySequential(solve), { runs: 30, seed: 5, vary: CASPIAN_VARY });
    const optimal = mc.results.filter((r) => r.status === 'optimal');
    expect(mc.notOptimal).toBe(mc.results.length - optimal.length);
    for (const id of ['titr', 'tripp', 'iran', 'other']) {
      const values = optimal.map((r) => (id === 'other' ? r.other.share : r.corridors.find((c) => c.id === id)!.share));
      const d = mc.shares[id]!;
      expect(d).toEqual(distribution(values));
      expect(d.min).toBeLessThanOrEqual(d.p5);
      expect(d.p5).toBeLessThanOrEqual(d.median);
      expect(d.median).toBeLessThanOrEqual(d.p95);
      expect(d.p95).toBeLessThanOrEqual(d.max);
      expect(mc.probabilityUsed[id]).toBe(values.filter((v) => v > 1e-9).length / optimal.length);
    }
  });
});

describe('quantile and distribution', () => {
  it('should interpolate linearly between order statistics', () => {
    // Type 7: position (n − 1)·q; for [1, 2, 3, 4] and q = 0.5 that is 1.5 → 2.5.
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0)).toBe(1);
    expect(quantile([1, 2, 3, 4], 1)).toBe(4);
    // Position 0.05 × 20 = 1 on 0..20: exactly the second value.
    expect(quantile(Array.from({ length: 21 }, (_, i) => i), 0.05)).toBe(1);
  });

  it('should summarise values in any order the same way, and nothing as NaN', () => {
    expect(distribution([3, 1, 2])).toEqual({ median: 2, p5: 1.1, p95: 2.9, mean: 2, min: 1, max: 3 });
    expect(distribution([])).toEqual({ median: Number.NaN, p5: Number.NaN, p95: Number.NaN, mean: Number.NaN, min: Number.NaN, max: Number.NaN });
  });
});
