import type { DemandLinkFlow, Result, Scenario } from '../model/types';
import { demandPrices, gateShifts, type DemandPrices, type PricedLink } from './route-prices';

/** A route of one demand: the links a tonne travels, in order, and what it costs. */
export interface Route {
  /** Corridor ids whose gates the route crosses (scenario order); empty: it crosses none (`other`). */
  readonly via: readonly string[];
  /** Link ids in travel order. */
  readonly links: readonly string[];
  /** Generalised cost, USD/t (tariffs, handling and days valued), as listed in the scenario. */
  readonly list: number;
  /** The same with the optimum's scarcity rents added (see `PricedLink.shadow`). */
  readonly shadow: number;
}

/** Why a demand goes the way it goes. */
export interface RouteChoice {
  readonly demand: string;
  /** The route that carries most of the demand's tonnes; null when nothing is served. */
  readonly chosen: Route | null;
  /**
   * The cheapest route, under the optimum's prices, through another
   * corridor (one the chosen route does not cross) or through no gate when
   * the chosen one crosses some; null when there is no other route.
   */
  readonly nextBest: Route | null;
  /**
   * USD/t the next-best route would have to get cheaper before freight
   * switches to it: `nextBest.shadow − chosen.shadow`, ≥ 0 at an optimum
   * (every route in use is a cheapest one under those prices). Null when
   * either route is missing.
   */
  readonly switchGap: number | null;
}

/**
 * The chosen and the next-best route of every demand of an optimal result.
 *
 * The chosen route is read off the demand's own flows (the heaviest way out
 * of each node). The next-best is a shortest path with the chosen route's
 * corridors excluded: for each other corridor, the cheapest path that
 * crosses one of its gates (a two-layer graph: before and after the gate),
 * and the cheapest path through no gate at all; the least of these. Prices
 * are the shadow prices of `demandPrices`, so that the gap says what it would
 * take to switch, capacities included; Bellman–Ford, as a lower bound that
 * binds makes a gate's price negative.
 */
export function routeChoices(scenario: Scenario, result: Result): readonly RouteChoice[] {
  if (result.status !== 'optimal') return [];
  const shifts = gateShifts(scenario, result);
  const outcomes = new Map(result.demands.map((d) => [d.id, d]));
  const corridorIds = (scenario.corridors ?? []).filter((c) => c.enabled !== false).map((c) => c.id);
  return scenario.demands.map((demand) => {
    const prices = demandPrices(scenario, result, demand, shifts);
    const outcome = outcomes.get(demand.id);
    const chosen = (outcome?.served ?? 0) > 0 ? heaviestRoute(prices, demand.from, demand.to, outcome?.flows ?? [], corridorIds) : null;
    if (chosen === null) return { demand: demand.id, chosen: null, nextBest: null, switchGap: null };
    const avoid = new Set(chosen.via);
    const candidates: Route[] = [];
    for (const id of corridorIds) {
      if (avoid.has(id)) continue;
      const route = cheapestRoute(prices, demand.from, demand.to, (l) => l.corridor === undefined || !avoid.has(l.corridor), id, corridorIds);
      if (route !== null) candidates.push(route);
    }
    if (chosen.via.length > 0) {
      const route = cheapestRoute(prices, demand.from, demand.to, (l) => l.corridor === undefined, null, corridorIds);
      if (route !== null) candidates.push(route);
    }
    const nextBest = candidates.reduce<Route | null>((best, r) => (best === null || r.shadow < best.shadow ? r : best), null);
    return { demand: demand.id, chosen, nextBest, switchGap: nextBest === null ? null : nextBest.shadow - chosen.shadow };
  });
}

function routeOf(prices: DemandPrices, path: readonly PricedLink[], corridorIds: readonly string[]): Route {
  const crossed = new Set(path.map((l) => l.corridor).filter((c) => c !== undefined));
  return {
    via: corridorIds.filter((id) => crossed.has(id)),
    links: path.map((l) => l.link.id),
    list: path.reduce((sum, l) => sum + l.list, prices.originList),
    shadow: path.reduce((sum, l) => sum + l.shadow, prices.originShadow),
  };
}

/** From the origin, the heaviest outgoing link of the demand's own flow at each node, until the destination. */
function heaviestRoute(prices: DemandPrices, from: string, to: string, flows: readonly DemandLinkFlow[], corridorIds: readonly string[]): Route | null {
  const flowOf = new Map(flows.map((f) => [f.link, f.flow]));
  const out = new Map<string, PricedLink[]>();
  for (const l of prices.links) {
    if ((flowOf.get(l.link.id) ?? 0) <= 0) continue;
    const list = out.get(l.link.from) ?? [];
    list.push(l);
    out.set(l.link.from, list);
  }
  const path: PricedLink[] = [];
  const seen = new Set<string>([from]);
  let at = from;
  while (at !== to) {
    const next = (out.get(at) ?? [])
      .filter((l) => !seen.has(l.link.to))
      .reduce<PricedLink | null>((best, l) => (best === null || flowOf.get(l.link.id)! > flowOf.get(best.link.id)! ? l : best), null);
    if (next === null) return null;
    path.push(next);
    at = next.link.to;
    seen.add(at);
  }
  return routeOf(prices, path, corridorIds);
}

/**
 * Cheapest path under shadow prices over the links `allowed` admits; with
 * `through`, it must cross a gate of that corridor. States are (node,
 * crossed yet?); Bellman–Ford stops early when nothing improves, and gives
 * up (null) on a negative cycle, which an optimum's prices do not have.
 */
function cheapestRoute(
  prices: DemandPrices,
  from: string,
  to: string,
  allowed: (l: PricedLink) => boolean,
  through: string | null,
  corridorIds: readonly string[],
): Route | null {
  const links = prices.links.filter(allowed);
  const layers = through === null ? 1 : 2;
  const key = (node: string, layer: number): string => `${layer}:${node}`;
  const distance = new Map<string, number>([[key(from, 0), prices.originShadow]]);
  const previous = new Map<string, { readonly state: string; readonly link: PricedLink }>();
  const nodeCount = new Set(links.flatMap((l) => [l.link.from, l.link.to])).size + 1;
  let settled = false;
  for (let round = 0; round < nodeCount * layers + 1 && !settled; round++) {
    settled = true;
    for (const l of links) {
      for (let layer = 0; layer < layers; layer++) {
        const tail = key(l.link.from, layer);
        const base = distance.get(tail);
        if (base === undefined) continue;
        const headLayer = through !== null && l.corridor === through ? 1 : layer;
        const head = key(l.link.to, headLayer);
        const candidate = base + l.shadow;
        const current = distance.get(head);
        if (current === undefined || candidate < current - 1e-9 * Math.max(1, Math.abs(candidate))) {
          distance.set(head, candidate);
          previous.set(head, { state: tail, link: l });
          settled = false;
        }
      }
    }
  }
  if (!settled) return null;
  const target = key(to, layers - 1);
  if (!distance.has(target)) return null;
  const path: PricedLink[] = [];
  for (let state = target; state !== key(from, 0); ) {
    const step = previous.get(state);
    if (step === undefined || path.length > links.length * layers) return null;
    path.push(step.link);
    state = step.state;
  }
  return routeOf(prices, path.reverse(), corridorIds);
}
