/**
 * Small bipartite graphs for the tests of the matching and the cover: edges
 * as (left, right) pairs, and the CSR layout by left vertex those functions
 * read.
 */
import fc from 'fast-check';

export interface BipartiteGraph {
  readonly numLeft: number;
  readonly numRight: number;
  readonly edges: readonly (readonly [number, number])[];
}

/** Edges as (left, right) pairs → CSR by left vertex. */
export function csr(numLeft: number, edges: readonly (readonly [number, number])[]): [Int32Array, Int32Array] {
  const start = new Int32Array(numLeft + 1);
  for (const [u] of edges) start[u + 1]!++;
  for (let u = 0; u < numLeft; u++) start[u + 1]! += start[u]!;
  const fill = start.slice(0, numLeft);
  const target = new Int32Array(edges.length);
  for (const [u, v] of edges) target[fill[u]!++] = v;
  return [start, target];
}

/** Graphs of 1 to `maxSide` vertices a side and up to `maxEdges` edges (repeats allowed): small enough to solve by brute force. */
export function bipartiteGraphArbitrary(maxSide: number, maxEdges: number): fc.Arbitrary<BipartiteGraph> {
  return fc
    .record({ numLeft: fc.integer({ min: 1, max: maxSide }), numRight: fc.integer({ min: 1, max: maxSide }) })
    .chain(({ numLeft, numRight }) =>
      fc.record({
        numLeft: fc.constant(numLeft),
        numRight: fc.constant(numRight),
        edges: fc.array(fc.tuple(fc.integer({ min: 0, max: numLeft - 1 }), fc.integer({ min: 0, max: numRight - 1 })), { maxLength: maxEdges }),
      }),
    );
}
