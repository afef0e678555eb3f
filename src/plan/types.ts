/**
 * The plan's result and options (spec: "The planning problem `plan`"): the
 * contract between the planning engine, the worker, the CLI and the Plan
 * view. Extend compatibly (new optional fields); never change a field's
 * meaning.
 */
import type { Result, SolverInfo } from '../model/types';

/** `time-limit`: stopped at the caller's limit; the incumbent (if any) is reported with its gap. */
export type PlanStatus = 'optimal' | 'infeasible' | 'unbounded' | 'time-limit' | 'error';

/** One model year of the plan. */
export interface PlanYear {
  readonly year: number;
  /** Σ over the calendar years it stands for of (1+r)^−(y − base). */
  readonly weight: number;
  /** The one-year result with the plan's projects fixed (duals from that LP). */
  readonly result: Result;
}

/** One project's place in the plan. */
export interface PlanProject {
  readonly id: string;
  /** First model year with y > 0; null when never opened. */
  readonly opens: number | null;
  /** y in the last model year, 0…1. */
  readonly fraction: number;
  /** Extension: y in each model year, in the order of `PlanResult.years` (absent when there is no plan). */
  readonly fractions?: readonly number[];
  /**
   * USD (present value): how much the objective rises if this project is
   * excluded and everything else re-optimised; 0 for a project not built;
   * null when excluding it leaves the plan infeasible, or when it could not
   * be computed (then `missing` says why).
   */
  readonly value: number | null;
  /**
   * Extension: which of this project's figures (its `value`, its appraisal
   * row or the row's break-even capex) could not be computed, and why (e.g.
   * the time limit ran out during the appraisal); absent when all were.
   * The plan itself is unaffected: its status is that of its own solve.
   */
  readonly missing?: string;
}

/** Appraisal figures of one built project (USD, present value at `base`). */
export interface ProjectAppraisal {
  readonly id: string;
  readonly opens: number | null;
  /** PV of its capital charge and opex over the years it is open in the plan. */
  readonly pvCost: number;
  /** PV of the fall in the one-year objectives it brings (with vs without, everything else re-optimised). */
  readonly pvSavings: number;
  /** pvSavings − pvCost. */
  readonly npv: number;
  /** pvSavings / pvCost; null when pvCost is 0. */
  readonly bcr: number | null;
  /** The highest capex at which the optimiser would still build it; null when unbounded or not computed. */
  readonly breakEvenCapex: number | null;
}

/** A demand that cannot be served in full in some model year. */
export interface PlanShortfall {
  readonly demand: string;
  readonly year: number;
  /** t/yr that cannot be served. */
  readonly unmet: number;
}

export interface PlanResult {
  readonly status: PlanStatus;
  /** USD, present value at `base`; 0 when there is no plan. */
  readonly objective: number;
  /** Relative MIP gap proven (0 for an LP); null when no bound is known. */
  readonly gap: number | null;
  readonly years: readonly PlanYear[];
  readonly projects: readonly PlanProject[];
  /** One entry per project built in the plan. */
  readonly appraisal: readonly ProjectAppraisal[];
  /** Only when not optimal: human-readable reasons. */
  readonly diagnosis?: readonly string[];
  readonly shortfalls?: readonly PlanShortfall[];
  readonly warnings?: readonly string[];
  readonly solver: SolverInfo;
}

export interface PlanOptions {
  /** Relative MIP gap to stop at; default 1e-6. */
  readonly gap?: number;
  /** Wall-clock limit of the whole plan, seconds; default none. */
  readonly timeLimitSeconds?: number;
  /** Default true: compute each project's `value` and the appraisal (more solves). */
  readonly appraise?: boolean;
}

/** Progress of a long plan, reported now and then. */
export interface PlanProgress {
  readonly phase: 'building' | 'relaxation' | 'branching' | 'appraisal' | 'done';
  /** Best plan found so far, USD PV; null before the first. */
  readonly incumbent: number | null;
  /** Best bound proven so far; null before the relaxation. */
  readonly bound: number | null;
  /** Relative gap between them; null while either is unknown. */
  readonly gap: number | null;
  readonly elapsedMs: number;
  /** Extension: the step now running, with how many of its model years are done where it solves them one by one. */
  readonly step?: PlanStep;
  /**
   * Extension: the best plan so far in brief (which project opens when),
   * present from the first plan on, so a reader sees a plan seconds before
   * the search ends. A few numbers per project: cheap to send with every event.
   */
  readonly plan?: PlanSketch;
}

/** The best plan found so far, in brief: what a progress event carries (see `PlanProgress.plan`). */
export interface PlanSketch {
  /** USD, present value: the plan's objective (`PlanProgress.incumbent`). */
  readonly objective: number;
  /** The model years, in order (the `fractions` of each project follow them). */
  readonly years: readonly number[];
  /** Every project, in the scenario's order: its `id`, `opens`, `fraction` and `fractions` as `PlanProject` defines them. */
  readonly projects: readonly Pick<Required<PlanProject>, 'id' | 'opens' | 'fraction' | 'fractions'>[];
}

/**
 * A step of the plan's search (see `solvePlan`): `all-built` and
 * `none-built` price every project open as early as it may be, or only the
 * forced ones, year by year; `relaxation` solves the whole problem with
 * every y in [0, 1]; `rounded` prices the relaxation's y rounded up;
 * `branch-and-bound` is GLPK's, which reports nothing until it ends.
 */
export interface PlanStep {
  readonly name: 'all-built' | 'none-built' | 'relaxation' | 'rounded' | 'branch-and-bound';
  /** Model years solved so far in this step, of `years` (year-by-year steps only). */
  readonly yearsDone?: number;
  readonly years?: number;
}
