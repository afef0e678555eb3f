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
 * Bellman–Ford), which gives up on a negative cycle. Nodes the root cannot
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
    this.backward = layout.commodityDestination[c]! >= 0;
    const first = layout.commodityColumnStart[c]!;
    const end = layout.commodityFlowEnd[c]!;
    this.distance.fill(Infinity);
    this.via.fill(-1);
    this.someNegative = true;
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

  /** Labels every node the last tree did not reach with max(1 + Σ|length|, `floor`). */
  labelUnreached(floor: number): void {
    const label = Math.max(this.unreached, floor);
    for (let n = 0; n < this.distance.length; n++) if (this.distance[n] === Infinity) this.distance[n] = label;
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
    const { distance, via, start, inQueue, queue, passes } = this;
    const { column, head } = this.adjacency;
    const numNodes = distance.length;
    inQueue.fill(0);
    passes.fill(0);
    // A circular FIFO: each node is in it at most once.
    let headAt = 0;
    let size = 0;
    queue[0] = root;
    size = 1;
    inQueue[root] = 1;
    while (size > 0) {
      const v = queue[headAt]!;
      headAt = (headAt + 1) % numNodes;
      size--;
      inQueue[v] = 0;
      // A node taken out numNodes times lies on a negative cycle.
      if (++passes[v]! > numNodes) return false;
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
