import { COLUMN_KIND, ROW_KIND, type LpBuild } from './lp-layout';
import { solveByColumns } from './column-generation';
import { solveByPaths, type PathSolveOptions } from './solve-by-paths';
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

/**
 * From this many flow columns up, `auto` generates paths (`solveByPaths`),
 * unless a corridor has a lower bound (see `pathsPay`). Measured in one
 * process, glpk.js, load average ~15 (docs/performance.md, "Path
 * generation"): on generated grids the path method took 0.1× the arc
 * method's time at 900 flow columns, 1.3× at 2,200 and 0.26× at 4,900, and
 * 0.03–0.07× from 12,000 up; below that both take milliseconds, times move
 * with the load, and the arc method, one solve, is the steadier. The small models
 * (at most 64 flow columns) stay with the arc method, their figures exactly
 * as before.
 */
export const PATHS_MIN_FLOW_COLUMNS = 4000;

/** The optimum of `build.lp` by the method asked for; every method gives an optimum of the same LP with its duals. */
export function solveByMethod(
  method: SolveMethod,
  build: LpBuild,
  lpSolve: LpSolve,
  options: PathSolveOptions = {},
): LpSolution {
  const lpOptions = options.timeLimitSeconds === undefined ? {} : { timeLimitSeconds: options.timeLimitSeconds };
  if (method === 'paths' || (method === 'auto' && pathsPay(build))) return solveByPaths(build, lpSolve, options);
  if (method === 'columns' || (method === 'auto' && flowColumns(build) >= COLUMNS_MIN_FLOW_COLUMNS)) {
    return solveByColumns(build, lpSolve, lpOptions);
  }
  return lpSolve(build.lp, lpOptions);
}

function flowColumns(build: LpBuild): number {
  const { columnKind } = build.layout;
  let count = 0;
  // Indexed, not for…of: run cold over every column, an array iterator allocates a result object per step.
  for (let j = 0; j < columnKind.length; j++) if (columnKind[j] === COLUMN_KIND.flow) count++;
  return count;
}

/**
 * Whether `auto` generates paths: a large LP and no corridor lower bound.
 * A lower bound (minFlow, minShare) may need a circulation through a gate,
 * which the path method finds as cycle columns one pricing pass at a time
 * (see solveByPaths); how fast that is on large LPs is not measured, so
 * they stay with the arc method.
 */
function pathsPay(build: LpBuild): boolean {
  const { lp, layout } = build;
  for (let i = 0; i < lp.numRows; i++) {
    const kind = layout.rowKind[i];
    if ((kind === ROW_KIND.corridorFlow || kind === ROW_KIND.corridorMinShare) && lp.rowLower[i]! > 0) return false;
  }
  return flowColumns(build) >= PATHS_MIN_FLOW_COLUMNS;
}
