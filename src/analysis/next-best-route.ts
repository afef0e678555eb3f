import type { Demand, DemandLinkFlow, Result, Scenario } from '../model/types';
import { gateShifts, priceBasis, pricesInTurn, type DemandPrices, type PricedLink } from './route-prices';

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
  return [...routeChoicesOneByOne(scenario, result)];
}

/** `routeChoices` one demand at a time, in scenario order: a caller can spread a large network's over several tasks. */
export function* routeChoicesOneByOne(scenario: Scenario, result: Result): Generator<RouteChoice, void, undefined> {
  for (const step of routeChoiceSteps(scenario, result)) if (step !== null) yield step;
}

/**
 * `routeChoicesOneByOne` in smaller steps: null after the shared set-up,
 * after a demand's prices and chosen route, and after each route search
 * (one per other corridor); a demand's choice once it is complete. At a
 * million arc-LP variables one demand's searches took 60–150 ms together;
 * one search is a few ms, so a caller that stops between steps keeps each
 * task of the page short.
 */
export function* routeChoiceSteps(scenario: Scenario, result: Result): Generator<RouteChoice | null, void, undefined> {
  if (result.status !== 'optimal') return;
  // The set-up and each demand's prices cost about what one search does on a large network: each is a step too.
  const basis = priceBasis(scenario, result, gateShifts(scenario, result));
  yield null;
  const outcomes = new Map(result.demands.map((d) => [d.id, d]));
  const corridorIds = (scenario.corridors ?? []).filter((c) => c.enabled !== false).map((c) => c.id);
  // The open links and their ends are the same for every demand: one graph, searched from each origin.
  const graph = priceGraph(basis.links);
  const pricesFor = pricesInTurn(basis);
  yield null;
  for (const demand of scenario.demands) {
    const prices = pricesFor(demand);
    const outcome = outcomes.get(demand.id);
    const chosen = (outcome?.served ?? 0) > 0 ? heaviestRoute(prices, demand.from, demand.to, outcome?.flows ?? [], corridorIds) : null;
    if (chosen !== null) yield null;
    if (chosen === null) {
      yield { demand: demand.id, chosen: null, nextBest: null, switchGap: null };
      continue;
    }
    const avoid = new Set(chosen.via);
    const candidates: Route[] = [];
    for (const id of corridorIds) {
      if (avoid.has(id)) continue;
      const route = cheapestRoute(prices, graph, demand.from, demand.to, (l) => l.corridor === undefined || !avoid.has(l.corridor), id, corridorIds);
      if (route !== null) candidates.push(route);
      yield null;
    }
    if (chosen.via.length > 0) {
      const route = cheapestRoute(prices, graph, demand.from, demand.to, (l) => l.corridor === undefined, null, corridorIds);
      if (route !== null) candidates.push(route);
    }
    const nextBest = candidates.reduce<Route | null>((best, r) => (best === null || r.shadow < best.shadow ? r : best), null);
    yield { demand: demand.id, chosen, nextBest, switchGap: nextBest === null ? null : nextBest.shadow - chosen.shadow };
  }
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
 * The open links as numbered nodes and links by tail node (CSR, scenario order within a node), with the
 * searches' working arrays: made once and reused by every search (the app works out the Why table on the
 * page's main thread; fresh arrays per search were some 7,000 ArrayBuffers and 50 MB of iterator results on
 * the 100x network, garbage that a later memory-reducing GC paid for in one task).
 */
interface PriceGraph {
  readonly index: ReadonlyMap<string, number>;
  readonly heads: Int32Array;
  readonly start: Int32Array;
  readonly out: Int32Array;
  readonly scratch: SearchScratch;
}

/** A search's per-link and per-state arrays, sized for two layers; each search resets the part it uses. */
interface SearchScratch {
  readonly open: Uint8Array;
  readonly distance: Float64Array;
  readonly viaLink: Int32Array;
  readonly viaState: Int32Array;
  readonly queued: Uint8Array;
  readonly passes: Int32Array;
  readonly queue: Int32Array;
}

