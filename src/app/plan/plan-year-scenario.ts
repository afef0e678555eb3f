import type { Project, Scenario } from '../../model/types';
import type { PlanResult } from '../../plan/types';
import { modelYearScenario } from '../../plan/model-year-scenario';
import { resolveHorizon } from '../../plan/resolve-horizon';
import { withProjectCapacities } from '../../plan/with-project-capacities';

/**
 * The one-year scenario a plan's model year solved, built by the planning
 * engine's own functions (spec: "The planning problem"): demand grown from
 * the base year, the horizon's step changes that have started, and the
 * capacity of the plan's projects open that year (× the fraction built).
 * What "what binds" of that year reads its names and capacities from, so
 * "4.9 Mt used of 5.3 Mt" counts the ferries the plan bought. A project's
 * fraction is the plan's last-year one (the result gives no other); for
 * all-or-nothing projects it is the same.
 */
export function planYearScenario(scenario: Scenario, plan: PlanResult, year: number): Scenario {
  const horizon = resolveHorizon(scenario.horizon ?? { years: [year] });
  const oneYear = modelYearScenario(scenario, horizon, year);
  const open: Project[] = [];
  const fractions: number[] = [];
  for (const p of plan.projects) {
    if (p.opens === null || p.opens > year) continue;
    const project = scenario.projects?.find((x) => x.id === p.id);
    if (project === undefined) continue;
    open.push(project);
    fractions.push(p.fraction);
  }
  return { ...withProjectCapacities(oneYear, open, fractions), name: `${scenario.name} (${year})` };
}
