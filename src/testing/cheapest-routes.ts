/**
 * Cheapest-route distances on a priced network by Bellman–Ford: prices can
 * be negative (a gate of a corridor whose lower bound binds is priced below
 * its cost), so Dijkstra would not do.
 */

export interface PricedArc {
  readonly from: string;
  readonly to: string;
  /** Price of crossing the arc (including whatever its head node charges). */
  readonly price: number;
}

export interface CheapestRoutes {
  /** Distance of every reachable node; absent = unreachable. */
  readonly distance: ReadonlyMap<string, number>;
  /** True when the prices admit a cycle of negative price (no valid certificate does). */
  readonly negativeCycle: boolean;
}

/**
 * Distances from `source` (starting at `start`) along the arcs, or, with
 * `reverse`, distances from every node to `source` against the arcs'
 * direction. Improvements smaller than `epsilon` are ignored so that
 * rounding noise on a zero-price cycle is not taken for a negative cycle.
 */
export function cheapestRoutes(
  source: string,
  start: number,
  arcs: readonly PricedArc[],
  options: { readonly reverse?: boolean; readonly epsilon?: number } = {},
): CheapestRoutes {
  const reverse = options.reverse === true;
  const epsilon = options.epsilon ?? 0;
  const distance = new Map<string, number>([[source, start]]);
  const nodes = new Set<string>([source]);
  for (const arc of arcs) {
    nodes.add(arc.from);
    nodes.add(arc.to);
  }
  for (let round = 0; round <= nodes.size; round++) {
    let changed = false;
    for (const arc of arcs) {
      const tail = reverse ? arc.to : arc.from;
      const head = reverse ? arc.from : arc.to;
      const base = distance.get(tail);
      if (base === undefined) continue;
      const candidate = base + arc.price;
      const current = distance.get(head);
      if (current === undefined || candidate < current - epsilon) {
        distance.set(head, candidate);
        changed = true;
      }
    }
    if (!changed) return { distance, negativeCycle: false };
  }
  return { distance, negativeCycle: true };
}
