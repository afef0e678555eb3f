/**
 * The arbitrary most property tests start from.
 */
import type fc from 'fast-check';
import type { Scenario } from '../model/types';
import { scenarioWithBoundArbitrary } from './scenario-with-bound-arbitrary';
import type { ScenarioConstraints } from './types';

/**
 * A fast-check arbitrary of valid scenarios (`corridor-flow/scenario@1`);
 * feasible by construction unless `constraints.feasibleByConstruction` is
 * false. The same scenarios as `scenarioWithBoundArbitrary`, without the
 * cost bound; see `ScenarioConstraints` for the network's shape and every
 * default.
 *
 * @example
 * fc.assert(fc.asyncProperty(scenarioArbitrary({ demands: { min: 1, max: 1 } }), async (scenario) => {
 *   expect(checkResult(scenario, await solve(scenario))).toEqual([]);
 * }));
 */
export function scenarioArbitrary(constraints: ScenarioConstraints = {}): fc.Arbitrary<Scenario> {
  return scenarioWithBoundArbitrary(constraints).map((generated) => generated.scenario);
}
