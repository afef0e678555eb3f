import { GrowableFloat64, GrowableInt32 } from './growable-array';
import { float64, int32 } from './scratch';

/**
 * A flow written as paths from its source to its sinks plus cycles. Path or
 * cycle p uses the arcs `arc[start[p]] .. arc[start[p+1]]` (indices into the
 * arcs given to `decompose`) in the order a tonne travels them, carries
 * `amount[p]` tonnes, and ends at node `sink[p]`, or -1 for a cycle.
 */
export interface FlowDecomposition {
  readonly count: number;
  readonly start: Int32Array;
  readonly arc: Int32Array;
  readonly amount: Float64Array;
  readonly sink: Int32Array;
}

/**
 * Flow decomposition of a single-source, multi-sink flow (Ford–Fulkerson's
 * classic argument, done greedily): walk from the source along arcs that
 * still carry flow; stop at a sink that still takes tonnes and peel off the
 * path's bottleneck, or on meeting a node already on the walk peel off that
 * cycle. Each peel empties an arc or satisfies a sink, so there are at most
 * arcs + sinks of them, and the work is O(peels × path length). Flow left
 * once the source is exhausted can only be circulation and is peeled as
 * cycles. Any decomposition of an optimal merged flow gives per-demand flows
 * that are an optimum of the per-demand problem, so figures read from it are
 * exact for that optimum (they are unique where the optimum is).
 *
 * Flows within `tolerance` of 0 count as 0, so solver noise (an arc that
 * carries 1e-12 more than leaves its head) ends a walk without a path rather
 * than looping. One instance reuses its scratch arrays across calls.
 */
export class FlowDecomposer {
  private readonly localOf: Int32Array;
  private nodes = int32(16);
  private need = float64(16);
  private position = int32(16);
  private pointer = int32(16);
  private outStart = int32(17);
  private outArc = int32(16);
  private remaining = float64(16);
  private pathArc = int32(16);
  private pathNode = int32(17);

  constructor(numNodes: number) {
    this.localOf = int32(numNodes).fill(-1);
  }

