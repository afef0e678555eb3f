/**
 * Hopcroft–Karp on its own: the matching `minimumVertexCover` reads its
 * cover off (König).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maximumMatching } from '../../../src/lp/maximum-matching';
import { propertySettings } from '../../support/property-settings';
import { bipartiteGraphArbitrary, csr } from './bipartite-graph-fixture';

/** The size of a maximum matching by trying every subset of edges (small graphs only): the known answer. */
function bruteForceMatchingSize(edges: readonly (readonly [number, number])[]): number {
  let best = 0;
  for (let mask = 0; mask < 1 << edges.length; mask++) {
    const left = new Set<number>();
    const right = new Set<number>();
    let ok = true;
    for (let e = 0; e < edges.length && ok; e++) {
      if (!(mask & (1 << e))) continue;
      const [u, v] = edges[e]!;
      if (left.has(u) || right.has(v)) ok = false;
      left.add(u);
      right.add(v);
    }
    if (ok) best = Math.max(best, left.size);
  }
  return best;
}

const graphArbitrary = bipartiteGraphArbitrary(5, 12);

describe('maximumMatching', () => {
  it('should match a path u0–v0–u1–v1 in full, which needs an augmenting path through a matched edge', () => {
    // Left 0 → right 0 and 1; left 1 → right 0 only. Greedy u0–v0 leaves u1 free until u0 moves to v1.
    const [start, target] = csr(2, [[0, 0], [0, 1], [1, 0]]);
    const { matchLeft, matchRight } = maximumMatching(2, 2, start, target);
    expect(Array.from(matchLeft)).toEqual([1, 0]);
    expect(Array.from(matchRight)).toEqual([1, 0]);
  });

  it('should match only one left vertex of a star and leave the others at -1', () => {
    const [start, target] = csr(3, [[0, 0], [1, 0], [2, 0]]);
    const { matchLeft, matchRight } = maximumMatching(3, 1, start, target);
    expect(matchLeft.filter((v) => v === 0)).toHaveLength(1);
    expect(matchLeft.filter((v) => v === -1)).toHaveLength(2);
    expect(matchLeft[matchRight[0]!]).toBe(0);
  });

  it('should return a consistent matching along edges of the graph, as large as any matching', () => {
    fc.assert(
      fc.property(graphArbitrary, ({ numLeft, numRight, edges }) => {
        const [start, target] = csr(numLeft, edges);
        const { matchLeft, matchRight } = maximumMatching(numLeft, numRight, start, target);
        const pairs = Array.from(matchLeft.entries()).filter(([, v]) => v >= 0);
        const notEdges = pairs.filter(([u, v]) => !edges.some(([a, b]) => a === u && b === v));
        const inconsistent = pairs.filter(([u, v]) => matchRight[v] !== u);
        const orphans = Array.from(matchRight.entries()).filter(([v, u]) => u >= 0 && matchLeft[u] !== v);
        expect({ notEdges, inconsistent, orphans }).toEqual({ notEdges: [], inconsistent: [], orphans: [] });
        expect(pairs.length).toBe(bruteForceMatchingSize(edges));
      }),
      propertySettings(300),
    );
  });
});
