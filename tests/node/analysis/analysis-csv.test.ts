import { describe, expect, it } from 'vitest';
import { sensitivity } from '../../../src/analysis/sensitivity';
import { twoWaySweep } from '../../../src/analysis/two-way-sweep';
import { solveManySequential } from '../../../src/analysis/solve-many-sequential';
import { formatSensitivityCsv } from '../../../src/analysis/format-sensitivity-csv';
import { formatTwoWayCsv } from '../../../src/analysis/format-two-way-csv';
import { inProcessSolve, loadModel } from './analysis-support';

/** Splits CSV text (no quoted cells here: ids and numbers only) into rows of cells. */
function cells(csv: string): string[][] {
  return csv.trimEnd().split('\n').map((line) => line.split(','));
}

describe('formatSensitivityCsv', () => {
  it('should write one row per number moved, in the tornado`s order, with named columns in their units', async () => {
    const scenario = loadModel('teaching-two-routes');
    const analysis = await sensitivity(scenario, solveManySequential(await inProcessSolve()), { relative: 0.1 });
    const rows = cells(formatSensitivityCsv(analysis));
    const header = rows[0]!;
    expect(header.slice(0, 8)).toEqual(['path', 'baseValue', 'lowValue', 'highValue', 'lowStatus', 'highStatus', 'costChangeLow (USD/yr)', 'costChangeHigh (USD/yr)']);
    expect(header).toContain('shareChangeLow other (fraction)');
    expect(rows.slice(1).map((r) => r[0])).toEqual(analysis.entries.map((e) => e.path));
    const first = analysis.entries[0]!;
    // Figures rounded by the one CSV rule (ten significant digits): the cost change reads back to the figure.
    expect(Number(rows[1]![6])).toBeCloseTo(first.objectiveDelta[0] ?? Number.NaN, 3);
    expect(Number(rows[1]![2])).toBe(Number(first.lowValue.toPrecision(10)));
  });
});

describe('formatTwoWayCsv', () => {
  it('should write one row per grid point, rows outer, with both parameters named by their paths', async () => {
    const scenario = loadModel('teaching-two-routes');
    const link = scenario.links.find((l) => l.capacity !== undefined)!;
    const rowPath = `links.${link.id}.capacity`;
    const columnPath = `demands.${scenario.demands[0]!.id}.volume`;
    const grid = await twoWaySweep(scenario, rowPath, [10, 20], columnPath, [50, 100, 150], solveManySequential(await inProcessSolve()));
    const rows = cells(formatTwoWayCsv(grid));
    expect(rows[0]!.slice(0, 6)).toEqual([rowPath, columnPath, 'status', 'objective (USD/yr)', 'served (t/yr)', 'unmet (t/yr)']);
    expect(rows[0]!.at(-1)).toBe('other (share)');
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['10', '50'],
      ['10', '100'],
      ['10', '150'],
      ['20', '50'],
      ['20', '100'],
      ['20', '150'],
    ]);
    expect(rows.slice(1).every((r) => r.length === rows[0]!.length)).toBe(true);
    expect(Number(rows[1]![3])).toBeCloseTo(grid.grid[0]![0]!.objective, 3);
  });
});
