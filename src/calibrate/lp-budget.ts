import type { LpProblem, LpSolution, LpSolve } from '../lp';

/**
 * Every LP of one calibration, under one wall-clock limit: each solve gets
 * the time that is left, and a solve that finds the limit passed says so
 * (`expired`), so the calibration can stop with status `time-limit`.
 */
export class LpBudget {
  private readonly deadline: number | undefined;
  private solverName = { name: 'glpk.js', version: '' };
  private readonly started = performance.now();

  constructor(
    private readonly lpSolve: LpSolve,
    timeLimitSeconds: number | undefined,
  ) {
    this.deadline = timeLimitSeconds === undefined ? undefined : this.started + timeLimitSeconds * 1000;
  }

  /** Seconds left, or undefined with no limit. */
  secondsLeft(): number | undefined {
    return this.deadline === undefined ? undefined : Math.max(0, (this.deadline - performance.now()) / 1000);
  }

  expired(): boolean {
    return this.deadline !== undefined && performance.now() >= this.deadline;
  }

  solve(lp: LpProblem): LpSolution {
    const left = this.secondsLeft();
    const solution = this.lpSolve(lp, left === undefined ? {} : { timeLimitSeconds: Math.max(0.001, left) });
    this.solverName = { name: solution.solver.name, version: solution.solver.version };
    return solution;
  }

  /** The solver's name and version (from the last LP) and the whole calibration's time, ms. */
  info(): { readonly name: string; readonly version: string; readonly ms: number } {
    return { ...this.solverName, ms: performance.now() - this.started };
  }
}
