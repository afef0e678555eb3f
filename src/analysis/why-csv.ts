import type { Result, Scenario } from '../model/types';
import { generalised, outOfPocket } from './demand-costs';
import { formatCsv } from './format-csv';
import { roundTo } from './round-to';
import { whyDemands } from './why-demands';

/**
 * The "why" table as CSV, one row per demand: its tonnes, its cost per
 * served tonne both ways (generalised: what the model minimises, tariffs and
 * handling plus days valued at its value of time; out of pocket: tariffs and
 * handling, what shippers are invoiced) and their parts, its split by
 * corridor (fractions of its served tonnes), and the next-best route with
 * the gap it would have to close. Units in the column names; USD/t to the
 * cent, tonnes whole, shares to 4 decimals. Costs are empty where a demand
 * serves nothing or the result carries no per-demand flows (unknown, not 0).
 */
export function whyToCsv(scenario: Scenario, result: Result): string {
  const rows = whyDemands(scenario, result);
  const corridorIds = rows[0]?.corridors.map((c) => c.id) ?? [];
  const withFlows = new Set(result.demands.filter((d) => d.served <= 0 || d.flows !== undefined).map((d) => d.id));
  const usd = (value: number | undefined | null) => (value === undefined || value === null ? null : roundTo(value, 2));
  const header = [
    'demand',
    'served_t_per_yr',
    'unmet_t_per_yr',
    'generalised_cost_usd_per_t',
    'out_of_pocket_cost_usd_per_t',
    'tariffs_usd_per_t',
    'handling_usd_per_t',
    'time_valued_usd_per_t',
    ...corridorIds.map((id) => `${id}_share`),
    'chosen_via',
    'next_best_via',
    'switch_gap_usd_per_t',
  ];
  const via = (route: { readonly via: readonly string[] } | null) => (route === null ? null : route.via.length === 0 ? 'other' : route.via.join('+'));
  return formatCsv([
    header,
    ...rows.map((r) => {
      const cost = withFlows.has(r.id) ? r.perTonne : null;
      return [
        r.id,
        roundTo(r.served, 0),
        roundTo(r.unmet, 0),
        usd(cost && generalised(cost)),
        usd(cost && outOfPocket(cost)),
        usd(cost?.money),
        usd(cost?.handling),
        usd(cost?.time),
        ...r.corridors.map((c) => (withFlows.has(r.id) ? roundTo(c.share, 4) : null)),
        via(r.choice.chosen),
        via(r.choice.nextBest),
        usd(r.choice.switchGap),
      ];
    }),
  ]);
}
