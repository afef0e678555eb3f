import type { Result, Scenario } from '../model/types';
import { demandCosts, type DemandCosts } from './demand-costs';
import { routeChoices, type RouteChoice } from './next-best-route';

/** Why each demand goes the way it goes: its costs, its split and its alternative. */
export interface WhyDemand extends DemandCosts {
  readonly choice: RouteChoice;
}

/**
 * The "why" of an optimal result, demand by demand in scenario order: empty
 * for a result that is not optimal (there is no choice to explain).
 */
export function whyDemands(scenario: Scenario, result: Result): readonly WhyDemand[] {
  const costs = demandCosts(scenario, result);
  const choices = new Map(routeChoices(scenario, result).map((c) => [c.demand, c]));
  return costs.map((c) => ({ ...c, choice: choices.get(c.id) ?? { demand: c.id, chosen: null, nextBest: null, switchGap: null } }));
}
