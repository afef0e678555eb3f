import type { Scenario } from '../../model/types';
import type { PlanResult } from '../../plan/types';
import { roundTo } from '../../analysis/round-to';

/**
 * The plan as a CSV table (RFC 4180, comma, CRLF), one row per model year,
 * units in the column names, figures rounded to what they mean: tonnes and
 * dollars to whole units, shares to 0.1 percentage point, the discount
 * weight to 4 decimals. Transport cost is generalised (tariffs and handling plus days valued), the model year's one-year
 * objective; project cost the yearly charge of the projects open then
 * (capex·CRF + opex, × the fraction built); the PV column is their sum ×
 * the year's weight, so the column adds up to the plan's objective. Corridor columns follow the scenario's corridors.
 * `projects_open` lists the projects open that year (`id` or `id@0.6` for
 * a part-built divisible one), separated by `;`.
 */
export function planToCsv(scenario: Scenario, plan: PlanResult): string {
  const corridorIds = [...new Set([...(scenario.corridors ?? []).map((c) => c.id), ...plan.years.flatMap((y) => y.result.corridors.map((c) => c.id))])];
  const header = [
    'year',
    'until_year',
    'weight_pv_years',
    'status',
    'generalised_transport_cost_usd_per_yr',
    'project_cost_usd_per_yr',
    'generalised_total_cost_pv_usd',
    'served_t_per_yr',
    'unmet_t_per_yr',
    ...corridorIds.flatMap((id) => [`${id}_flow_t_per_yr`, `${id}_share_pct`]),
    'other_flow_t_per_yr',
    'other_share_pct',
    'projects_open',
  ];
  const end = Math.max(scenario.horizon?.end ?? plan.years.at(-1)?.year ?? 0, plan.years.at(-1)?.year ?? 0);
  const rate = scenario.horizon?.discountRate ?? 0;
  const projectCost = (year: number): number =>
    plan.projects.reduce((sum, p) => {
      const project = scenario.projects?.find((x) => x.id === p.id);
      if (project === undefined || p.opens === null || p.opens > year) return sum;
      return sum + p.fraction * yearlyProjectCost(project.capex ?? 0, project.life ?? 30, project.opex ?? 0, rate);
    }, 0);
  const rows = plan.years.map((y, t) => {
    const r = y.result;
    const open = plan.projects
      .filter((p) => p.opens !== null && p.opens <= y.year)
      .map((p) => (p.fraction < 1 - 1e-9 ? `${p.id}@${roundTo(p.fraction, 3)}` : p.id))
      .join(';');
    return [
      y.year,
      (plan.years[t + 1]?.year ?? end + 1) - 1,
      roundTo(y.weight, 4),
      r.status,
      roundTo(r.objective, 0),
      roundTo(projectCost(y.year), 0),
      roundTo((r.objective + projectCost(y.year)) * y.weight, 0),
      roundTo(r.served, 0),
      roundTo(r.unmet, 0),
      ...corridorIds.flatMap((id) => {
        const c = r.corridors.find((x) => x.id === id);
        return [roundTo(c?.flow ?? 0, 0), roundTo((c?.share ?? 0) * 100, 1)];
      }),
      roundTo(r.other.flow, 0),
      roundTo(r.other.share * 100, 1),
      open,
    ];
  });
  return `${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** The spec's yearly cost of an open project: capex·CRF + opex, CRF = r/(1−(1+r)^−life), or 1/life at r = 0. */
export function yearlyProjectCost(capex: number, life: number, opex: number, rate: number): number {
  const crf = rate === 0 ? 1 / life : rate / (1 - (1 + rate) ** -life);
  return capex * crf + opex;
}


function cell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n']/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
