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
 * than looping. One instance reuses its scratch arrays across calls, and
 * the arrays of the decomposition it returns: valid until its next call.
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
  // The call in progress (set by `decompose`, read by the stages below).
  private numLocal = 0;
  private head: ArrayLike<number> = [];
  private tolerance = 0;
  private readonly out = new DecompositionBuilder();

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
    this.numLocal = 0;
    this.head = head;
    this.tolerance = tolerance;
    if (numArcs + 1 > this.outArc.length) this.growArcs(numArcs + 1);
    const localSource = this.local(source);
    for (let s = 0; s < numSinks; s++) {
      const id = this.local(sinkNode[s]!);
      this.need[id]! += sinkAmount[s]!;
    }
    const numUsed = this.numberArcEnds(tail, head, flow, numArcs);
    this.groupArcsByTail(tail, flow, numArcs);
    this.out.reset(numUsed);

    while (this.walk(localSource, true)) {
      /* peel paths until the source is exhausted */
    }
    for (let v = 0; v < this.numLocal; v++) {
      while (this.walk(v, false)) {
        /* what is left circulates */
      }
    }

    for (let v = 0; v < this.numLocal; v++) this.localOf[this.nodes[v]!] = -1;
    this.head = [];
    return this.out.finish();
  }

  /**
   * Node `node`'s local number, given on first sight: the walk's per-node
   * arrays cover only the source, the sinks and the ends of arcs with flow,
   * not the whole network (a commodity's flow touches few of its nodes).
   */
  private local(node: number): number {
    let id = this.localOf[node]!;
    if (id < 0) {
      id = this.numLocal++;
      this.localOf[node] = id;
      if (id >= this.nodes.length) this.growNodes();
      this.nodes[id] = node;
      this.need[id] = 0;
      this.position[id] = -1;
    }
    return id;
  }

  /** Local numbers for both ends of every arc with flow above tolerance; returns how many arcs that is. */
  private numberArcEnds(tail: ArrayLike<number>, head: ArrayLike<number>, flow: ArrayLike<number>, numArcs: number): number {
    let numUsed = 0;
    for (let a = 0; a < numArcs; a++) {
      if (flow[a]! > this.tolerance) {
        this.local(tail[a]!);
        this.local(head[a]!);
        numUsed++;
      }
    }
    return numUsed;
  }

  /**
   * The arcs with flow grouped by tail (CSR over local nodes: `outStart`,
   * `outArc`), each with its flow as `remaining`, and every node's `pointer`
   * at its first arc.
   */
  private groupArcsByTail(tail: ArrayLike<number>, flow: ArrayLike<number>, numArcs: number): void {
    const { localOf, outStart, pointer, outArc, remaining, tolerance, numLocal } = this;
    outStart.fill(0, 0, numLocal + 1);
    for (let a = 0; a < numArcs; a++) if (flow[a]! > tolerance) outStart[localOf[tail[a]!]! + 1]!++;
    for (let v = 0; v < numLocal; v++) outStart[v + 1]! += outStart[v]!;
    for (let v = 0; v < numLocal; v++) pointer[v] = outStart[v]!;
    for (let a = 0; a < numArcs; a++) {
      remaining[a] = flow[a]! > tolerance ? flow[a]! : 0;
      if (remaining[a]! > 0) outArc[pointer[localOf[tail[a]!]!]!++] = a;
    }
    for (let v = 0; v < numLocal; v++) pointer[v] = outStart[v]!;
  }

  /**
   * One walk from local node `from` along arcs that still carry flow,
   * peeling a path at the first sink that still takes tonnes (when
   * `deliver`) and any cycle met on the way; returns false when `from` has
   * no flow left to walk.
   */
  private walk(from: number, deliver: boolean): boolean {
    const { position, need, pathArc, pathNode, remaining, localOf, head, tolerance } = this;
    let length = 0;
    let v = from;
    pathNode[0] = from;
    position[from] = 0;
    let moved = false;
    for (;;) {
      if (deliver && length > 0 && need[v]! > tolerance) {
        let tonnes = need[v]!;
        for (let i = 0; i < length; i++) tonnes = Math.min(tonnes, remaining[pathArc[i]!]!);
        this.take(0, length, tonnes, this.nodes[v]!);
        const left = need[v]! - tonnes;
        need[v] = left > tolerance ? left : 0;
        break;
      }
      const a = this.nextArc(v);
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
        this.take(first, length + 1, tonnes, -1);
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
  }

  /** Peels `tonnes` off the walk's arcs from .. to (exclusive) as one path to `sinkAt` (a node; -1: a cycle). */
  private take(from: number, to: number, tonnes: number, sinkAt: number): void {
    const { pathArc, remaining, tolerance } = this;
    this.out.begin();
    for (let i = from; i < to; i++) {
      const a = pathArc[i]!;
      this.out.arc(a);
      const left = remaining[a]! - tonnes;
      remaining[a] = left > tolerance ? left : 0;
    }
    this.out.end(tonnes, sinkAt);
  }

  /** The next arc out of local node v that still carries flow, or -1. */
  private nextArc(v: number): number {
    const { outStart, pointer, outArc, remaining } = this;
    const end = outStart[v + 1]!;
    while (pointer[v]! < end) {
      const a = outArc[pointer[v]!]!;
      if (remaining[a]! > 0) return a;
      pointer[v]!++;
    }
    return -1;
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

/** The paths and cycles of one decomposition as they are peeled, in `FlowDecomposition`'s layout (reused: see `reset`). */
class DecompositionBuilder {
  private readonly start = new GrowableInt32(16);
  private readonly arcs = new GrowableInt32(16);
  private readonly amount = new GrowableFloat64(16);
  private readonly sink = new GrowableInt32(16);

  /** Starts a decomposition afresh. @param numArcs arcs with flow: room for each once */
  reset(numArcs: number): void {
    this.start.length = 0;
    this.arcs.length = 0;
    this.amount.length = 0;
    this.sink.length = 0;
    this.arcs.reserve(numArcs);
  }

  begin(): void {
    this.start.push(this.arcs.length);
  }

  arc(a: number): void {
    this.arcs.push(a);
  }

  end(tonnes: number, sinkAt: number): void {
    this.amount.push(tonnes);
    this.sink.push(sinkAt);
  }

  /** The decomposition: views of the builder's arrays, valid until its next `reset`. */
  finish(): FlowDecomposition {
    this.start.push(this.arcs.length);
    return {
      count: this.amount.length,
      start: this.start.view(),
      arc: this.arcs.view(),
      amount: this.amount.view(),
      sink: this.sink.view(),
    };
  }
}
