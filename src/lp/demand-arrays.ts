import { DEFAULTS, type Scenario } from '../model/types';
import { NONE, type ScenarioArrays } from './scenario-arrays';
import { float64, int32, uint8 } from './scratch';

/** The scenario's demands as flat arrays, with what their origins contribute to the LP. */
export interface DemandArrays {
  readonly numDemands: number;
  /** Node indices, NONE for an unknown node. */
  readonly demandOrigin: Int32Array;
  readonly demandDestination: Int32Array;
  /** V_k, t/yr. */
  readonly demandVolume: Float64Array;
  /** USD per tonne-day of the demand's goods. */
  readonly demandValueOfTime: Float64Array;
  /** cost_o + valueOfTime_k · days_o: USD per served tonne at the origin. */
  readonly demandOriginCost: Float64Array;
  /** days_o: dwell at the origin. */
  readonly demandOriginDays: Float64Array;
  /** Σ V_k of the demands leaving each node, and whether any does. */
  readonly nodeOriginVolume: Float64Array;
  readonly nodeHasOrigin: Uint8Array;
  /** Σ_k V_k. */
  readonly totalVolume: number;
  /**
   * Σ_k (cost_o + valueOfTime_k · days_o) · V_k in a cost build, else 0: the
   * origin handling of every demand as if all of it were served (s_k = V_k − u_k,
   * so the part left unmet is taken back on u_k's cost).
   */
  readonly objectiveConstant: number;
}

export function demandArrays(scenario: Scenario, arrays: ScenarioArrays, costMode: boolean): DemandArrays {
  const demands = scenario.demands;
  const numDemands = demands.length;
  const { nodeIndex, nodeCost, nodeDays } = arrays;
  const demandOrigin = int32(numDemands);
  const demandDestination = int32(numDemands);
  const demandVolume = float64(numDemands);
  const demandValueOfTime = float64(numDemands);
  const demandOriginCost = float64(numDemands);
  const demandOriginDays = float64(numDemands);
  const nodeOriginVolume = float64(arrays.numNodes);
  const nodeHasOrigin = uint8(arrays.numNodes);
  let totalVolume = 0;
  let objectiveConstant = 0;
  for (let k = 0; k < numDemands; k++) {
    const demand = demands[k]!;
    const origin = nodeIndex.get(demand.from) ?? NONE;
    const volume = demand.volume;
    const valueOfTime = demand.valueOfTime ?? DEFAULTS.valueOfTime;
    demandOrigin[k] = origin;
    demandDestination[k] = nodeIndex.get(demand.to) ?? NONE;
    demandVolume[k] = volume;
    demandValueOfTime[k] = valueOfTime;
    totalVolume += volume;
    if (origin !== NONE) {
      demandOriginCost[k] = nodeCost[origin]! + valueOfTime * nodeDays[origin]!;
      demandOriginDays[k] = nodeDays[origin]!;
      nodeOriginVolume[origin]! += volume;
      nodeHasOrigin[origin] = 1;
    }
    if (costMode) objectiveConstant += demandOriginCost[k]! * volume;
  }
  return {
    numDemands,
    demandOrigin,
    demandDestination,
    demandVolume,
    demandValueOfTime,
    demandOriginCost,
    demandOriginDays,
    nodeOriginVolume,
    nodeHasOrigin,
    totalVolume,
    objectiveConstant,
  };
}
