import { commodityRoot, type LpLayout } from './lp-layout';
import { adjacencyOf, type PricingAdjacency } from './pricing-adjacency';
import { MinHeap } from './min-heap';
import { float64, int32, uint8 } from './scratch';

/**
 * Shortest-path trees of one commodity at a time over its own flow columns
 * (the arcs the build kept for it), under arc lengths the caller gives per
 * flow column (reduced costs c_j − Σ_r y_r a_rj in the path method).
 *
 * A commodity merged by destination is searched backwards from its
 * destination (every arc reversed), any other forwards from its origin, so
 * one tree prices every demand of the commodity (`commodityRoot`).
 *
 * Lengths ≥ 0: Dijkstra. Some length < 0: label correcting (FIFO
 * Bellman–Ford), which gives up on a negative cycle (`negativeCycle` names
 * its columns). Nodes the root cannot
 * reach keep the label Infinity until `labelUnreached` gives them one label
 * of at least 1 + Σ|length| over the commodity's columns: more than any
 * path's length, so every column keeps a reduced length
 * length_j + label(tail) − label(head) ≥ 0 (for lengths ≥ 0 among the
 * unreached nodes), which the dual reconstruction needs of every column.
 */
export class PathTrees {
  /** Label per node of the last tree: the distance from the root (or to it, backwards). */
  readonly distance: Float64Array;
  /** Flow column by which the last tree reaches each node, or -1. */
  readonly via: Int32Array;
  /** Whether the last tree was searched backwards (the commodity was merged by destination). */
  backward = false;
  /** False only where no column of the last tree's commodity has a negative length (so none can lie beyond its reach). */
  someNegative = true;
  private unreached = 1;
  /** The last tree's root (-1: none). */
  private root = -1;
  /** The node whose label was corrected too often when the last `grow` gave up on a negative cycle, or -1. */
  private cycleAt = -1;
  /** `cycleOutOfReach`'s labels of the nodes the last tree did not reach, when it found no cycle since that `grow`. */
  private potential: Float64Array | null = null;
  private hasPotential = false;
  /** The tree `cycleOutOfReach` searched around, kept to be put back. */
  private treeDistance: Float64Array | null = null;
  private treeVia: Int32Array | null = null;
  /** Where each node's columns start in `adjacency` for the last tree (CSR over all nodes). */
  private readonly start: Int32Array;
  private readonly heap: MinHeap;
  private readonly inQueue: Uint8Array;
  private readonly queue: Int32Array;
  private readonly passes: Int32Array;

  /** `adjacency`: the layout's columns by tail (`pricingAdjacency`), when kept for the layout already. */
  constructor(
    private readonly layout: LpLayout,
    private readonly adjacency: PricingAdjacency = adjacencyOf(layout),
  ) {
    const numNodes = layout.nodeEnabled.length;
    this.distance = float64(numNodes);
    this.via = int32(numNodes);
    this.start = int32(numNodes + 1);
    this.heap = new MinHeap(numNodes);
    this.inQueue = uint8(numNodes);
    this.queue = int32(numNodes);
    this.passes = int32(numNodes);
  }

  /** The tail of column j in the direction searched (its head when backwards). */
  tail(j: number): number {
    const l = this.layout.columnItem[j]!;
    return this.backward ? this.layout.linkTo[l]! : this.layout.linkFrom[l]!;
  }

  head(j: number): number {
    const l = this.layout.columnItem[j]!;
    return this.backward ? this.layout.linkFrom[l]! : this.layout.linkTo[l]!;
  }

