import type { ScenarioArrays } from './scenario-arrays';
import { copyOf, int32 } from './scratch';

/**
 * The arcs (links the LP may use) by tail and by head, in CSR form:
 * `outLink/outHead[outStart[v] .. outStart[v+1]]` leave v,
 * `inLink[inStart[v] .. inStart[v+1]]` enter v, each in link order.
 */
export interface ArcAdjacency {
  readonly outStart: Int32Array;
  readonly outLink: Int32Array;
  readonly outHead: Int32Array;
  readonly inStart: Int32Array;
  readonly inLink: Int32Array;
}

export function arcAdjacency(arrays: ScenarioArrays): ArcAdjacency {
  const { numNodes, numLinks, numArcs, linkIsArc, linkFrom, linkTo } = arrays;
  const outStart = int32(numNodes + 1);
  const inStart = int32(numNodes + 1);
  for (let l = 0; l < numLinks; l++) {
    if (linkIsArc[l] === 0) continue;
    outStart[linkFrom[l]! + 1]!++;
    inStart[linkTo[l]! + 1]!++;
  }
  for (let n = 0; n < numNodes; n++) {
    outStart[n + 1]! += outStart[n]!;
    inStart[n + 1]! += inStart[n]!;
  }
  const outLink = int32(numArcs);
  const outHead = int32(numArcs);
  const inLink = int32(numArcs);
  const outNext = copyOf(outStart, 0, numNodes);
  const inNext = copyOf(inStart, 0, numNodes);
  for (let l = 0; l < numLinks; l++) {
    if (linkIsArc[l] === 0) continue;
    const p = outNext[linkFrom[l]!]!++;
    outLink[p] = l;
    outHead[p] = linkTo[l]!;
    inLink[inNext[linkTo[l]!]!++] = l;
  }
  return { outStart, outLink, outHead, inStart, inLink };
}
