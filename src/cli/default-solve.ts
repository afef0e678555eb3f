import type { SolveOne } from '../analysis/types';
import { inProcessHost } from './solver-host';

/**
 * The command line's solve function: glpk.js in this process, loaded on the
 * first solve, warm from one solve to the next (`inProcessHost`). Commands
 * take a `SolveOne` with this as the default, so tests can hand them another
 * (a broken solver, for `check`).
 */
export function defaultSolve(): SolveOne {
  const host = inProcessHost();
  return (scenario) => host.solve(scenario);
}
