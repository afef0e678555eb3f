import type { Result, Scenario } from '../../model/types';
import { msg } from '../i18n';
import { OTHER_PAINT } from '../corridor-colors';
import { demandLabel } from '../item-names';
import type { SplitRow, SplitSummary } from './split-rows';

/** One demand of an infeasible scenario: how much of it the network can carry at most, and how much it cannot. */
export interface ShortfallRow {
  readonly id: string;
  readonly label: string;
  /** t/yr asked. */
  readonly volume: number;
  /** t/yr that can be served (volume − cannot). */
  readonly served: number;
  /** t/yr that cannot be served, from the elastic re-solve (`Result.shortfalls`). */
  readonly unmet: number;
}

export interface ShortfallSummary {
  readonly rows: readonly ShortfallRow[];
  readonly served: number;
  readonly unmet: number;
  readonly demand: number;
}

/**
 * What an infeasible scenario can still serve, demand by demand: the engine's
 * infeasible result carries no flows, but its elastic re-solve says how many
 * t/yr of each demand fall short at the least (`shortfalls`); the rest can
 * be served. Null when the result is not infeasible or has no shortfalls.
 */
export function shortfallSummary(scenario: Scenario | null, result: Result | null): ShortfallSummary | null {
  if (scenario === null || result === null || result.status !== 'infeasible' || (result.shortfalls ?? []).length === 0) return null;
  const short = new Map<string, number>();
  for (const s of result.shortfalls ?? []) short.set(s.demand, (short.get(s.demand) ?? 0) + s.unmet);
  const rows = scenario.demands.map((d): ShortfallRow => {
    const unmet = Math.min(d.volume, short.get(d.id) ?? 0);
    return { id: d.id, label: demandLabel(scenario, d), volume: d.volume, served: d.volume - unmet, unmet };
  });
  const sum = (key: 'served' | 'unmet' | 'volume') => rows.reduce((total, row) => total + row[key], 0);
  return { rows, served: sum('served'), unmet: sum('unmet'), demand: sum('volume') };
}

/**
 * The summary of an infeasible result: the engine gives no flows, so the corridor rows stay unknown, but the
 * elastic re-solve says how much can be served at most and how much cannot; the rows stay where they are.
 */
export function withShortfalls(summary: SplitSummary, f: ShortfallSummary): SplitSummary {
  const rows = summary.rows.map((row) => (row.kind === 'unmet' ? { ...row, flow: f.unmet, share: f.demand > 0 ? f.unmet / f.demand : 0 } : row));
  return { ...summary, rows, served: f.served, unmet: f.unmet, demand: f.demand };
}

/** The bar segment of what an infeasible scenario can serve, in the colour of no corridor in particular. */
export function servableRow(f: ShortfallSummary): SplitRow {
  return { key: 'servable', kind: 'other', label: msg('Can be served'), flow: f.served, share: f.demand > 0 ? f.served / f.demand : 0, paint: OTHER_PAINT, closed: false };
}
