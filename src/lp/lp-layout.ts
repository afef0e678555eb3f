import type { LayoutMemo } from './layout-memo';
import type { LpProblem } from './types';

/** What a column of the LP stands for. */
export const COLUMN_KIND = {
  /** x(c,a): tonnes of commodity `columnCommodity` on link `item`, t/yr. */
  flow: 0,
  /** u_k: tonnes of demand `item` left unserved, t/yr. */
  unmet: 1,
  /** Infeasibility diagnosis only: slack on the lower bound of corridor `item` (see `rowKind` of its row). */
  boundSlack: 2,
} as const;
export type ColumnKind = (typeof COLUMN_KIND)[keyof typeof COLUMN_KIND];

/** What a row of the LP stands for. */
export const ROW_KIND = {
  /** out − in (± u_k) = ±ΣV_k or 0 for commodity `rowCommodity` at node `item`. */
  conservation: 0,
  /** Σ_k x(k,a) ≤ capacity of link `item`. */
  linkCapacity: 1,
  /** throughput ≤ capacity of node `item`, written as Σ inflow − Σ_{k from n} u_k ≤ cap − Σ_{k from n} V_k. */
  nodeCapacity: 2,
  /** minFlow ≤ F_c ≤ maxFlow of corridor `item`. */
  corridorFlow: 3,
  /** F_c + maxShare·Σu ≤ maxShare·ΣV (i.e. F_c ≤ maxShare·S) of corridor `item`. */
  corridorMaxShare: 4,
  /** F_c + minShare·Σu ≥ minShare·ΣV (i.e. F_c ≥ minShare·S) of corridor `item`. */
  corridorMinShare: 5,
} as const;
export type RowKind = (typeof ROW_KIND)[keyof typeof ROW_KIND];

/**
 * Which LP a build makes. `cost`: the scenario's own problem (spec,
 * "The optimisation problem"). The other two serve the infeasibility
 * diagnosis and share the same rows: `shortfall` (phase 1) zeroes every cost,
 * gives every hard demand an unmet column at 1 per t/yr and leaves soft
 * demands' unmet free; `bounds` also makes corridor lower bounds elastic at 1
 * per t/yr of slack and leaves every unmet column free.
 */
export const BUILD_MODE = { cost: 'cost', shortfall: 'shortfall', bounds: 'bounds' } as const;
export type BuildMode = (typeof BUILD_MODE)[keyof typeof BUILD_MODE];

/** Options of `buildLp`. */
export interface BuildLpOptions {
  /** Default `cost`. */
  readonly mode?: BuildMode;
  /**
   * Default true: the smallest exact equivalent (see `LpLayout`: demands
   * merged into commodities, arcs no demand can use left out). False: the
   * spec's formulation as written, one column per demand and arc, one
   * conservation row per demand and node its columns touch — for
   * benchmarks against other solvers and for tests that hold the two to
   * the same answer.
   */
  readonly reduce?: boolean;
  /**
   * How a reduced build merges demands. Default `cover`: the fewest
   * commodities, by origin or by destination (`commoditiesByCover`);
   * `origin`: by origin only, as before issue 18 (benchmarks compare them).
   */
  readonly aggregate?: 'cover' | 'origin';
}

/**
 * How the LP's columns and rows map back to the scenario. Indices (`item`,
 * `demand`) are positions in the scenario's arrays; -1 means "none". Private
 * to `src/lp`: other modules read results, not LPs.
 *
 * Commodities (reduced build). Demands with the same origin whose arcs cost
 * the same (the same value of time, or no days anywhere, or a diagnosis build
 * where flow costs nothing) may be one commodity: a single-source, multi-sink
 * flow x(c,a) with one conservation row per node, supplying Σ s_k at the
 * origin and taking Σ_{k to t} s_k at each destination t; u_k stays one
 * column per demand. So may demands with the same destination (and arc
 * costs): a multi-source, single-sink flow, the same thing with every arc
 * reversed. Each demand is merged by one end or the other
 * (`commodityOrigin` or `commodityDestination` is set), and the fewest
 * commodities is a minimum vertex cover of the origin–destination graph
 * (commodities.ts). This is exact: summing the demands' flows gives a
 * commodity flow of the same cost in the same capacity and corridor rows, and
 * any commodity flow splits back into per-demand flows (flow decomposition
 * from the one source, or into the one sink), so both LPs have the same
 * optimum; the commodity's row duals are also duals of every one of its
 * demands' rows. The plain build (`reduce: false`) makes one commodity per
 * demand.
 *
 * Columns of one commodity are contiguous: its flow columns
 * `commodityColumnStart[c] .. commodityFlowEnd[c]` in link order, then the
 * unmet columns of its demands up to `commodityColumnStart[c+1]`.
 *
 * Pruning (reduced build): commodity c gets a flow column on arc a = (i→j)
 * only if i can be reached from one of c's origins and one of c's
 * destinations can be reached from j (c has one origin or one destination) (so a is on some origin→destination walk), or if a lies
 * on a cycle together with a gate of a corridor that has a lower bound
 * (minFlow or minShare > 0). The left-out columns could only carry
 * circulations, which cost ≥ 0, only add to capacity rows and corridor flows,
 * and so never help, except towards a corridor's lower bound — hence the
 * exception. The optimum is therefore the spec's optimum exactly;
 * conservation rows exist only for nodes a commodity can touch (its kept
 * arcs' ends, its origin and destinations). The plain build keeps every arc
 * for every demand and marks in `columnOnRoute` which columns pruning keeps.
 */
