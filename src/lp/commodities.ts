import type { DemandArrays } from './demand-arrays';
import { NONE } from './scenario-arrays';
import { copyOf, int32, int32From } from './scratch';

/**
 * Demands grouped into commodities (see `LpLayout`, "Commodities"), numbered
 * in the order of their first demand; the demands of commodity c are
 * `commodityDemands[commodityDemandStart[c] .. commodityDemandStart[c+1]]`,
 * in scenario order.
 */
export interface Commodities {
  readonly numCommodities: number;
  readonly demandCommodity: Int32Array;
  /** The origin all the commodity's demands share, else NONE. */
  readonly commodityOrigin: Int32Array;
  /** USD per tonne-day, the same for all its demands wherever it prices flow. */
  readonly commodityValueOfTime: Float64Array;
  readonly commodityDemandStart: Int32Array;
  readonly commodityDemands: Int32Array;
}

export interface CommodityOptions {
  /** Merge demands at all (false: one commodity per demand). */
  readonly merge: boolean;
  /** Flow is priced by the value of time, so only demands with equal values of time may share a commodity. */
  readonly byValueOfTime: boolean;
}

/** Demands with the same origin (and value of time, where it prices flow) as one commodity each. */
export function commoditiesByOrigin(demands: DemandArrays, { merge, byValueOfTime }: CommodityOptions): Commodities {
  const numDemands = demands.numDemands;
  const demandCommodity = int32(numDemands);
  const origins: number[] = [];
  const valuesOfTime: number[] = [];
  const commodityOfKey = new Map<string, number>();
  for (let k = 0; k < numDemands; k++) {
    const origin = demands.demandOrigin[k]!;
    const valueOfTime = demands.demandValueOfTime[k]!;
    const key = !merge || origin === NONE ? null : byValueOfTime ? `${origin}|${valueOfTime}` : `${origin}`;
    let c = key === null ? undefined : commodityOfKey.get(key);
    if (c === undefined) {
      c = origins.length;
      origins.push(origin);
      valuesOfTime.push(valueOfTime);
      if (key !== null) commodityOfKey.set(key, c);
    }
    demandCommodity[k] = c;
  }
  return commoditiesOf(demandCommodity, int32From(origins), Float64Array.from(valuesOfTime));
}

/** The commodity lists of a demand → commodity assignment. */
export function commoditiesOf(demandCommodity: Int32Array, commodityOrigin: Int32Array, commodityValueOfTime: Float64Array): Commodities {
  const numDemands = demandCommodity.length;
  const numCommodities = commodityOrigin.length;
  const commodityDemandStart = int32(numCommodities + 1);
  const commodityDemands = int32(numDemands);
  for (let k = 0; k < numDemands; k++) commodityDemandStart[demandCommodity[k]! + 1]!++;
  for (let c = 0; c < numCommodities; c++) commodityDemandStart[c + 1]! += commodityDemandStart[c]!;
  const next = copyOf(commodityDemandStart, 0, numCommodities);
  for (let k = 0; k < numDemands; k++) commodityDemands[next[demandCommodity[k]!]!++] = k;
  return { numCommodities, demandCommodity, commodityOrigin, commodityValueOfTime, commodityDemandStart, commodityDemands };
}
