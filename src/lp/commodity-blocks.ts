import type { Scenario } from '../model/types';
import { AllArcs } from './all-arcs';
import { BlockScratch } from './block-scratch';
import { addConservationRows } from './conservation-rows';
import type { Commodities } from './commodities';
import type { DemandArrays } from './demand-arrays';
import { BUILD_MODE, COLUMN_KIND, type BuildMode } from './lp-layout';
import type { LpWriter } from './lp-writer';
import type { Reachability } from './reachability';
import { NONE, type ScenarioArrays } from './scenario-arrays';

/** Where each commodity's columns and each demand's rows and unmet column landed. */
export interface CommodityBlocks {
  readonly commodityColumnStart: Int32Array;
  readonly commodityFlowEnd: Int32Array;
  /** u_k, or NONE for a hard demand in a cost build. */
  readonly unmetColumn: Int32Array;
  /** Conservation rows of the demand's commodity at its origin / destination. */
  readonly originRow: Int32Array;
  readonly destinationRow: Int32Array;
  /**
   * Demands with an unmet column whose destination no enabled arc reaches from the origin: their
   * whole volume is unmet, exactly, whatever GLPK's tolerance leaves in the rows the column
   * shares (a 1e9 t demand without a route came back 19 t served, issue 12). `readResult` reads
   * them so; the column stays free in the LP, for its dual (the penalty) to be the rows'.
   */
  readonly unroutable: readonly number[];
  /** Per link / node: how many flow columns use it / enter it. */
  readonly linkColumns: Int32Array;
  readonly nodeInColumns: Int32Array;
}

export interface BlockOptions {
  readonly mode: BuildMode;
  /** Leave out the arcs on no walk from a source to a sink of the commodity (`LpLayout`, "Pruning"). */
  readonly prune: boolean;
}

/**
 * For each commodity c in turn, its block of the LP: flow columns x(c,a),
 * the unmet columns u_k of its demands, and its conservation rows
 *
 *   Σ_{a out of n} x(c,a) − Σ_{a into n} x(c,a) = Σ_{k of c from n} s_k − Σ_{k of c to n} s_k,
 *
 * with s_k = V_k − u_k: u_k appears with +1 in its origin's row and −1 in
 * its destination's, V_k on the right-hand sides.
 */
export function addCommodityBlocks(
  writer: LpWriter,
  scenario: Scenario,
  arrays: ScenarioArrays,
  demands: DemandArrays,
  commodities: Commodities,
  reachability: Reachability,
  keepAlways: Uint8Array,
  options: BlockOptions,
): CommodityBlocks {
  const { numCommodities, commodityDemandStart, commodityDemands } = commodities;
  const block = new BlockScratch(arrays, demands.numDemands, numCommodities);
  const allArcs = new AllArcs(arrays);
  let numOnAllArcs = 0;
  for (let c = 0; c < numCommodities; c++) {
    const stamp = c + 1;
    const own = commodityDemands.subarray(commodityDemandStart[c]!, commodityDemandStart[c + 1]!);
    reachability.mark(stamp, endsOf(own, demands.demandOrigin), endsOf(own, demands.demandDestination));
    block.touchEnds(stamp, own, demands);
    block.commodityColumnStart[c] = writer.numCols;
    const onAllArcs = allArcs.coveredBy(reachability, stamp);
    if (onAllArcs) {
      addAllArcColumns(writer, allArcs, block, c, commodities.commodityValueOfTime[c]!, stamp, options.mode);
      numOnAllArcs++;
    } else {
      addFlowColumns(writer, arrays, reachability, keepAlways, block, c, commodities.commodityValueOfTime[c]!, stamp, options);
    }
    block.commodityFlowEnd[c] = writer.numCols;
    addUnmetColumns(writer, scenario, demands, reachability, block, c, own, stamp, options.mode);
    addConservationRows(writer, arrays, demands, block, c, own, onAllArcs ? allArcs : null);
  }
  block.commodityColumnStart[numCommodities] = writer.numCols;
  // The columns `addAllArcColumns` wrote, counted per link and head all at once.
  if (numOnAllArcs > 0) {
    for (const l of allArcs.links) {
      block.linkColumns[l]! += numOnAllArcs;
      block.nodeInColumns[arrays.linkTo[l]!]! += numOnAllArcs;
    }
  }
  return block;
}

/** A cost build's price of a tonne of a commodity valuing time at `valueOfTime` on link l: c_a + vot·days_a + the head's cost + vot·days. */
export function flowCost(arrays: ScenarioArrays, valueOfTime: number, l: number): number {
  const to = arrays.linkTo[l]!;
  return arrays.linkCost[l]! + valueOfTime * arrays.linkDays[l]! + arrays.nodeCost[to]! + valueOfTime * arrays.nodeDays[to]!;
}

/**
 * The cost of u_k, or null where the demand has no unmet column (a hard one in a cost build): in a cost build its
 * penalty less the origin handling it saves; in the diagnosis builds 1 for a hard demand in `shortfall`, else 0.
 */
export function unmetCost(penalty: number | undefined, originCost: number, mode: BuildMode): number | null {
  const soft = penalty !== undefined;
  if (mode === BUILD_MODE.cost) return soft ? penalty - originCost : null;
  return mode === BUILD_MODE.shortfall && !soft ? 1 : 0;
}

