import type { Scenario } from '../model/types';
import { nodeCapacityUpper } from './capacity-rows';
import { flowCost, unmetCost } from './commodity-blocks';
import { corridorBounds } from './corridor-rows';
import type { DemandArrays } from './demand-arrays';
import { BUILD_MODE, COLUMN_KIND, ROW_KIND, type LpBuild } from './lp-layout';
import type { ScenarioArrays } from './scenario-arrays';
import { copyOf, float64 } from './scratch';

/**
 * The build of `scenario` from `kept`, a reduced cost build of another
 * scenario with the same layout (equal `layoutKey`s): the index arrays,
 * the matrix's pattern and the layout's meanings are `kept`'s own, shared;
 * every number the scenario sets is written afresh, as `buildLp` writes it
 * (the same formulas, summed in the same order, so the LP is the same to
 * the last bit): costs, unmet bounds, right-hand sides, the share rows'
 * coefficients, the objective constant, and the layout's volumes, origin
 * costs, days and capacities. `arrays` and `demands` are the scenario's.
 */
export function refreshNumbers(kept: LpBuild, scenario: Scenario, arrays: ScenarioArrays, demands: DemandArrays): LpBuild {
  const { lp, layout } = kept;
  const { numCols, numRows } = lp;
  const objective = float64(numCols);
  const colUpper = float64(numCols);
  // A commodity prices its flow at the value of time of its first demand (commodities.ts), as the build does.
  const valueOfTime = float64(layout.numCommodities);
  for (let c = 0; c < layout.numCommodities; c++) valueOfTime[c] = demands.demandValueOfTime[layout.commodityDemands[layout.commodityDemandStart[c]!]!]!;
  for (let j = 0; j < numCols; j++) {
    const item = layout.columnItem[j]!;
    if (layout.columnKind[j] === COLUMN_KIND.flow) {
      objective[j] = flowCost(arrays, valueOfTime[layout.columnCommodity[j]!]!, item);
      colUpper[j] = Infinity;
    } else {
      // Unmet: the key keeps every demand's penalty present, so the cost is a number.
      objective[j] = unmetCost(scenario.demands[item]!.unmetPenalty, demands.demandOriginCost[item]!, BUILD_MODE.cost)!;
      colUpper[j] = demands.demandVolume[item]!;
    }
  }
  const rowLower = float64(numRows);
  const rowUpper = float64(numRows);
  conservationRhs(kept, demands, rowLower);
  const corridors = scenario.corridors ?? [];
  let shareRows = false;
  for (let i = 0; i < numRows; i++) {
    const item = layout.rowItem[i]!;
    switch (layout.rowKind[i]) {
      case ROW_KIND.conservation:
        rowUpper[i] = rowLower[i]!;
        break;
      case ROW_KIND.linkCapacity:
        rowLower[i] = -Infinity;
        rowUpper[i] = arrays.linkCapacity[item]!;
        break;
      case ROW_KIND.nodeCapacity:
        rowLower[i] = -Infinity;
        rowUpper[i] = nodeCapacityUpper(arrays, demands, item);
        break;
      case ROW_KIND.corridorFlow: {
        const { minFlow, maxFlow } = corridorBounds(corridors[item]!);
        rowLower[i] = minFlow > 0 ? minFlow : -Infinity;
        rowUpper[i] = maxFlow;
        break;
      }
      case ROW_KIND.corridorMaxShare:
        rowLower[i] = -Infinity;
        rowUpper[i] = corridorBounds(corridors[item]!).maxShare * demands.totalVolume;
        shareRows = true;
        break;
      default:
        rowLower[i] = corridorBounds(corridors[item]!).minShare * demands.totalVolume;
        rowUpper[i] = Infinity;
        shareRows = true;
    }
  }
  return {
    lp: {
      ...lp,
      objective,
      objectiveConstant: demands.objectiveConstant,
      colUpper,
      rowLower,
      rowUpper,
      rowValue: shareRows ? shareCoefficients(kept, corridors) : lp.rowValue,
    },
    layout: {
      ...layout,
      demandVolume: demands.demandVolume,
      demandOriginCost: demands.demandOriginCost,
      demandOriginDays: demands.demandOriginDays,
      linkDaysWithHead: arrays.linkDaysWithHead,
      linkCapacity: arrays.linkCapacity,
      nodeCapacity: arrays.nodeCapacity,
    },
    ...(kept.memo === undefined ? {} : { memo: kept.memo }),
  };
}

/**
 * Each conservation row's Σ V_k of the commodity's demands from its node less Σ V_k of those to it, in `rhs`
 * (other rows left at 0): summed origins first, then destinations, each in the commodity's demand order, as
 * `addCommodityBlocks` sums them.
 */
function conservationRhs(kept: LpBuild, demands: DemandArrays, rhs: Float64Array): void {
  const { layout } = kept;
  for (let c = 0; c < layout.numCommodities; c++) {
    const first = layout.commodityDemandStart[c]!;
    const end = layout.commodityDemandStart[c + 1]!;
    for (let i = first; i < end; i++) {
      const k = layout.commodityDemands[i]!;
      if (layout.originRow[k]! >= 0) rhs[layout.originRow[k]!]! += demands.demandVolume[k]!;
    }
    for (let i = first; i < end; i++) {
      const k = layout.commodityDemands[i]!;
      if (layout.destinationRow[k]! >= 0) rhs[layout.destinationRow[k]!]! -= demands.demandVolume[k]!;
    }
  }
}

/** `kept`'s matrix values with each share row's unmet entries set to the corridor's share (its flow entries stay 1). */
function shareCoefficients(kept: LpBuild, corridors: Scenario['corridors'] & object): Float64Array {
  const { lp, layout } = kept;
  const values = copyOf(lp.rowValue);
  for (let i = 0; i < lp.numRows; i++) {
    const kind = layout.rowKind[i];
    if (kind !== ROW_KIND.corridorMaxShare && kind !== ROW_KIND.corridorMinShare) continue;
    const bounds = corridorBounds(corridors[layout.rowItem[i]!]!);
    const share = kind === ROW_KIND.corridorMaxShare ? bounds.maxShare : bounds.minShare;
    for (let p = lp.rowStart[i]!; p < lp.rowStart[i + 1]!; p++) if (layout.columnKind[lp.rowIndex[p]!] === COLUMN_KIND.unmet) values[p] = share;
  }
  return values;
}
