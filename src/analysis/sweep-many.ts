import type { Scenario } from '../model/types';
import type { SweepOutcome } from './sweep';
import { sweepVariants } from './sweep-variants';
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
  const checked = sweepVariants(scenario, path, values);
  if (!checked.ok) return checked;
  const results = await solveMany(checked.variants, options);
  return { ok: true, sweep: { parameter: path, points: results.map((result, i) => ({ value: values[i]!, result })) } };
}