  /** Grows commodity c's tree under `length` (per column); false on a negative cycle (no tree then). */
  grow(c: number, length: Float64Array): boolean {
    const { layout } = this;
    const root = commodityRoot(layout, c);
    this.root = root;
    this.backward = layout.commodityDestination[c]! >= 0;
    const first = layout.commodityColumnStart[c]!;
    const end = layout.commodityFlowEnd[c]!;
    this.distance.fill(Infinity);
    this.via.fill(-1);
    this.someNegative = true;
    this.cycleAt = -1;
    this.hasPotential = false;
    if (root < 0) return true;
    // Summed in a local, stored once: a field written per column costs a store (and, cold, a number) each time.
    let unreached = 1;
    let negative = false;
    for (let j = first; j < end; j++) {
      const value = length[j]!;
      unreached += Math.abs(value);
      if (value < 0) negative = true;
    }
    this.unreached = unreached;
    this.someNegative = negative;
    this.adjacencyStart(c, first, end);
    this.distance[root] = 0;
    return negative ? this.labelCorrecting(root, length) : this.dijkstra(root, length);
  }

  /**
   * Labels every node the last tree did not reach with L = max(1 + Σ|length|, `floor`), or, after a
   * `cycleOutOfReach` that found no cycle, with L + π(n) − min π: at least L still, and every column among them then
   * has length + label(tail) − label(head) ≥ 0 whatever the sign of its length.
   */
  labelUnreached(floor: number): void {
    const label = Math.max(this.unreached, floor);
    const { distance, potential } = this;
    if (!this.hasPotential || potential === null) {
      for (let n = 0; n < distance.length; n++) if (distance[n] === Infinity) distance[n] = label;
      return;
    }
    let least = 0;
    for (let n = 0; n < distance.length; n++) if (distance[n] === Infinity) least = Math.min(least, potential[n]!);
    for (let n = 0; n < distance.length; n++) if (distance[n] === Infinity) distance[n] = label + potential[n]! - least;
  }

  /**
   * The last tree's path to node `end`: its columns from `end` back to the root, in `arcs`. False where the tree does
   * not reach `end`, or its columns go round a loop instead: a cycle of length 0 but for rounding through the root
   * lowers the root's label by that rounding (−1e-14 from 0 is a correction however small the tolerance relative to
   * 0), and the columns that reach the root then lead on from it.
   */
  pathTo(end: number, arcs: number[]): boolean {
    arcs.length = 0;
    for (let v = end; v !== this.root; v = this.tail(this.via[v]!)) {
      if (this.via[v]! < 0 || arcs.length >= this.distance.length) return false;
      arcs.push(this.via[v]!);
    }
    return true;
  }

  /**
   * After a `grow` that gave up on a negative cycle: that cycle's flow columns (in `arcs`, from its last column back
   * to its first, as paths are listed), found by following the tree's `via` columns back from the node whose label was
   * corrected too often; false when they lead back to the root instead (no cycle among them). A cycle in the tree's
   * direction is one in the network too (backwards, each column reversed: the same columns, around the other way).
   * Why `via` holds one: a label is only ever lowered along a column, so a loop of `via` columns is one whose labels
   * each undercut the last, which only a cycle of negative length allows (Bellman–Ford's parent-pointer walk).
   */
  negativeCycle(arcs: number[]): boolean {
    arcs.length = 0;
    const numNodes = this.distance.length;
    let v = this.cycleAt;
    if (v < 0) return false;
    // numNodes steps back from a node behind the cycle land on it, unless the columns lead to the root.
    for (let step = 0; step < numNodes; step++) {
      if (this.via[v]! < 0) return false;
      v = this.tail(this.via[v]!);
    }
    let w = v;
    do {
      const j = this.via[w]!;
      if (j < 0 || arcs.length >= numNodes) return false;
      arcs.push(j);
      w = this.tail(j);
    } while (w !== v);
    return true;
  }

