/**
 * `PathTrees` (path-pricing.ts) with the node starts kept per layout
 * (`PricingAdjacency.nodeStart`) against the same trees counted per tree:
 * the pricing of every round of the path method reads the kept ones. And the
 * negative cycle a tree gives up on, which the path method adds to its master.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLp } from '../../../src/lp/build-lp';
import { PathTrees } from '../../../src/lp/path-pricing';
import { adjacencyOf } from '../../../src/lp/pricing-adjacency';
import { propertySettings } from '../../support/property-settings';
import { link, scenarioOf } from './scenario-fixture';
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

describe('PathTrees.negativeCycle', () => {
  it.each([
    ['small scenarios', smallScenarioArbitrary],
    ['demands sharing destinations', sharedDestinationScenarioArbitrary],
  ])('should name a cycle of the commodity\'s own columns, of negative length, whenever a tree gives up (%s)', (_, scenarios) => {
    // Mostly negative lengths, so that trees give up often.
    const values = fc.array(fc.double({ min: -5, max: 2, noNaN: true }), { minLength: 1, maxLength: 12 });
    let gaveUp = 0;
    fc.assert(
      fc.property(scenarios(), values, (scenario, lengths) => {
        const { layout, lp } = buildLp(scenario);
        const length = Float64Array.from({ length: lp.numCols }, (_, j) => lengths[j % lengths.length]!);
        const trees = new PathTrees(layout);
        const arcs: number[] = [];
        for (let c = 0; c < layout.numCommodities; c++) {
          if (trees.grow(c, length)) continue;
          gaveUp++;
          expect(trees.negativeCycle(arcs)).toBe(true);
          expect(new Set(arcs).size).toBe(arcs.length);
          let sum = 0;
          for (let a = 0; a < arcs.length; a++) {
            const j = arcs[a]!;
            expect(j >= layout.commodityColumnStart[c]! && j < layout.commodityFlowEnd[c]!).toBe(true);
            // Listed from the last column back: each column's tail is the head of the one listed after it.
            expect(trees.tail(j)).toBe(trees.head(arcs[(a + 1) % arcs.length]!));
            sum += length[j]!;
          }
          expect(sum).toBeLessThan(0);
        }
      }),
      propertySettings(150),
    );
    expect(gaveUp).toBeGreaterThan(0);
  });
});

describe('PathTrees.pathTo', () => {
  it('should stop at the root where rounding round a loop of length 0 through it lowered the root\'s label', () => {
    // Found with cycle columns in the master: a loop priced at 0 but for rounding. 1 + (−1 − 2⁻⁵²) lowers the root
    // A's label to −2⁻⁵², and A's column to B then reaches B, so the tree's columns go B→A→B→A… past the root.
    const scenario = scenarioOf({
      nodes: ['A', 'B', 'C'],
      links: [link('A', 'B', 1), link('B', 'A', 1), link('B', 'C', 1)],
      demands: [{ id: 'd', from: 'A', to: 'C', volume: 1 }],
    });
    const { layout, lp } = buildLp(scenario, { aggregate: 'origin' });
    const column = (linkId: string): number => {
      const l = scenario.links.findIndex((x) => x.id === linkId);
      return Array.from(layout.columnItem).findIndex((item, j) => item === l && j < lp.numCols);
    };
    const length = new Float64Array(lp.numCols);
    length[column('AB')] = 1;
    length[column('BA')] = -1 - 2 ** -52;
    length[column('BC')] = 1;
    const trees = new PathTrees(layout);
    expect(trees.grow(0, length)).toBe(true);
    const [a, c] = [0, 2];
    expect(trees.distance[a]).toBeLessThan(0);
    const arcs: number[] = [];
    expect(trees.pathTo(c, arcs)).toBe(true);
    expect(arcs).toEqual([column('BC'), column('AB')]);
  });
});
