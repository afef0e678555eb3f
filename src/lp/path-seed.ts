import { demandFarEnd } from './lp-layout';
import { packingRows } from './packing-rows';
import type { PathMaster } from './path-master';
import type { PathTrees } from './path-pricing';
import { float64, int32, uint8 } from './scratch';

/** A packing row with less room than this times (1 + its capacity) is full. */
const FULL = 1e-9;
/** Paths one demand may be split over by the seeding: past this its rest is left to the master. */
const MAX_SPLITS = 64;
/**
 * Trees the seeding may grow, per commodity: one each, and one more each time a row fills. Past this the demands
 * left get the first pricing pass's paths, blind to capacities, as without seeding: a network of thousands of
 * capacities that fill one by one would otherwise take a tree per row (Planar 100: 195 trees for 100 commodities).
 */
const TREES_PER_COMMODITY = 4;
/** The seeding asks `shouldStop` after this many trees. */
const STOP_CHECK_TREES = 16;

/** What `seedWithinCapacities` did. */
export interface CapacitySeed {
  /** Paths it added to the master. */
  readonly added: number;
  /** 1 for each demand it gave at least one path. */
  readonly routed: Uint8Array;
  /** 1 for each master row it filled: the packing rows most likely to bind. */
  readonly filled: Uint8Array;
}

/**
 * Seeds `master` with paths that fit its capacities together: each demand, commodity by commodity, is routed on the
 * cheapest paths (by cost) over the columns with room left in every packing row (`packingRows`: link capacities, a
 * corridor's maxFlow), as much as the fullest row on the path lets through, until it is served or no such path is
 * left (successive shortest paths; a soft demand only on paths cheaper than leaving it unmet).
 *
 * Why: the first paths of the path method, one shortest path per demand blind to capacities, overload the links
 * where many cheapest routes meet, and the masters then keep artificials in use, at cost M, for rounds on end until
 * pricing has found routes around them, one path per demand a round (on Planar 80 and 100 the first half of the
 * rounds, whose duals, M-sized, price in paths that never carry flow). Seeding only adds columns: the master chooses
 * their flows, and the optimum is certified as any other. Null when `shouldStop` said so (asked every
 * STOP_CHECK_TREES trees).
 */
export function seedWithinCapacities(master: PathMaster, trees: PathTrees, shouldStop: () => boolean = () => false): CapacitySeed | null {
  const { layout } = master.build;
  const fill = new CapacityFill(master);
  const routed = uint8(layout.demandVolume.length);
  const budget = TREES_PER_COMMODITY * layout.numCommodities;
  let added = 0;
  for (let c = 0; c < layout.numCommodities && fill.treesGrown < budget; c++) {
    for (let i = layout.commodityDemandStart[c]!; i < layout.commodityDemandStart[c + 1]! && fill.treesGrown < budget; i++) {
      if (fill.treesGrown % STOP_CHECK_TREES === STOP_CHECK_TREES - 1 && shouldStop()) return null;
      const k = layout.commodityDemands[i]!;
      const paths = fill.route(c, k, trees);
      if (paths < 0) return { added, routed, filled: fill.filled };
      added += paths;
      if (paths > 0) routed[k] = 1;
    }
  }
  return { added, routed, filled: fill.filled };
}

/** The room left in the packing rows as demands are routed, and the arc lengths that keep searches out of full rows. */
class CapacityFill {
  readonly filled: Uint8Array;
  private readonly room: Float64Array;
  private readonly capacity: Float64Array;
  /** Each flow column's cost, or Infinity through a full row: an infinite length never relaxes a label. */
  private readonly length: Float64Array;
  /** The commodity whose tree under `length` as it is now `trees` holds, or -1. */
  private grownFor = -1;
  treesGrown = 0;
  private readonly arcs: number[] = [];
  /**
   * `take`'s working space: the path's summed entry in each packing row it crosses (`entrySum`), those rows in the
   * order first met (`crossed`), and 1 where a row is among them. Arrays rather than a map: `take` runs once per
   * path, mostly before V8 optimizes it, where every step of a map's iterator allocates.
   */
  private readonly entrySum: Float64Array;
  private readonly crossed: Int32Array;
  private readonly isCrossed: Uint8Array;

