import type { Result, Scenario } from '../model/types';
import { buildLp } from './build-lp';
import { ownScaleViolation } from './own-scale-violation';
import { diagnoseInfeasible } from './diagnose-infeasible';
import { readResult } from './read-result';
import type { LpSolve } from './types';
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
    const build = buildLp(scenario, { reduce: options.reduce ?? true });
    const solution = lpSolve(build.lp, lpOptions);
    switch (solution.status) {
      case 'optimal':
        // An optimum of merged demands that misses a small one's own scale is no optimum: ask for the certificate.
        if (ownScaleViolation(build, solution.primal) !== null) return diagnoseInfeasible(scenario, lpSolve, lpOptions, solution.solver);
        return readResult(scenario, build, solution);
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
        return zeroResult(scenario, 'error', solution.solver, [`solver error: ${solution.message ?? 'no message'}`]);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return zeroResult(scenario, 'error', { name: 'unknown', version: '', ms: 0 }, [
      `solveScenario failed on scenario "${scenario.name}": ${message}`,
    ]);
  }
}
