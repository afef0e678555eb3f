import type { Result, Scenario } from '../model/types';
import type { SolveMany, SolveManyOptions } from './types';

/** A link counts as carrying flow above this many t/yr. */
const FLOW_EPSILON = 1e-6;

export interface Closure {
  readonly kind: 'corridor' | 'link';
  readonly id: string;
  readonly status: Result['status'];
  /** Objective with the item closed minus the base objective, USD/yr; null when not optimal. */
  readonly costIncrease: number | null;
  /** Unmet t/yr with the item closed minus the base's; with hard demands that cannot be served, the shortfall. */
  readonly unmetIncrease: number;
  readonly result: Result;
}

export interface Resilience {
  readonly base: Result;
  /** Ranked most damaging first: infeasible closures (by shortfall), then by cost increase. */
  readonly closures: readonly Closure[];
  readonly mostDamaging: Closure | null;
  /**
   * The price of diversification, USD/yr: the base objective minus the
   * objective with every corridor's share bounds (minShare, maxShare)
   * removed. Null when either solve is not optimal.
   */
  readonly priceOfDiversification: number | null;
  readonly withoutShareBounds: Result;
}

export function closeCorridor(scenario: Scenario, id: string): Scenario {
  return { ...scenario, corridors: (scenario.corridors ?? []).map((c) => (c.id === id ? { ...c, enabled: false } : c)) };
}

export function closeLink(scenario: Scenario, id: string): Scenario {
  return { ...scenario, links: scenario.links.map((l) => (l.id === id ? { ...l, enabled: false } : l)) };
}

export function withoutShareBounds(scenario: Scenario): Scenario {
  return {
    ...scenario,
    corridors: (scenario.corridors ?? []).map(({ minShare: _min, maxShare: _max, ...rest }) => rest),
  };
}

function shortfall(result: Result): number {
  return (result.shortfalls ?? []).reduce((sum, s) => sum + s.unmet, 0);
}

/**
 * N−1: closes each enabled corridor, and each link that carries flow in the
 * base solution, one at a time, and ranks the closures by damage.
 */
export async function resilience(scenario: Scenario, solveMany: SolveMany, options?: SolveManyOptions): Promise<Resilience> {
  const [base, uncapped] = await solveMany([scenario, withoutShareBounds(scenario)], options);
  const targets: { kind: Closure['kind']; id: string; scenario: Scenario }[] = [];
  for (const c of scenario.corridors ?? []) {
    if (c.enabled !== false) targets.push({ kind: 'corridor', id: c.id, scenario: closeCorridor(scenario, c.id) });
  }
  for (const l of base!.links) {
    if (l.flow > FLOW_EPSILON) targets.push({ kind: 'link', id: l.id, scenario: closeLink(scenario, l.id) });
  }
  const results = await solveMany(targets.map((t) => t.scenario), options);
  const closures = targets.map((t, i): Closure => {
    const result = results[i]!;
    const optimal = result.status === 'optimal' && base!.status === 'optimal';
    return {
      kind: t.kind,
      id: t.id,
      status: result.status,
      costIncrease: optimal ? result.objective - base!.objective : null,
      unmetIncrease: result.status === 'optimal' ? result.unmet - base!.unmet : shortfall(result),
      result,
    };
  });
  const damage = (c: Closure) => (c.costIncrease === null ? Number.POSITIVE_INFINITY : c.costIncrease);
  closures.sort((a, b) => {
    const da = damage(a);
    const db = damage(b);
    if (da !== db) return db - da;
    if (a.unmetIncrease !== b.unmetIncrease) return b.unmetIncrease - a.unmetIncrease;
    return a.id.localeCompare(b.id);
  });
  const priceOfDiversification =
    base!.status === 'optimal' && uncapped!.status === 'optimal' ? base!.objective - uncapped!.objective : null;
  return { base: base!, closures, mostDamaging: closures[0] ?? null, priceOfDiversification, withoutShareBounds: uncapped! };
}
