import type { Demand, Result, Scenario, ScenarioLink } from '../model/types';

/** A marginal value at or below this, USD/t, is solver round-off. */
const VALUE_EPSILON = 1e-7;

/** One arc of the problem (an open link) with what crossing it costs a demand's tonne. */
export interface PricedLink {
  readonly link: ScenarioLink;
  /** Corridor whose gate the link is, if any. */
  readonly corridor: string | undefined;
  /** Generalised cost, USD/t: the link's tariff and days plus its head node's handling and dwell (spec "Objective"). */
  readonly list: number;
  /**
   * `list` plus the scarcity rents the optimum charges (marginal values of
   * the link's and its head node's capacity, ± the corridor's on a gate):
   * under these prices every route a demand uses is a cheapest one.
   */
  readonly shadow: number;
}

/** A demand's view of the network: its origin's own charge and every open link priced. */
export interface DemandPrices {
  readonly originList: number;
  readonly originShadow: number;
  readonly links: readonly PricedLink[];
}

/**
 * Prices of every open link (enabled, both ends enabled, not a gate of a
 * closed corridor) for one demand, from an optimal result's marginal
 * values. A corridor's marginal value raises its gates' price when an upper
 * bound binds and lowers it when a lower bound binds; when both are met
 * (minFlow = maxFlow) the side cannot be told and the gate is priced at its
 * list cost.
 */
export function demandPrices(scenario: Scenario, result: Result, demand: Demand, gateShift: ReadonlyMap<string, number>): DemandPrices {
  return pricesFor(priceBasis(scenario, result, gateShift), demand);
}

/** One open link's prices before a demand's value of time: what `demandPrices` shares between demands. */
interface BasisLink {
  readonly link: ScenarioLink;
  readonly corridor: string | undefined;
  readonly head: { readonly cost: number; readonly days: number };
  /** Scarcity rents, USD/t (see `PricedLink.shadow`). */
  readonly rent: number;
}

/** The open links priced for every demand at once (see `demandPrices`); `pricesFor` adds a demand's value of time. */
export interface PriceBasis {
  readonly links: readonly BasisLink[];
  /** A node's handling (USD/t) and dwell (days), and its marginal value. */
  readonly node: (id: string) => { readonly cost: number; readonly days: number; readonly value: number };
}

/**
 * What `demandPrices` works out that does not depend on the demand: on a
 * network of thousands of links, rebuilt per demand it was as slow as the
 * route searches themselves.
 */
export function priceBasis(scenario: Scenario, result: Result, gateShift: ReadonlyMap<string, number>): PriceBasis {
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  const nodeValue = new Map(result.nodes.map((n) => [n.id, n.marginalValue]));
  const linkValue = new Map(result.links.map((l) => [l.id, l.marginalValue]));
  const closed = new Set<string>();
  const gateOf = new Map<string, string>();
  for (const corridor of scenario.corridors ?? []) {
    for (const gate of corridor.gates) {
      gateOf.set(gate, corridor.id);
      if (corridor.enabled === false) closed.add(gate);
    }
  }
  const node = (id: string) => {
    const n = nodes.get(id);
    return { cost: n?.cost ?? 0, days: n?.days ?? 0, value: nodeValue.get(id) ?? 0 };
  };
  const links: BasisLink[] = [];
  for (const link of scenario.links) {
    if (link.enabled === false || closed.has(link.id)) continue;
    if (nodes.get(link.from)?.enabled === false || nodes.get(link.to)?.enabled === false) continue;
    if (!nodes.has(link.from) || !nodes.has(link.to)) continue;
    const corridor = gateOf.get(link.id);
    const rent = (linkValue.get(link.id) ?? 0) + (nodeValue.get(link.to) ?? 0) + (corridor === undefined ? 0 : (gateShift.get(corridor) ?? 0));
    links.push({ link, corridor, head: node(link.to), rent });
  }
  return { links, node };
}

/** `demandPrices` of one demand from the shared basis. */
export function pricesFor(basis: PriceBasis, demand: Demand): DemandPrices {
  return pricedFor(basis, demand, pricedLinks(basis, demand.valueOfTime ?? 0));
}

/**
 * `pricesFor` of demand after demand: the priced links of a demand with the previous one's value of time are that
 * one's (the same numbers). Demands of one kind of goods share a value of time and are often listed together;
 * on the 100x network each list is 1,900 objects, which per demand were 30 MB of garbage on the page's main thread.
 */
export function pricesInTurn(basis: PriceBasis): (demand: Demand) => DemandPrices {
  let last: { readonly vot: number; readonly links: readonly PricedLink[] } | null = null;
  return (demand) => {
    const vot = demand.valueOfTime ?? 0;
    if (last === null || !Object.is(last.vot, vot)) last = { vot, links: pricedLinks(basis, vot) };
    return pricedFor(basis, demand, last.links);
  };
}

function pricedLinks(basis: PriceBasis, vot: number): readonly PricedLink[] {
  return basis.links.map((l): PricedLink => {
    // In the order the spec's objective adds them (a tie between routes is decided on these sums).
    const list = l.link.cost + vot * (l.link.days ?? 0) + (l.head.cost + vot * l.head.days);
    return { link: l.link, corridor: l.corridor, list, shadow: list + l.rent };
  });
}

function pricedFor(basis: PriceBasis, demand: Demand, links: readonly PricedLink[]): DemandPrices {
  const vot = demand.valueOfTime ?? 0;
  const origin = basis.node(demand.from);
  const originList = origin.cost + vot * origin.days;
  return { originList, originShadow: originList + origin.value, links };
}

/** Each corridor's price shift on its gates, USD/t (see `demandPrices`). */
export function gateShifts(scenario: Scenario, result: Result): ReadonlyMap<string, number> {
  const shifts = new Map<string, number>();
  const outcome = new Map(result.corridors.map((c) => [c.id, c]));
  const served = result.served;
  const tol = 1e-6 * Math.max(1, served);
  for (const corridor of scenario.corridors ?? []) {
    const value = outcome.get(corridor.id)?.marginalValue ?? 0;
    if (value <= VALUE_EPSILON || corridor.enabled === false) continue;
    const flow = outcome.get(corridor.id)?.flow ?? 0;
    const maxShare = corridor.maxShare ?? 1;
    const minShare = corridor.minShare ?? 0;
    const atMax = (maxShare < 1 && flow >= maxShare * served - tol) || (corridor.maxFlow !== undefined && flow >= corridor.maxFlow - tol);
    const atMin = (minShare > 0 && flow <= minShare * served + tol) || ((corridor.minFlow ?? 0) > 0 && flow <= (corridor.minFlow ?? 0) + tol);
    if (atMax !== atMin) shifts.set(corridor.id, atMax ? value : -value);
  }
  return shifts;
}
