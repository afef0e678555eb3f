import type { Result, Scenario } from '../model/types';
import { buildLp } from './build-lp';
import type { SolveMethod } from './solve-by-method';
import type { PathReuse } from './path-reuse';
import type { PathSolveOptions } from './solve-by-paths';
import type { LayoutCache } from './layout-cache';
import type { PathProgress } from './path-progress';
import { diagnoseInfeasible } from './diagnose-infeasible';
import { readResult } from './read-result';
import { solveAtOwnScale } from './solve-at-own-scale';
import type { LpBuild } from './lp-layout';
import type { LpSolution, LpSolve } from './types';
import { zeroResult } from './zero-result';
import { withScratch } from './scratch';

export interface SolveScenarioOptions {
  /** Wall-clock limit of each LP solve, seconds. */
  readonly timeLimitSeconds?: number;
  /**
   * Default true: solve the smallest exact equivalent LP (see `buildLp`);
   * false solves the spec's formulation as written (same figures, for
   * benchmarks and cross-checks).
   */
  readonly reduce?: boolean;
  /** Default `auto`: how the LP is solved (`solveByMethod`); every method gives the arc LP's optimum. */
  readonly method?: SolveMethod;
  /** Paths kept across solves of one layout by the path method (a warm solver's; see `PathReuse`). */
  readonly pathReuse?: PathReuse;
  /** The path method's solver of growing masters (`PathSolveOptions.masterLp`). */
  readonly masterLp?: PathSolveOptions['masterLp'];
  /** The reduced build taken from the layout of earlier solves where it fits (a warm solver's; see `LayoutCache`). */
  readonly layoutCache?: LayoutCache;
  /** Told how a path-method solve goes (`PathSolveOptions.onProgress`); never called by the other methods. */
  readonly onProgress?: (progress: PathProgress) => void;
}

/**
 * Build, solve, read back: the scenario's Result. Outcomes are data: an
 * infeasible scenario comes back with a diagnosis from elastic re-solves
 * (see `diagnoseInfeasible`), an unbounded one or a solver failure with a
 * message; this never throws for a valid scenario (a bug comes back as an
 * `error` result naming this function).
 */
export function solveScenario(scenario: Scenario, lpSolve: LpSolve, options: SolveScenarioOptions = {}): Result {
  // The solve's typed arrays come from a few shared buffers (see scratch.ts).
  return withScratch(() => solveInScratch(scenario, lpSolve, options));
}

function solveInScratch(scenario: Scenario, lpSolve: LpSolve, options: SolveScenarioOptions): Result {
  const lpOptions = options.timeLimitSeconds === undefined ? {} : { timeLimitSeconds: options.timeLimitSeconds };
  try {
    const reduce = options.reduce ?? true;
    const build = reduce && options.layoutCache !== undefined ? options.layoutCache.build(scenario) : buildLp(scenario, { reduce });
    const { solution, violation } = solveAtOwnScale(build, lpSolve, pathOptions(lpOptions, options), options.method ?? 'auto');
    switch (solution.status) {
      case 'optimal':
        if (violation === null) return readResult(scenario, build, solution);
        return unmerged(scenario, build, solution, lpSolve, lpOptions);
      case 'infeasible':
        return diagnoseInfeasible(scenario, lpSolve, lpOptions, solution.solver);
      case 'time-limit':
        return zeroResult(scenario, 'time-limit', solution.solver, [
          `the solve stopped at its time limit of ${options.timeLimitSeconds ?? '?'} s before an optimum was found; no figures are claimed`,
        ]);
      case 'unbounded':
        return zeroResult(scenario, 'unbounded', solution.solver, [
          'the cost can fall without limit: some route or cycle has a negative cost and no capacity that limits it',
        ]);
      default:
        // A numerical failure says so first (docs/numerics.md), as the diagnosis's does.
        return zeroResult(scenario, 'error', solution.solver, [
          solution.message?.startsWith('numerical failure') === true ? solution.message : `solver error: ${solution.message ?? 'no message'}`,
        ]);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return zeroResult(scenario, 'error', { name: 'unknown', version: '', ms: 0 }, [
      `solveScenario failed on scenario "${scenario.name}": ${message}`,
    ]);
  }
}

/**
 * An optimum that misses some figure at its own scale (`ownScaleViolation`),
 * in the form the LP was built and in served form (`solveAtOwnScale`), is no
 * optimum. Where demands were merged into commodities, a small one shares
 * its rows with big ones, and GLPK's tolerances, relative to the rows,
 * cannot see it: the spec's formulation as written (one commodity per
 * demand) gives each demand rows of its own size, so it is solved once
 * more. An optimum that still misses goes to the diagnosis, which certifies
 * "infeasible" or says it is a numerical failure.
 */
function unmerged(scenario: Scenario, merged: LpBuild, first: LpSolution, lpSolve: LpSolve, lpOptions: { readonly timeLimitSeconds?: number }): Result {
  if (merged.layout.merged) {
    const build = buildLp(scenario, { reduce: false });
    const { solution: again, violation } = solveAtOwnScale(build, lpSolve, lpOptions);
    const solver = { ...again.solver, ms: first.solver.ms + again.solver.ms };
    if (again.status === 'optimal' && violation === null) return readResult(scenario, build, { ...again, solver });
    if (again.status === 'time-limit') return zeroResult(scenario, 'time-limit', solver, [again.message ?? 'the solve stopped at its time limit']);
    return diagnoseInfeasible(scenario, lpSolve, lpOptions, solver);
  }
  return diagnoseInfeasible(scenario, lpSolve, lpOptions, first.solver);
}

/** The path method's options among `options`: only those given (an absent one stays absent). */
function pathOptions(lpOptions: { readonly timeLimitSeconds?: number }, { pathReuse, masterLp, onProgress }: SolveScenarioOptions): PathSolveOptions {
  return {
    ...lpOptions,
    ...(pathReuse === undefined ? {} : { pathReuse }),
    ...(masterLp === undefined ? {} : { masterLp }),
    ...(onProgress === undefined ? {} : { onProgress }),
  };
}
