import { beforeAll, describe, expect, it } from 'vitest';
import { linspace, sweep } from '../../../src/analysis/sweep';
import { sweepMany } from '../../../src/analysis/sweep-many';
import { formatSweepCsv } from '../../../src/analysis/sweep-csv';
import type { SolveOne } from '../../../src/analysis/types';
import { chunkedSolveMany, inProcessSolve, loadModel, withoutTiming } from './analysis-support';

let solve: SolveOne;
beforeAll(async () => {
  solve = await inProcessSolve();
});

describe('sweepMany (the app\'s sweep on a worker pool)', () => {
  it('should give the same points as the sequential sweep, however the batch is shared out', async () => {
    const scenario = loadModel('caspian-2030');
    const path = 'links.tripp-meghri.capacity';
    const values = linspace(0, 10_000_000, 9);

    const one = await sweep(scenario, path, values, solve);
    const many = await sweepMany(scenario, path, values, chunkedSolveMany(solve, 2));

    if (!one.ok || !many.ok) throw new Error('both sweeps should run');
    const points = (s: typeof one.sweep) => s.points.map((p) => ({ value: p.value, result: withoutTiming(p.result) }));
    expect(many.sweep.parameter).toBe(path);
    expect(points(many.sweep)).toEqual(points(one.sweep));
    // So `sweep --csv` and the app's Export CSV write the same bytes.
    expect(formatSweepCsv(many.sweep)).toBe(formatSweepCsv(one.sweep));
  });

  it('should refuse exactly what the sequential sweep refuses, before solving anything', async () => {
    const scenario = loadModel('caspian-2030');
    let solves = 0;
    const counting = chunkedSolveMany((s) => {
      solves++;
      return solve(s);
    }, 3);

    for (const [path, values] of [
      ['links.tripp-meghri.capacity', [-1, 5]],
      ['corridors.titr.maxShare', [0.5, 1.5]],
      ['links.nowhere.capacity', [1]],
    ] as const) {
      const one = await sweep(scenario, path, values, solve);
      const many = await sweepMany(scenario, path, values, counting);
      expect(many).toEqual(one);
      expect(many.ok).toBe(false);
    }
    expect(solves).toBe(0);
  });
});