/**
 * x(c,a) for every arc a on one of c's walks (or every arc, unpruned), costing c_a + vot·days_a + the head's cost + vot·days
 * (`flowCost`, written out here). Written straight into the writer's column arrays, with the nodes touched inline: a
 * call per column costs more than the column in code that runs once per command, mostly before V8 optimizes it.
 */
function addFlowColumns(
  writer: LpWriter,
  arrays: ScenarioArrays,
  reachability: Reachability,
  keepAlways: Uint8Array,
  block: BlockScratch,
  c: number,
  valueOfTime: number,
  stamp: number,
  { mode, prune }: BlockOptions,
): void {
  const { numLinks, linkIsArc, linkFrom, linkTo, linkCost, linkDays, nodeCost, nodeDays } = arrays;
  const { forward, backward } = reachability;
  const { linkColumns, nodeInColumns, nodeRow, touched, nodeEntries } = block;
  const costMode = mode === BUILD_MODE.cost;
  writer.reserveColumns(arrays.numArcs);
  const kind = writer.columnKind.array;
  const commodity = writer.columnCommodity.array;
  const item = writer.columnItem.array;
  const cost = writer.columnCost.array;
  const upper = writer.columnUpper.array;
  const onRouteOf = writer.columnOnRoute.array;
  const marked = -stamp; // nodeRow's mark of a touched node (see `BlockScratch.touch`)
  let j = writer.numCols;
  let numTouched = block.numTouched;
  for (let l = 0; l < numLinks; l++) {
    if (linkIsArc[l] === 0) continue;
    const from = linkFrom[l]!;
    const to = linkTo[l]!;
    const onRoute = (forward[from] === stamp && backward[to] === stamp) || keepAlways[l] === 1;
    if (!onRoute && prune) continue;
    kind[j] = COLUMN_KIND.flow;
    commodity[j] = c;
    item[j] = l;
    cost[j] = costMode ? linkCost[l]! + valueOfTime * linkDays[l]! + nodeCost[to]! + valueOfTime * nodeDays[to]! : 0;
    upper[j] = Infinity;
    onRouteOf[j] = onRoute ? 1 : 0;
    j++;
    linkColumns[l]!++;
    nodeInColumns[to]!++;
    if (from !== to) {
      nodeEntries[from]!++;
      nodeEntries[to]!++;
    }
    if (nodeRow[from] !== marked) {
      nodeRow[from] = marked;
      touched[numTouched++] = from;
    }
    if (nodeRow[to] !== marked) {
      nodeRow[to] = marked;
      touched[numTouched++] = to;
    }
  }
  block.numTouched = numTouched;
  writer.setNumCols(j);
}

/**
 * x(c,a) for every arc, where every arc lies on one of c's walks (`AllArcs.coveredBy`): what `addFlowColumns` writes
 * then, column for column, but in bulk (`linkColumns` and `nodeInColumns` are counted by the caller, the conservation
 * entries per node are `allArcs.nodeEntries`).
 */
function addAllArcColumns(writer: LpWriter, allArcs: AllArcs, block: BlockScratch, c: number, valueOfTime: number, stamp: number, mode: BuildMode): void {
  const numArcs = allArcs.links.length;
  const start = writer.numCols;
  const end = start + numArcs;
  writer.reserveColumns(numArcs);
  writer.columnKind.array.fill(COLUMN_KIND.flow, start, end);
  writer.columnCommodity.array.fill(c, start, end);
  writer.columnItem.array.set(allArcs.links, start);
  if (mode === BUILD_MODE.cost) writer.columnCost.array.set(allArcs.costs(valueOfTime), start);
  else writer.columnCost.array.fill(0, start, end);
  writer.columnUpper.array.fill(Infinity, start, end);
  writer.columnOnRoute.array.fill(1, start, end);
  writer.setNumCols(end);
  const { nodeRow, touched } = block;
  const marked = -stamp; // as `BlockScratch.touch` marks
  const { ends } = allArcs;
  for (let i = 0; i < ends.length; i++) {
    const n = ends[i]!;
    if (nodeRow[n] !== marked) {
      nodeRow[n] = marked;
      touched[block.numTouched++] = n;
    }
  }
}

/**
 * u_k for soft demands (cost: the penalty less the origin handling it saves);
 * in the diagnosis builds for hard ones too (`BUILD_MODE`).
 */
function addUnmetColumns(
  writer: LpWriter,
  scenario: Scenario,
  demands: DemandArrays,
  reachability: Reachability,
  block: BlockScratch,
  c: number,
  own: Int32Array,
  stamp: number,
  mode: BuildMode,
): void {
  const { forward, backward } = reachability;
  for (const k of own) {
    const cost = unmetCost(scenario.demands[k]!.unmetPenalty, demands.demandOriginCost[k]!, mode);
    if (cost === null) continue;
    block.unmetColumn[k] = writer.addColumn(COLUMN_KIND.unmet, c, k, cost, demands.demandVolume[k]!);
    // No route from the origin: the whole volume is unmet (see `unroutable`). A commodity has
    // one origin or one destination, so the search from the other end settles it.
    const origin = demands.demandOrigin[k]!;
    const destination = demands.demandDestination[k]!;
    if (origin === NONE || destination === NONE || forward[destination] !== stamp || backward[origin] !== stamp) {
      block.unroutable.push(k);
    }
  }
}

/** `end[k]` of each demand k in `own`. */
function endsOf(own: Int32Array, end: Int32Array): Int32Array {
  const ends = new Int32Array(own.length);
  for (let i = 0; i < own.length; i++) ends[i] = end[own[i]!]!;
  return ends;
}

