import { DEFAULTS, type Corridor, type Scenario } from '../model/types';
import type { CommodityBlocks } from './commodity-blocks';
import type { DemandArrays } from './demand-arrays';
import { BUILD_MODE, COLUMN_KIND, ROW_KIND, type BuildMode } from './lp-layout';
import type { LpWriter } from './lp-writer';
import { NONE, type ScenarioArrays } from './scenario-arrays';
import { float64, int32 } from './scratch';

/** Rows (and, in a `bounds` build, slack columns) of the corridors' flow and share bounds. */
export interface CorridorRows {
  readonly corridorFlowRow: Int32Array;
  readonly corridorMaxShareRow: Int32Array;
  readonly corridorMinShareRow: Int32Array;
  readonly corridorMinFlowSlack: Int32Array;
  readonly corridorMinShareSlack: Int32Array;
  readonly corridorMaxShare: Float64Array;
  readonly corridorMinShare: Float64Array;
}

/**
 * With F_c = Σ over the corridor's gates of Σ_c x(c,a) and S = Σ_k s_k:
 *
 *   minFlow ≤ F_c ≤ maxFlow,   F_c ≤ maxShare · S,   F_c ≥ minShare · S,
 *
 * the share rows written with s_k = V_k − u_k (F_c + share · Σu ≶ share · ΣV).
 * Rows follow the spec for every corridor, disabled ones included (their F_c
 * is 0, so a lower bound on a closed corridor is infeasible). Default bounds
 * add no row: F_c ≥ 0 holds anyway, and F_c ≤ 1·S holds wherever gates are
 * cuts; where a route crosses two gates of one corridor the spec warns that
 * its tonnes count twice, rather than holding them back.
 */
export function addCorridorRows(writer: LpWriter, scenario: Scenario, demands: DemandArrays, mode: BuildMode): CorridorRows {
  const corridors = scenario.corridors ?? [];
  const numCorridors = corridors.length;
  const corridorFlowRow = int32(numCorridors).fill(NONE);
  const corridorMaxShareRow = int32(numCorridors).fill(NONE);
  const corridorMinShareRow = int32(numCorridors).fill(NONE);
  const corridorMinFlowSlack = int32(numCorridors).fill(NONE);
  const corridorMinShareSlack = int32(numCorridors).fill(NONE);
  const corridorMaxShare = float64(numCorridors);
  const corridorMinShare = float64(numCorridors);
  const totalVolume = demands.totalVolume;
  for (let c = 0; c < numCorridors; c++) {
    const { minFlow, maxFlow, minShare, maxShare } = corridorBounds(corridors[c]!);
    corridorMaxShare[c] = maxShare;
    corridorMinShare[c] = minShare;
    if (minFlow > 0 || Number.isFinite(maxFlow)) {
      corridorFlowRow[c] = writer.addRow(ROW_KIND.corridorFlow, c, NONE, minFlow > 0 ? minFlow : -Infinity, maxFlow);
      if (mode === BUILD_MODE.bounds && minFlow > 0) {
        corridorMinFlowSlack[c] = writer.addColumn(COLUMN_KIND.boundSlack, NONE, c, 1, Infinity);
        writer.addEntry(corridorFlowRow[c]!, corridorMinFlowSlack[c]!, 1);
      }
    }
    if (maxShare < 1) {
      corridorMaxShareRow[c] = writer.addRow(ROW_KIND.corridorMaxShare, c, NONE, -Infinity, maxShare * totalVolume);
    }
    if (minShare > 0) {
      corridorMinShareRow[c] = writer.addRow(ROW_KIND.corridorMinShare, c, NONE, minShare * totalVolume, Infinity);
      if (mode === BUILD_MODE.bounds) {
        corridorMinShareSlack[c] = writer.addColumn(COLUMN_KIND.boundSlack, NONE, c, 1, Infinity);
        writer.addEntry(corridorMinShareRow[c]!, corridorMinShareSlack[c]!, 1);
      }
    }
  }
  return { corridorFlowRow, corridorMaxShareRow, corridorMinShareRow, corridorMinFlowSlack, corridorMinShareSlack, corridorMaxShare, corridorMinShare };
}

/** A corridor's bounds with the spec's defaults: tonnes (maxFlow Infinity when unlimited) and shares of the served tonnes. */
export function corridorBounds(corridor: Corridor): { readonly minFlow: number; readonly maxFlow: number; readonly minShare: number; readonly maxShare: number } {
  return {
    minFlow: corridor.minFlow ?? DEFAULTS.minFlow,
    maxFlow: corridor.maxFlow ?? Infinity,
    minShare: corridor.minShare ?? DEFAULTS.minShare,
    maxShare: corridor.maxShare ?? DEFAULTS.maxShare,
  };
}

/** The entries of the corridor rows: gate flow columns first, then every unmet column in the share rows. */
export function addCorridorEntries(
  writer: LpWriter,
  arrays: ScenarioArrays,
  demands: DemandArrays,
  blocks: CommodityBlocks,
  rows: CorridorRows,
  numFlowAndUnmet: number,
): void {
  const { corridorFlowRow, corridorMaxShareRow, corridorMinShareRow, corridorMaxShare, corridorMinShare } = rows;
  if (!corridorFlowRow.some(isRow) && !corridorMaxShareRow.some(isRow) && !corridorMinShareRow.some(isRow)) return;
  const kind = writer.columnKind.array;
  const item = writer.columnItem.array;
  for (let j = 0; j < numFlowAndUnmet; j++) {
    if (kind[j] !== COLUMN_KIND.flow) continue;
    const c = arrays.linkCorridor[item[j]!]!;
    if (c === NONE) continue;
    if (corridorFlowRow[c] !== NONE) writer.addEntry(corridorFlowRow[c]!, j, 1);
    if (corridorMaxShareRow[c] !== NONE) writer.addEntry(corridorMaxShareRow[c]!, j, 1);
    if (corridorMinShareRow[c] !== NONE) writer.addEntry(corridorMinShareRow[c]!, j, 1);
  }
  for (let k = 0; k < demands.numDemands; k++) {
    const u = blocks.unmetColumn[k]!;
    if (u === NONE) continue;
    for (let c = 0; c < arrays.numCorridors; c++) {
      if (corridorMaxShareRow[c] !== NONE) writer.addEntry(corridorMaxShareRow[c]!, u, corridorMaxShare[c]!);
      if (corridorMinShareRow[c] !== NONE) writer.addEntry(corridorMinShareRow[c]!, u, corridorMinShare[c]!);
    }
  }
}

function isRow(row: number): boolean {
  return row !== NONE;
}
