import { int32, uint8 } from './scratch';

/**
 * A minimum vertex cover of a bipartite graph (König's theorem): a maximum
 * matching by Hopcroft–Karp, then, with Z the vertices an alternating path
 * reaches from the unmatched left vertices, the cover (L \ Z) ∪ (R ∩ Z). Its
 * size equals the matching's, which no cover can beat (each matched edge
 * needs its own vertex), so it is minimum.
 *
 * Edges of left vertex u: `edgeTarget[edgeStart[u] .. edgeStart[u+1]]`
 * (right vertex indices; repeats allowed). Returns 1 per vertex in the cover,
 * left ones then right ones (length numLeft + numRight).
 */
export function minimumVertexCover(numLeft: number, numRight: number, edgeStart: Int32Array, edgeTarget: Int32Array): Uint8Array {
  const matchLeft = int32(numLeft).fill(-1);
  const matchRight = int32(numRight).fill(-1);
  const level = int32(numLeft);
  const queue = int32(numLeft);
  const next = int32(numLeft);
  const stack = int32(numLeft);
  const INF = 0x7fffffff;

  /** Levels of left vertices by alternating BFS from the free ones; true when a free right vertex is reachable. */
  const layer = (): boolean => {
    let head = 0;
    let tail = 0;
    for (let u = 0; u < numLeft; u++) {
      if (matchLeft[u] === -1) {
        level[u] = 0;
        queue[tail++] = u;
      } else level[u] = INF;
    }
    let found = false;
    while (head < tail) {
      const u = queue[head++]!;
      for (let p = edgeStart[u]!; p < edgeStart[u + 1]!; p++) {
        const w = matchRight[edgeTarget[p]!]!;
        if (w === -1) found = true;
        else if (level[w] === INF) {
          level[w] = level[u]! + 1;
          queue[tail++] = w;
        }
      }
    }
    return found;
  };

  /** One augmenting path from free left vertex `root` along the levels (iterative DFS); true if it augmented. */
  const augment = (root: number): boolean => {
    let depth = 0;
    stack[0] = root;
    next[root] = edgeStart[root]!;
    while (depth >= 0) {
      const u = stack[depth]!;
      if (next[u] === edgeStart[u + 1]) {
        level[u] = INF; // a dead end for the rest of this phase
        depth--;
        if (depth >= 0) next[stack[depth]!]!++;
        continue;
      }
      const w = matchRight[edgeTarget[next[u]!]!]!;
      if (w === -1) {
        // Flip the path: each left vertex on the stack takes the right vertex its current edge points at.
        for (let i = 0; i <= depth; i++) {
          const x = stack[i]!;
          const y = edgeTarget[next[x]!]!;
          matchLeft[x] = y;
          matchRight[y] = x;
        }
        return true;
      }
      if (level[w] === level[u]! + 1) {
        stack[++depth] = w;
        next[w] = edgeStart[w]!;
      } else next[u]!++;
    }
    return false;
  };

  while (layer()) {
    for (let u = 0; u < numLeft; u++) if (matchLeft[u] === -1) augment(u);
  }

  // König: Z from the free left vertices along unmatched (left→right) then matched (right→left) edges.
  const inZLeft = uint8(numLeft);
  const inZRight = uint8(numRight);
  let head = 0;
  let tail = 0;
  for (let u = 0; u < numLeft; u++) {
    if (matchLeft[u] === -1) {
      inZLeft[u] = 1;
      queue[tail++] = u;
    }
  }
  while (head < tail) {
    const u = queue[head++]!;
    for (let p = edgeStart[u]!; p < edgeStart[u + 1]!; p++) {
      const v = edgeTarget[p]!;
      if (inZRight[v] === 1 || matchLeft[u] === v) continue;
      inZRight[v] = 1;
      const w = matchRight[v]!;
      if (w !== -1 && inZLeft[w] === 0) {
        inZLeft[w] = 1;
        queue[tail++] = w;
      }
    }
  }
  const cover = uint8(numLeft + numRight);
  for (let u = 0; u < numLeft; u++) cover[u] = inZLeft[u] === 1 ? 0 : 1;
  for (let v = 0; v < numRight; v++) cover[numLeft + v] = inZRight[v]!;
  return cover;
}
