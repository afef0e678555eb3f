import { COLUMN_KIND, type LpBuild } from './lp-layout';
import { solveByColumns } from './column-generation';
import { solveByPaths } from './solve-by-paths';
import type { LpSolution, LpSolve } from './types';

/**
 * How the arc LP is solved: all at once (`arc`), by generating its arc columns (`columns`), by generating
 * paths over a master of the coupling rows alone (`paths`, `solveByPaths`), or chosen by size (`auto`).
 */
export type SolveMethod = 'arc' | 'columns' | 'paths' | 'auto';

/** Every method, for parsing and help texts. */
export const SOLVE_METHODS: readonly SolveMethod[] = ['arc', 'columns', 'paths', 'auto'];

/**
 * From this many flow columns up, `auto` generates columns. Infinity until a
 * benchmark on a quiet machine shows where generation starts to win (see
 * docs/performance.md): without a warm start every round re-solves the
 * master from scratch.
 */
export const COLUMNS_MIN_FLOW_COLUMNS = Number.POSITIVE_INFINITY;

/** The optimum of `build.lp` by the method asked for; every method gives an optimum of the same LP with its duals. */
export function solveByMethod(
  method: SolveMethod,
  build: LpBuild,
  lpSolve: LpSolve,
  options: { readonly timeLimitSeconds?: number } = {},
): LpSolution {
  if (method === 'paths') return solveByPaths(build, lpSolve, options);
  if (method === 'columns' || (method === 'auto' && flowColumns(build) >= COLUMNS_MIN_FLOW_COLUMNS)) {
    return solveByColumns(build, lpSolve, options);
  }
  return lpSolve(build.lp, options);
}

function flowColumns(build: LpBuild): number {
  let count = 0;
  for (const kind of build.layout.columnKind) if (kind === COLUMN_KIND.flow) count++;
  return count;
}
