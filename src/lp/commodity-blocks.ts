import type { Scenario } from '../model/types';
import type { Commodities } from './commodities';
import type { DemandArrays } from './demand-arrays';
import { BUILD_MODE, COLUMN_KIND, ROW_KIND, type BuildMode } from './lp-layout';
import type { LpWriter } from './lp-writer';
import type { Reachability } from './reachability';
import { NONE, type ScenarioArrays } from './scenario-arrays';
import { float64, int32 } from './scratch';

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
  for (let c = 0; c < numCommodities; c++) {
    const stamp = c + 1;
    const own = commodityDemands.subarray(commodityDemandStart[c]!, commodityDemandStart[c + 1]!);
    reachability.mark(stamp, endsOf(own, demands.demandOrigin), endsOf(own, demands.demandDestination));
    block.touchEnds(stamp, own, demands);
    block.commodityColumnStart[c] = writer.numCols;
    addFlowColumns(writer, arrays, reachability, keepAlways, block, c, commodities.commodityValueOfTime[c]!, stamp, options);
    block.commodityFlowEnd[c] = writer.numCols;
    addUnmetColumns(writer, scenario, demands, reachability, block, c, own, stamp, options.mode);
    addConservationRows(writer, arrays, demands, block, c, own);
  }
  block.commodityColumnStart[numCommodities] = writer.numCols;
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
  const { linkColumns, nodeInColumns, nodeRow, touched } = block;
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

/**
 * One conservation row per node the commodity touches, in node order, so the LP reads the same every build.
 * Entries: +1 at a flow column's tail, −1 at its head; u_k +1 at its origin, −1 at its destination. Written
 * straight in CSR (`OrderedRows`): the commodity's columns are numbered in order, so each row's entries come in
 * column order, and a column's two entries in one row (a loop, or a demand to its own origin) cancel out, as
 * `SparseRows` would merge and drop them.
 */
function addConservationRows(
  writer: LpWriter,
  arrays: ScenarioArrays,
  demands: DemandArrays,
  block: BlockScratch,
  c: number,
  own: Int32Array,
): void {
  const { nodeRow, nodeRhs } = block;
  const touched = block.touched.subarray(0, block.numTouched).sort();
  const firstRow = writer.numRows;
  for (const n of touched) nodeRow[n] = writer.addRow(ROW_KIND.conservation, n, c, nodeRhs[n]!, nodeRhs[n]!) - firstRow;
  for (const k of own) {
    const origin = demands.demandOrigin[k]!;
    const destination = demands.demandDestination[k]!;
    if (origin !== NONE) block.originRow[k] = firstRow + nodeRow[origin]!;
    if (destination !== NONE) block.destinationRow[k] = firstRow + nodeRow[destination]!;
  }
  // Counted first, then set: `next` holds each row's count, then where its next entry goes.
  const next = block.rowCount.subarray(0, touched.length).fill(0);
  conservationEntries(writer, arrays, block, c, own, firstRow, next, false);
  writer.orderedRows.appendRows(next);
  conservationEntries(writer, arrays, block, c, own, firstRow, next, true);
  // Leave nodeRow holding a value no later stamp can equal, and nodeRhs at 0.
  for (const n of touched) {
    nodeRow[n] = 0;
    nodeRhs[n] = 0;
  }
  block.numTouched = 0;
}

/**
 * Each conservation entry of commodity c in column order, at row `firstRow` + r: it advances `next[r]` (a count,
 * or with `fill` the place in `writer.orderedRows`, where it is then set). One loop for both, not a callback:
 * this runs once per command, mostly before V8 optimizes it, where a call per entry costs more than the entry.
 */
