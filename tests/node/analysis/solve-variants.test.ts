import { beforeAll, describe, expect, it } from 'vitest';
import { monteCarlo } from '../../../src/analysis/monte-carlo';
import { sensitivity } from '../../../src/analysis/sensitivity';
import { solveManySequential } from '../../../src/analysis/solve-many-sequential';
import { solveVariants } from '../../../src/analysis/solve-variants';
import { linspace, sweep } from '../../../src/analysis/sweep';
import { sweepMany } from '../../../src/analysis/sweep-many';
import { twoWaySweep } from '../../../src/analysis/two-way-sweep';
import type { SolveOne } from '../../../src/analysis/types';
import { setParameter } from '../../../src/model/parameter-path';
import { inProcessSolve, loadModel, variantSolveMany, withoutTiming } from './analysis-support';

let solve: SolveOne;
beforeAll(async () => {
  solve = await inProcessSolve();
});

const untimed = (results: readonly Parameters<typeof withoutTiming>[0][]) => results.map(withoutTiming);

describe('solveVariants (variants of one base, for a batch solver that takes them as changes)', () => {
  it('should solve each variant as the base with its changes applied in order, later changes winning', async () => {
    const caspian = loadModel('caspian-2030');
    const changes = [
      [],
      [{ path: 'links.tripp-meghri.capacity', value: 2_000_000 }],
      [
        { path: 'links.caspian-ferry.cost', value: 60 },
        { path: 'links.caspian-ferry.cost', value: 140 },
      ],
    ];
    const expected = [
      await solve(caspian),
      await solve(setParameter(caspian, 'links.tripp-meghri.capacity', 2_000_000)),
      await solve(setParameter(caspian, 'links.caspian-ferry.cost', 140)),
    ];

    const viaVariants = variantSolveMany(solve, 2);
    const plain = solveManySequential(solve);

    expect(untimed(await solveVariants(viaVariants, { base: caspian, changes }))).toEqual(untimed(expected));
    expect(viaVariants.calls).toEqual(['variants']);
    // A batch solver without `variants` is handed the built scenarios instead.
    expect(untimed(await solveVariants(plain, { base: caspian, changes }))).toEqual(untimed(expected));
  });

  it('should throw what setParameter throws for an unknown path or a value that is not finite, before solving anything', async () => {
    const caspian = loadModel('caspian-2030');
    const viaVariants = variantSolveMany(solve, 2);

    expect(() => solveVariants(viaVariants, { base: caspian, changes: [[], [{ path: 'links.nowhere.capacity', value: 1 }]] })).toThrow(
      /setParameter: unknown parameter path "links\.nowhere\.capacity"/,
    );
    expect(() => solveVariants(viaVariants, { base: caspian, changes: [[{ path: 'links.caspian-ferry.cost', value: 5 }], [{ path: 'links.caspian-ferry.cost', value: Number.NaN }]] })).toThrow(
      /setParameter: expected a finite number for "links\.caspian-ferry\.cost", got NaN/,
    );
    expect(viaVariants.calls).toEqual([]);
  });
});

describe('the analyses on a batch solver with variants (the app\'s worker pool) give what they give on plain scenarios', () => {
  it('sweepMany', async () => {
    const caspian = loadModel('caspian-2030');
    const values = linspace(0, 6_000_000, 7);
    const viaVariants = variantSolveMany(solve, 3);

    const one = await sweep(caspian, 'links.tripp-meghri.capacity', values, solve);
    const many = await sweepMany(caspian, 'links.tripp-meghri.capacity', values, viaVariants);

    if (!one.ok || !many.ok) throw new Error('both sweeps should run');
    expect(viaVariants.calls).toEqual(['variants']);
    expect(many.sweep.points.map((p) => ({ value: p.value, result: withoutTiming(p.result) }))).toEqual(
      one.sweep.points.map((p) => ({ value: p.value, result: withoutTiming(p.result) })),
    );
  });

  it('sweepMany refusing a bad range without solving', async () => {
    const viaVariants = variantSolveMany(solve, 3);
    const outcome = await sweepMany(loadModel('caspian-2030'), 'links.tripp-meghri.capacity', [-5, 0, 5], viaVariants);
    expect(outcome.ok).toBe(false);
    expect(viaVariants.calls).toEqual([]);
  });

  it('twoWaySweep', async () => {
    const caspian = loadModel('caspian-2030');
    const viaVariants = variantSolveMany(solve, 4);
    const args = [caspian, 'links.tripp-meghri.capacity', [0, 1e6, 3e6], 'links.caspian-ferry.cost', [60, 90, 150]] as const;

    const plain = await twoWaySweep(...args, solveManySequential(solve));
    const variants = await twoWaySweep(...args, viaVariants);

    expect(viaVariants.calls).toEqual(['variants']);
    expect(variants.grid.map(untimed)).toEqual(plain.grid.map(untimed));
  });

  it('sensitivity', async () => {
    const caspian = loadModel('caspian-2030');
    const viaVariants = variantSolveMany(solve, 5);

    const plain = await sensitivity(caspian, solveManySequential(solve), { relative: 0.2 });
    const variants = await sensitivity(caspian, viaVariants, { relative: 0.2 });

    expect(viaVariants.calls).toEqual(['variants']);
    expect({ ...variants, base: withoutTiming(variants.base) }).toEqual({ ...plain, base: withoutTiming(plain.base) });
  });

  it('monteCarlo', async () => {
    const caspian = loadModel('caspian-2030');
    const viaVariants = variantSolveMany(solve, 6);
    const options = {
      runs: 20,
      seed: 20261127,
      vary: [
        { set: 'links.caspian-ferry.capacity', min: 2.4e6, mode: 3.2625e6, max: 4.5e6 },
        { set: 'demands.containers-europe.volume', min: 3e6, mode: 4.2e6, max: 5.5e6 },
      ],
    };

    const plain = await monteCarlo(caspian, solveManySequential(solve), options);
    const variants = await monteCarlo(caspian, viaVariants, options);

    expect(viaVariants.calls).toEqual(['variants']);
    expect({ ...variants, results: untimed(variants.results) }).toEqual({ ...plain, results: untimed(plain.results) });
  });
});
