/**
 * Merging demands into the fewest commodities: a minimum vertex cover of the
 * origin–destination graph (König), and the grouping built from it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimumVertexCover } from '../../../src/lp/bipartite-vertex-cover';
import { buildLp } from '../../../src/lp/build-lp';
import { commoditiesByCover, commoditiesByOrigin } from '../../../src/lp/commodities';
import { demandArrays } from '../../../src/lp/demand-arrays';
import { NONE, scenarioArrays } from '../../../src/lp/scenario-arrays';
import type { Demand } from '../../../src/model/types';
import { propertySettings } from '../../support/property-settings';
import { bipartiteGraphArbitrary, csr } from './bipartite-graph-fixture';
import { link, scenarioOf } from './scenario-fixture';

/** The size of a minimum vertex cover by trying every subset (small graphs only): the known answer. */
function bruteForceCoverSize(numLeft: number, numRight: number, edges: readonly (readonly [number, number])[]): number {
  const n = numLeft + numRight;
  let best = n;
  for (let mask = 0; mask < 1 << n; mask++) {
    let size = 0;
    for (let i = 0; i < n; i++) if (mask & (1 << i)) size++;
    if (size >= best) continue;
    if (edges.every(([u, v]) => mask & (1 << u) || mask & (1 << (numLeft + v)))) best = size;
  }
  return best;
}

const graphArbitrary = bipartiteGraphArbitrary(6, 14);

describe('minimumVertexCover', () => {
  it('should cover a star by its centre and a perfect matching by one side', () => {
    const [starStart, starTarget] = csr(4, [[0, 0], [1, 0], [2, 0], [3, 0]]);
    expect(Array.from(minimumVertexCover(4, 1, starStart, starTarget))).toEqual([0, 0, 0, 0, 1]);
    const [matchStart, matchTarget] = csr(2, [[0, 0], [1, 1]]);
    expect(Array.from(minimumVertexCover(2, 2, matchStart, matchTarget)).reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('should cover every edge with as few vertices as any cover', () => {
    fc.assert(
      fc.property(graphArbitrary, ({ numLeft, numRight, edges }) => {
        const [start, target] = csr(numLeft, edges);
        const cover = minimumVertexCover(numLeft, numRight, start, target);
        const uncovered = edges.filter(([u, v]) => cover[u] === 0 && cover[numLeft + v] === 0);
        expect(uncovered).toEqual([]);
        expect(cover.reduce((a, b) => a + b, 0)).toBe(bruteForceCoverSize(numLeft, numRight, edges));
      }),
      propertySettings(300),
    );
  });
});

describe('commoditiesByCover', () => {
  const nodes = ['A', 'B', 'C', 'D', 'T', 'U'];
  const links = [link('A', 'T', 1), link('B', 'T', 1), link('C', 'T', 1), link('D', 'U', 1), link('T', 'U', 1)];
  const demand = (id: string, from: string, to: string, extra: Partial<Demand> = {}): Demand => ({ id, from, to, volume: 10, ...extra });

  it('should merge demands into one commodity per destination where that needs strictly fewer than per origin', () => {
    // Four origins, one destination: 4 commodities by origin, 1 by destination.
    const scenario = scenarioOf({ nodes, links, demands: ['A', 'B', 'C', 'D'].map((o, i) => demand(`d${i}`, o, 'U')) });
    const demands = demandArrays(scenario, scenarioArrays(scenario), true);
    const options = { merge: true, byValueOfTime: false };
    expect(commoditiesByOrigin(demands, options).numCommodities).toBe(4);
    const byCover = commoditiesByCover(demands, options);
    expect(byCover.numCommodities).toBe(1);
    expect(Array.from(byCover.commodityOrigin)).toEqual([NONE]);
    expect(Array.from(byCover.commodityDestination)).toEqual([5]);
    // The LP: one conservation row per node the commodity touches, U taking all 40 t.
    const { lp, layout } = buildLp(scenario);
    expect(layout.numCommodities).toBe(1);
    expect(lp.numCols).toBe(5);
    expect(Array.from(lp.rowLower)).toEqual([10, 10, 10, 10, 0, -40]);
  });

  it('should mix origin and destination commodities as the cover says, and keep value-of-time classes apart', () => {
    // A→T, A→U, B→U, C→U: cover {A, U} → 2 commodities (origins: 3).
    const scenario = scenarioOf({
      nodes,
      links: links.map((l) => ({ ...l, days: 1 })),
      demands: [demand('a1', 'A', 'T'), demand('a2', 'A', 'U'), demand('b', 'B', 'U'), demand('c', 'C', 'U'), demand('slow', 'D', 'U', { valueOfTime: 3 })],
    });
    const demands = demandArrays(scenario, scenarioArrays(scenario), true);
    const byCover = commoditiesByCover(demands, { merge: true, byValueOfTime: true });
    expect(Array.from(byCover.demandCommodity)).toEqual([0, 0, 1, 1, 2]);
    expect(Array.from(byCover.commodityOrigin)).toEqual([0, NONE, 3]);
    expect(Array.from(byCover.commodityDestination)).toEqual([NONE, 5, NONE]);
  });

  it('should merge by origin exactly as before where the cover is no smaller than the origins', () => {
    const scenario = scenarioOf({ nodes, links, demands: [demand('a', 'A', 'T'), demand('a2', 'A', 'U'), demand('b', 'B', 'U'), demand('b2', 'B', 'T')] });
    const demands = demandArrays(scenario, scenarioArrays(scenario), true);
    const options = { merge: true, byValueOfTime: false };
    expect(commoditiesByCover(demands, options)).toEqual(commoditiesByOrigin(demands, options));
  });
});
