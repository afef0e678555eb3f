/**
 * An independent oracle for single-demand scenarios: min-cost flow by
 * successive shortest paths, written from the spec alone (it shares no code
 * with src/lp or src/testing).
 *
 * Every node n becomes two vertices, n.in → n.out, joined by an arc with the
 * node's capacity and its cost per tonne of throughput; link a: i → j becomes
 * i.out → j.in. Flow starts at the origin's `in` vertex (so the origin's
 * throughput counts what is served) and ends at the destination's `out`
 * vertex (so its throughput counts what arrives). Each round sends as much
 * as fits along a cheapest augmenting path (Bellman–Ford on the residual
 * graph, which has negative arcs); a soft demand stops once the cheapest path
 * costs at least its penalty. Corridor bounds are not modelled: use it on
 * scenarios without any.
 */
import type { Scenario } from '../../src/model/types';

export interface SspOutcome {
  readonly status: 'optimal' | 'infeasible';
  /** USD/yr: transport cost plus penalties (of the flow found so far when infeasible). */
  readonly objective: number;
  readonly served: number;
}

interface Arc {
  readonly to: number;
  capacity: number;
  readonly cost: number;
  /** Index of the reverse arc in `arcs`. */
  readonly reverse: number;
}

export function sspMinCostFlow(scenario: Scenario): SspOutcome {
  const demand = scenario.demands[0];
  if (demand === undefined || scenario.demands.length !== 1) throw new Error('sspMinCostFlow: expects exactly one demand');
  const vot = demand.valueOfTime ?? 0;
  const index = new Map(scenario.nodes.map((n, i) => [n.id, i]));
  const enabled = new Set(scenario.nodes.filter((n) => n.enabled !== false).map((n) => n.id));
  const closedByCorridor = new Set((scenario.corridors ?? []).filter((c) => c.enabled === false).flatMap((c) => c.gates));
  const vertexIn = (id: string): number => 2 * (index.get(id) ?? 0);
  const vertexOut = (id: string): number => 2 * (index.get(id) ?? 0) + 1;

  const arcs: Arc[] = [];
  const outgoing: number[][] = Array.from({ length: 2 * scenario.nodes.length }, () => []);
  const addArc = (from: number, to: number, capacity: number, cost: number): void => {
    const forward = arcs.length;
    arcs.push({ to, capacity, cost, reverse: forward + 1 });
    arcs.push({ to: from, capacity: 0, cost: -cost, reverse: forward });
    outgoing[from]?.push(forward);
    outgoing[to]?.push(forward + 1);
  };
  for (const node of scenario.nodes) {
    if (!enabled.has(node.id)) continue;
    addArc(vertexIn(node.id), vertexOut(node.id), node.capacity ?? Infinity, (node.cost ?? 0) + vot * (node.days ?? 0));
  }
  for (const link of scenario.links) {
    if (link.enabled === false || closedByCorridor.has(link.id) || !enabled.has(link.from) || !enabled.has(link.to)) continue;
    addArc(vertexOut(link.from), vertexIn(link.to), link.capacity ?? Infinity, link.cost + vot * (link.days ?? 0));
  }

  const source = vertexIn(demand.from);
  const sink = vertexOut(demand.to);
  const penalty = demand.unmetPenalty;
  let remaining = demand.volume;
  let cost = 0;
  const size = outgoing.length;
  while (remaining > 1e-12 && enabled.has(demand.from) && enabled.has(demand.to)) {
    const distance = new Array<number>(size).fill(Infinity);
    const via = new Array<number>(size).fill(-1);
    distance[source] = 0;
    for (let round = 0; round < size; round++) {
      let changed = false;
      for (let v = 0; v < size; v++) {
        const dv = distance[v] ?? Infinity;
        if (dv === Infinity) continue;
        for (const a of outgoing[v] ?? []) {
          const arc = arcs[a]!;
          if (arc.capacity <= 1e-12) continue;
          if (dv + arc.cost < (distance[arc.to] ?? Infinity) - 1e-12) {
            distance[arc.to] = dv + arc.cost;
            via[arc.to] = a;
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
    const pathCost = distance[sink] ?? Infinity;
    if (pathCost === Infinity) break;
    if (penalty !== undefined && pathCost >= penalty) break;
    let push = remaining;
    for (let v = sink; v !== source; ) {
      const arc = arcs[via[v]!]!;
      push = Math.min(push, arc.capacity);
      v = arcs[arc.reverse]!.to;
    }
    for (let v = sink; v !== source; ) {
      const arc = arcs[via[v]!]!;
      arc.capacity -= push;
      arcs[arc.reverse]!.capacity += push;
      v = arcs[arc.reverse]!.to;
    }
    remaining -= push;
    cost += push * pathCost;
  }
  const served = demand.volume - remaining;
  if (penalty === undefined) {
    return remaining > 1e-9 * Math.max(1, demand.volume) ? { status: 'infeasible', objective: cost, served } : { status: 'optimal', objective: cost, served };
  }
  return { status: 'optimal', objective: cost + penalty * remaining, served };
}
