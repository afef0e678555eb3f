import type { GLPK } from 'glpk.js/node';
import type { DirectSolve, GlpkProblem } from './glpk-problem';
import type { LpProblem, LpSolution } from '../lp/types';
import { scaleLp, unscaleSolution, type ScaledLp } from '../lp/scale-lp';

/**
 * The ways `glpkLpSolve` tries an LP with GLPK (scaled or as given, with or
 * without the presolver), and what it makes of them when none gives a
 * verified optimum.
 */

/** One way of solving: the LP scaled or as given, with or without GLPK's presolver. */
export interface Attempt {
  readonly scale: boolean;
  readonly presol: boolean;
}

/**
 * The ways tried in turn until one gives a verified optimum: first the
 * usual one, then the scaled LP with the presolver each way (the presolver
 * scales again and starts from another basis). An LP that needs scaling is
 * also tried as given, last: the scaled LP's tolerances can stumble where
 * the LP's own do not (a 1e8 t demand beside a 0.01 t one through a node of
 * capacity 1: both scaled ways said infeasible, the LP as given solved;
 * glpsol differential, FC_SEED=−88).
 */
export function attemptsFor(scale: boolean, presol: boolean): readonly Attempt[] {
  const scaledWays = [
    { scale: true, presol },
    { scale: true, presol: !presol },
  ];
  return scale ? [...scaledWays, { scale: false, presol }] : [{ scale: false, presol }, ...scaledWays];
}

/** What GLPK is asked to solve and with what: the answer of each way is written into `primal` and `dual`. */
export interface WaysSetup {
  readonly glpk: GLPK;
  readonly lp: LpProblem;
  /** The columns GLPK sees (1), the others left at their bound nearest 0. */
  readonly used: Uint8Array;
  /** The rows GLPK sees. */
  readonly rows: Int32Array;
  readonly solveWith: DirectSolve;
  /** Simplex iterations allowed to each GLPK call. */
  readonly iterationLimit: number;
  /** Wall-clock limit of all the ways together, seconds. */
  readonly timeLimit: number | undefined;
  readonly primal: Float64Array;
  readonly dual: Float64Array;
}

/** The ways of solving one LP, timed together from the moment this is made. */
export class GlpkWays {
  readonly started = performance.now();
  #scaled: ScaledLp | null = null;

  constructor(private readonly setup: WaysSetup) {}

  /** Seconds left of the time limit, or undefined without one. */
  remaining(): number | undefined {
    const { timeLimit } = this.setup;
    return timeLimit === undefined ? undefined : timeLimit - (performance.now() - this.started) / 1000;
  }

  /** Whether less than a tenth of the time limit is left. */
  outOfTime(): boolean {
    const left = this.remaining();
    return left !== undefined && left <= this.setup.timeLimit! * 0.1;
  }

