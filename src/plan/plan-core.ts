import type { MipProblem, MipSolve } from '../lp/mip-types';
import type { LpSolve } from '../lp/types';
import type { PlanProgress } from './types';
import { buildLp } from '../lp/build-lp';
import { buildPlanMip, type PlanInput, type PlanMipLayout } from './build-plan-mip';
import { withProjectCapacities } from './with-project-capacities';

/** The solvers a plan needs: the neutral LP and MIP solvers of src/solver (or any others). */
export interface PlanLpSolvers {
  readonly solveLp: LpSolve;
  readonly solveMip: MipSolve;
}

/** A clock with the plan's deadline. */
export interface PlanClock {
  readonly started: number;
  /** Seconds left; undefined: no limit. */
  readonly remaining: () => number | undefined;
  readonly expired: () => boolean;
}

export function planClock(timeLimitSeconds: number | undefined): PlanClock {
  const started = performance.now();
  const remaining = (): number | undefined => (timeLimitSeconds === undefined ? undefined : timeLimitSeconds - (performance.now() - started) / 1000);
  return { started, remaining, expired: () => (remaining() ?? 1) <= 0 };
}

/** What solving the planning problem once gives. */
export type CoreOutcome =
  | {
      readonly kind: 'plan';
      /** `time-limit`: the best plan found when the time ran out. */
      readonly status: 'optimal' | 'time-limit';
      /** USD, present value (the MIP's objective of this plan). */
      readonly objective: number;
      /** Best lower bound known (the relaxation's, or the objective itself when proven optimal by it). */
      readonly bound: number;
      readonly gap: number;
      /** y(p,t): `fractions[p][t]`. */
      readonly fractions: readonly (readonly number[])[];
    }
  | { readonly kind: 'infeasible' }
  | { readonly kind: 'unbounded' }
  | { readonly kind: 'time-limit'; readonly message: string }
  | { readonly kind: 'error'; readonly message: string };

/** y values this close to 0 or 1 are 0 or 1 (solver round-off). */
const INTEGRALITY = 1e-9;

/**
 * Solves the planning problem in steps, each giving a plan, a bound or both:
 *
 * 1. Every project open as early and as fully as it may be, each model year
 *    solved on its own (given the projects the years are independent): a
 *    feasible plan, and, with the projects' costs left out but those of the
 *    forced ones, a lower bound; a year infeasible even then makes the plan
 *    infeasible. On a large network this is the first plan with its gap,
 *    from a few one-year LPs rather than the whole multi-year one.
 * 2. The relaxation of the whole problem (every y in [0, 1]): a better
 *    bound, and the answer when every project is divisible or its y come
 *    out whole.
 * 3. The relaxation's y rounded up (always feasible: more capacity only
 *    relaxes the rows, and rounding up keeps y monotone and within bounds).
 * 4. glpk.js's branch and bound within what is left of the time.
 *
 * The best plan is kept; its gap is proven against the best bound when
 * GLPK does not prove the asked one. Any step that meets the asked gap ends
 * it; the time limit ends it with the best plan so far (`time-limit`).
 */
export function solvePlan(
  input: PlanInput,
  solvers: PlanLpSolvers,
  options: { readonly gap: number; readonly clock: PlanClock },
  onProgress?: (progress: PlanProgress) => void,
): CoreOutcome {
  const { clock, gap } = options;
  const report = (phase: PlanProgress['phase'], incumbent: number | null, bound: number | null): void =>
    onProgress?.({ phase, incumbent, bound, gap: incumbent !== null && bound !== null ? relativeGap(incumbent, bound) : null, elapsedMs: performance.now() - clock.started });
  report('building', null, null);

  const fullest = fullestPlan(input, solvers, clock);
  if (fullest.kind !== 'bounded') return fullest;
  let best: Incumbent = fullest.plan;
  let bound = fullest.bound;
  const done = (status: 'optimal' | 'time-limit', proven = relativeGap(best.objective, bound)): CoreOutcome => ({
    kind: 'plan',
    status,
    objective: best.objective,
    bound,
    gap: Math.max(0, proven),
    fractions: best.fractions,
  });
  report('relaxation', best.objective, bound);
  // A plan of divisible projects only is an LP, solved exactly below (its gap is 0); a MIP may stop here within the gap.
  const anyWhole = input.projects.some((p) => p.integer && p.lower.some((low, t) => low !== p.upper[t]));
  const firstGap = relativeGap(best.objective, bound);
  if (firstGap === 0 || (anyWhole && firstGap <= gap)) return done('optimal');
  if (clock.expired()) return done('time-limit');

  const { mip, layout } = buildPlanMip(input);
  const relaxation = solvers.solveLp(mip, limit(clock));
  if (relaxation.status !== 'optimal') return clock.expired() ? done('time-limit') : failed(relaxation.status, relaxation.message, clock);
  bound = Math.max(bound, relaxation.objective + mip.objectiveConstant);
  const relaxed = readFractions(input, layout, relaxation.primal, false);
  if (isWhole(input, relaxed)) {
    best = { objective: relaxation.objective + mip.objectiveConstant, fractions: readFractions(input, layout, relaxation.primal, true) };
    return done('optimal', 0);
  }
  report('relaxation', best.objective, bound);

  const rounded = fixWholeProjects(mip, layout, input, relaxed.map((row) => row.map((y) => (y > INTEGRALITY ? 1 : 0))));
  const first = solvers.solveLp(rounded, limit(clock));
  if (first.status === 'optimal') best = better(best, { objective: first.objective + mip.objectiveConstant, fractions: readFractions(input, layout, first.primal, true) });
  else if (!clock.expired()) return failed(first.status, first.message, clock);
  report('branching', best.objective, bound);
  if (relativeGap(best.objective, bound) <= gap) return done('optimal');
  if (clock.expired()) return done('time-limit');

  const branched = solvers.solveMip(mip, { gap, ...limit(clock) });
  if (branched.feasible) best = better(best, { objective: branched.objective, fractions: readFractions(input, layout, branched.primal, true) });
  switch (branched.status) {
    case 'optimal':
      return done('optimal', Math.min(gap, relativeGap(best.objective, bound)));
    case 'time-limit':
      return done('time-limit');
    default:
      return { kind: 'error', message: `the branch and bound ended with status ${branched.status}${branched.message ? `: ${branched.message}` : ''}` };
  }
}