function conservationEntries(
  writer: LpWriter,
  arrays: ScenarioArrays,
  block: BlockScratch,
  c: number,
  own: Int32Array,
  firstRow: number,
  next: Int32Array,
  fill: boolean,
): void {
  const { linkFrom, linkTo } = arrays;
  const { nodeRow, unmetColumn, originRow, destinationRow } = block;
  const rowIndex = writer.orderedRows.rowIndex.array;
  const rowValue = writer.orderedRows.rowValue.array;
  const columnItem = writer.columnItem.array;
  for (let j = block.commodityColumnStart[c]!; j < block.commodityFlowEnd[c]!; j++) {
    const l = columnItem[j]!;
    const tail = nodeRow[linkFrom[l]!]!;
    const head = nodeRow[linkTo[l]!]!;
    if (tail === head) continue;
    const out = next[tail]!++;
    const into = next[head]!++;
    if (!fill) continue;
    rowIndex[out] = j;
    rowValue[out] = 1;
    rowIndex[into] = j;
    rowValue[into] = -1;
  }
  for (const k of own) {
    const u = unmetColumn[k]!;
    const origin = originRow[k]!;
    const destination = destinationRow[k]!;
    if (u === NONE || origin === destination) continue;
    if (origin !== NONE) {
      const at = next[origin - firstRow]!++;
      if (fill) {
        rowIndex[at] = u;
        rowValue[at] = 1;
      }
    }
    if (destination !== NONE) {
      const at = next[destination - firstRow]!++;
      if (fill) {
        rowIndex[at] = u;
        rowValue[at] = -1;
      }
    }
  }
}

/** `end[k]` of each demand k in `own`. */
function endsOf(own: Int32Array, end: Int32Array): Int32Array {
  const ends = new Int32Array(own.length);
  for (let i = 0; i < own.length; i++) ends[i] = end[own[i]!]!;
  return ends;
}

/** The blocks' results and the per-node scratch one commodity at a time uses. */
class BlockScratch implements CommodityBlocks {
  readonly commodityColumnStart: Int32Array;
  readonly commodityFlowEnd: Int32Array;
  readonly unmetColumn: Int32Array;
  readonly originRow: Int32Array;
  readonly destinationRow: Int32Array;
  readonly unroutable: number[] = [];
  readonly linkColumns: Int32Array;
  readonly nodeInColumns: Int32Array;
  /** Nodes the commodity touches (marked by nodeRow = −stamp until their rows are written). */
  readonly touched: Int32Array;
  numTouched = 0;
  readonly nodeRow: Int32Array;
  readonly nodeRhs: Float64Array;
  /** Per conservation row of one commodity: its entries' count, then where the next goes (`addConservationRows`). */
  readonly rowCount: Int32Array;

  constructor(arrays: ScenarioArrays, numDemands: number, numCommodities: number) {
    this.commodityColumnStart = int32(numCommodities + 1);
    this.commodityFlowEnd = int32(numCommodities);
    this.unmetColumn = int32(numDemands).fill(NONE);
    this.originRow = int32(numDemands).fill(NONE);
    this.destinationRow = int32(numDemands).fill(NONE);
    this.linkColumns = int32(arrays.numLinks);
    this.nodeInColumns = int32(arrays.numNodes);
    this.touched = int32(arrays.numNodes);
    this.nodeRow = int32(arrays.numNodes);
    this.nodeRhs = float64(arrays.numNodes);
    this.rowCount = int32(arrays.numNodes);
  }

  touch(n: number, stamp: number): void {
    if (this.nodeRow[n] !== -stamp) {
      this.nodeRow[n] = -stamp; // marked; real row numbers are assigned with the rows
      this.touched[this.numTouched++] = n;
    }
  }

  /** Touches the demands' origins and destinations and puts ±V_k on their right-hand sides (origins first). */
  touchEnds(stamp: number, own: Int32Array, demands: DemandArrays): void {
    for (const k of own) {
      const origin = demands.demandOrigin[k]!;
      if (origin === NONE) continue;
      this.touch(origin, stamp);
      this.nodeRhs[origin]! += demands.demandVolume[k]!;
    }
    for (const k of own) {
      const destination = demands.demandDestination[k]!;
      if (destination === NONE) continue;
      this.touch(destination, stamp);
      this.nodeRhs[destination]! -= demands.demandVolume[k]!;
    }
  }

}
