import { DEFAULTS, type Scenario } from '../model/types';
import { float64, int32, uint8 } from './scratch';

/** "No such item" in every index array of the LP builder. */
export const NONE = -1;

/**
 * The scenario's nodes, links and corridors as flat arrays indexed by their
 * position, defaults applied here, once (spec, "Defaults"). An arc is a link
 * the LP may use: enabled, between two distinct enabled nodes, and not a gate
 * of a closed corridor.
 */
export interface ScenarioArrays {
  readonly numNodes: number;
  readonly numLinks: number;
  readonly numCorridors: number;
  readonly nodeIndex: ReadonlyMap<string, number>;
  readonly nodeEnabled: Uint8Array;
  /** USD/t, days, t/yr (Infinity when unlimited). */
  readonly nodeCost: Float64Array;
  readonly nodeDays: Float64Array;
  readonly nodeCapacity: Float64Array;
  readonly linkFrom: Int32Array;
  readonly linkTo: Int32Array;
  readonly linkIsArc: Uint8Array;
  readonly numArcs: number;
  /** USD/t, days, days + the head node's days, t/yr (Infinity when unlimited). */
  readonly linkCost: Float64Array;
  readonly linkDays: Float64Array;
  readonly linkDaysWithHead: Float64Array;
  readonly linkCapacity: Float64Array;
  /** Corridor whose gate the link is, else NONE (disabled corridors included). */
  readonly linkCorridor: Int32Array;
  readonly corridorEnabled: Uint8Array;
  /** An enabled corridor with minFlow or minShare > 0. */
  readonly corridorHasLowerBound: Uint8Array;
  readonly anyLowerBound: boolean;
  /** Some arc or the node it enters takes days: only then does a demand's value of time price its flow. */
  readonly anyDays: boolean;
}

export function scenarioArrays(scenario: Scenario): ScenarioArrays {
  const nodes = nodeArrays(scenario.nodes);
  const corridors = corridorArrays(scenario.corridors ?? [], scenario.links);
  const links = linkArrays(scenario.links, nodes, corridors);
  return {
    numNodes: scenario.nodes.length,
    numLinks: scenario.links.length,
    numCorridors: corridors.corridorEnabled.length,
    ...nodes,
    ...links,
    ...corridors,
  };
}

type NodeArrays = Pick<ScenarioArrays, 'nodeIndex' | 'nodeEnabled' | 'nodeCost' | 'nodeDays' | 'nodeCapacity'>;

/** Each node's position, whether it is open, and its cost, days and capacity with defaults applied. */
function nodeArrays(nodes: Scenario['nodes']): NodeArrays {
  const numNodes = nodes.length;
  const nodeIndex = new Map<string, number>();
  const nodeEnabled = uint8(numNodes);
  const nodeCost = float64(numNodes);
  const nodeDays = float64(numNodes);
  const nodeCapacity = float64(numNodes);
  for (let n = 0; n < numNodes; n++) {
    const node = nodes[n]!;
    nodeIndex.set(node.id, n);
    nodeEnabled[n] = (node.enabled ?? DEFAULTS.enabled) ? 1 : 0;
    nodeCost[n] = node.cost ?? DEFAULTS.cost;
    nodeDays[n] = node.days ?? DEFAULTS.days;
    nodeCapacity[n] = node.capacity ?? Infinity;
  }
  return { nodeIndex, nodeEnabled, nodeCost, nodeDays, nodeCapacity };
}

type CorridorArrays = Pick<ScenarioArrays, 'linkCorridor' | 'corridorEnabled' | 'corridorHasLowerBound' | 'anyLowerBound'>;

/** Which corridors are open or bounded below, and each link's corridor (the one it is a gate of). */
function corridorArrays(corridors: NonNullable<Scenario['corridors']>, links: Scenario['links']): CorridorArrays {
  const numCorridors = corridors.length;
  const linkIndex = new Map<string, number>();
  for (let l = 0; l < links.length; l++) linkIndex.set(links[l]!.id, l);

  const corridorEnabled = uint8(numCorridors);
  const linkCorridor = int32(links.length).fill(NONE);
  let anyLowerBound = false;
  const corridorHasLowerBound = uint8(numCorridors);
  for (let c = 0; c < numCorridors; c++) {
    const corridor = corridors[c]!;
    corridorEnabled[c] = (corridor.enabled ?? DEFAULTS.enabled) ? 1 : 0;
    if (
      corridorEnabled[c] === 1 &&
      ((corridor.minFlow ?? DEFAULTS.minFlow) > 0 || (corridor.minShare ?? DEFAULTS.minShare) > 0)
    ) {
      corridorHasLowerBound[c] = 1;
      anyLowerBound = true;
    }
    for (const gate of corridor.gates) {
      const l = linkIndex.get(gate);
      // A link is a gate of at most one corridor (validated); first one wins otherwise.
      if (l !== undefined && linkCorridor[l] === NONE) linkCorridor[l] = c;
    }
  }
  return { linkCorridor, corridorEnabled, corridorHasLowerBound, anyLowerBound };
}

type LinkArrays = Pick<
  ScenarioArrays,
  'linkFrom' | 'linkTo' | 'linkIsArc' | 'numArcs' | 'linkCost' | 'linkDays' | 'linkDaysWithHead' | 'linkCapacity' | 'anyDays'
>;

/** Each link's ends, cost, days and capacity with defaults applied, and whether it is an arc of the LP. */
function linkArrays(links: Scenario['links'], nodes: NodeArrays, corridors: CorridorArrays): LinkArrays {
  const { nodeIndex, nodeEnabled, nodeDays } = nodes;
  const { linkCorridor, corridorEnabled } = corridors;
  const numLinks = links.length;
  const linkFrom = int32(numLinks);
  const linkTo = int32(numLinks);
  const linkIsArc = uint8(numLinks);
  const linkCost = float64(numLinks);
  const linkDays = float64(numLinks);
  const linkDaysWithHead = float64(numLinks);
  const linkCapacity = float64(numLinks);
  let numArcs = 0;
  let anyDays = false;
  for (let l = 0; l < numLinks; l++) {
    const link = links[l]!;
    const from = nodeIndex.get(link.from) ?? NONE;
    const to = nodeIndex.get(link.to) ?? NONE;
    linkFrom[l] = from;
    linkTo[l] = to;
    linkCost[l] = link.cost;
    linkDays[l] = link.days ?? DEFAULTS.days;
    linkDaysWithHead[l] = linkDays[l]! + (to === NONE ? 0 : nodeDays[to]!);
    linkCapacity[l] = link.capacity ?? Infinity;
    const corridor = linkCorridor[l]!;
    const isArc =
      (link.enabled ?? DEFAULTS.enabled) &&
      from !== NONE &&
      to !== NONE &&
      from !== to &&
      nodeEnabled[from] === 1 &&
      nodeEnabled[to] === 1 &&
      (corridor === NONE || corridorEnabled[corridor] === 1);
    if (isArc) {
      linkIsArc[l] = 1;
      numArcs++;
      if (linkDays[l]! !== 0 || nodeDays[to]! !== 0) anyDays = true;
    }
  }
  return { linkFrom, linkTo, linkIsArc, numArcs, linkCost, linkDays, linkDaysWithHead, linkCapacity, anyDays };
}
