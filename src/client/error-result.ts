import type { Result } from '../model/types';

/**
 * A `Result` with status `error` and `message` as its diagnosis: how a
 * failure travels as data (a crashed solve, a timed-out worker) so that a
 * batch keeps its other results and a caller needs no second code path.
 */
export function errorResult(message: string, ms = 0): Result {
  return {
    status: 'error',
    objective: 0,
    served: 0,
    unmet: 0,
    corridors: [],
    other: { flow: 0, share: 0 },
    links: [],
    nodes: [],
    demands: [],
    diagnosis: [message],
    solver: { name: 'glpk.js', version: 'unknown', ms },
  };
}
