import { maximumMatching, type BipartiteMatching } from './maximum-matching';
import { int32, uint8 } from './scratch';

/**
 * A minimum vertex cover of a bipartite graph (König's theorem): a maximum
 * matching by Hopcroft–Karp (`maximumMatching`), then the cover König's
 * construction reads off it (`koenigCover`). Its size equals the matching's,
 * which no cover can beat (each matched edge needs its own vertex), so it is
 * minimum.
 *
 * Edges of left vertex u: `edgeTarget[edgeStart[u] .. edgeStart[u+1]]`
 * (right vertex indices; repeats allowed). Returns 1 per vertex in the cover,
 * left ones then right ones (length numLeft + numRight).
 */
export function minimumVertexCover(numLeft: number, numRight: number, edgeStart: Int32Array, edgeTarget: Int32Array): Uint8Array {
  return koenigCover(numLeft, numRight, edgeStart, edgeTarget, maximumMatching(numLeft, numRight, edgeStart, edgeTarget));
}

/**
 * König's construction: with Z the vertices an alternating path (unmatched
 * edge left→right, matched edge right→left) reaches from the unmatched left
 * vertices, the cover is (L \ Z) ∪ (R ∩ Z), one vertex per matched edge when
 * the matching is maximum. Same graph layout and result as
 * `minimumVertexCover`.
 */
function koenigCover(
  numLeft: number,
  numRight: number,
  edgeStart: Int32Array,
  edgeTarget: Int32Array,
  { matchLeft, matchRight }: BipartiteMatching,
): Uint8Array {
  const inZLeft = uint8(numLeft);
  const inZRight = uint8(numRight);
  const queue = int32(numLeft);
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
