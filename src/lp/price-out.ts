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
   * False when the last pass left a column of negative length where its tree did not reach: a negative cycle may lie
   * there, which the arc LP can circulate around (a corridor's lower bound) and no path can, so the bound does not hold.
   */
  bounded: boolean;
}

/**
 * One shortest-path tree per commodity under `length`; adds to the master
 * each demand's shortest path whose reduced cost (its length less the
 * demand row's dual in `masterDual`) is negative, or every demand's
 * shortest path when `masterDual` is null (the first paths: of every
 * demand but those the first master was seeded with, 1 in `routed`). Writes each
 * commodity's node potentials into its conservation rows of `dual`.
 * Returns how many paths were added, NEGATIVE_CYCLE, or STOPPED when
 * `pricing.shouldStop` said so.
 */
export function priceOut(master: PathMaster, trees: PathTrees, length: Float64Array, masterDual: Float64Array | null, dual: Float64Array, pricing: Pricing, routed?: Uint8Array): number {
  const { layout } = master.build;
  let added = 0;
  pricing.gain = 0;
  pricing.bounded = true;
  const arcs: number[] = [];
  for (let c = 0; c < layout.numCommodities; c++) {
    if (c % STOP_CHECK_COMMODITIES === STOP_CHECK_COMMODITIES - 1 && pricing.shouldStop()) return STOPPED;
    if (!trees.grow(c, length)) return NEGATIVE_CYCLE;
    if (trees.someNegative && pricing.bounded) {
      // Bounds and arrays in locals: a pass over every flow column each round, mostly before V8 optimizes it.
      const { distance } = trees;
      const end = layout.commodityFlowEnd[c]!;
      for (let j = layout.commodityColumnStart[c]!; j < end; j++) {
        if (length[j]! < 0 && distance[trees.tail(j)] === Infinity) {
          pricing.bounded = false;
          break;
        }
      }
    }
    const first = layout.commodityDemandStart[c]!;
    const last = layout.commodityDemandStart[c + 1]!;
    // A demand out of reach goes all unmet (at its bound V_k): its far end's label must be at least
    // its row's dual for the unmet column's reduced cost to be ≤ 0 in the arc LP too.
    let floor = 0;
    for (let i = first; i < last; i++) {
      const k = layout.commodityDemands[i]!;
      if (masterDual !== null && trees.distance[demandFarEnd(layout, k)] === Infinity) floor = Math.max(floor, masterDual[master.demandRow[k]!]!);
    }
    trees.labelUnreached(floor);
    for (let i = master.conservationStart[c]!; i < master.conservationStart[c + 1]!; i++) {
      const row = master.conservationRows[i]!;
      const d = trees.distance[layout.rowItem[row]!]!;
      dual[row] = trees.backward ? d : -d;
    }
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
      arcs.length = 0;
      for (let v = end; trees.via[v]! >= 0 && arcs.length <= trees.distance.length; v = trees.tail(trees.via[v]!)) arcs.push(trees.via[v]!);
      if (master.addPath(k, arcs)) added++;
    }
  }
  return added;
}
