import type { MipSolve } from '../lp/mip-types';
import type { LpSolve } from '../lp/types';
import { solveScenario } from '../lp/solve-scenario';
import { formatPath } from '../model/format-path';
import { checkPlanning } from '../model/planning-schema';
import type { Result, Scenario, SolverInfo } from '../model/types';
import { appraiseProject } from './appraise-projects';
import type { PlanInput } from './build-plan-mip';
import { diagnosePlan } from './diagnose-plan';
import { planClock, solvePlan, type CoreOutcome, type PlanClock, type PlanLpSolvers } from './plan-core';
import { planInput } from './plan-input';
import type { ResolvedHorizon } from './resolve-horizon';
import type { PlanOptions, PlanProgress, PlanProject, PlanResult, PlanYear, ProjectAppraisal } from './types';
import { withProjectCapacities } from './with-project-capacities';
import { opensIn, planSketch } from './plan-sketch';

/** The solvers a plan uses: `solve` for each model year's full result, the neutral LP and MIP solvers for the plan itself. */
export interface PlanSolvers {
  readonly solve: (scenario: Scenario) => Result;
  readonly solveLp: LpSolve;
  readonly solveMip: MipSolve;
  /** Optional: a warm-starting LP solver for the model years' one-year LPs (see `PlanLpSolvers`). */
  readonly warmLp?: PlanLpSolvers['warmLp'];
  /** Optional: the path method's solver of growing masters for a large network's model years (see `PlanLpSolvers`). */
  readonly growingLp?: PlanLpSolvers['growingLp'];
  /** Name and version as results report them. */
  readonly name?: string;
  readonly version?: string;
}

/** The relative MIP gap when the caller gives none (spec: "Without --gap, … 1e-6"). */
export const DEFAULT_PLAN_GAP = 1e-6;

type Input = PlanInput & { readonly horizon: ResolvedHorizon };

/**
 * The planning problem of the spec ("The planning problem `plan`") for a
 * valid scenario with a `horizon`: which project opens when, the
 * present-value objective and its proven gap, each model year's full
 * one-year result with the plan's projects fixed, each project's `value`
 * and, for the built ones, the appraisal (see `appraiseProject`). Outcomes
 * are data: never throws; an infeasible plan says which demand falls short
 * in which year by how much.
 *
 * `objective` is Σ_t W_t·(year t's one-year objective + Σ_p K_p·y(p,t)) with
 * the one-year objectives of the reported years; `value`s are differences of
 * the planning problem's own optima.
 */
export function planScenario(scenario: Scenario, solvers: PlanSolvers, options: PlanOptions = {}, onProgress?: (progress: PlanProgress) => void): PlanResult {
  // One warm LP solver for the whole plan: the search, the per-year results and the appraisal solve
  // one-year LPs of one shape, so only the very first is a cold solve (on the 100x network, seconds).
  const shared = solvers.warmLp?.();
  try {
    return planWith(scenario, shared === undefined ? solvers : { ...solvers, warmLp: () => ({ solveLp: shared.solveLp, release: () => undefined }) }, options, onProgress);
  } finally {
    shared?.release();
  }
}

