import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { solveManySequential } from '../../../src/analysis/solve-many-sequential';
import { twoWaySweep } from '../../../src/analysis/two-way-sweep';
import type { SolveOne } from '../../../src/analysis/types';
import { setParameter } from '../../../src/model/parameter-path';
import { scenarioArbitrary } from '../../../src/testing/scenario-arbitrary';
import { propertySettings } from '../../support/property-settings';
import { chunkedSolveMany, inProcessSolve, loadModel, withoutTiming } from './analysis-support';

let solve: SolveOne;
beforeAll(async () => {
  solve = await inProcessSolve();
});

describe('twoWaySweep', () => {
  it('should give, at every grid point, the result of a single solve with both parameters set (generated scenarios)', async () => {
    const gridCase = scenarioArbitrary({ nodes: { min: 2, max: 5 }, demands: { min: 1, max: 2 } }).chain((scenario) => {
      const paths = [...scenario.links.map((l) => `links.${l.id}.capacity`), ...scenario.links.map((l) => `links.${l.id}.cost`)];
      return fc.record({
        scenario: fc.constant(scenario),
        rowPath: fc.constantFrom(...paths),
        columnPath: fc.constantFrom(...scenario.demands.map((d) => `demands.${d.id}.volume`), ...paths),
        rows: fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 3 }),
        columns: fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 3 }),
        chunk: fc.integer({ min: 1, max: 4 }),
      });
    });
    await fc.assert(
      fc.asyncProperty(gridCase, async ({ scenario, rowPath, rows, columnPath, columns, chunk }) => {
        const grid = await twoWaySweep(scenario, rowPath, rows, columnPath, columns, chunkedSolveMany(solve, chunk));
        expect(grid.parameters).toEqual([rowPath, columnPath]);
        expect(grid.grid).toHaveLength(rows.length);
        for (const [i, r] of rows.entries()) {
          expect(grid.grid[i]).toHaveLength(columns.length);
          for (const [j, c] of columns.entries()) {
            const single = await solve(setParameter(setParameter(scenario, rowPath, r), columnPath, c));
            expect(withoutTiming(grid.grid[i]![j]!)).toEqual(withoutTiming(single));
          }
        }
      }),
      propertySettings(25),
    );
  });

  it('should put rows first on the Caspian 2030 model (TRIPP capacity × Caspian ferry cost)', async () => {
    const caspian = loadModel('caspian-2030');
    const rows = [0, 5e6];
    const columns = [60, 89.41, 120];
    const grid = await twoWaySweep(caspian, 'links.tripp-meghri.capacity', rows, 'links.caspian-ferry.cost', columns, solveManySequential(solve));
    for (const [i, r] of rows.entries()) {
      for (const [j, c] of columns.entries()) {
        const single = await solve(setParameter(setParameter(caspian, 'links.tripp-meghri.capacity', r), 'links.caspian-ferry.cost', c));
        expect(withoutTiming(grid.grid[i]![j]!)).toEqual(withoutTiming(single));
      }
    }
  });
});
