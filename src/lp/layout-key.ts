import type { Scenario } from '../model/types';
import { corridorBounds } from './corridor-rows';
import type { DemandArrays } from './demand-arrays';
import type { ScenarioArrays } from './scenario-arrays';
import { float64 } from './scratch';

/**
 * What the layout of a scenario's reduced cost build (`buildLp`'s default)
 * rests on, written out in full, so that two scenarios with equal keys get
 * the same columns and rows, in the same order, with entries in the same
 * places, and differ only in numbers: costs, bounds, right-hand sides and
 * the share rows' coefficients (`LayoutCache`). Not a hash: equal keys are
 * equal layouts, with no collision to go unnoticed.
 *
 * In order: the counts and whether any arc takes days; per node whether it
 * is enabled and its capacity finite; per link its ends, whether it is an
 * arc, its corridor and whether its capacity is finite; per corridor which
 * of its rows exist (enabled, minFlow > 0, a finite maxFlow, maxShare < 1,
 * maxShare = 0, which drops its unmet entries, minShare > 0); per demand its
 * ends, whether it has an unmet column (a penalty) and, where days price
 * flow, its value of time (commodities merge by it). The counts fix where
 * each section starts, so no two scenarios' sections can line up alike.
 */
export function layoutKey(scenario: Scenario, arrays: ScenarioArrays, demands: DemandArrays): Float64Array {
  const { numNodes, numLinks, numCorridors } = arrays;
  const { numDemands } = demands;
  const key = float64(5 + 2 * numNodes + 5 * numLinks + 6 * numCorridors + 4 * numDemands);
  let at = 0;
  const put = (value: number | boolean): void => {
    key[at++] = Number(value);
  };
  put(numNodes);
  put(numLinks);
  put(numCorridors);
  put(numDemands);
  put(arrays.anyDays);
  for (let n = 0; n < numNodes; n++) {
    put(arrays.nodeEnabled[n]!);
    put(Number.isFinite(arrays.nodeCapacity[n]!));
  }
  for (let l = 0; l < numLinks; l++) {
    put(arrays.linkFrom[l]!);
    put(arrays.linkTo[l]!);
    put(arrays.linkIsArc[l]!);
    put(arrays.linkCorridor[l]!);
    put(Number.isFinite(arrays.linkCapacity[l]!));
  }
  const corridors = scenario.corridors ?? [];
  for (let c = 0; c < numCorridors; c++) {
    const { minFlow, maxFlow, minShare, maxShare } = corridorBounds(corridors[c]!);
    put(arrays.corridorEnabled[c]!);
    put(minFlow > 0);
    put(Number.isFinite(maxFlow));
    put(maxShare < 1);
    put(maxShare === 0);
    put(minShare > 0);
  }
  for (let k = 0; k < numDemands; k++) {
    put(demands.demandOrigin[k]!);
    put(demands.demandDestination[k]!);
    put(scenario.demands[k]!.unmetPenalty !== undefined);
    put(arrays.anyDays ? demands.demandValueOfTime[k]! : 0);
  }
  return key;
}

/** Whether two keys of `layoutKey` are equal, element by element (NaN never is, so it never matches). */
export function sameLayoutKey(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