/** A plan: its objective (USD, present value) and y(p,t). */
interface Incumbent {
  readonly objective: number;
  readonly fractions: readonly (readonly number[])[];
}

function better(a: Incumbent, b: Incumbent): Incumbent {
  return b.objective < a.objective ? b : a;
}

/**
 * Step 1 of `solvePlan`: every project at its upper bound, each model year
 * solved alone. Plan: Σ_t W_t·(L_t + Σ_p K_p·upper(p,t)); bound:
 * Σ_t W_t·(L_t + Σ_p K_p·lower(p,t)), since no plan has more capacity in
 * any year, and every plan pays at least its forced projects.
 */
function fullestPlan(
  input: PlanInput,
  solvers: PlanLpSolvers,
  clock: PlanClock,
): { readonly kind: 'bounded'; readonly plan: Incumbent; readonly bound: number } | Exclude<CoreOutcome, { kind: 'plan' }> {
  const projects = input.projects.map((p) => p.project);
  let objective = 0;
  let bound = 0;
  for (let t = 0; t < input.years.length; t++) {
    const { lp } = buildLp(withProjectCapacities(input.scenarios[t]!, projects, input.projects.map((p) => p.upper[t]!)));
    const solution = solvers.solveLp(lp, limit(clock));
    if (solution.status !== 'optimal') return failed(solution.status, solution.message, clock);
    const w = input.weights[t]!;
    const year = w * (solution.objective + lp.objectiveConstant);
    objective += year;
    bound += year;
    input.projects.forEach((p) => {
      objective += w * p.yearlyCost * p.upper[t]!;
      bound += w * p.yearlyCost * p.lower[t]!;
    });
  }
  return { kind: 'bounded', plan: { objective, fractions: input.projects.map((p) => [...p.upper]) }, bound };
}

function limit(clock: PlanClock): { timeLimitSeconds?: number } {
  const left = clock.remaining();
  return left === undefined ? {} : { timeLimitSeconds: Math.max(0.001, left) };
}

function failed(status: string, message: string | undefined, clock: PlanClock): Exclude<CoreOutcome, { kind: 'plan' }> {
  if (status === 'infeasible') return { kind: 'infeasible' };
  if (status === 'unbounded') return { kind: 'unbounded' };
  if (clock.expired()) return { kind: 'time-limit', message: message ?? 'the time limit ran out' };
  return { kind: 'error', message: message ?? `the solver ended with status ${status}` };
}

/** GLPK's relative gap, |incumbent − bound| / (|incumbent| + ε). */
export function relativeGap(incumbent: number, bound: number): number {
  return Math.abs(incumbent - bound) / (Math.abs(incumbent) + Number.EPSILON);
}

/** y(p,t) from a solution; `whole` rounds the all-or-nothing ones and clears round-off of the others. */
function readFractions(input: PlanInput, layout: PlanMipLayout, primal: Float64Array, whole: boolean): number[][] {
  return input.projects.map((scheduled, p) =>
    input.years.map((_, t) => {
      const y = primal[layout.projectColumn(p, t)]!;
      if (whole && scheduled.integer) return Math.round(y);
      return y < INTEGRALITY ? 0 : y > 1 - INTEGRALITY ? 1 : y;
    }),
  );
}

function isWhole(input: PlanInput, fractions: readonly (readonly number[])[]): boolean {
  return input.projects.every((scheduled, p) => !scheduled.integer || fractions[p]!.every((y) => y === 0 || y === 1));
}

/** The MIP as an LP with the y of every all-or-nothing project fixed at the given values (divisible ones stay free). */
function fixWholeProjects(mip: MipProblem, layout: PlanMipLayout, input: PlanInput, fractions: readonly (readonly number[])[]): MipProblem {
  const colLower = mip.colLower.slice();
  const colUpper = mip.colUpper.slice();
  input.projects.forEach((scheduled, p) =>
    input.years.forEach((_, t) => {
      if (!scheduled.integer) return;
      const j = layout.projectColumn(p, t);
      colLower[j] = colUpper[j] = fractions[p]![t]!;
    }),
  );
  return { ...mip, colLower, colUpper, integer: new Uint8Array(mip.numCols) };
}
