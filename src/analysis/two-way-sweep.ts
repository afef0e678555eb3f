import type { ParameterChange } from '../model/parameter-path';
import { solveVariants } from './solve-variants';
import type { Result, Scenario } from '../model/types';
import type { SolveMany, SolveManyOptions } from './types';

export interface TwoWaySweep {
  /** The two parameter paths, rows first. */
  readonly parameters: readonly [string, string];
  readonly rowValues: readonly number[];
  readonly columnValues: readonly number[];
  /** grid[i][j]: the result with parameters[0] = rowValues[i], parameters[1] = columnValues[j]. */
  readonly grid: readonly (readonly Result[])[];
}

/**
 * Solves the scenario on every point of a grid of two parameters (for
 * example TRIPP capacity × Caspian ferry cost), as one batch so a worker
 * pool can share it out.
 */
export async function twoWaySweep(
  scenario: Scenario,
  rowPath: string,
  rowValues: readonly number[],
  columnPath: string,
  columnValues: readonly number[],
  solveMany: SolveMany,
  options?: SolveManyOptions,
): Promise<TwoWaySweep> {
  const changes: (readonly ParameterChange[])[] = [];
  for (const r of rowValues) {
    for (const c of columnValues) changes.push([{ path: rowPath, value: r }, { path: columnPath, value: c }]);
  }
  const flat = await solveVariants(solveMany, { base: scenario, changes }, options);
  const grid = rowValues.map((_, i) => flat.slice(i * columnValues.length, (i + 1) * columnValues.length));
  return { parameters: [rowPath, columnPath], rowValues, columnValues, grid };
}
