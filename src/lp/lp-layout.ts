import type { LpProblem } from './types';

/** What a column of the LP stands for. */
export const COLUMN_KIND = {
  /** x(k,a): tonnes of demand `demand` on link `item`, t/yr. */
  flow: 0,
  /** u_k: tonnes of demand `demand` left unserved, t/yr. */
  unmet: 1,
  /** Infeasibility diagnosis only: slack on the lower bound of corridor `item` (see `rowKind` of its row). */
  boundSlack: 2,
} as const;
export type ColumnKind = (typeof COLUMN_KIND)[keyof typeof COLUMN_KIND];

/** What a row of the LP stands for. */
export const ROW_KIND = {
  /** out − in (± u_k) = ±V_k or 0 for demand `demand` at node `item`. */
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

/**
 * How the LP's columns and rows map back to the scenario. Indices (`item`,
 * `demand`) are positions in the scenario's arrays; -1 means "none". Private
 * to `src/lp`: other modules read results, not LPs.
 *
 * Columns of one demand are contiguous: `demandColumnStart[k] ..
 * demandColumnStart[k+1]`, flow columns first, then its unmet column.
 *
 * Pruning: demand k gets a flow column on arc a = (i→j) only if i can be
 * reached from k's origin and k's destination can be reached from j (so a is
 * on some origin→destination walk), or if a lies on a cycle together with a
 * gate of a corridor that has a lower bound (minFlow or minShare > 0). The
 * left-out columns could only carry circulations, which cost ≥ 0, only add to
 * capacity rows and corridor flows, and so never help, except towards a
 * corridor's lower bound — hence the exception. The optimum is therefore the
 * spec's optimum exactly; conservation rows exist only for nodes a demand
 * can touch (its kept arcs' ends, its origin and destination).
 */
export interface LpLayout {
  readonly mode: BuildMode;
  readonly pruning: 'reachability';

  readonly columnKind: Uint8Array;
  readonly columnDemand: Int32Array;
  /** Link index (flow), -1 (unmet), corridor index (boundSlack). */
  readonly columnItem: Int32Array;
  readonly demandColumnStart: Int32Array;

  readonly rowKind: Uint8Array;
  /** Node index (conservation, nodeCapacity), link index, corridor index. */
  readonly rowItem: Int32Array;
  /** Demand index of a conservation row, else -1. */
  readonly rowDemand: Int32Array;

  /** Per demand. */
  readonly unmetColumn: Int32Array;
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
}
