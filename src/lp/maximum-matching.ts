import { int32 } from './scratch';

/**
 * A maximum matching of a bipartite graph: `matchLeft[u]` is the right
 * vertex left vertex u is matched to, `matchRight[v]` the left vertex of
 * right vertex v, -1 where unmatched.
 */
export interface BipartiteMatching {
  readonly matchLeft: Int32Array;
  readonly matchRight: Int32Array;
}

const INF = 0x7fffffff;

/**
 * Hopcroft–Karp: phases of one alternating BFS from the free left vertices
 * (levels), then vertex-disjoint shortest augmenting paths along those
 * levels; O(E √V) in all.
 *
 * Edges of left vertex u: `edgeTarget[edgeStart[u] .. edgeStart[u+1]]`
 * (right vertex indices; repeats allowed).
 */
export function maximumMatching(numLeft: number, numRight: number, edgeStart: Int32Array, edgeTarget: Int32Array): BipartiteMatching {
  const matchLeft = int32(numLeft).fill(-1);
  const matchRight = int32(numRight).fill(-1);
  const level = int32(numLeft);
  const queue = int32(numLeft);
  const next = int32(numLeft);
  const stack = int32(numLeft);
  const graph: MatchingState = { numLeft, edgeStart, edgeTarget, matchLeft, matchRight, level, queue, next, stack };
  while (layer(graph)) {
    for (let u = 0; u < numLeft; u++) if (matchLeft[u] === -1) augment(graph, u);
  }
  return { matchLeft, matchRight };
}

/** The graph, the matching being grown and the scratch of one Hopcroft–Karp run. */
interface MatchingState {
  readonly numLeft: number;
  readonly edgeStart: Int32Array;
  readonly edgeTarget: Int32Array;
  readonly matchLeft: Int32Array;
  readonly matchRight: Int32Array;
  /** BFS level of each left vertex in this phase; INF: unreached or a dead end. */
  readonly level: Int32Array;
  readonly queue: Int32Array;
  /** Per left vertex on the DFS stack: the edge it tries next. */
  readonly next: Int32Array;
  readonly stack: Int32Array;
}

/** Levels of left vertices by alternating BFS from the free ones; true when a free right vertex is reachable. */
function layer({ numLeft, edgeStart, edgeTarget, matchLeft, matchRight, level, queue }: MatchingState): boolean {
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
}

/** One augmenting path from free left vertex `root` along the levels (iterative DFS); true if it augmented. */
function augment({ edgeStart, edgeTarget, matchLeft, matchRight, level, next, stack }: MatchingState, root: number): boolean {
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
}
