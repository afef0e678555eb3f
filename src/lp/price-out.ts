import { demandFarEnd } from './lp-layout';
import type { PathMaster } from './path-master';
import type { PathTrees } from './path-pricing';

/** A path prices out when its reduced cost is below −PRICE_TOLERANCE × (1 + the size of its terms). */
const PRICE_TOLERANCE = 1e-9;
/** A pricing pass asks `shouldStop` after this many commodities: a pass over hundreds of trees can take seconds. */
const STOP_CHECK_COMMODITIES = 16;
/** What `priceOut` returns instead of a count of paths. */
export const NEGATIVE_CYCLE = -1;
export const STOPPED = -2;

/** A pricing pass's stop test, and what it found for the Lagrangian bound. */
export interface Pricing {
  readonly shouldStop: () => boolean;
  /**
   * Σ_k V_k · min(0, d_k − σ_k) over the demands of the last pass (0 for the first paths): the master's optimum
   * plus this is a lower bound on the arc LP's, since demand k's paths carry at most V_k in all (Dantzig–Wolfe's
   * Lagrangian bound; `PathProgress.bound`).
   */
  gain: number;
  /**
   * False when the last pass added a cycle, or left a column of negative length where its tree did not reach and
   * `priceOutOfReach` did not search there: a negative cycle may lie there, which the arc LP can circulate around (a
   * corridor's lower bound) and no path can, so the bound does not hold.
   */
  bounded: boolean;
}

/**
 * One shortest-path tree per commodity under `length`; adds to the master
 * each demand's shortest path whose reduced cost (its length less the
 * demand row's dual in `masterDual`) is negative, or every demand's
 * shortest path when `masterDual` is null (the first paths: of every
 * demand but those the first master was seeded with, 1 in `routed`); a
 * commodity whose tree meets a negative cycle under a master's duals adds
 * that cycle instead (`addNegativeCycle`). Writes each commodity's node
 * potentials into its conservation rows of `dual`. Returns how many paths
 * and cycles were added, NEGATIVE_CYCLE (under the arc costs, or a cycle
 * that cannot be added), or STOPPED when `pricing.shouldStop` said so.
 */
export function priceOut(master: PathMaster, trees: PathTrees, length: Float64Array, masterDual: Float64Array | null, dual: Float64Array, pricing: Pricing, routed?: Uint8Array): number {
  const { layout } = master.build;
  let added = 0;
  pricing.gain = 0;
  pricing.bounded = true;
  const arcs: number[] = [];
  for (let c = 0; c < layout.numCommodities; c++) {
    if (c % STOP_CHECK_COMMODITIES === STOP_CHECK_COMMODITIES - 1 && pricing.shouldStop()) return STOPPED;
    if (!trees.grow(c, length)) {
      // No tree: this commodity's demands wait for the next pass, priced under the duals of a master with the cycle.
      if (masterDual === null || !addNegativeCycle(master, trees, length, arcs)) return NEGATIVE_CYCLE;
      added++;
      pricing.bounded = false;
      continue;
    }
    if (pricing.bounded && negativeOutOfReach(master, trees, length, c)) pricing.bounded = false;
    writePotentials(master, trees, c, masterDual, dual);
    const first = layout.commodityDemandStart[c]!;
    const last = layout.commodityDemandStart[c + 1]!;
    for (let i = first; i < last; i++) {
      const k = layout.commodityDemands[i]!;
      const end = demandFarEnd(layout, k);
      if (trees.via[end]! < 0 || routed?.[k] === 1) continue; // out of reach (no path, all unmet), or seeded already
      const distance = trees.distance[end]!;
      if (masterDual !== null) {
        const sigma = masterDual[master.demandRow[k]!]!;
        pricing.gain += layout.demandVolume[k]! * Math.min(0, distance - sigma);
        if (distance - sigma >= -PRICE_TOLERANCE * (1 + Math.abs(sigma) + Math.abs(distance))) continue;
      }
      if (trees.pathTo(end, arcs) && master.addPath(k, arcs)) added++;
    }
  }
  return added;
}

/**
 * Adds the negative cycle the last tree gave up on (`PathTrees.negativeCycle`) to the master as a cycle column
 * (`PathMaster.addCycle`); false when none is found, its length under `length` is not below zero by more than
 * rounding, or the master has it already: then no master of these columns prices it out, and the arc LP decides.
 */