export interface LpLayout {
  readonly mode: BuildMode;
  readonly pruning: 'reachability' | 'none';
  /** Whether demands were merged into commodities (the reduced build). */
  readonly merged: boolean;

  readonly columnKind: Uint8Array;
  /** Commodity of a flow or unmet column; -1 for slack. */
  readonly columnCommodity: Int32Array;
  /** Link index (flow), demand index (unmet), corridor index (boundSlack). */
  readonly columnItem: Int32Array;
  /** 1 where the column is one pruning keeps (every column of a reduced build). */
  readonly columnOnRoute: Uint8Array;

  readonly rowKind: Uint8Array;
  /** Node index (conservation, nodeCapacity), link index, corridor index. */
  readonly rowItem: Int32Array;
  /** Commodity of a conservation row, else -1. */
  readonly rowCommodity: Int32Array;

  /** Per commodity (length numCommodities, +1 for the starts). */
  readonly numCommodities: number;
  /** The node all the commodity's demands leave from (merged by origin, or alone), else -1. */
  readonly commodityOrigin: Int32Array;
  /** The node all the commodity's demands go to where they were merged by destination, else -1. */
  readonly commodityDestination: Int32Array;
  readonly commodityColumnStart: Int32Array;
  readonly commodityFlowEnd: Int32Array;
  /** Demands of commodity c: `commodityDemands[commodityDemandStart[c] .. commodityDemandStart[c+1]]`, in scenario order. */
  readonly commodityDemandStart: Int32Array;
  readonly commodityDemands: Int32Array;

  /** Per demand. */
  readonly demandCommodity: Int32Array;
  readonly unmetColumn: Int32Array;
  /** Conservation rows of the demand's commodity at its origin / destination. */
  readonly originRow: Int32Array;
  readonly destinationRow: Int32Array;
  /** Node index of origin / destination (-1 if unknown). */
  readonly demandOrigin: Int32Array;
  readonly demandDestination: Int32Array;
  readonly demandVolume: Float64Array;
  /** cost_o + valueOfTime_k · days_o: USD per served tonne at the origin. */
  readonly demandOriginCost: Float64Array;
  /** days_o: dwell at the origin. */
  readonly demandOriginDays: Float64Array;
  /** 1 where a demand's destination is out of reach of its origin over enabled arcs: all of it unmet. */
  readonly demandUnroutable: Uint8Array;

  /** Per link. */
  readonly linkIsArc: Uint8Array;
  readonly linkFrom: Int32Array;
  readonly linkTo: Int32Array;
  /** Corridor whose gate the link is, else -1 (disabled corridors included). */
  readonly linkCorridor: Int32Array;
  /** days_a + days of the node the link enters: the dwell a tonne picks up by using it. */
  readonly linkDaysWithHead: Float64Array;
  /** Capacity, Infinity when unlimited. */
  readonly linkCapacity: Float64Array;
  readonly linkCapacityRow: Int32Array;

  /** Per node. */
  readonly nodeEnabled: Uint8Array;
  readonly nodeCapacity: Float64Array;
  readonly nodeCapacityRow: Int32Array;

  /** Per corridor. */
  readonly corridorEnabled: Uint8Array;
  readonly corridorFlowRow: Int32Array;
  readonly corridorMaxShareRow: Int32Array;
  readonly corridorMinShareRow: Int32Array;
  /** Bounds mode: slack columns of the corridor's minFlow / minShare rows. */
  readonly corridorMinFlowSlack: Int32Array;
  readonly corridorMinShareSlack: Int32Array;
}

/** What `buildLp` returns. */
export interface LpBuild {
  readonly lp: LpProblem;
  readonly layout: LpLayout;
  /**
   * What is derived from the layout alone, shared by every build of it that
   * a `LayoutCache` hands out (see `perLayout`); absent from a one-off build.
   */
  readonly memo?: LayoutMemo;
}

/**
 * The node commodity c's flow is decomposed from: its origin, or its
 * destination where it was merged by destination (its flow then read with
 * every arc reversed); -1 when neither is known.
 */
export function commodityRoot(layout: LpLayout, c: number): number {
  const destination = layout.commodityDestination[c]!;
  return destination >= 0 ? destination : layout.commodityOrigin[c]!;
}

/** Demand k's end away from its commodity's root: its destination, or its origin in a commodity merged by destination. */
export function demandFarEnd(layout: LpLayout, k: number): number {
  return layout.commodityDestination[layout.demandCommodity[k]!]! >= 0 ? layout.demandOrigin[k]! : layout.demandDestination[k]!;
}
