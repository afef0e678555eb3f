import type { MipProblem, MipSolve } from '../lp/mip-types';
import type { LpSolve } from '../lp/types';
import type { PlanProgress } from './types';
import { buildPlanMip, type PlanInput, type PlanMipLayout } from './build-plan-mip';

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
 * Solves the planning problem: the relaxation first (a bound, and the answer
 * when every project is divisible or its y come out whole), then a first
 * plan by rounding every y of the relaxation up (always feasible: more
 * capacity only relaxes the rows, and rounding up keeps y monotone and
 * within its bounds), then glpk.js's branch and bound within what is left of
 * the time. The better of the two plans is kept; its gap is proven against
 * the relaxation's bound when GLPK does not prove the asked one.
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
  const { mip, layout } = buildPlanMip(input);

  const relaxation = solvers.solveLp(mip, limit(clock));
  if (relaxation.status !== 'optimal') return failed(relaxation.status, relaxation.message, clock);
  const bound = relaxation.objective + mip.objectiveConstant;
  report('relaxation', null, bound);
  const relaxed = readFractions(input, layout, relaxation.primal, false);
  if (isWhole(input, relaxed)) {
    return { kind: 'plan', status: 'optimal', objective: bound, bound, gap: 0, fractions: readFractions(input, layout, relaxation.primal, true) };
  }

  const rounded = fixWholeProjects(mip, layout, input, relaxed.map((row) => row.map((y) => (y > INTEGRALITY ? 1 : 0))));
  const first = solvers.solveLp(rounded, limit(clock));
  if (first.status !== 'optimal') return failed(first.status, first.message, clock);
  let best = { objective: first.objective + mip.objectiveConstant, primal: first.primal };
  report('branching', best.objective, bound);
  if (clock.expired()) return planOf('time-limit', best, bound, relativeGap(best.objective, bound));

  const branched = solvers.solveMip(mip, { gap, ...limit(clock) });
  if (branched.feasible && branched.objective < best.objective) best = { objective: branched.objective, primal: branched.primal };
  switch (branched.status) {
    case 'optimal':
      return planOf('optimal', best, bound, Math.min(gap, relativeGap(best.objective, bound)));
    case 'time-limit':
      return planOf('time-limit', best, bound, relativeGap(best.objective, bound));
    default:
      return { kind: 'error', message: `the branch and bound ended with status ${branched.status}${branched.message ? `: ${branched.message}` : ''}` };
  }

  function planOf(status: 'optimal' | 'time-limit', plan: { objective: number; primal: Float64Array }, lower: number, proven: number): CoreOutcome {
    return { kind: 'plan', status, objective: plan.objective, bound: lower, gap: Math.max(0, proven), fractions: readFractions(input, layout, plan.primal, true) };
  }
}

function limit(clock: PlanClock): { timeLimitSeconds?: number } {
  const left = clock.remaining();
  return left === undefined ? {} : { timeLimitSeconds: Math.max(0.001, left) };
}

function failed(status: string, message: string | undefined, clock: PlanClock): CoreOutcome {
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
