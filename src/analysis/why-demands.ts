import type { Result, Scenario } from '../model/types';
import { demandCostsOf, type DemandCosts } from './demand-costs';
import { routeChoiceSteps, type RouteChoice } from './next-best-route';

/** Why each demand goes the way it goes: its costs, its split and its alternative. */
export interface WhyDemand extends DemandCosts {
  readonly choice: RouteChoice;
}

/**
 * The "why" of an optimal result, demand by demand in scenario order: empty
 * for a result that is not optimal (there is no choice to explain).
 */
export function whyDemands(scenario: Scenario, result: Result): readonly WhyDemand[] {
  const work = whyDemandsStepwise(scenario, result);
  while (!work.step(Infinity));
  return work.rows();
}

/** `whyDemands` worked out a few demands at a time (see `whyDemandsStepwise`). */
export interface WhyDemandsWork {
  /** The demands worked out so far, in scenario order. */
  rows(): readonly WhyDemand[];
  /** How many demands there are in all. */
  readonly total: number;
  /** Works out demands until `budgetMs` has passed (at least one route search); true once every demand is done. */
  step(budgetMs: number): boolean;
}

/**
 * `whyDemands` a few route searches at a time, so that a large network's
 * (each demand's next-best route through every other corridor: seconds at a
 * million arc-LP variables) can be spread over several tasks of the page.
 */
export function whyDemandsStepwise(scenario: Scenario, result: Result): WhyDemandsWork {
  // Each demand's costs are read off the result in the step that reaches it, with its route searches.
  const demands = result.status === 'optimal' ? scenario.demands : [];
  const costOf = demandCostsOf(scenario, result);
  const steps = routeChoiceSteps(scenario, result);
  const rows: WhyDemand[] = [];
  const step = (budgetMs: number): boolean => {
    const end = performance.now() + budgetMs;
    // The budget is looked at after each route search, not each demand: one demand's searches can take longer than a task should.
    do {
      if (rows.length >= demands.length) return true;
      const next = steps.next();
      const found = next.done ? null : next.value;
      if (!next.done && found === null) continue;
      const c = costOf(demands[rows.length]!);
      const choice = found !== null && found.demand === c.id ? found : { demand: c.id, chosen: null, nextBest: null, switchGap: null };
      rows.push({ ...c, choice });
    } while (performance.now() < end);
    return rows.length >= demands.length;
  };
  return { rows: () => rows, total: demands.length, step };
}