function priceGraph(links: readonly { readonly link: { readonly from: string; readonly to: string } }[]): PriceGraph {
  const index = new Map<string, number>();
  const node = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) index.set(id, (i = index.size));
    return i;
  };
  const tails = new Int32Array(links.length);
  const heads = new Int32Array(links.length);
  for (let e = 0; e < links.length; e++) {
    tails[e] = node(links[e]!.link.from);
    heads[e] = node(links[e]!.link.to);
  }
  const start = new Int32Array(index.size + 1);
  for (const t of tails) start[t + 1]!++;
  for (let v = 0; v < index.size; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, index.size);
  const out = new Int32Array(tails.length);
  tails.forEach((t, e) => (out[fill[t]!++] = e));
  const states = 2 * index.size;
  const scratch: SearchScratch = {
    open: new Uint8Array(links.length),
    distance: new Float64Array(states),
    viaLink: new Int32Array(states),
    viaState: new Int32Array(states),
    queued: new Uint8Array(states),
    passes: new Int32Array(states),
    queue: new Int32Array(states + 1),
  };
  return { index, heads, start, out, scratch };
}

/**
 * Cheapest path under shadow prices over the links `allowed` admits; with
 * `through`, it must cross a gate of that corridor. States are (node,
 * crossed yet?), numbered; a FIFO label-correcting search (Bellman–Ford
 * that revisits only states whose label improved) gives up (null) on a
 * negative cycle, which an optimum's prices do not have. Typed arrays, not
 * string keys, over a graph built once per demand: the Why table searches
 * every demand × corridor at once, and on a network of thousands of links
 * string-keyed rounds took the page's main thread for many seconds.
 */
function cheapestRoute(
  prices: DemandPrices,
  graph: PriceGraph,
  from: string,
  to: string,
  allowed: (l: PricedLink) => boolean,
  through: string | null,
  corridorIds: readonly string[],
): Route | null {
  const links = prices.links;
  const { heads, start, out } = graph;
  const { open, queued } = graph.scratch;
  for (let e = 0; e < links.length; e++) open[e] = allowed(links[e]!) ? 1 : 0;
  const layers = through === null ? 1 : 2;
  const origin = graph.index.get(from);
  const target = graph.index.get(to);
  // An origin no open link leaves reaches only itself.
  if (origin === undefined) return from === to && through === null ? routeOf(prices, [], corridorIds) : null;
  if (target === undefined) return null;
  const numNodes = graph.index.size;
  const numStates = numNodes * layers;
  // This search's states are the first `numStates` of the shared arrays; its queue is a ring of `ring` slots.
  const { distance, viaLink, viaState, passes, queue } = graph.scratch;
  distance.fill(Infinity, 0, numStates);
  viaLink.fill(-1, 0, numStates);
  viaState.fill(-1, 0, numStates);
  passes.fill(0, 0, numStates);
  queued.fill(0, 0, numStates); // a search given up on a negative cycle leaves states queued
  const ring = numStates + 1;
  let first = 0;
  let size = 0;
  const push = (state: number): void => {
    queue[(first + size) % ring] = state;
    size++;
    queued[state] = 1;
  };
  distance[origin] = prices.originShadow;
  push(origin);
  while (size > 0) {
    const state = queue[first]!;
    first = (first + 1) % ring;
    size--;
    queued[state] = 0;
    // A label improved more often than there are states lies on a negative cycle.
    if (++passes[state]! > numStates) return null;
    const v = state % numNodes;
    const layer = (state - v) / numNodes;
    for (let p = start[v]!; p < start[v + 1]!; p++) {
      const e = out[p]!;
      if (open[e] === 0) continue;
      const headLayer = through !== null && links[e]!.corridor === through ? 1 : layer;
      const head = headLayer * numNodes + heads[e]!;
      const candidate = distance[state]! + links[e]!.shadow;
      const current = distance[head]!;
      if (current === Infinity || candidate < current - 1e-9 * Math.max(1, Math.abs(candidate))) {
        distance[head] = candidate;
        viaLink[head] = e;
        viaState[head] = state;
        if (queued[head] === 0) push(head);
      }
    }
  }
  const end = (layers - 1) * numNodes + target;
  if (distance[end] === Infinity) return null;
  const path: PricedLink[] = [];
  for (let state = end; state !== origin; state = viaState[state]!) {
    if (viaLink[state]! < 0 || path.length > links.length * layers) return null;
    path.push(links[viaLink[state]!]!);
  }
  return routeOf(prices, path.reverse(), corridorIds);
}
