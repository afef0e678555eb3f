/**
 * Metamorphic relation: more demand never costs less (where that is true).
 */
import fc from 'fast-check';
import type { Scenario } from '../model/types';
import { defineRelation, describeOutcome, objectivesAgree } from './define-relation';

/** Which demand grows, and by what fraction of its volume (0 < amount ≤ 1). */
export interface MoreDemandParams {
  readonly demand: string;
  readonly amount: number;
}

/**
 * More demand never costs less — provided no enabled corridor has a share
 * bound (`maxShare` < 1 or `minShare` > 0) or a `minFlow`. With those it is
 * false: if a demand may only send half of all served tonnes through a cheap
 * corridor, more of another demand makes room there and the total can fall.
 * Where it applies, any flow for the larger volume scales down to one for
 * the smaller, so the optimum cannot fall, and an infeasible scenario stays
 * infeasible. `applies(scenario)` says whether the scenario qualifies.
 */
export const moreDemand = defineRelation<MoreDemandParams>({
  relation: 'more-demand',
  applies: (scenario: Scenario) =>
    (scenario.corridors ?? []).every(
      (c) => c.enabled === false || ((c.maxShare ?? 1) >= 1 && (c.minShare ?? 0) <= 0 && (c.minFlow ?? 0) <= 0),
    ),
  params: (scenario) =>
    fc.record({
      demand: fc.constantFrom(...scenario.demands.map((d) => d.id)),
      amount: fc.integer({ min: 1, max: 10 }).map((tenths) => tenths / 10),
    }),
  transform: (scenario, params) => ({
    scenario: {
      ...scenario,
      demands: scenario.demands.map((d) => (d.id === params.demand ? { ...d, volume: d.volume * (1 + params.amount) } : d)),
    },
    change: `raising the volume of demand ${params.demand} by ${params.amount * 100}%`,
  }),
  expect: (base, variant) => {
    if (base.status === 'infeasible' && variant.status === 'optimal') {
      return `the scenario was infeasible but became optimal (${describeOutcome(variant)})`;
    }
    if (base.status !== 'optimal' || variant.status !== 'optimal') return undefined;
    if (variant.objective < base.objective && !objectivesAgree(variant.objective, base.objective)) {
      return `the objective fell from ${describeOutcome(base)} to ${describeOutcome(variant)}`;
    }
    return undefined;
  },
});
