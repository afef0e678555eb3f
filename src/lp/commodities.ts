import { minimumVertexCover } from './bipartite-vertex-cover';
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
  /** The destination all the commodity's demands share where they were merged by it, else NONE. */
  readonly commodityDestination: Int32Array;
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
  return commoditiesOf(demandCommodity, int32From(origins), int32(origins.length).fill(NONE), Float64Array.from(valuesOfTime));
}

/** The commodity lists of a demand → commodity assignment. */
function commoditiesOf(
  demandCommodity: Int32Array,
  commodityOrigin: Int32Array,
  commodityDestination: Int32Array,
  commodityValueOfTime: Float64Array,
): Commodities {
  const numDemands = demandCommodity.length;
  const numCommodities = commodityOrigin.length;
  const commodityDemandStart = int32(numCommodities + 1);
  const commodityDemands = int32(numDemands);
  for (let k = 0; k < numDemands; k++) commodityDemandStart[demandCommodity[k]! + 1]!++;
  for (let c = 0; c < numCommodities; c++) commodityDemandStart[c + 1]! += commodityDemandStart[c]!;
  const next = copyOf(commodityDemandStart, 0, numCommodities);
  for (let k = 0; k < numDemands; k++) commodityDemands[next[demandCommodity[k]!]!++] = k;
  return { numCommodities, demandCommodity, commodityOrigin, commodityDestination, commodityValueOfTime, commodityDemandStart, commodityDemands };
}

/**
 * The fewest commodities exact merging allows. A demand may join the others
 * of its origin (one source, many sinks) or of its destination (many sources,
 * one sink; see `LpLayout`), never a mix, so a grouping is a choice, for each
 * demand, of one of its two ends, and the fewest commodities is a minimum
 * vertex cover of the bipartite graph whose left vertices are the origins,
 * right ones the destinations and edges the demands (`minimumVertexCover`),
 * one graph per value of time where it prices flow. Where the cover is no
 * smaller than the number of origins, the demands are merged by origin as
 * `commoditiesByOrigin` does, so such scenarios keep their LP exactly; a
 * demand whose origin and destination are both in the cover joins its
 * origin's.
 */
export function commoditiesByCover(demands: DemandArrays, options: CommodityOptions): Commodities {
  if (!options.merge) return commoditiesByOrigin(demands, options);
  const { numDemands, demandOrigin, demandDestination, demandValueOfTime } = demands;
  const classOf = (k: number): string => (options.byValueOfTime ? `${demandValueOfTime[k]!}` : '');
  const classes = new Map<string, number[]>();
  for (let k = 0; k < numDemands; k++) {
    if (demandOrigin[k] === NONE || demandDestination[k] === NONE) continue;
    const key = classOf(k);
    const members = classes.get(key);
    if (members) members.push(k);
    else classes.set(key, [k]);
  }
  const byDestination = new Uint8Array(numDemands);
  let anyByDestination = false;
  for (const members of classes.values()) {
    if (coverByDestination(members, demandOrigin, demandDestination, byDestination)) anyByDestination = true;
  }
  if (!anyByDestination) return commoditiesByOrigin(demands, options);

  const demandCommodity = int32(numDemands);
  const origins: number[] = [];
  const destinations: number[] = [];
  const valuesOfTime: number[] = [];
  const commodityOfKey = new Map<string, number>();
  for (let k = 0; k < numDemands; k++) {
    const origin = demandOrigin[k]!;
    const toDestination = byDestination[k] === 1;
    const key = origin === NONE ? null : toDestination ? `d${demandDestination[k]!}|${classOf(k)}` : `o${origin}|${classOf(k)}`;
    let c = key === null ? undefined : commodityOfKey.get(key);
    if (c === undefined) {
      c = origins.length;
      origins.push(toDestination ? NONE : origin);
      destinations.push(toDestination ? demandDestination[k]! : NONE);
      valuesOfTime.push(demandValueOfTime[k]!);
      if (key !== null) commodityOfKey.set(key, c);
    }
    demandCommodity[k] = c;
  }
  return commoditiesOf(demandCommodity, int32From(origins), int32From(destinations), Float64Array.from(valuesOfTime));
}

/**
 * Marks in `byDestination` the demands of one class that a minimum vertex
 * cover sends to their destination's commodity; returns false (marking
 * nothing) when the cover is no smaller than the class's origins.
 */
function coverByDestination(members: readonly number[], demandOrigin: Int32Array, demandDestination: Int32Array, byDestination: Uint8Array): boolean {
  const left = new Map<number, number>();
  const right = new Map<number, number>();
  for (const k of members) {
    if (!left.has(demandOrigin[k]!)) left.set(demandOrigin[k]!, left.size);
    if (!right.has(demandDestination[k]!)) right.set(demandDestination[k]!, right.size);
  }
  if (left.size < 2) return false;
  const edgeStart = int32(left.size + 1);
  for (const k of members) edgeStart[left.get(demandOrigin[k]!)! + 1]!++;
  for (let u = 0; u < left.size; u++) edgeStart[u + 1]! += edgeStart[u]!;
  const fill = copyOf(edgeStart, 0, left.size);
  const edgeTarget = int32(members.length);
  for (const k of members) edgeTarget[fill[left.get(demandOrigin[k]!)!]!++] = right.get(demandDestination[k]!)!;
  const cover = minimumVertexCover(left.size, right.size, edgeStart, edgeTarget);
  let size = 0;
  for (const v of cover) size += v;
  if (size >= left.size) return false;
  for (const k of members) if (cover[left.get(demandOrigin[k]!)!] === 0) byDestination[k] = 1;
  return true;
}
