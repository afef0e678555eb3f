import type { Closure, Resilience } from './resilience';
import type { SolveStatus } from '../model/types';

/** One closure as `resilience --json` prints it: the ranking's numbers, without the full result. */
export interface ClosureSummary {
  /** 1 = most damaging. */
  readonly rank: number;
  readonly kind: Closure['kind'];
  readonly id: string;
  readonly status: SolveStatus;
  /** USD/yr over the base; null when either solve is not optimal. */
  readonly costIncrease: number | null;
  /** t/yr over the base; where the closure makes hard demand unservable, that shortfall. */
  readonly unmetIncrease: number;
  /**
   * USD/yr: the ranking's measure, the cost increase with unserved freight at its price (soft demands at their
   * unmetPenalty, hard ones at `valueOfLostLoad`); null when it cannot be priced.
   */
  readonly damage: number | null;
  /** t/yr of hard demand the damage prices at the value of lost load (0 when the closure is feasible). */
  readonly lostLoad: number;
}

/** What `resilience --json` prints. */
export interface ResilienceSummary {
  /** USD/t for each unserved tonne of hard demand in `damage`. */
  readonly valueOfLostLoad: number;
  readonly base: { readonly status: SolveStatus; readonly objective: number | null; readonly served: number | null; readonly unmet: number | null };
  readonly closures: readonly ClosureSummary[];
  readonly mostDamaging: ClosureSummary | null;
  /** USD/yr: the base cost minus the cost with every corridor share bound removed; null unless both are optimal. */
  readonly priceOfDiversification: number | null;
  readonly withoutShareBounds: { readonly status: SolveStatus; readonly objective: number | null };
}

/**
 * The numbers of an N−1 analysis without its full results (one per closure,
 * each as large as `solve --json`): `solve` a closed variant for those.
 */
export function summarizeResilience(resilience: Resilience): ResilienceSummary {
  const closures = resilience.closures.map(
    (c, i): ClosureSummary => ({
      rank: i + 1,
      kind: c.kind,
      id: c.id,
      status: c.status,
      costIncrease: c.costIncrease,
      unmetIncrease: c.unmetIncrease,
      damage: c.damage,
      lostLoad: c.hardUnmet,
    }),
  );
  const { base, withoutShareBounds } = resilience;
  const optimal = base.status === 'optimal';
  return {
    valueOfLostLoad: resilience.valueOfLostLoad,
    base: {
      status: base.status,
      objective: optimal ? base.objective : null,
      served: optimal ? base.served : null,
      unmet: optimal ? base.unmet : null,
    },
    closures,
    mostDamaging: closures[0] ?? null,
    priceOfDiversification: resilience.priceOfDiversification,
    withoutShareBounds: {
      status: withoutShareBounds.status,
      objective: withoutShareBounds.status === 'optimal' ? withoutShareBounds.objective : null,
    },
  };
}

