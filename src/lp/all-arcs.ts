import type { Reachability } from './reachability';
import type { ScenarioArrays } from './scenario-arrays';
import { float64, int32, uint8 } from './scratch';

/**
 * Every arc of a scenario at once, for a commodity whose walks use them all
 * (each one in a network every demand can cross, as in the published
 * benchmark instances): its flow columns are then those of every other such
 * commodity but for the commodity's number and its value of time, and
 * `addCommodityBlocks` writes them with a few bulk copies, not a loop over
 * the arcs (which, run once per command before V8 optimizes it, took a
 * third of a build).
 */
export class AllArcs {
  /** The arcs' links, in link order (the order of a commodity's flow columns). */
  readonly links: Int32Array;
  /** Each node that is an arc's tail, once; likewise heads; and ends (tail or head). */
  private readonly tails: Int32Array;
  private readonly heads: Int32Array;
  readonly ends: Int32Array;
  /** Per node: the conservation entries of one commodity's columns on every arc (a loop has none). */
  readonly nodeEntries: Int32Array;
  /**
   * Those entries by node, each node's in arc order (CSR): arc position `entryArc[p]` (column − the commodity's
   * first) with `entryValue[p]`, +1 out of the node, −1 into it, for p in `entryStart[n] .. entryStart[n + 1]`.
   */
  readonly entryStart: Int32Array;
  readonly entryArc: Int32Array;
  readonly entryValue: Float64Array;
  private costValueOfTime = NaN;
  private cost: Float64Array;

  constructor(private readonly arrays: ScenarioArrays) {
    const { numLinks, numNodes, linkIsArc, linkFrom, linkTo } = arrays;
    this.links = int32(arrays.numArcs);
    this.nodeEntries = int32(numNodes);
    const isTail = uint8(numNodes);
    const isHead = uint8(numNodes);
    let a = 0;
    for (let l = 0; l < numLinks; l++) {
      if (linkIsArc[l] === 0) continue;
      this.links[a++] = l;
      const from = linkFrom[l]!;
      const to = linkTo[l]!;
      isTail[from] = 1;
      isHead[to] = 1;
      if (from !== to) {
        this.nodeEntries[from]!++;
        this.nodeEntries[to]!++;
      }
    }
    this.tails = nodesWhere(numNodes, (n) => isTail[n] === 1);
    this.heads = nodesWhere(numNodes, (n) => isHead[n] === 1);
    this.ends = nodesWhere(numNodes, (n) => isTail[n] === 1 || isHead[n] === 1);
    this.cost = float64(0);
    this.entryStart = int32(numNodes + 1);
    for (let n = 0; n < numNodes; n++) this.entryStart[n + 1] = this.entryStart[n]! + this.nodeEntries[n]!;
    this.entryArc = int32(this.entryStart[numNodes]!);
    this.entryValue = float64(this.entryStart[numNodes]!);
    this.fillEntries();
  }

  private fillEntries(): void {
    const { linkFrom, linkTo } = this.arrays;
    const next = this.entryStart.slice(0, this.nodeEntries.length);
    for (let a = 0; a < this.links.length; a++) {
      const from = linkFrom[this.links[a]!]!;
      const to = linkTo[this.links[a]!]!;
      if (from === to) continue;
      this.entryArc[next[from]!] = a;
      this.entryValue[next[from]!++] = 1;
      this.entryArc[next[to]!] = a;
      this.entryValue[next[to]!++] = -1;
    }
  }

  /** Whether every arc lies on a walk the reachability marked with `stamp` (each arc's tail reached, its head reaching). */
  coveredBy(reachability: Reachability, stamp: number): boolean {
    const { forward, backward } = reachability;
    for (let i = 0; i < this.tails.length; i++) if (forward[this.tails[i]!] !== stamp) return false;
    for (let i = 0; i < this.heads.length; i++) if (backward[this.heads[i]!] !== stamp) return false;
    return true;
  }

  /**
   * Each arc's flow cost at `valueOfTime` (as `flowCost` reckons it, term for term), kept for the next commodity
   * that values time alike: a view, valid until a call with another value.
   */
  costs(valueOfTime: number): Float64Array {
    if (valueOfTime === this.costValueOfTime) return this.cost;
    const { linkCost, linkDays, nodeCost, nodeDays, linkTo } = this.arrays;
    if (this.cost.length === 0) this.cost = float64(this.links.length);
    const cost = this.cost;
    for (let a = 0; a < this.links.length; a++) {
      const l = this.links[a]!;
      const to = linkTo[l]!;
      cost[a] = linkCost[l]! + valueOfTime * linkDays[l]! + nodeCost[to]! + valueOfTime * nodeDays[to]!;
    }
    this.costValueOfTime = valueOfTime;
    return cost;
  }
}

/** The nodes `keep` holds for, in node order. */
function nodesWhere(numNodes: number, keep: (n: number) => boolean): Int32Array {
  let count = 0;
  for (let n = 0; n < numNodes; n++) if (keep(n)) count++;
  const nodes = int32(count);
  let i = 0;
  for (let n = 0; n < numNodes; n++) if (keep(n)) nodes[i++] = n;
  return nodes;
}
