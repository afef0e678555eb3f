import type { Network } from './resolve-network';

/**
 * Whether every tonne on a gate is a served tonne crossing it once, so that
 * served − Σ corridor flows is exactly `other.flow` (and the shares plus
 * `other` add up to 1): no route from a demand's origin to its destination
 * crosses gates twice, and no freight can circle through a gate where a
 * corridor's lower bound may call for it.
 */
export function gateTonnesAreServedOnes(net: Network): boolean {
  return noRouteCrossesTwoGates(net) && !(someCorridorHasLowerBound(net) && someGateOnCycle(net));
}

/** Where a node's arcs lead (`forward`) or come from. */
function adjacency(net: Network, forward: boolean): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const link of net.arcs) {
    const [from, to] = forward ? [link.from, link.to] : [link.to, link.from];
    edges.set(from, [...(edges.get(from) ?? []), to]);
  }
  return edges;
}

function reach(start: string, edges: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set([start]);
  const stack = [start];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    for (const next of edges.get(node) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}

/**
 * Can some route from a demand's origin to its destination cross gates twice
 * (the same gate twice counts: a loop)? If not, every served tonne crosses at
 * most one gate.
 */
function noRouteCrossesTwoGates(net: Network): boolean {
  const gates = net.arcs.filter((link) => link.corridor !== undefined);
  if (gates.length === 0) return true;
  const forward = adjacency(net, true);
  const backward = adjacency(net, false);
  const fromHead = new Map(gates.map((g) => [g.id, reach(g.to, forward)]));
  for (const demand of net.demands.values()) {
    const fromOrigin = reach(demand.from, forward);
    const toDestination = reach(demand.to, backward);
    for (const first of gates) {
      if (!fromOrigin.has(first.from)) continue;
      const after = fromHead.get(first.id) ?? new Set<string>();
      for (const second of gates) {
        if (after.has(second.from) && toDestination.has(second.to)) return false;
      }
    }
  }
  return true;
}

/**
 * A corridor's lower bound (minFlow, minShare) can be met by freight circling
 * through a gate, anywhere in the network, served or not: then gate tonnes
 * are more than the served tonnes crossing gates.
 */
const someCorridorHasLowerBound = (net: Network): boolean => [...net.corridors.values()].some((c) => c.minFlow > 0 || c.minShare > 0);

function someGateOnCycle(net: Network): boolean {
  const forward = adjacency(net, true);
  return net.arcs.some((link) => link.corridor !== undefined && reach(link.to, forward).has(link.from));
}