function addNegativeCycle(master: PathMaster, trees: PathTrees, length: Float64Array, arcs: number[]): boolean {
  if (!trees.negativeCycle(arcs)) return false;
  let sum = 0;
  let size = 0;
  for (const j of arcs) {
    sum += length[j]!;
    size += Math.abs(length[j]!);
  }
  return sum < -PRICE_TOLERANCE * (1 + size) && master.addCycle(arcs);
}

/**
 * Commodity c's node potentials from the last tree (grown for c) into its conservation rows of `dual`: −label, or
 * +label for a tree grown backwards, every node the tree did not reach labelled by `PathTrees.labelUnreached`.
 */
function writePotentials(master: PathMaster, trees: PathTrees, c: number, masterDual: Float64Array | null, dual: Float64Array): void {
  const { layout } = master.build;
  // A demand out of reach goes all unmet (at its bound V_k): its far end's label must be at least
  // its row's dual for the unmet column's reduced cost to be ≤ 0 in the arc LP too.
  let floor = 0;
  for (let i = layout.commodityDemandStart[c]!; i < layout.commodityDemandStart[c + 1]!; i++) {
    const k = layout.commodityDemands[i]!;
    if (masterDual !== null && trees.distance[demandFarEnd(layout, k)] === Infinity) floor = Math.max(floor, masterDual[master.demandRow[k]!]!);
  }
  trees.labelUnreached(floor);
  for (let i = master.conservationStart[c]!; i < master.conservationStart[c + 1]!; i++) {
    const row = master.conservationRows[i]!;
    const d = trees.distance[layout.rowItem[row]!]!;
    dual[row] = trees.backward ? d : -d;
  }
}

/** Whether some column of commodity c has a negative length and a tail the last tree (grown for c) did not reach. */
function negativeOutOfReach(master: PathMaster, trees: PathTrees, length: Float64Array, c: number): boolean {
  if (!trees.someNegative) return false;
  const { layout } = master.build;
  // Bounds and arrays in locals: a pass over every flow column each round, mostly before V8 optimizes it.
  const { distance } = trees;
  const end = layout.commodityFlowEnd[c]!;
  for (let j = layout.commodityColumnStart[c]!; j < end; j++) if (length[j]! < 0 && distance[trees.tail(j)] === Infinity) return true;
  return false;
}

/**
 * The pricing out of the trees' reach, for a pass that priced nothing in but saw columns of negative length where a
 * tree did not reach (`Pricing.bounded` false): per commodity with such columns, a cycle of negative length among the
 * nodes its tree did not reach (`PathTrees.cycleOutOfReach`) goes into the master. Returns how many it added; sets
 * `pricing.bounded` when it found none, since no commodity then has a cycle of negative length anywhere and the pass's
 * Lagrangian bound holds. Why: a tree prices only what its root reaches, and the arc LP may circulate freight through
 * a corridor's gates anywhere (a lower bound met by a loop no demand passes).
 */
export function priceOutOfReach(master: PathMaster, trees: PathTrees, length: Float64Array, pricing: Pricing): number {
  const arcs: number[] = [];
  let found = 0;
  let added = 0;
  for (let c = 0; c < master.build.layout.numCommodities; c++) {
    if (!trees.grow(c, length)) found++;
    else if (!negativeOutOfReach(master, trees, length, c) || !trees.cycleOutOfReach(length)) continue;
    else {
      found++;
      if (addNegativeCycle(master, trees, length, arcs)) added++;
    }
  }
  if (found === 0) pricing.bounded = true;
  return added;
}

/**
 * Writes again the node potentials of every commodity with columns of negative length out of its tree's reach and no
 * cycle of negative length there, those nodes labelled after `PathTrees.cycleOutOfReach`'s search (`labelUnreached`):
 * one label for them all leaves such a column's reduced cost below 0 in the certificate. Only for a certificate
 * refused so, so that every other keeps its labels.
 */
export function labelOutOfReach(master: PathMaster, trees: PathTrees, length: Float64Array, masterDual: Float64Array, dual: Float64Array): void {
  for (let c = 0; c < master.build.layout.numCommodities; c++) {
    if (trees.grow(c, length) && negativeOutOfReach(master, trees, length, c) && !trees.cycleOutOfReach(length)) writePotentials(master, trees, c, masterDual, dual);
  }
}
