import type { SolveOne } from '../analysis/types';
import { lazySolver } from './lazy-solver';

/**
 * The command line's solve function: glpk.js in this process, loaded on the
 * first solve. Commands take a `SolveOne` with this as the default, so tests
 * can hand them another (a broken solver, for `check`).
 */
export function defaultSolve(): SolveOne {
  const solver = lazySolver();
  return async (scenario) => (await solver()).solve(scenario);
}
