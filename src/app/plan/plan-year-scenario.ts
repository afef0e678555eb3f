import type { Scenario } from '../../model/types';
import type { PlanResult } from '../../plan/types';
import { applyParameterChanges, getParameter, type ParameterChange } from '../../model/parameter-path';

/**
 * The one-year scenario a plan's model year solved (spec: "The planning
 * problem"): demand volumes grown from the base year, the horizon's step
 * changes that have started, and the capacity of the plan's projects open
 * that year (× the fraction built). What "what binds" of that year reads its
 * names and capacities from, so "4.9 Mt used of 5.3 Mt" counts the ferries
 * the plan bought. A project's fraction is the plan's last-year one (the
 * result gives no other); for all-or-nothing projects it is the same.
 */
export function planYearScenario(scenario: Scenario, plan: PlanResult, year: number): Scenario {
  const h = scenario.horizon;
  const base = h?.base ?? h?.years[0] ?? year;
  const started = (h?.changes ?? []).filter((c) => c.from <= year).sort((a, b) => a.from - b.from);
  const changes: ParameterChange[] = [];
  for (const d of scenario.demands) {
    const path = `demands.${d.id}.volume`;
    if (started.some((c) => c.set === path)) continue;
    if ((d.growth ?? 0) !== 0) changes.push({ path, value: d.volume * (1 + d.growth!) ** (year - base) });
  }
  for (const c of started) changes.push({ path: c.set, value: c.value });
  const result = applyParameterChanges(scenario, changes);
  // Two projects adding to the same capacity both count.
  const added = new Map<string, number>();
  for (const p of plan.projects) {
    if (p.opens === null || p.opens > year) continue;
    const project = scenario.projects?.find((x) => x.id === p.id);
    for (const a of project?.adds ?? []) added.set(a.set, (added.get(a.set) ?? 0) + a.amount * p.fraction);
  }
  const withProjects = applyParameterChanges(
    result,
    [...added].map(([path, amount]) => ({ path, value: (getParameter(result, path) ?? 0) + amount })),
  );
  return { ...withProjects, name: `${scenario.name} (${year})` };
}
