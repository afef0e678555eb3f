import fc from 'fast-check';
import type { Demand, Scenario } from '../../../src/model/types';
import { smallScenarioArbitrary } from './small-scenario-arbitrary';

/**
 * The small scenarios of `smallScenarioArbitrary` with 2–5 demands that
 * start at n0 or n1 and have a value of time of 0 or 2, so that demands
 * often share an origin and a value of time and are merged into one
 * commodity by the reduced build; mostly soft. Half of them keep their
 * corridors' lower bounds (which often make the scenario infeasible), so
 * that most have an optimum to compare.
 */
export function sharedOriginScenarioArbitrary(): fc.Arbitrary<Scenario> {
  return smallScenarioArbitrary().chain((scenario) => {
    const numNodes = scenario.nodes.length;
    const demand = fc
      .record({
        from: fc.integer({ min: 0, max: Math.min(1, numNodes - 1) }),
        to: fc.integer({ min: 0, max: numNodes - 1 }),
        volume: fc.integer({ min: 1, max: 100 }),
        valueOfTime: fc.constantFrom(undefined, 2),
        // Mostly soft, so that most scenarios have an optimum to compare.
        unmetPenalty: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined, freq: 10 }),
      })
      .filter((d) => d.from !== d.to);
    return fc.tuple(fc.array(demand, { minLength: 2, maxLength: 5 }), fc.boolean()).map(
      ([raw, lowerBounds]): Scenario => ({
        ...scenario,
        corridors: (scenario.corridors ?? []).map(({ minShare, minFlow, ...rest }) =>
          lowerBounds ? { ...rest, ...(minShare === undefined ? {} : { minShare }), ...(minFlow === undefined ? {} : { minFlow }) } : rest,
        ),
        demands: raw.map(
          (d, k): Demand => ({
            id: `d${k}`,
            from: `n${d.from}`,
            to: `n${d.to}`,
            volume: d.volume,
            ...(d.valueOfTime === undefined ? {} : { valueOfTime: d.valueOfTime }),
            ...(d.unmetPenalty === undefined ? {} : { unmetPenalty: d.unmetPenalty }),
          }),
        ),
      }),
    );
  });
}