  constructor(private readonly master: PathMaster) {
    const { lp } = master.build;
    this.filled = uint8(master.numRows);
    this.entrySum = float64(master.numRows);
    this.crossed = int32(master.numRows);
    this.isCrossed = uint8(master.numRows);
    this.room = float64(master.numRows).fill(Infinity);
    const packing = packingRows(master);
    master.couplingRows.forEach((i, r) => {
      if (packing[r] === 1) this.room[r] = lp.rowUpper[i]!;
    });
    this.capacity = Float64Array.from(this.room);
    this.length = Float64Array.from(lp.objective);
    for (let r = 0; r < master.numRows; r++) if (packing[r] === 1 && this.room[r]! <= FULL * (1 + this.capacity[r]!)) this.close(r);
  }

  /**
   * Routes demand k of commodity c on shortest paths with room, adding each to the master; returns how many paths it
   * added (one already in the master counts too), or -1 on a negative cycle under the costs.
   */
  route(c: number, k: number, trees: PathTrees): number {
    const { lp, layout } = this.master.build;
    const { arcs } = this;
    const unmet = layout.unmetColumn[k]!;
    const penalty = unmet >= 0 ? lp.objective[unmet]! : Infinity;
    const end = demandFarEnd(layout, k);
    const volume = layout.demandVolume[k]!;
    let left = volume;
    let paths = 0;
    for (let split = 0; split < MAX_SPLITS && left > FULL * (1 + volume); split++) {
      if (this.grownFor !== c) {
        if (!trees.grow(c, this.length)) return -1;
        this.grownFor = c;
        this.treesGrown++;
      }
      if (trees.via[end]! < 0 || !(trees.distance[end]! < penalty)) break;
      arcs.length = 0;
      for (let v = end; trees.via[v]! >= 0 && arcs.length <= trees.distance.length; v = trees.tail(trees.via[v]!)) arcs.push(trees.via[v]!);
      this.master.addPath(k, arcs);
      paths++;
      left -= this.take(left);
    }
    return paths;
  }

  /** Takes up to `wanted` along `arcs` (as much as the fullest packing row on them lets through); returns how much. */
  private take(wanted: number): number {
    const { master, room, arcs, entrySum, crossed, isCrossed } = this;
    // The path's entry in each packing row it crosses (a row may hold several of its columns).
    let numCrossed = 0;
    for (let e = 0; e < arcs.length; e++) {
      const j = arcs[e]!;
      for (let p = master.entryStart[j]!; p < master.entryStart[j + 1]!; p++) {
        const r = master.entryRow[p]!;
        if (!(room[r]! < Infinity)) continue;
        if (isCrossed[r] === 0) {
          isCrossed[r] = 1;
          crossed[numCrossed++] = r;
          entrySum[r] = 0;
        }
        entrySum[r] = entrySum[r]! + master.entryValue[p]!;
      }
    }
    let flow = wanted;
    for (let t = 0; t < numCrossed; t++) {
      const a = entrySum[crossed[t]!]!;
      if (a > 0) flow = Math.min(flow, room[crossed[t]!]! / a);
    }
    for (let t = 0; t < numCrossed; t++) {
      const r = crossed[t]!;
      isCrossed[r] = 0;
      room[r]! -= entrySum[r]! * flow;
      if (room[r]! <= FULL * (1 + this.capacity[r]!)) this.close(r);
    }
    return flow;
  }

  /** Marks row r full: no search crosses its columns again. */
  private close(r: number): void {
    const { lp } = this.master.build;
    this.room[r] = 0;
    this.filled[r] = 1;
    const i = this.master.couplingRows[r]!;
    for (let p = lp.rowStart[i]!; p < lp.rowStart[i + 1]!; p++) this.length[lp.rowIndex[p]!] = Infinity;
    this.grownFor = -1;
  }
}
