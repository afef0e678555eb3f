import { describe, expect, it } from 'vitest';
import { strongComponents } from '../../../src/lp/strong-components';

/** CSR of a graph given as arc pairs. */
function csr(numNodes: number, arcs: [number, number][]): [Int32Array, Int32Array] {
  const start = new Int32Array(numNodes + 1);
  for (const [a] of arcs) start[a + 1]!++;
  for (let v = 0; v < numNodes; v++) start[v + 1]! += start[v]!;
  const next = start.slice(0, numNodes);
  const head = new Int32Array(arcs.length);
  for (const [a, b] of arcs) head[next[a]!++] = b;
  return [start, head];
}

describe('strongComponents', () => {
  it('should group nodes that reach each other', () => {
    // 0→1→2→0 is one cycle, 2→3, 3⇄4, 5 alone.
    const [start, head] = csr(6, [[0, 1], [1, 2], [2, 0], [2, 3], [3, 4], [4, 3]]);
    const c = strongComponents(6, start, head);
    expect(c[0]).toBe(c[1]);
    expect(c[1]).toBe(c[2]);
    expect(c[3]).toBe(c[4]);
    expect(new Set([c[0], c[3], c[5]]).size).toBe(3);
  });

  it('should handle a long path without overflowing the stack', () => {
    const n = 200_000;
    const arcs: [number, number][] = [];
    for (let v = 0; v + 1 < n; v++) arcs.push([v, v + 1]);
    arcs.push([n - 1, 0]);
    const [start, head] = csr(n, arcs);
    const c = strongComponents(n, start, head);
    expect(new Set(c).size).toBe(1);
  });
});
