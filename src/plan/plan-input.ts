import type { Project, Scenario } from '../model/types';
import type { PlanInput } from './build-plan-mip';
import { modelYearScenario } from './model-year-scenario';
import { scheduleProject } from './project-schedule';
import { modelYearWeights, resolveHorizon, type ResolvedHorizon } from './resolve-horizon';

/** The planning problem of a scenario with a `horizon`: its model years, weights, one-year scenarios and projects. */
export function planInput(scenario: Scenario & { readonly horizon: NonNullable<Scenario['horizon']> }): PlanInput & { readonly horizon: ResolvedHorizon } {
  const horizon = resolveHorizon(scenario.horizon);
  return {
    horizon,
    years: horizon.years,
    weights: modelYearWeights(horizon),
    scenarios: horizon.years.map((year) => modelYearScenario(scenario, horizon, year)),
    projects: (scenario.projects ?? []).map((project) => scheduleProject(project, horizon.years, horizon.discountRate)),
  };
}

/** The same input with one project replaced (its decision, costs or schedule changed): the what-ifs of the appraisal. */
export function withProject(input: PlanInput & { readonly horizon: ResolvedHorizon }, p: number, project: Project) {
  const projects = input.projects.slice();
  projects[p] = scheduleProject(project, input.years, input.horizon.discountRate);
  return { ...input, projects };
}