  /**
   * One solve, scaled or not, with or without the presolver; the solution
   * is left in `primal`/`dual` in the LP's own units. After the presolver,
   * "undefined" means infeasible or unbounded (or out of time). The same
   * rows without costs cannot be unbounded, and the presolver settles them
   * fast: "undefined" again means infeasible. If they are feasible the LP is
   * unbounded (valid scenarios never are), or the presolver stumbled: only
   * then the simplex on the LP as given, which on a large LP takes many
   * times longer, says which.
   */
  attempt({ scale, presol }: Attempt): number {
    const { glpk, lp, used, rows, primal, dual } = this.setup;
    const problem: GlpkProblem = { lp: scale ? this.#scaledLp().lp : lp, used, rows };
    let status = this.#run(problem, true, presol);
    if (presol && status === glpk.GLP_UNDEF && !this.outOfTime()) {
      const feasibility = this.#run(problem, false, true);
      if (feasibility === glpk.GLP_UNDEF) {
        status = this.outOfTime() ? glpk.GLP_UNDEF : glpk.GLP_NOFEAS;
      } else if (!this.outOfTime()) {
        status = this.#run(problem, true, false);
      }
    }
    if (status === glpk.GLP_OPT) {
      if (scale) unscaleSolution(this.#scaledLp(), primal, dual);
      // Unused columns sit at their bound nearest 0.
      for (let j = 0; j < lp.numCols; j++) if (used[j] === 0) primal[j] = nearestToZero(lp.colLower[j]!, lp.colUpper[j]!);
    }
    return status;
  }

  /** The simplex sees the LP in units near 1 where its numbers are far from 1 (see `scaleLp`). */
  #scaledLp(): ScaledLp {
    return (this.#scaled ??= scaleLp(this.setup.lp));
  }

  /** GLPK's status of the problem (or of its rows alone), the primal and dual written when optimal. */
  #run(problem: GlpkProblem, withObjective: boolean, presol: boolean): number {
    const { glpk, primal, dual, solveWith, iterationLimit } = this.setup;
    const left = this.remaining();
    primal.fill(0);
    dual.fill(0);
    const limits = { itlim: iterationLimit, ...(left === undefined ? {} : { tmlim: Math.max(0.001, left) }) };
    return solveWith(problem, withObjective, { presol, msglev: glpk.GLP_MSG_OFF, ...limits }, primal, dual);
  }
}

/** How the ways tried ended: how many, how many said infeasible, gave an optimum that failed its check, hit the iteration limit; the last failed check and GLPK status. */
export interface WaysTally {
  ways: number;
  infeasibleWays: number;
  unverifiedWays: number;
  endlessWays: number;
  unverified: string | null;
  status: number;
}

/**
 * The answer when no way gave a verified optimum (nor "unbounded"): the time
 * limit, "infeasible" when every way that ended said so (an "optimum" that
 * breaks the LP's own rows proves nothing either way), else a numerical
 * failure saying how the ways disagreed.
 */
export function failedOutcome(glpk: GLPK, tally: WaysTally, ms: number, timeLimit: number | undefined, iterationLimit: number): { status: LpSolution['status']; message?: string } {
  const { ways, infeasibleWays, unverifiedWays, endlessWays, unverified, status } = tally;
  if (timeLimit !== undefined && ms >= timeLimit * 1000 * 0.9) {
    return { status: 'time-limit', message: `GLPK stopped at the time limit of ${timeLimit} s without a verified optimum (status ${statusName(glpk, status)})` };
  }
  if (infeasibleWays > 0 && infeasibleWays + unverifiedWays === ways) return { status: 'infeasible' };
  if (unverified !== null && infeasibleWays === 0) {
    return { status: 'error', message: `numerical failure: GLPK's optimum does not hold up in the LP's own units (${unverified}), however it is solved` };
  }
  if (infeasibleWays > 0) {
    return { status: 'error', message: `numerical failure: GLPK found no feasible solution one way and ended with status ${statusName(glpk, status)} another` };
  }
  if (endlessWays > 0) {
    return { status: 'error', message: `numerical failure: GLPK's simplex did not end within ${iterationLimit} iterations, however it is solved` };
  }
  return { status: 'error', message: `GLPK ended without an optimal solution (status ${statusName(glpk, status)})` };
}

/** A column's value when GLPK does not see it: its bound nearest 0. */
export function nearestToZero(lower: number, upper: number): number {
  return lower > 0 ? lower : upper < 0 ? upper : 0;
}

function statusName(glpk: GLPK, status: number): string {
  const names: [number, string][] = [
    [glpk.GLP_UNDEF, 'undefined'],
    [glpk.GLP_FEAS, 'feasible'],
    [glpk.GLP_INFEAS, 'infeasible'],
    [glpk.GLP_NOFEAS, 'no feasible solution'],
    [glpk.GLP_OPT, 'optimal'],
    [glpk.GLP_UNBND, 'unbounded'],
  ];
  return names.find(([code]) => code === status)?.[1] ?? String(status);
}