  /**
   * After a `grow` that met no negative cycle: whether one lies among the nodes its tree did not reach, searched from
   * all of them at once (as from one more root, joined to each by a column of length 0). True when it finds one
   * (`negativeCycle` names it; the tree is lost). Otherwise the tree is as it was, and the search's labels π ≤ 0 of
   * those nodes, with π(head) ≤ π(tail) + length on every column among them, are kept for `labelUnreached`.
   */
  cycleOutOfReach(length: Float64Array): boolean {
    if (!this.someNegative) return false;
    const { distance, via, inQueue, queue } = this;
    const numNodes = distance.length;
    this.treeDistance ??= float64(numNodes);
    this.treeVia ??= int32(numNodes);
    this.treeDistance.set(distance);
    this.treeVia.set(via);
    inQueue.fill(0);
    this.passes.fill(0);
    this.cycleAt = -1;
    let size = 0;
    for (let n = 0; n < numNodes; n++) {
      if (distance[n] !== Infinity) {
        // Never lowered, so never searched from: a reached node's columns lead only to reached nodes.
        distance[n] = -Infinity;
        continue;
      }
      distance[n] = 0;
      queue[size++] = n;
      inQueue[n] = 1;
    }
    if (size > 0 && !this.correctLabels(size, length)) return true;
    const potential = (this.potential ??= float64(numNodes));
    for (let n = 0; n < numNodes; n++) potential[n] = this.treeDistance[n] === Infinity ? distance[n]! : 0;
    distance.set(this.treeDistance);
    via.set(this.treeVia);
    this.hasPotential = true;
    return false;
  }

  /** Where each node's columns start in commodity c's range of `adjacency` (sorted by tail already). */
  private adjacencyStart(c: number, first: number, end: number): void {
    const numNodes = this.distance.length;
    const { start } = this;
    const kept = this.adjacency.nodeStart;
    if (kept !== null) {
      start.set(kept.subarray(c * (numNodes + 1), (c + 1) * (numNodes + 1)));
      return;
    }
    const tail = this.adjacency.tail;
    start.fill(0);
    for (let p = first; p < end; p++) start[tail[p]! + 1]!++;
    start[0] = first;
    for (let n = 0; n < numNodes; n++) start[n + 1]! += start[n]!;
  }

  private dijkstra(root: number, length: Float64Array): boolean {
    const { distance, via, start, heap } = this;
    const { column, head } = this.adjacency;
    const done = this.inQueue;
    done.fill(0);
    heap.push(root, 0);
    while (heap.size > 0) {
      const v = heap.pop();
      if (done[v] === 1) continue;
      done[v] = 1;
      for (let p = start[v]!; p < start[v + 1]!; p++) {
        const j = column[p]!;
        const w = head[p]!;
        const d = distance[v]! + length[j]!;
        if (d < distance[w]!) {
          distance[w] = d;
          via[w] = j;
          heap.push(w, d);
        }
      }
    }
    return true;
  }

  private labelCorrecting(root: number, length: Float64Array): boolean {
    this.inQueue.fill(0);
    this.passes.fill(0);
    this.queue[0] = root;
    this.inQueue[root] = 1;
    return this.correctLabels(1, length);
  }

  /**
   * FIFO label correcting from the `size` nodes at the head of `queue` (marked in `inQueue`, `passes` cleared), with
   * their labels set; false on a negative cycle (`cycleAt` then names a node on it or behind it).
   */
  private correctLabels(size: number, length: Float64Array): boolean {
    const { distance, via, start, inQueue, queue, passes } = this;
    const { column, head } = this.adjacency;
    const numNodes = distance.length;
    // A circular FIFO: each node is in it at most once.
    let headAt = 0;
    while (size > 0) {
      const v = queue[headAt]!;
      headAt = (headAt + 1) % numNodes;
      size--;
      inQueue[v] = 0;
      // A node taken out numNodes times lies on a negative cycle, or behind one.
      if (++passes[v]! > numNodes) {
        this.cycleAt = v;
        return false;
      }
      for (let p = start[v]!; p < start[v + 1]!; p++) {
        const j = column[p]!;
        const w = head[p]!;
        const d = distance[v]! + length[j]!;
        if (d < distance[w]! - 1e-12 * Math.abs(d)) {
          distance[w] = d;
          via[w] = j;
          if (inQueue[w] === 0) {
            queue[(headAt + size) % numNodes] = w;
            size++;
            inQueue[w] = 1;
          }
        }
      }
    }
    return true;
  }
}
