import { csvNumber } from '../analysis/csv-number';
import type { Result, Scenario } from '../model/types';
import { isCalibrated } from '../components/is-calibrated';
import { observationFits } from './observation-fits';
import { costTotals, demandCosts, outOfPocket, type CostBreakdown } from '../analysis/demand-costs';

const COLUMNS = [
  'kind',
  'id',
  'name',
  'status',
  'generalised_cost_usd_per_yr',
  'out_of_pocket_cost_usd_per_yr',
  'flow_t_per_yr',
  'share',
  'utilisation',
  'marginal_value_usd_per_t',
  'served_t_per_yr',
  'unmet_t_per_yr',
  'generalised_unit_cost_usd_per_t',
  'out_of_pocket_unit_cost_usd_per_t',
  'days',
  'marginal_cost_usd_per_t',
  'cost_usd_per_t',
  'cost_calibrated',
  'observed_t_per_yr',
] as const;

type Column = (typeof COLUMNS)[number];
type Row = Partial<Record<Column, string | number | null>>;

/**
 * The result as one CSV table (RFC 4180, comma, CRLF), one row per item:
 * `total`, each corridor, `other`, each link, node (`flow` is its
 * throughput) and demand. Columns not meaningful for a kind stay empty.
 * Numbers are written with a dot, whatever the locale, rounded by the one
 * CSV rule (src/analysis/csv-number.ts: ten significant digits, as the CLI's
 * CSV); units are in the column names. Shares and utilisation are fractions (0.25 = 25 %).
 * Costs say what they are: `generalised` is what the model minimises (tariffs
 * and handling plus days valued at each demand's value of time, and the
 * penalties of unmet demand in the total); `out_of_pocket` is tariffs and
 * handling only, what shippers are invoiced (src/analysis/demand-costs.ts).
 * A link's or node's `cost_usd_per_t` is the scenario's, and
 * `cost_calibrated` says `calibrated` where calibration fitted it (not a
 * tariff). Each observation of the scenario is an `observation` row: the
 * model's figure in `flow_t_per_yr` beside `observed_t_per_yr`.
 */
export function resultToCsv(scenario: Scenario, result: Result): string {
  const nameOf = (items: readonly { id: string; name?: string; label?: string }[] | undefined, id: string) => {
    const item = items?.find((i) => i.id === id);
    return item?.name ?? item?.label ?? '';
  };
  // Out of pocket needs each demand's own link flows (the `flows` extension); without them it is unknown, not 0.
  const known = (d: Result['demands'][number]) => d.served <= 0 || d.flows !== undefined;
  const costs = demandCosts(scenario, result);
  const perTonne = new Map(costs.filter((c) => known(result.demands.find((d) => d.id === c.id)!)).map((c) => [c.id, c.perTonne]));
  const rows: Row[] = [
    {
      kind: 'total',
      name: scenario.name,
      status: result.status,
      generalised_cost_usd_per_yr: result.objective,
      out_of_pocket_cost_usd_per_yr: result.status === 'optimal' && result.demands.every(known) ? costTotals(costs).outOfPocket : null,
      served_t_per_yr: result.served,
      unmet_t_per_yr: result.unmet,
    },
    ...result.corridors.map((c) => ({
      kind: 'corridor',
      id: c.id,
      name: nameOf(scenario.corridors, c.id),
      flow_t_per_yr: c.flow,
      share: c.share,
      marginal_value_usd_per_t: c.marginalValue,
    })),
    { kind: 'other', flow_t_per_yr: result.other.flow, share: result.other.share },
    ...result.links.map((l) => ({
      kind: 'link',
      id: l.id,
      flow_t_per_yr: l.flow,
      utilisation: l.utilisation,
      marginal_value_usd_per_t: l.marginalValue,
      ...costCells(scenario.links.find((x) => x.id === l.id)),
    })),
    ...result.nodes.map((n) => ({
      kind: 'node',
      id: n.id,
      name: nameOf(scenario.nodes, n.id),
      flow_t_per_yr: n.throughput,
      utilisation: n.utilisation,
      marginal_value_usd_per_t: n.marginalValue,
      ...costCells(scenario.nodes.find((x) => x.id === n.id)),
    })),
    ...result.demands.map((d) => ({
      kind: 'demand',
      id: d.id,
      name: nameOf(scenario.demands, d.id),
      served_t_per_yr: d.served,
      unmet_t_per_yr: d.unmet,
      generalised_unit_cost_usd_per_t: d.unitCost,
      out_of_pocket_unit_cost_usd_per_t: outOfPocketPerTonne(perTonne.get(d.id)),
      days: d.days,
      marginal_cost_usd_per_t: d.marginalCost,
    })),
    ...observationFits(scenario, result).map((f) => ({ kind: 'observation', id: f.of, flow_t_per_yr: f.model, observed_t_per_yr: f.observed })),
  ];
  const lines = [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((column) => cell(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

function outOfPocketPerTonne(cost: CostBreakdown | null | undefined): number | null {
  return cost === null || cost === undefined ? null : outOfPocket(cost);
}

function costCells(item: { readonly cost?: number; readonly assumption?: string } | undefined): Row {
  if (item === undefined) return {};
  return { cost_usd_per_t: item.cost ?? null, cost_calibrated: isCalibrated(item) ? 'calibrated' : null };
}

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return csvNumber(value);
  // A leading =, +, - or @ makes spreadsheets run the cell as a formula; names are untrusted.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n']/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
