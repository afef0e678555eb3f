import type { Result, Scenario } from '../../model/types';
import { msg } from '../i18n';
import { corridorColor, OTHER_PAINT, UNMET_PAINT } from '../corridor-colors';
import { corridorLabel } from '../item-names';

/** One line of the split: a corridor, the routes through no gate, or the unmet demand. */
export interface SplitRow {
  readonly key: string;
  readonly kind: 'corridor' | 'other' | 'unmet';
  readonly label: string;
  /** t/yr; null while there is no optimal result. */
  readonly flow: number | null;
  /** Fraction of served tonnes (of all demand for the unmet row); null without a result. */
  readonly share: number | null;
  /** CSS paint, a `var(--corridor-color-…, fallback)`. */
  readonly paint: string;
  readonly closed: boolean;
}

export interface SplitSummary {
  readonly rows: readonly SplitRow[];
  /** Served t/yr, null without an optimal result. */
  readonly served: number | null;
  readonly unmet: number | null;
  /** served + unmet, t/yr. */
  readonly demand: number | null;
  /** USD/yr (the objective). */
  readonly totalCost: number | null;
  /** USD/t: cost of carrying the served tonnes over the served tonnes. */
  readonly unitCost: number | null;
  /** USD/yr of the objective that are penalties for unmet demand. */
  readonly penalty: number | null;
}

/**
 * The split as rows in the scenario's corridor order (so a re-solve never
 * reorders them), then `other`, then unmet. Corridors present in only one of
 * scenario and result are still listed, so a mismatch shows rather than hides.
 */
export function splitSummary(scenario: Scenario | null, result: Result | null): SplitSummary {
  const solved = result !== null && result.status === 'optimal' ? result : null;
  const corridors = scenario?.corridors ?? [];
  const ids = [...corridors.map((c) => c.id)];
  for (const c of result?.corridors ?? []) if (!ids.includes(c.id)) ids.push(c.id);

  const rows: SplitRow[] = ids.map((id, index) => {
    const corridor = corridors.find((c) => c.id === id);
    const outcome = solved?.corridors.find((c) => c.id === id);
    return {
      key: `corridor:${id}`,
      kind: 'corridor',
      label: corridorLabel(corridor, id),
      flow: solved === null ? null : (outcome?.flow ?? 0),
      share: solved === null ? null : (outcome?.share ?? 0),
      paint: corridorColor(corridor ?? { id }, index),
      closed: corridor?.enabled === false,
    };
  });
  rows.push({
    key: 'other',
    kind: 'other',
    label: msg('Other routes'),
    flow: solved?.other.flow ?? null,
    share: solved?.other.share ?? null,
    paint: OTHER_PAINT,
    closed: false,
  });
  const demand = solved === null ? null : solved.served + solved.unmet;
  rows.push({
    key: 'unmet',
    kind: 'unmet',
    label: msg('Unmet demand'),
    flow: solved?.unmet ?? null,
    share: solved === null || demand === null ? null : demand > 0 ? solved.unmet / demand : 0,
    paint: UNMET_PAINT,
    closed: false,
  });

  return { rows, demand, ...costs(solved) };
}

function costs(
  solved: Result | null,
): Pick<SplitSummary, 'served' | 'unmet' | 'totalCost' | 'unitCost' | 'penalty'> {
  if (solved === null) return { served: null, unmet: null, totalCost: null, unitCost: null, penalty: null };
  const { served, unmet, objective } = solved;
  // The objective also holds the penalties paid for unmet tonnes; dividing it
  // by the served tonnes would overstate what carrying a tonne costs. Each
  // demand's unitCost is its cost per served tonne, so weight those instead.
  let carried = 0;
  let priced = true;
  for (const d of solved.demands) {
    if (d.served <= 0) continue;
    if (d.unitCost === null) priced = false;
    else carried += d.unitCost * d.served;
  }
  if (!priced || solved.demands.length === 0) {
    return { served, unmet, totalCost: objective, unitCost: served > 0 ? objective / served : null, penalty: null };
  }
  const penalty = objective - carried;
  return {
    served,
    unmet,
    totalCost: objective,
    unitCost: served > 0 ? carried / served : null,
    // Rounding in the solver leaves a few dollars here when nothing is unmet.
    penalty: unmet > 0 && penalty > Math.abs(objective) * 1e-6 ? penalty : null,
  };
}
