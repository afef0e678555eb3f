import type { Project } from '../model/types';
import type { PlanInput } from './build-plan-mip';
import { capitalRecoveryFactor, DEFAULT_LIFE } from './capital-recovery-factor';
import { solvePlan, type CoreOutcome, type PlanClock, type PlanLpSolvers } from './plan-core';
import { withProject } from './plan-input';
import type { ResolvedHorizon } from './resolve-horizon';
import type { ProjectAppraisal } from './types';

type Input = PlanInput & { readonly horizon: ResolvedHorizon };

/** What the appraisal of one project needs from the plan. */
export interface PlannedProject {
  readonly p: number;
  readonly opens: number | null;
  /** y(p,t) in the plan. */
  readonly fractions: readonly number[];
}

/** A what-if plan's objective: a number, null when it is infeasible; `expired` when the time ran out. */
type WhatIf = { readonly objective: number | null } | { readonly expired: true; readonly message: string };

/** Solves the plan with project p replaced; the objective or null (infeasible). */
function whatIf(input: Input, p: number, project: Project, solvers: PlanLpSolvers, gap: number, clock: PlanClock): WhatIf {
  const outcome: CoreOutcome = solvePlan(withProject(input, p, project), solvers, { gap, clock });
  if (outcome.kind === 'plan') return outcome.status === 'optimal' ? { objective: outcome.objective } : { expired: true, message: 'the time limit ran out during the appraisal' };
  if (outcome.kind === 'infeasible' || outcome.kind === 'unbounded') return { objective: null };
  if (outcome.kind === 'time-limit') return { expired: true, message: outcome.message };
  throw new Error(`appraisal of project "${project.id}": ${outcome.message}`);
}

/**
 * A project's `value` (spec: the objective with the project excluded,
 * `decision: "never"`, everything else re-optimised, minus the plan's; 0
 * for one not built; null when its exclusion leaves the plan infeasible) and,
 * for a built project, its appraisal:
 *
 * - pvCost = Σ_t W_t·K_p·y(p,t): its capital charge and opex over the years
 *   it is open;
 * - pvSavings = value + pvCost: how much every other cost falls with it (the
 *   one-year objectives and the other projects' costs, with vs without, each
 *   plan optimal), so that npv = pvSavings − pvCost = value;
 * - bcr = pvSavings / pvCost (null when pvCost is 0);
 * - breakEvenCapex: see `breakEvenCapex`.
 */
export function appraiseProject(
  input: Input,
  planned: PlannedProject,
  planObjective: number,
  solvers: PlanLpSolvers,
  gap: number,
  clock: PlanClock,
): { readonly value: number | null; readonly appraisal: ProjectAppraisal | null; readonly missing?: string } | { readonly expired: true; readonly message: string } {
  const { p, opens, fractions } = planned;
  const scheduled = input.projects[p]!;
  if (opens === null) return { value: 0, appraisal: null };
  const without = whatIf(input, p, { ...scheduled.project, decision: 'never' }, solvers, gap, clock);
  if ('expired' in without) return without;
  const value = without.objective === null ? null : without.objective - planObjective;
  let pvCost = 0;
  fractions.forEach((y, t) => (pvCost += input.weights[t]! * scheduled.yearlyCost * y));
  // Without the project no plan is feasible: its savings are no finite number of dollars, and there is no appraisal.
  if (value === null) return { value, appraisal: null };
  const breakEven = breakEvenCapex(input, p, without.objective, solvers, gap, clock);
  // Value, savings and NPV are known once the plan without it is: only the break-even capex is lost to the time limit.
  const cut = typeof breakEven === 'object' && breakEven !== null ? breakEven : null;
  const pvSavings = value + pvCost;
  return {
    value,
    appraisal: {
      id: scheduled.project.id,
      opens,
      pvCost,
      pvSavings,
      npv: pvSavings - pvCost,
      bcr: pvCost === 0 ? null : pvSavings / pvCost,
      breakEvenCapex: cut === null ? (breakEven as number | null) : null,
    },
    ...(cut === null ? {} : { missing: `break-even capex not computed: ${cut.message}` }),
  };
}

/** Relative tolerance of the break-even capex found by bisection (divisible projects). */
export const BREAK_EVEN_TOLERANCE = 1e-6;

/**
 * The highest capex at which the optimiser would still build project p
 * (null: at any capex, because it is forced or the plan is infeasible
 * without it).
 *
 * All or nothing: with p open from model year o on, the best plan costs
 * h_o + C·CRF·S_o at capex C, where h_o is that plan's objective at capex 0
 * and S_o = Σ_{t ≥ o} W_t; without p it costs f (independent of C). So p is
 * built as long as min_o (h_o + C·CRF·S_o) ≤ f, and the break-even capex is
 * exactly max_o (f − h_o) / (CRF·S_o): one plan per year p may open in.
 *
 * Divisible: the fraction built falls as capex rises, so bisection on C for
 * the last capex at which some fraction is built, to a relative tolerance of
 * `BREAK_EVEN_TOLERANCE`.
 */
function breakEvenCapex(
  input: Input,
  p: number,
  without: number | null,
  solvers: PlanLpSolvers,
  gap: number,
  clock: PlanClock,
): number | null | { readonly expired: true; readonly message: string } {
  const scheduled = input.projects[p]!;
  const project = scheduled.project;
  if ((project.decision ?? 'choose') === 'build' || without === null) return null;
  const crf = capitalRecoveryFactor(input.horizon.discountRate, project.life ?? DEFAULT_LIFE);
  if (!scheduled.integer) return bisectBreakEven(input, p, solvers, gap, clock);
  let best = -Infinity;
  for (let o = 0; o < input.years.length; o++) {
    if (scheduled.upper[o] === 0) continue;
    const fixed: Project = { ...project, capex: 0, decision: 'build', earliest: input.years[o]! };
    const opened = whatIf(input, p, fixed, solvers, gap, clock);
    if ('expired' in opened) return opened;
    if (opened.objective === null) continue;
    let weight = 0;
    for (let t = o; t < input.years.length; t++) weight += input.weights[t]!;
    best = Math.max(best, (without - opened.objective) / (crf * weight));
  }
  return best === -Infinity ? null : best;
}

function bisectBreakEven(input: Input, p: number, solvers: PlanLpSolvers, gap: number, clock: PlanClock): number | null | { readonly expired: true; readonly message: string } {
  const project = input.projects[p]!.project;
  const built = (capex: number): boolean | { readonly expired: true; readonly message: string } => {
    const outcome = solvePlan(withProject(input, p, { ...project, capex }), solvers, { gap, clock });
    if (outcome.kind === 'plan') return outcome.status === 'optimal' ? outcome.fractions[p]!.some((y) => y > 0) : { expired: true, message: 'the time limit ran out during the appraisal' };
    if (outcome.kind === 'time-limit') return { expired: true, message: outcome.message };
    return false;
  };
  let low = project.capex ?? 0;
  let high = Math.max(2 * low, 1);
  for (let doubling = 0; ; doubling++) {
    const at = built(high);
    if (typeof at === 'object') return at;
    if (!at) break;
    if (doubling > 200) return null; // built at any capex a double can hold
    low = high;
    high *= 2;
  }
  while (high - low > BREAK_EVEN_TOLERANCE * high) {
    const middle = (low + high) / 2;
    const at = built(middle);
    if (typeof at === 'object') return at;
    if (at) low = middle;
    else high = middle;
  }
  return low;
}
