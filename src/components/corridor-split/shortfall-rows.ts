import type { Result, Scenario } from '../../model/types';
import { demandLabel } from '../item-names';

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
