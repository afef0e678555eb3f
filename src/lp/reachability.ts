import type { ArcAdjacency } from './arc-adjacency';
import { NONE, type ScenarioArrays } from './scenario-arrays';
import { int32, uint8 } from './scratch';
import { strongComponents } from './strong-components';

/**
 * Arcs every commodity keeps although they are on no origin→destination
 * walk: those on a cycle through a gate of a lower-bounded corridor (see
 * `LpLayout`, "Pruning"), 1 per link. All zero when no corridor has a lower
 * bound.
 */
export function lowerBoundCycleArcs(arrays: ScenarioArrays, adjacency: ArcAdjacency): Uint8Array {
  const { numNodes, numLinks, linkIsArc, linkCorridor, linkFrom, linkTo, corridorHasLowerBound } = arrays;
  const keep = uint8(numLinks);
  if (!arrays.anyLowerBound) return keep;
  const component = strongComponents(numNodes, adjacency.outStart, adjacency.outHead);
  const componentHasLowerGate = uint8(numNodes);
  for (let l = 0; l < numLinks; l++) {
    const c = linkCorridor[l]!;
    if (linkIsArc[l] === 1 && c !== NONE && corridorHasLowerBound[c] === 1) {
      const cf = component[linkFrom[l]!]!;
      if (cf === component[linkTo[l]!]) componentHasLowerGate[cf] = 1;
    }
  }
  for (let l = 0; l < numLinks; l++) {
    if (linkIsArc[l] === 0) continue;
    const cf = component[linkFrom[l]!]!;
    if (cf === component[linkTo[l]!] && componentHasLowerGate[cf] === 1) keep[l] = 1;
  }
  return keep;
}

/**
 * Which nodes a commodity's sources reach and which reach its sinks, over
 * arcs, by breadth-first search. `mark` stamps `forward[v]` / `backward[v]`
 * with the stamp it is given, so one instance serves every commodity without
 * clearing: a node is reached in the latest search exactly when its entry
 * equals the latest stamp.
 */
export class Reachability {
  readonly forward: Int32Array;
  readonly backward: Int32Array;
  private readonly queue: Int32Array;

  constructor(
    private readonly arrays: ScenarioArrays,
    private readonly adjacency: ArcAdjacency,
  ) {
    this.forward = int32(arrays.numNodes);
    this.backward = int32(arrays.numNodes);
    this.queue = int32(arrays.numNodes);
  }

  /** Stamps what `sources` reach (disabled or unknown ones start nothing) and what reaches `sinks`. */
  mark(stamp: number, sources: ArrayLike<number>, sinks: ArrayLike<number>): void {
    this.search(stamp, sources, this.forward, this.adjacency.outStart, this.adjacency.outHead, null);
    this.search(stamp, sinks, this.backward, this.adjacency.inStart, this.adjacency.inLink, this.arrays.linkFrom);
  }

  /** Breadth-first from `starts` over `next[start[v] .. start[v+1]]` (mapped through `nodeOf` when given). */
  private search(
    stamp: number,
    starts: ArrayLike<number>,
    seen: Int32Array,
    start: Int32Array,
    next: Int32Array,
    nodeOf: Int32Array | null,
  ): void {
    const queue = this.queue;
    const nodeEnabled = this.arrays.nodeEnabled;
    let head = 0;
    let tail = 0;
    for (let i = 0; i < starts.length; i++) {
      const v = starts[i]!;
      if (v !== NONE && nodeEnabled[v] === 1 && seen[v] !== stamp) {
        seen[v] = stamp;
        queue[tail++] = v;
      }
    }
    while (head < tail) {
      const v = queue[head++]!;
      for (let p = start[v]!; p < start[v + 1]!; p++) {
        const w = nodeOf === null ? next[p]! : nodeOf[next[p]!]!;
        if (seen[w] !== stamp) {
          seen[w] = stamp;
          queue[tail++] = w;
        }
      }
    }
  }
}
