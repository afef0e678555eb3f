import type { Result, Scenario } from '../../model/types';
import { formatDays, formatNumber, formatPercent, formatTonnes, formatTonnesPlain, formatUsd, formatUsdPerTonne } from '../format';
import { corridorLabel, linkLabel, nodeLabelById, demandLabel } from '../item-names';
import type { ChartUnit } from './chart-scale';
import { msg, str } from '../i18n';

/** What a chart says about a parameter path (`links.<id>.capacity`): its words, unit and formatter. */
export interface ParameterMeta {
  readonly path: string;
  /** E.g. `Capacity of Aktau/Kuryk → Alat (caspian-ferry)`. */
  readonly label: string;
  /** For axis titles: `caspian-ferry capacity`. */
  readonly short: string;
  readonly unit: ChartUnit;
  readonly format: (value: number, locale: string, full?: boolean) => string;
}

const FIELD_WORDS: Readonly<Record<string, readonly [string, ChartUnit]>> = {
  get capacity(): readonly [string, ChartUnit] {
    return [msg('Capacity'), 't/yr'];
  },
  get cost(): readonly [string, ChartUnit] {
    return [msg('Cost'), 'USD/t'];
  },
  get days(): readonly [string, ChartUnit] {
    return [msg('Days'), 'days'];
  },
  get km(): readonly [string, ChartUnit] {
    return [msg('Distance'), 't'];
  },
  get minShare(): readonly [string, ChartUnit] {
    return [msg('Minimum share'), 'share'];
  },
  get maxShare(): readonly [string, ChartUnit] {
    return [msg('Maximum share'), 'share'];
  },
  get minFlow(): readonly [string, ChartUnit] {
    return [msg('Minimum flow'), 't/yr'];
  },
  get maxFlow(): readonly [string, ChartUnit] {
    return [msg('Maximum flow'), 't/yr'];
  },
  get volume(): readonly [string, ChartUnit] {
    return [msg('Volume'), 't/yr'];
  },
  get valueOfTime(): readonly [string, ChartUnit] {
    return [msg('Value of time'), 'USD/t/day'];
  },
  get unmetPenalty(): readonly [string, ChartUnit] {
    return [msg('Unmet penalty'), 'USD/t'];
  },
};

/** Formats a value of any chart unit, with the unit on it. */
export function formatIn(unit: ChartUnit, value: number, locale: string, full = false): string {
  const variant = full ? 'full' : 'compact';
  switch (unit) {
    case 't/yr':
      return formatTonnes(value, { locale, variant });
    case 't':
      return formatTonnesPlain(value, { locale, variant });
    case 'USD/yr':
      return formatUsd(value, { locale, variant });
    case 'USD/t':
      return formatUsdPerTonne(value, { locale, variant });
    case 'share':
      return formatPercent(value, { locale, variant });
    case 'days':
      return formatDays(value, { locale, variant });
    case 'USD/t/day':
      return `USD ${formatNumber(value, { locale, digits: 2 })}/t/day`;
  }
}

/**
 * Splits a path the way `src/model/parameter-path.ts` does: the collection
 * before the first dot, the field after the last (ids may hold dots).
 */
function splitPath(path: string): { collection: string; id: string; field: string } | null {
  const first = path.indexOf('.');
  const last = path.lastIndexOf('.');
  if (first <= 0 || last === first) return null;
  return { collection: path.slice(0, first), id: path.slice(first + 1, last), field: path.slice(last + 1) };
}

/** The words, unit and formatter of a parameter path; the scenario (optional) gives item names. */
export function parameterMeta(path: string, scenario: Scenario | null = null): ParameterMeta {
  const parts = splitPath(path);
  const [word, unit] = (parts && FIELD_WORDS[parts.field]) ?? [msg('Value'), 't' as ChartUnit];
  const label = parts === null ? path : msg(str`${word} of ${itemName(parts.collection, parts.id, scenario)}`);
  const short = parts === null ? path : `${parts.id} ${word.toLowerCase()}`;
  return { path, label, short, unit, format: (value, locale, full) => formatIn(unit, value, locale, full) };
}

function itemName(collection: string, id: string, scenario: Scenario | null): string {
  switch (collection) {
    case 'links': {
      const link = scenario?.links.find((l) => l.id === id);
      return link === undefined ? `link ${id}` : `${linkLabel(scenario, link)} (${id})`;
    }
    case 'nodes':
      return nodeLabelById(scenario, id);
    case 'corridors':
      return corridorLabel(scenario?.corridors?.find((c) => c.id === id), id);
    case 'demands': {
      const demand = scenario?.demands.find((d) => d.id === id);
      return demand === undefined ? `demand ${id}` : demandLabel(scenario, demand);
    }
    default:
      return id;
  }
}

/** The marginal value of the swept parameter at one result, with what it means. */
export interface MarginalMeta {
  /** E.g. `Value of one more t/yr of capacity`. */
  readonly label: string;
  readonly unit: ChartUnit;
  /** The number at a result; null where the result does not give it (not optimal, item absent). */
  readonly valueAt: (result: Result) => number | null;
}

/**
 * The parameter's own marginal value, read from a result (spec "Results"):
 * a capacity's or corridor bound's `marginalValue`, a demand volume's
 * `marginalCost`; for a cost, the flow it applies to (the objective rises by
 * that many USD/yr per USD/t, by the envelope theorem). Null for fields whose
 * marginal value the result does not carry.
 */
export function marginalMeta(path: string): MarginalMeta | null {
  const parts = splitPath(path);
  if (parts === null) return null;
  const { collection, id, field } = parts;
  const optimal = (f: (r: Result) => number | undefined) => (r: Result) => (r.status === 'optimal' ? (f(r) ?? null) : null);
  if (collection === 'links' && field === 'capacity') {
    return { label: 'Value of one more t/yr of capacity', unit: 'USD/t', valueAt: optimal((r) => r.links.find((l) => l.id === id)?.marginalValue) };
  }
  if (collection === 'nodes' && field === 'capacity') {
    return { label: 'Value of one more t/yr of capacity', unit: 'USD/t', valueAt: optimal((r) => r.nodes.find((n) => n.id === id)?.marginalValue) };
  }
  if (collection === 'corridors' && (field === 'maxFlow' || field === 'minFlow' || field === 'maxShare' || field === 'minShare')) {
    return {
      label: 'Value of one more t/yr of room on the corridor’s binding bound',
      unit: 'USD/t',
      valueAt: optimal((r) => r.corridors.find((c) => c.id === id)?.marginalValue),
    };
  }
  if (collection === 'demands' && field === 'volume') {
    return { label: 'Cost of one more t/yr of demand', unit: 'USD/t', valueAt: optimal((r) => r.demands.find((d) => d.id === id)?.marginalCost) };
  }
  if (collection === 'links' && field === 'cost') {
    return { label: 'Cost rise per USD/t (the link’s flow)', unit: 't/yr', valueAt: optimal((r) => r.links.find((l) => l.id === id)?.flow) };
  }
  if (collection === 'nodes' && field === 'cost') {
    return { label: 'Cost rise per USD/t (the node’s throughput)', unit: 't/yr', valueAt: optimal((r) => r.nodes.find((n) => n.id === id)?.throughput) };
  }
  return null;
}
