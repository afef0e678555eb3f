import type { PlanResult } from './types';

/**
 * `plan --csv`, and the Plan view's "CSV per year" (one writer, so both
 * files are the same): a header
 * `year,weight,status,objective,served,unmet,<corridor id>…,other,<project id>…`
 * and one row per model year. `objective` is the year's one-year objective
 * (USD/yr, without project costs); corridor and `other` columns are flows in
 * t/yr; each project column holds its y in that year (1 open, 0 closed, a
 * fraction for a divisible project built in part). Numbers in JavaScript's
 * shortest round-trip form; ids match `[A-Za-z0-9_.-]`, so no cell needs
 * quoting. A year whose result is not optimal has no figures but its year,
 * weight and status.
 */
export function formatPlanCsv(plan: PlanResult): string {
  const corridorIds = plan.years[0]?.result.corridors.map((c) => c.id) ?? [];
  const projectIds = plan.projects.map((p) => p.id);
  const header = ['year', 'weight', 'status', 'objective', 'served', 'unmet', ...corridorIds, 'other', ...projectIds];
  const rows = plan.years.map(({ year, weight, result }, t) => {
    const start = [String(year), String(weight), result.status];
    if (result.status !== 'optimal') return [...start, ...header.slice(3).map(() => '')];
    const flows = new Map(result.corridors.map((c) => [c.id, c.flow]));
    return [
      ...start,
      String(result.objective),
      String(result.served),
      String(result.unmet),
      ...corridorIds.map((id) => String(flows.get(id) ?? 0)),
      String(result.other.flow),
      ...plan.projects.map((p) => String(p.fractions?.[t] ?? 0)),
    ];
  });
  return [header, ...rows].map((cells) => cells.join(',')).join('\n') + '\n';
}
