import type { Result, Scenario } from '../model/types';
import type { PlanInput } from './build-plan-mip';
import type { PlanShortfall, PlanYear } from './types';
import { withProjectCapacities } from './with-project-capacities';

/**
 * Why no plan is feasible. Given the projects, the model years are
 * independent, and every project open as early and as fully as it may be
 * gives each year its largest capacities (y only adds capacity); so the plan
 * is infeasible exactly when some model year is infeasible even then. Each
 * such year is solved that way, and its own diagnosis (the elastic re-solve
 * of `solve`: which demand falls short by how much) is reported with the year.
 */
export function diagnosePlan(
  input: PlanInput,
  solve: (scenario: Scenario) => Result,
): { readonly years: PlanYear[]; readonly diagnosis: string[]; readonly shortfalls: PlanShortfall[] } {
  const years: PlanYear[] = [];
  const diagnosis: string[] = [];
  const shortfalls: PlanShortfall[] = [];
  input.years.forEach((year, t) => {
    const fullest = withProjectCapacities(
      input.scenarios[t]!,
      input.projects.map((p) => p.project),
      input.projects.map((p) => p.upper[t]!),
    );
    const result = solve(fullest);
    years.push({ year, weight: input.weights[t]!, result });
    if (result.status === 'optimal') return;
    for (const line of result.diagnosis ?? [result.status]) diagnosis.push(`${year}: ${line}`);
    for (const s of result.shortfalls ?? []) shortfalls.push({ demand: s.demand, year, unmet: s.unmet });
  });
  if (diagnosis.length === 0) {
    diagnosis.push('no plan meets every hard demand and bound, yet every model year is feasible with every project open: a numerical difficulty in the solver');
  } else {
    diagnosis.unshift('no plan is feasible, even with every project open as early as it may be:');
  }
  return { years, diagnosis, shortfalls };
}
