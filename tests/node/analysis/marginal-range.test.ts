import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { marginalRanges, MARGINAL_RANGE_TOLERANCE, type MarginalRange } from '../../../src/analysis/marginal-range';
import { solveManySequential } from '../../../src/analysis/solve-many-sequential';
import type { SolveOne } from '../../../src/analysis/types';
import { setParameter } from '../../../src/model/parameter-path';
import type { Result, Scenario } from '../../../src/model/types';
import { scenarioArbitrary } from '../../../src/testing/scenario-arbitrary';
import { propertySettings } from '../../support/property-settings';
import { closeTo } from '../../support/tolerance';
import { inProcessSolve, loadModel } from './analysis-support';

const solve: SolveOne = await inProcessSolve();
const solveMany = solveManySequential(solve);

function marginalValueOf(result: Result, range: MarginalRange): number {
  return (range.kind === 'link' ? result.links : result.nodes).find((i) => i.id === range.id)!.marginalValue;
}

/**
 * What a range claims, checked by solving: inside it (a quarter of the way in from each end) the objective lies on
 * the line f(c₀) − λ₀ (c − c₀) and the marginal value is λ₀; just beyond a breakpoint the objective leaves the line.
 */
async function checkRange(scenario: Scenario, base: Result, range: MarginalRange): Promise<void> {
  const line = (c: number) => base.objective - range.marginalValue * (c - range.capacity);
  const inside = [range.capacity + (range.up.capacity - range.capacity) / 4, range.capacity - (range.capacity - range.down.capacity) / 4];
  for (const c of inside) {
    const r = await solve(setParameter(scenario, range.path, c));
    expect(r.status, `${range.path} = ${c}`).toBe('optimal');
    expect(closeTo(r.objective, line(c), 1e-7), `${range.path} = ${c}: ${r.objective} vs line ${line(c)}`).toBe(true);
  }
  for (const [end, sign] of [[range.up, 1], [range.down, -1]] as const) {
    if (end.kind !== 'breakpoint') continue;
    // Beyond a breakpoint the objective rises above the line (f is convex): by the slope change times the step, so
    // the step is long enough for that rise to clear the noise floor below (a calibration step's slope is 0.01 USD/t).
    const floor = 1e-7 * Math.max(1, Math.abs(base.objective));
    const slopeChange = Math.abs(range.marginalValue - (end.nextMarginalValue ?? 0));
    const step = Math.max(1, 0.05 * Math.abs(end.capacity - range.capacity), 1e-3 * range.capacity, slopeChange > 0 ? (2 * floor) / slopeChange : 0);
    const c = end.capacity + sign * step;
    if (c < 0) continue;
    const r = await solve(setParameter(scenario, range.path, c));
    if (r.status !== 'optimal') continue;
    expect(r.objective - line(c), `${range.path} beyond ${end.capacity}`).toBeGreaterThan(floor);
    expect(end.nextMarginalValue).not.toBeNull();
  }
}

describe('marginalRanges', () => {
  it('should find the range of a capacity on a two-route network, where the answer is known', async () => {
    // Known answer: 100 t/yr from a to b; the cheap route (cost 1) has capacity 40, the other (cost 3) capacity 1,000.
    // Each extra t/yr of the cheap link saves 3 − 1 = 2 USD until it carries all 100 t/yr: range [0, 100], then
    // it stops binding. Downwards, with capacity 0 everything goes the dear way: the value holds down to 0.
    const scenario: Scenario = {
      format: 'corridor-flow/scenario@1',
      name: 'two routes',
      nodes: [{ id: 'a' }, { id: 'b' }],
      links: [
        { id: 'cheap', from: 'a', to: 'b', cost: 1, capacity: 40 },
        { id: 'dear', from: 'a', to: 'b', cost: 3, capacity: 1000 },
      ],
      demands: [{ id: 'd', from: 'a', to: 'b', volume: 100 }],
    };
    const base = await solve(scenario);
    const [range, ...rest] = await marginalRanges(scenario, base, solveMany);
    expect(rest).toEqual([]);
    expect(range).toMatchObject({ kind: 'link', id: 'cheap', path: 'links.cheap.capacity', capacity: 40 });
    expect(closeTo(range!.marginalValue, 2)).toBe(true);
    expect(range!.up.kind).toBe('breakpoint');
    expect(closeTo(range!.up.capacity, 100, MARGINAL_RANGE_TOLERANCE * 10)).toBe(true);
    expect(range!.up.nextMarginalValue).toBeCloseTo(0, 9);
    expect(range!.up.stopBinding).toEqual(['link:cheap']);
    expect(range!.down).toMatchObject({ kind: 'zero', capacity: 0 });
  });

  it('should stop at the capacity below which the hard demand cannot be met', async () => {
    // Known answer: 100 t/yr hard demand; cheap (cost 1, cap 40) and dear (cost 3, cap 70) in parallel. The
    // cheap link's value is 3 − 1 = 2 USD/t up to c = 100 (then the dear link is empty), and down to c = 30,
    // below which the dear link's 70 t/yr cannot make up the rest: infeasible.
    const scenario: Scenario = {
      format: 'corridor-flow/scenario@1',
      name: 'infeasible below',
      nodes: [{ id: 'a' }, { id: 'b' }],
      links: [
        { id: 'cheap', from: 'a', to: 'b', cost: 1, capacity: 40 },
        { id: 'dear', from: 'a', to: 'b', cost: 3, capacity: 70 },
      ],
      demands: [{ id: 'd', from: 'a', to: 'b', volume: 100 }],
    };
    const base = await solve(scenario);
    const [range] = await marginalRanges(scenario, base, solveMany);
    expect(range!.down.kind).toBe('infeasible');
    expect(closeTo(range!.down.capacity, 30, 1e-5)).toBe(true);
    expect(closeTo(range!.up.capacity, 100, 1e-8)).toBe(true);
  });

  it('should give ranges that hold, and end where the marginal value changes, on every binding capacity of the Caspian models', async () => {
    // caspian-today.json is gone: the rebuilt models are the 2030 base, its one-year variants and the observed 2024.
    for (const name of ['caspian-2030', 'caspian-2024', 'caspian-2030-tripp-built', 'caspian-2030-iran-closed', 'caspian-2030-russia-closed', 'caspian-2030-both-closed']) {
      const scenario = loadModel(name);
      const base = await solve(scenario);
      const ranges = await marginalRanges(scenario, base, solveMany);
      expect(ranges.length, name).toBeGreaterThan(0);
      for (const range of ranges) {
        expect(range.down.capacity).toBeLessThanOrEqual(range.capacity);
        expect(range.up.capacity).toBeGreaterThanOrEqual(range.capacity);
        expect(range.up.kind, range.path).toBe('breakpoint');
        await checkRange(scenario, base, range);
      }
    }
  });

  it('should give ranges that hold on generated scenarios', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArbitrary(), async (scenario) => {
        const base = await solve(scenario);
        for (const range of await marginalRanges(scenario, base, solveMany)) {
          expect(marginalValueOf(base, range)).toBe(range.marginalValue);
          await checkRange(scenario, base, range);
        }
      }),
      propertySettings(40),
    );
  });

  it('should give nothing for a result that is not optimal', async () => {
    const scenario = loadModel('teaching-two-routes');
    const base = await solve(scenario);
    expect(await marginalRanges(scenario, { ...base, status: 'infeasible' }, solveMany)).toEqual([]);
  });
});