  /**
   * @param source node the flow leaves from
   * @param tail, head, flow the arcs (node indices) and tonnes on each
   * @param sinkNode, sinkAmount tonnes each sink takes (a node may repeat: amounts add up)
   */
  decompose(
    source: number,
    tail: ArrayLike<number>,
    head: ArrayLike<number>,
    flow: ArrayLike<number>,
    numArcs: number,
    sinkNode: ArrayLike<number>,
    sinkAmount: ArrayLike<number>,
    numSinks: number,
    tolerance: number,
  ): FlowDecomposition {
    // Local node numbers for the source, the sinks and the ends of arcs with flow.
    let numLocal = 0;
    const localOf = this.localOf;
    const local = (node: number): number => {
      let id = localOf[node]!;
      if (id < 0) {
        id = numLocal++;
        localOf[node] = id;
        if (id >= this.nodes.length) this.growNodes();
        this.nodes[id] = node;
        this.need[id] = 0;
        this.position[id] = -1;
      }
      return id;
    };
    if (numArcs + 1 > this.outArc.length) this.growArcs(numArcs + 1);
    const source_ = local(source);
    for (let s = 0; s < numSinks; s++) {
      const id = local(sinkNode[s]!);
      this.need[id]! += sinkAmount[s]!;
    }
    let numUsed = 0;
    for (let a = 0; a < numArcs; a++) {
      if (flow[a]! > tolerance) {
        local(tail[a]!);
        local(head[a]!);
        numUsed++;
      }
    }
    // Arcs with flow grouped by tail (CSR over local nodes).
    const outStart = this.outStart;
    outStart.fill(0, 0, numLocal + 1);
    for (let a = 0; a < numArcs; a++) if (flow[a]! > tolerance) outStart[localOf[tail[a]!]! + 1]!++;
    for (let v = 0; v < numLocal; v++) outStart[v + 1]! += outStart[v]!;
    const pointer = this.pointer;
    for (let v = 0; v < numLocal; v++) pointer[v] = outStart[v]!;
    const outArc = this.outArc;
    const remaining = this.remaining;
    for (let a = 0; a < numArcs; a++) {
      remaining[a] = flow[a]! > tolerance ? flow[a]! : 0;
      if (remaining[a]! > 0) outArc[pointer[localOf[tail[a]!]!]!++] = a;
    }
    for (let v = 0; v < numLocal; v++) pointer[v] = outStart[v]!;

    const start = new GrowableInt32(16);
    const arcs = new GrowableInt32(Math.max(16, numUsed));
    const amount = new GrowableFloat64(16);
    const sink = new GrowableInt32(16);
    const position = this.position;
    const need = this.need;
    const pathArc = this.pathArc;
    const pathNode = this.pathNode;
    const take = (from: number, to: number, tonnes: number, sinkAt: number): void => {
      start.push(arcs.length);
      for (let i = from; i < to; i++) {
        const a = pathArc[i]!;
        arcs.push(a);
        const left = remaining[a]! - tonnes;
        remaining[a] = left > tolerance ? left : 0;
      }
      amount.push(tonnes);
      sink.push(sinkAt);
    };
    /** The next arc out of local node v that still carries flow, or -1. */
    const nextArc = (v: number): number => {
      const end = outStart[v + 1]!;
      while (pointer[v]! < end) {
        const a = outArc[pointer[v]!]!;
        if (remaining[a]! > 0) return a;
        pointer[v]!++;
      }
      return -1;
    };

    // One walk from `from`: returns false when `from` has no flow left to walk.
    const walk = (from: number, deliver: boolean): boolean => {
      let length = 0;
      let v = from;
      pathNode[0] = from;
      position[from] = 0;
      let moved = false;
      for (;;) {
        if (deliver && length > 0 && need[v]! > tolerance) {
          let tonnes = need[v]!;
          for (let i = 0; i < length; i++) tonnes = Math.min(tonnes, remaining[pathArc[i]!]!);
          take(0, length, tonnes, this.nodes[v]!);
          const left = need[v]! - tonnes;
          need[v] = left > tolerance ? left : 0;
          break;
        }
        const a = nextArc(v);
        if (a < 0) {
          // The source is exhausted, or solver noise left flow that goes nowhere: drop it.
          if (length > 0) remaining[pathArc[length - 1]!] = 0;
          break;
        }
        moved = true;
        const w = localOf[head[a]!]!;
        pathArc[length] = a;
        if (position[w]! >= 0) {
          // A cycle w → … → v → w: peel it and walk on from w.
          const first = position[w]!;
          let tonnes = Infinity;
          for (let i = first; i <= length; i++) tonnes = Math.min(tonnes, remaining[pathArc[i]!]!);
          take(first, length + 1, tonnes, -1);
          for (let i = first + 1; i <= length; i++) position[pathNode[i]!] = -1;
          length = first;
          v = w;
          continue;
        }
        length++;
        pathNode[length] = w;
        position[w] = length;
        v = w;
      }
      for (let i = 0; i <= length; i++) position[pathNode[i]!] = -1;
      return moved;
    };

    while (walk(source_, true)) {
      /* peel paths until the source is exhausted */
    }
    for (let v = 0; v < numLocal; v++) {
      while (walk(v, false)) {
        /* what is left circulates */
      }
    }

    for (let v = 0; v < numLocal; v++) localOf[this.nodes[v]!] = -1;
    start.push(arcs.length);
    return {
      count: amount.length,
      start: start.toArray(),
      arc: arcs.toArray(),
      amount: amount.toArray(),
      sink: sink.toArray(),
    };
  }

  private growNodes(): void {
    const size = this.nodes.length * 2;
    const grow = <T extends Int32Array | Float64Array>(a: T, n: number): T => {
      const next = new (a.constructor as new (n: number) => T)(n);
      next.set(a);
      return next;
    };
    this.nodes = grow(this.nodes, size);
    this.need = grow(this.need, size);
    this.position = grow(this.position, size);
    this.pointer = grow(this.pointer, size);
    this.outStart = grow(this.outStart, size + 1);
    this.pathNode = grow(this.pathNode, size + 1);
  }

  private growArcs(size: number): void {
    this.outArc = int32(size);
    this.remaining = float64(size);
    this.pathArc = int32(size);
  }
}
