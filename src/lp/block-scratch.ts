import type { CommodityBlocks } from './commodity-blocks';
import type { DemandArrays } from './demand-arrays';
import { NONE, type ScenarioArrays } from './scenario-arrays';
import { float64, int32 } from './scratch';

/** The blocks' results and the per-node scratch one commodity at a time uses. */
export class BlockScratch implements CommodityBlocks {
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
  /** Per node: the conservation entries of the flow columns `addFlowColumns` wrote for the commodity (0 between commodities). */
  readonly nodeEntries: Int32Array;

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
    this.nodeEntries = int32(arrays.numNodes);
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
