import type { Result, Scenario } from '../model/types';
import type { SolveMany, SolveManyOptions } from './types';

/** A link counts as carrying flow above this many t/yr. */
const FLOW_EPSILON = 1e-6;

/**
 * The value of lost load, USD per tonne of hard demand (one without an
 * `unmetPenalty`) that a closure leaves unserved, unless the caller states
 * another: above the soft demands' penalties in the shipped models
 * (USD 450–790/t) and the highest generalised cost of moving a tonne there
 * (≈ USD 740/t), so a hard tonne lost always weighs more than any tonne
 * rerouted or any soft tonne lost.
 */
export const DEFAULT_VALUE_OF_LOST_LOAD = 1000;

export interface ResilienceOptions extends SolveManyOptions {
  /** USD/t for each unserved tonne of hard demand; default `DEFAULT_VALUE_OF_LOST_LOAD`. */
  readonly valueOfLostLoad?: number;
}

export interface Closure {
  readonly kind: 'corridor' | 'link';
  readonly id: string;
  readonly status: Result['status'];
  /** Objective with the item closed minus the base objective, USD/yr; null when not optimal. */
  readonly costIncrease: number | null;
  /** Unmet t/yr with the item closed minus the base's; with hard demands that cannot be served, the shortfall. */
  readonly unmetIncrease: number;
  /**
   * The one measure closures are ranked by, USD/yr: the rise of the total
   * cost with unserved freight at its price: soft demands at their
   * `unmetPenalty` (already in the objective), hard demands at the value of
   * lost load. For an infeasible closure, the objective of `lostLoad` minus
   * the base's. Null when the base is not optimal or neither solve is.
   */
  readonly damage: number | null;
  readonly result: Result;
  /**
   * For a closure that leaves hard demand unserved (infeasible): the same
   * closure with every hard demand given the value of lost load as its
   * `unmetPenalty`, so what is served and what is not can be read off it.
   * Null otherwise.
   */
  readonly lostLoad: Result | null;
  /** t/yr of hard demand `lostLoad` leaves unserved, priced at the value of lost load in `damage`; 0 when feasible. */
  readonly hardUnmet: number;
}

export interface Resilience {
  readonly base: Result;
  /** USD/t: the value of lost load the ranking used for hard demands. */
  readonly valueOfLostLoad: number;
  /** Ranked most damaging first, by `damage` (unknown damage first), then by unmet increase. */
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

/** Every hard demand becomes soft at `value` USD/t: an infeasible closure then has a price and a served/unserved split. */
export function withValueOfLostLoad(scenario: Scenario, value: number): Scenario {
  return { ...scenario, demands: scenario.demands.map((d) => (d.unmetPenalty === undefined ? { ...d, unmetPenalty: value } : d)) };
}

function shortfall(result: Result): number {
  return (result.shortfalls ?? []).reduce((sum, s) => sum + s.unmet, 0);
}

/**
 * N−1: closes each enabled corridor, and each link that carries flow in the
 * base solution, one at a time, and ranks the closures by damage.
 */
export async function resilience(scenario: Scenario, solveMany: SolveMany, options: ResilienceOptions = {}): Promise<Resilience> {
  const { valueOfLostLoad = DEFAULT_VALUE_OF_LOST_LOAD, ...batch } = options;
  const [base, uncapped] = await solveMany([scenario, withoutShareBounds(scenario)], batch);
  const targets: { kind: Closure['kind']; id: string; scenario: Scenario }[] = [];
  for (const c of scenario.corridors ?? []) {
    if (c.enabled !== false) targets.push({ kind: 'corridor', id: c.id, scenario: closeCorridor(scenario, c.id) });
  }
  for (const l of base!.links) {
    if (l.flow > FLOW_EPSILON) targets.push({ kind: 'link', id: l.id, scenario: closeLink(scenario, l.id) });
  }
  const results = await solveMany(targets.map((t) => t.scenario), batch);
  const infeasible = targets.flatMap((t, i) => (results[i]!.status === 'infeasible' ? [i] : []));
  const priced = await solveMany(infeasible.map((i) => withValueOfLostLoad(targets[i]!.scenario, valueOfLostLoad)), batch);
  const lostLoad = new Map(infeasible.map((index, k) => [index, priced[k]!]));
  const baseOptimal = base!.status === 'optimal';
  const hard = new Set(scenario.demands.filter((d) => d.unmetPenalty === undefined).map((d) => d.id));
  const closures = targets.map((t, i): Closure => {
    const result = results[i]!;
    const optimal = result.status === 'optimal' && baseOptimal;
    const elastic = lostLoad.get(i) ?? null;
    const damage = optimal ? result.objective - base!.objective : baseOptimal && elastic?.status === 'optimal' ? elastic.objective - base!.objective : null;
    return {
      kind: t.kind,
      id: t.id,
      status: result.status,
      costIncrease: optimal ? result.objective - base!.objective : null,
      unmetIncrease: result.status === 'optimal' ? result.unmet - base!.unmet : shortfall(result),
      damage,
      result,
      lostLoad: elastic,
      hardUnmet: (elastic?.demands ?? []).filter((d) => hard.has(d.id)).reduce((sum, d) => sum + d.unmet, 0),
    };
  });
  const damage = (c: Closure) => (c.damage === null ? Number.POSITIVE_INFINITY : c.damage);
  closures.sort((a, b) => {
    const da = damage(a);
    const db = damage(b);
    if (da !== db) return db - da;
    if (a.unmetIncrease !== b.unmetIncrease) return b.unmetIncrease - a.unmetIncrease;
    return a.id.localeCompare(b.id);
  });
  const priceOfDiversification =
    base!.status === 'optimal' && uncapped!.status === 'optimal' ? base!.objective - uncapped!.objective : null;
  return { base: base!, valueOfLostLoad, closures, mostDamaging: closures[0] ?? null, priceOfDiversification, withoutShareBounds: uncapped! };
}
