import type fc from 'fast-check';
import type { Scenario } from '../../../src/model/types';
import { sharedOriginScenarioArbitrary } from './shared-origin-scenario-arbitrary';

/**
 * `sharedOriginScenarioArbitrary` with every demand turned round: 2–5
 * demands that end at n0 or n1 from anywhere, so that demands often share a
 * destination (and a value of time) and the reduced build merges them by
 * destination, a minimum vertex cover of few destinations and many origins.
 */
export function sharedDestinationScenarioArbitrary(): fc.Arbitrary<Scenario> {
  return sharedOriginScenarioArbitrary().map((scenario) => ({
    ...scenario,
    demands: scenario.demands.map((demand) => ({ ...demand, from: demand.to, to: demand.from })),
  }));
}
