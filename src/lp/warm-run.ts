import { LayoutCache } from './layout-cache';
import { PathReuse } from './path-reuse';
import type { PathSolveOptions } from './solve-by-paths';
import type { LpSolve } from './types';

/**
 * A run of solves of one layout (a sweep's points, a plan's model years)
 * and what carries from one solve to the next: the LP solver (warm: from
 * the last solve's basis), the path method's kept columns (its masters
 * change shape every round, so no basis carries over: its paths do) with
 * the masters' own solver, and the indexed layout (the LP is indexed once,
 * only its numbers written per solve). Released together.
 */
export interface WarmRun {
  readonly solveLp: LpSolve;
  /** What the path method takes: the kept paths, and the masters' solver when there is one. */
  readonly paths: Pick<PathSolveOptions, 'masterLp' | 'pathReuse'>;
  readonly pathReuse: PathReuse;
  readonly layoutCache: LayoutCache;
  /** Frees the kept paths and layout, then whatever `release` was given. */
  readonly release: () => void;
}

/**
 * Composes a run from `solveLp` (warm or not), the masters' solver
 * `masterLp` (for example src/solver's `growingLp`) and `release`, which
 * frees what `solveLp` holds.
 */
export function warmRun(solveLp: LpSolve, options: { readonly masterLp?: PathSolveOptions['masterLp']; readonly release?: () => void } = {}): WarmRun {
  const pathReuse = new PathReuse();
  const layoutCache = new LayoutCache();
  return {
    solveLp,
    paths: options.masterLp === undefined ? { pathReuse } : { pathReuse, masterLp: options.masterLp },
    pathReuse,
    layoutCache,
    release: () => {
      pathReuse.clear();
      layoutCache.clear();
      options.release?.();
    },
  };
}
