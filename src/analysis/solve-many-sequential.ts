import type { Result } from '../model/types';
import type { SolveMany, SolveOne } from './types';

/** A `SolveMany` that solves one scenario after another with `solve`. */
export function solveManySequential(solve: SolveOne): SolveMany {
  return async (scenarios, options = {}) => {
    const results: Result[] = [];
    for (const scenario of scenarios) {
      options.signal?.throwIfAborted();
      results.push(await solve(scenario));
      options.onProgress?.(results.length, scenarios.length);
    }
    return results;
  };
}
