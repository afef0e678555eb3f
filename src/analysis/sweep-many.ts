import type { Scenario } from '../model/types';
import type { SweepOutcome } from './sweep';
import { sweepChanges } from './sweep-variants';
import { solveVariants } from './solve-variants';
import type { SolveMany, SolveManyOptions } from './types';

/**
 * `sweep` as one batch: the same validation and the same points, solved by
 * `solveMany` (the app passes its worker pool, which shares the values out
 * between workers and returns the results in value order). Cancelling
 * through `options.signal` rejects, as `SolveMany` does; progress comes
 * through `options.onProgress`.
 */
export async function sweepMany(
  scenario: Scenario,
  path: string,
  values: readonly number[],
  solveMany: SolveMany,
  options: SolveManyOptions = {},
): Promise<SweepOutcome> {
  const checked = sweepChanges(scenario, path, values);
  if (!checked.ok) return checked;
  const results = await solveVariants(solveMany, { base: scenario, changes: checked.changes }, options);
  return { ok: true, sweep: { parameter: path, points: results.map((result, i) => ({ value: values[i]!, result })) } };
}