function planWith(scenario: Scenario, solvers: PlanSolvers, options: PlanOptions, onProgress?: (progress: PlanProgress) => void): PlanResult {
  const clock = planClock(options.timeLimitSeconds);
  const report = planReport(scenario, solvers, clock);
  try {
    // The parser checks horizon and projects only where this check is registered (scenario-extensions.ts): check here too.
    const invalid = checkPlanning(scenario as unknown as Record<string, unknown>).errors;
    if (invalid.length > 0) return report.empty('error', invalid.map((e) => `${formatPath(e.keys)}: ${e.message}`));
    const horizon = scenario.horizon;
    if (horizon === undefined) return report.empty('error', ['the scenario has no `horizon`: `plan` needs its model years (e.g. "horizon": {"years": [2030]})']);
    const input = planInput({ ...scenario, horizon });
    const gap = options.gap ?? DEFAULT_PLAN_GAP;
    const outcome = solvePlan(input, solvers, { gap, clock }, onProgress);
    switch (outcome.kind) {
      case 'infeasible': {
        const { years, diagnosis, shortfalls } = diagnosePlan(input, solvers.solve);
        report.nameFrom(years);
        return { ...report.empty('infeasible', diagnosis), years, shortfalls };
      }
      case 'unbounded':
        return report.empty('unbounded', ['the cost can fall without limit: some route or cycle has a negative cost and no capacity that limits it']);
      case 'time-limit':
        return report.empty('time-limit', [`no plan found within the time limit of ${options.timeLimitSeconds} s (${outcome.message})`]);
      case 'error':
        return report.empty('error', [`planning failed: ${outcome.message}`]);
      case 'plan':
        return planFound(input, outcome, solvers, { ...options, gap }, clock, report, onProgress);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return report.empty('error', [`planScenario failed on scenario "${scenario.name}": ${message}`]);
  }
}

/** How a plan's result reports its solver, and the result of a plan that has no build plan to give. */
interface PlanReport {
  /** From now on, the solver's name and version are those of the first of `years`' results (if any). */
  nameFrom(years: readonly PlanYear[]): void;
  solverInfo(): SolverInfo;
  /** No plan: nothing built, no years, no values. */
  empty(status: PlanResult['status'], diagnosis: string[]): PlanResult;
}

function planReport(scenario: Scenario, solvers: PlanSolvers, clock: PlanClock): PlanReport {
  // The name and version the one-year results give, when there are any.
  let named: { name: string; version: string } = { name: solvers.name ?? 'glpk.js', version: solvers.version ?? '' };
  const solverInfo = (): SolverInfo => ({ ...named, ms: performance.now() - clock.started });
  return {
    nameFrom: (years) => {
      if (years[0] !== undefined) named = { name: years[0].result.solver.name, version: years[0].result.solver.version };
    },
    solverInfo,
    empty: (status, diagnosis) => ({
      status,
      objective: 0,
      gap: null,
      years: [],
      projects: (scenario.projects ?? []).map((p) => ({ id: p.id, opens: null, fraction: 0, value: null })),
      appraisal: [],
      diagnosis,
      solver: solverInfo(),
    }),
  };
}

/**
 * The result of a build plan found (proven optimal, or the best when the time ran out): each model year solved
 * again with it, the present value, and (when optimal) each project's value and appraisal.
 */
function planFound(
  input: Input,
  outcome: Extract<CoreOutcome, { kind: 'plan' }>,
  solvers: PlanSolvers,
  options: PlanOptions & { readonly gap: number },
  clock: PlanClock,
  report: PlanReport,
  onProgress?: (progress: PlanProgress) => void,
): PlanResult {
  const years = planYears(input, outcome.fractions, solvers);
  report.nameFrom(years);
  const failedYear = years.find((y) => y.result.status !== 'optimal');
  if (failedYear !== undefined) {
    return { ...report.empty('error', [`the plan's model year ${failedYear.year} did not solve again: ${failedYear.result.status}: ${(failedYear.result.diagnosis ?? []).join('; ')}`]), years };
  }
  const objective = presentValue(input, years, outcome.fractions);
  const warnings: string[] = [];
  // The plan's status is its own solve's: an appraisal cut short says so per project (`missing`), not here.
  const status: PlanResult['status'] = outcome.status;
  if (status === 'time-limit') warnings.push(`the time limit ran out: the best plan found is reported, proven within a gap of ${percentOf(outcome.gap)}; no values or appraisal`);
  const appraise = status === 'optimal' && (options.appraise ?? true);
  // The plan in brief stays with the progress until the whole result arrives (the appraisal can take a while).
  const sketch = onProgress === undefined ? {} : { plan: planSketch(input, outcome.objective, outcome.fractions) };
  onProgress?.({ phase: 'appraisal', incumbent: outcome.objective, bound: outcome.bound, gap: outcome.gap, elapsedMs: performance.now() - clock.started, ...sketch });
  const appraised = appraise ? appraiseAll(input, outcome.fractions, outcome.objective, solvers, options.gap, clock, warnings) : null;
  const projects: PlanProject[] = input.projects.map((scheduled, p) => {
    const missing = appraised?.missing[p];
    return {
      id: scheduled.project.id,
      opens: opensIn(input.years, outcome.fractions[p]!),
      fraction: outcome.fractions[p]!.at(-1) ?? 0,
      fractions: outcome.fractions[p]!,
      value: appraised?.values[p] ?? null,
      ...(missing === undefined ? {} : { missing }),
    };
  });
  onProgress?.({ phase: 'done', incumbent: outcome.objective, bound: outcome.bound, gap: outcome.gap, elapsedMs: performance.now() - clock.started, ...sketch });
  return {
    status,
    objective,
    gap: outcome.gap,
    years,
    projects,
    appraisal: appraised?.appraisal ?? [],
    ...(status === 'optimal' ? {} : { diagnosis: warnings }),
    ...(warnings.length > 0 ? { warnings } : {}),
    solver: report.solverInfo(),
  };
}

/**
 * Each model year solved again as a one-year scenario with the plan's
 * projects at their y(p,t): its full result, duals included. The years
 * differ in volumes and capacities only, so with `warmLp` each starts from
 * the last one's basis (the same `solveScenario` that `solve` runs, over
 * the warm LP solver): on a large network the first is a cold solve, the
 * others a few pivots each.
 */
function planYears(input: Input, fractions: readonly (readonly number[])[], solvers: PlanSolvers): PlanYear[] {
  const projects = input.projects.map((p) => p.project);
  const warm = solvers.warmLp?.();
  const masters = solvers.growingLp === undefined ? {} : { masterLp: solvers.growingLp };
  const solve = warm === undefined ? solvers.solve : (one: Scenario): Result => solveScenario(one, warm.solveLp, masters);
  try {
    return input.years.map((year, t) => ({
      year,
      weight: input.weights[t]!,
      result: solve(withProjectCapacities(input.scenarios[t]!, projects, fractions.map((row) => row[t]!))),
    }));
  } finally {
    warm?.release();
  }
}

/** Σ_t W_t·(one-year objective + Σ_p K_p·y(p,t)). */
function presentValue(input: Input, years: readonly PlanYear[], fractions: readonly (readonly number[])[]): number {
  let total = 0;
  years.forEach(({ weight, result }, t) => {
    let projectCosts = 0;
    input.projects.forEach((scheduled, p) => (projectCosts += scheduled.yearlyCost * fractions[p]![t]!));
    total += weight * (result.objective + projectCosts);
  });
  return total;
}

/**
 * Each project's value and appraisal in turn. When the time runs out, the
 * figures computed so far are kept and every project whose figures are not
 * says so in `missing` (a project not built needs no solve: its value is 0).
 */
function appraiseAll(
  input: Input,
  fractions: readonly (readonly number[])[],
  objective: number,
  solvers: PlanSolvers,
  gap: number,
  clock: PlanClock,
  warnings: string[],
): { values: (number | null)[]; appraisal: ProjectAppraisal[]; missing: (string | undefined)[] } {
  const values: (number | null)[] = input.projects.map(() => null);
  const missing: (string | undefined)[] = input.projects.map(() => undefined);
  const appraisal: ProjectAppraisal[] = [];
  let expired: string | null = null;
  for (let p = 0; p < input.projects.length; p++) {
    const planned = { p, opens: opensIn(input.years, fractions[p]!), fractions: fractions[p]! };
    const outcome: ReturnType<typeof appraiseProject> = expired === null || planned.opens === null ? appraiseProject(input, planned, objective, solvers, gap, clock) : { expired: true as const, message: expired };
    if ('expired' in outcome) {
      expired = outcome.message;
      missing[p] = `value and appraisal not computed: ${outcome.message}`;
      continue;
    }
    values[p] = outcome.value;
    if (outcome.missing !== undefined) {
      missing[p] = outcome.missing;
      expired = outcome.missing;
    }
    if (outcome.appraisal !== null) appraisal.push(outcome.appraisal);
    else if (planned.opens !== null) {
      warnings.push(`project "${input.projects[p]!.project.id}" is indispensable: without it no plan is feasible, so it has no finite savings and no appraisal`);
    }
  }
  const cut = input.projects.filter((_, p) => missing[p] !== undefined).map((s) => `"${s.project.id}"`);
  if (cut.length > 0) warnings.push(`the time limit ran out during the appraisal: figures of ${cut.join(', ')} are missing (see each project's \`missing\`)`);
  return { values, appraisal, missing };
}

/** A relative gap as the warning shows it: a percentage to 3 significant digits (a raw ratio read as 0.0017146666483825093). */
function percentOf(gap: number): string {
  return Number.isFinite(gap) ? `${Number((gap * 100).toPrecision(3))} %` : 'unknown';
}
