/**
 * Metamorphic relation: the objective is linear in the prices.
 */
import fc from 'fast-check';
import type { Scenario } from '../model/types';
import { defineRelation, describeOutcome, objectivesAgree } from './define-relation';

/** The factor every cost, penalty and value of time is multiplied by (> 0). */
export interface ScaleCostsParams {
  readonly k: number;
}

function scale(scenario: Scenario, k: number): Scenario {
  return {
    ...scenario,
    links: scenario.links.map((l) => ({ ...l, cost: l.cost * k })),
    nodes: scenario.nodes.map((n) => (n.cost !== undefined ? { ...n, cost: n.cost * k } : n)),
    demands: scenario.demands.map((d) => ({
      ...d,
      ...(d.valueOfTime !== undefined ? { valueOfTime: d.valueOfTime * k } : {}),
      ...(d.unmetPenalty !== undefined ? { unmetPenalty: d.unmetPenalty * k } : {}),
    })),
  };
}

/**
 * Scaling every cost and penalty by k scales the objective by k: link and
 * node costs, unmet penalties and values of time (which turn days into
 * money) are multiplied by k; the feasible set does not change, so the
 * status is the same and the optimum is k times the old one.
 * `scaleCosts.params()` draws k from 0.25, 0.5, 2, 3 and 10.
 */
export const scaleCosts = defineRelation<ScaleCostsParams>({
  relation: 'scale-costs',
  params: () => fc.record({ k: fc.constantFrom(2, 0.5, 3, 10, 0.25) }),
  transform: (scenario, params) => ({ scenario: scale(scenario, params.k), change: `multiplying every cost and penalty by ${params.k}` }),
  expect: (base, variant, params) => {
    if (base.status !== variant.status) return `the status changed from ${base.status} to ${variant.status}`;
    if (base.status !== 'optimal') return undefined;
    const expected = base.objective * params.k;
    return objectivesAgree(variant.objective, expected)
      ? undefined
      : `the objective went from ${describeOutcome(base)} to ${describeOutcome(variant)}, not ${Number(expected.toPrecision(8))} USD/yr`;
  },
});
