/**
 * `PathTrees` (path-pricing.ts) with the node starts kept per layout
 * (`PricingAdjacency.nodeStart`) against the same trees counted per tree:
 * the pricing of every round of the path method reads the kept ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLp } from '../../../src/lp/build-lp';
import { PathTrees } from '../../../src/lp/path-pricing';
import { adjacencyOf } from '../../../src/lp/pricing-adjacency';
import { propertySettings } from '../../support/property-settings';
import { sharedDestinationScenarioArbitrary } from './shared-destination-scenario-arbitrary';
import { sharedOriginScenarioArbitrary } from './shared-origin-scenario-arbitrary';
import { smallScenarioArbitrary } from './small-scenario-arbitrary';

/** Arc lengths cycling through `values`, mostly ≥ 0 as reduced costs under capacity duals are, some < 0. */
const lengthsArbitrary = fc.array(fc.oneof({ weight: 4, arbitrary: fc.double({ min: 0, max: 50, noNaN: true }) }, { weight: 1, arbitrary: fc.double({ min: -5, max: 0, noNaN: true }) }), {
  minLength: 1,
  maxLength: 12,
});

describe('PathTrees with node starts kept per layout', () => {
  it.each([
    ['small scenarios', smallScenarioArbitrary],
    ['demands sharing origins', sharedOriginScenarioArbitrary],
    ['demands sharing destinations', sharedDestinationScenarioArbitrary],
  ])('should grow the same trees as when it counts them per tree (%s)', (_, scenarios) => {
    let kept = 0;
    fc.assert(
      fc.property(scenarios(), lengthsArbitrary, (scenario, values) => {
        const { layout, lp } = buildLp(scenario);
        const adjacency = adjacencyOf(layout);
        if (adjacency.nodeStart === null) return;
        kept++;
        const length = Float64Array.from({ length: lp.numCols }, (_, j) => values[j % values.length]!);
        const fromKept = new PathTrees(layout, adjacency);
        const counted = new PathTrees(layout, { ...adjacency, nodeStart: null });
        for (let c = 0; c < layout.numCommodities; c++) {
          expect(fromKept.grow(c, length)).toBe(counted.grow(c, length));
          expect(Array.from(fromKept.distance)).toEqual(Array.from(counted.distance));
          expect(Array.from(fromKept.via)).toEqual(Array.from(counted.via));
          expect(fromKept.someNegative).toBe(counted.someNegative);
        }
      }),
      propertySettings(150),
    );
    // The layouts' own node starts were compared, not only skipped.
    expect(kept).toBeGreaterThan(0);
  });
});
