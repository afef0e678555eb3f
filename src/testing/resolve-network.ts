/**
 * The scenario as the optimisation problem sees it, defaults applied: which
 * links are arcs, what every capacity, cost and bound is. Written here from
 * the spec rather than borrowed from `src/lp`, so that the checks judge the
 * LP builder instead of repeating it.
 */
import type { Scenario } from '../model/types';

export interface NetworkNode {
  readonly id: string;
  /** False when the node is disabled. */
  readonly open: boolean;
  /** t/yr; Infinity when unlimited. */
  readonly capacity: number;
  readonly cost: number;
  readonly days: number;
}

export interface NetworkLink {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /**
   * True when the link is an arc of the problem: enabled, both ends enabled,
   * and not a gate of a disabled corridor.
   */
  readonly open: boolean;
  readonly capacity: number;
  readonly cost: number;
  readonly days: number;
  /** Id of the corridor it is a gate of. */
  readonly corridor: string | undefined;
}

export interface NetworkCorridor {
  readonly id: string;
  readonly enabled: boolean;
  readonly gates: readonly string[];
  readonly minShare: number;
  readonly maxShare: number;
  readonly minFlow: number;
  /** Infinity when unlimited. */
  readonly maxFlow: number;
}

export interface NetworkDemand {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly volume: number;
  readonly valueOfTime: number;
  /** Undefined for a hard demand. */
  readonly penalty: number | undefined;
}

export interface Network {
  readonly nodes: ReadonlyMap<string, NetworkNode>;
  readonly links: ReadonlyMap<string, NetworkLink>;
  /** The open links, in scenario order. */
  readonly arcs: readonly NetworkLink[];
  readonly corridors: ReadonlyMap<string, NetworkCorridor>;
  readonly demands: ReadonlyMap<string, NetworkDemand>;
  /** Σ volumes, t/yr: the scale flows are compared at. */
  readonly totalVolume: number;
}

const capacityOf = (value: number | undefined): number => value ?? Infinity;

/** Applies the spec's defaults to a (valid) scenario. */
export function resolveNetwork(scenario: Scenario): Network {
  const nodes = new Map<string, NetworkNode>();
  for (const node of scenario.nodes) {
    nodes.set(node.id, {
      id: node.id,
      open: node.enabled !== false,
      capacity: capacityOf(node.capacity),
      cost: node.cost ?? 0,
      days: node.days ?? 0,
    });
  }
  const corridors = new Map<string, NetworkCorridor>();
  const gateOf = new Map<string, string>();
  for (const corridor of scenario.corridors ?? []) {
    corridors.set(corridor.id, {
      id: corridor.id,
      enabled: corridor.enabled !== false,
      gates: corridor.gates,
      minShare: corridor.minShare ?? 0,
      maxShare: corridor.maxShare ?? 1,
      minFlow: corridor.minFlow ?? 0,
      maxFlow: capacityOf(corridor.maxFlow),
    });
    for (const gate of corridor.gates) gateOf.set(gate, corridor.id);
  }
  const links = new Map<string, NetworkLink>();
  const arcs: NetworkLink[] = [];
  for (const link of scenario.links) {
    const corridor = gateOf.get(link.id);
    const open =
      link.enabled !== false &&
      nodes.get(link.from)?.open === true &&
      nodes.get(link.to)?.open === true &&
      (corridor === undefined || corridors.get(corridor)?.enabled !== false);
    const resolved: NetworkLink = {
      id: link.id,
      from: link.from,
      to: link.to,
      open,
      capacity: capacityOf(link.capacity),
      cost: link.cost,
      days: link.days ?? 0,
      corridor,
    };
    links.set(link.id, resolved);
    if (open) arcs.push(resolved);
  }
  const demands = new Map<string, NetworkDemand>();
  let totalVolume = 0;
  for (const demand of scenario.demands) {
    demands.set(demand.id, {
      id: demand.id,
      from: demand.from,
      to: demand.to,
      volume: demand.volume,
      valueOfTime: demand.valueOfTime ?? 0,
      penalty: demand.unmetPenalty,
    });
    totalVolume += demand.volume;
  }
  return { nodes, links, arcs, corridors, demands, totalVolume };
}
