/**
 * The optimality certificate of the spec's "Results" section: under the
 * prices the marginal values make, what flows must take cheapest routes,
 * and unmet tonnes and marginal costs must agree with those routes' prices.
 */
import { show, type CheckContext } from './check-context';
import { cheapestRoutes, type PricedArc } from './cheapest-routes';
import { checkSlackness } from './check-slackness';
import type { NetworkDemand } from './resolve-network';

/** Fraction of `rel` × the largest price that counts as the rounding of prices computed beside it. */
const PRICE_ROUNDING = 1e-6;

/** How prices are compared: at their own size plus the rounding of the largest price. */
interface PriceTolerance {
  /** USD/t: the largest price in the scenario or the result (at least 1). */
  readonly priceScale: number;
  readonly rounding: number;
  readonly samePrice: (a: number, b: number) => boolean;
  readonly routeTol: (a: number, b: number) => number;
}

/** What the corridors' binding bounds add to prices, read off the flows. */
interface CorridorPrices {
  /** USD/t added to each gate of a corridor (by corridor id): + its value at an upper bound, − at a lower one. */
  readonly gateShift: ReadonlyMap<string, number>;
  /** Unused gates whose sign is unknown, left out of the routes. */
  readonly excludedGates: ReadonlySet<string>;
  /** USD/t the share bounds add to the price of serving a tonne; undefined when it cannot be told. */
  readonly serveShift: number | undefined;
}

/** What the demands' checks find together: only one negative cycle is reported; the links some served demand's cheapest routes use. */
interface RouteFindings {
  reportedNegativeCycle: boolean;
  readonly linkUsedByServedDemand: Set<string>;
}

export function checkCertificate(
  ctx: CheckContext,
  perDemand: ReadonlyMap<string, ReadonlyMap<string, number>> | undefined,
  gateFlow: ReadonlyMap<string, number>,
  totalServed: number,
): void {
  const { net, entries, rel, flowTol, add } = ctx;
  const tolerance = priceTolerance(ctx);
  const valueTol = rel + tolerance.rounding;
  checkSlackness(ctx, valueTol);
  const prices = corridorPrices(ctx, gateFlow, totalServed, valueTol);
  if (prices === undefined) return;
  const findings: RouteFindings = { reportedNegativeCycle: false, linkUsedByServedDemand: new Set() };
  for (const demand of net.demands.values()) checkDemandRoutes(ctx, demand, prices, tolerance, perDemand?.get(demand.id), findings);
  if (perDemand === undefined) {
    for (const link of net.arcs) {
      const flow = entries.linkFlow(link.id);
      if (flow > flowTol && !findings.linkUsedByServedDemand.has(link.id) && !prices.excludedGates.has(link.id)) {
        add('cheapest-routes', `links.${link.id}`, `link ${link.id} (${link.from}→${link.to}) carries ${show(flow)} t/yr but lies on no cheapest route of any served demand under the certificate's prices`);
      }
    }
  }
}

function priceTolerance({ net, entries, rel }: CheckContext): PriceTolerance {
  let priceScale = 1;
  for (const link of net.arcs) priceScale = Math.max(priceScale, Math.abs(link.cost), entries.linkEntry.get(link.id)?.marginalValue ?? 0);
  for (const node of net.nodes.values()) priceScale = Math.max(priceScale, Math.abs(node.cost), entries.nodeEntry.get(node.id)?.marginalValue ?? 0);
  for (const demand of net.demands.values()) priceScale = Math.max(priceScale, demand.penalty ?? 0);
  // Prices are compared at their own size; the largest price only adds its rounding (1e-6 of rel): a
  // marginal value of 0.01 USD/t beside a 1e9 USD/t penalty is a value, not noise.
  const rounding = PRICE_ROUNDING * rel * priceScale;
  const routeTol = (a: number, b: number): number => rel * Math.max(1, Math.abs(a), Math.abs(b)) + rounding;
  return { priceScale, rounding, routeTol, samePrice: (a, b) => Math.abs(a - b) <= routeTol(a, b) };
}

/**
 * Which bound of each corridor binds decides the sign of its gate price;
 * undefined when a used corridor has bounds of both senses binding, so that
 * no route can be priced.
 */
function corridorPrices({ net, entries, flowTol, add }: CheckContext, gateFlow: ReadonlyMap<string, number>, totalServed: number, valueTol: number): CorridorPrices | undefined {
  const gateShift = new Map<string, number>();
  const excludedGates = new Set<string>();
  let serveShift = 0;
  let serveShiftKnown = true;
  let routesKnown = true;
  for (const corridor of net.corridors.values()) {
    const value = entries.corridorEntry.get(corridor.id)?.marginalValue ?? 0;
    if (value <= valueTol) continue;
    // A disabled corridor's gates are closed (F = 0), but its bounds still
    // bind through the share terms.
    const f = corridor.enabled ? (gateFlow.get(corridor.id) ?? 0) : 0;
    const tight: { sign: number; shareCoefficient: number }[] = [];
    if (corridor.maxShare < 1 && f >= corridor.maxShare * totalServed - flowTol) tight.push({ sign: 1, shareCoefficient: -corridor.maxShare });
    if (f >= corridor.maxFlow - flowTol) tight.push({ sign: 1, shareCoefficient: 0 });
    if (corridor.minShare > 0 && f <= corridor.minShare * totalServed + flowTol) tight.push({ sign: -1, shareCoefficient: corridor.minShare });
    if (corridor.minFlow > 0 && f <= corridor.minFlow + flowTol) tight.push({ sign: -1, shareCoefficient: 0 });
    const item = `corridors.${corridor.id}`;
    if (tight.length === 0) {
      add('complementary-slackness', item, `corridor ${corridor.id} has marginal value ${show(value)} USD/t, but none of its bounds is exactly met (flow ${show(f)} t/yr, served ${show(totalServed)} t/yr)`);
      continue;
    }
    const signs = new Set(tight.map((t) => t.sign));
    const coefficients = new Set(tight.map((t) => t.shareCoefficient));
    if (coefficients.size === 1) serveShift += value * (tight[0]?.shareCoefficient ?? 0);
    else serveShiftKnown = false;
    if (signs.size === 1) {
      gateShift.set(corridor.id, value * (tight[0]?.sign ?? 0));
    } else if (f <= flowTol) {
      // Unused gates whose price sign is unknown: leaving them out of the
      // routes cannot make an honest certificate fail (no flow uses them).
      for (const gate of corridor.gates) excludedGates.add(gate);
    } else {
      routesKnown = false;
      serveShiftKnown = false;
    }
  }
  return routesKnown ? { gateShift, excludedGates, serveShift: serveShiftKnown ? serveShift : undefined } : undefined;
}

/**
 * One demand under the certificate's prices: its flows (or, without
 * per-demand flows, the links of its cheapest routes, noted in `findings`)
 * on cheapest routes, its unmet tonnes and marginal cost at its route's price.
 */
function checkDemandRoutes(
  ctx: CheckContext,
  demand: NetworkDemand,
  prices: CorridorPrices,
  tolerance: PriceTolerance,
  flows: ReadonlyMap<string, number> | undefined,
  findings: RouteFindings,
): void {
  const { net, entries, rel, flowTol, add } = ctx;
  const { routeTol } = tolerance;
  const item = `demands.${demand.id}`;
  const s = entries.demandEntry.get(demand.id)?.served ?? 0;
  const arcs = pricedArcs(ctx, demand, prices);
  const epsilon = rel * tolerance.priceScale * 1e-3;
  const forward = cheapestRoutes(demand.from, nodePrice(ctx, demand.from, demand.valueOfTime), arcs, { epsilon });
  if (forward.negativeCycle) {
    if (!findings.reportedNegativeCycle) {
      add('cheapest-routes', item, `under the certificate's prices some cycle has a negative price (a gate's corridor value exceeds what its cycle costs), which no optimal set of marginal values allows`);
      findings.reportedNegativeCycle = true;
    }
    return;
  }
  const route = forward.distance.get(demand.to) ?? Infinity;
  if (s > flowTol && route === Infinity) {
    add('cheapest-routes', item, `demand ${demand.id} serves ${show(s)} t/yr, but no open route leads from ${demand.from} to ${demand.to}`);
    return;
  }
  if (flows !== undefined) {
    for (const arc of arcs) {
      const flow = flows.get(arc.id) ?? 0;
      if (flow <= flowTol) continue;
      const atTail = forward.distance.get(arc.from);
      const atHead = forward.distance.get(arc.to);
      if (atTail === undefined || atHead === undefined) continue;
      if (atTail + arc.price - atHead > routeTol(atTail + arc.price, atHead)) {
        add('cheapest-routes', item, `demand ${demand.id} sends ${show(flow)} t/yr on link ${arc.id} (${arc.from}→${arc.to}), which is not on a cheapest route: reaching ${arc.to} that way costs ${show(atTail + arc.price)} USD/t under the certificate's prices, the cheapest way ${show(atHead)} USD/t`);
      }
    }
  } else if (s > flowTol) {
    const backward = cheapestRoutes(demand.to, 0, arcs, { reverse: true, epsilon });
    for (const arc of arcs) {
      const atTail = forward.distance.get(arc.from);
      const toEnd = backward.distance.get(arc.to);
      if (atTail === undefined || toEnd === undefined) continue;
      if (atTail + arc.price + toEnd - route <= routeTol(atTail + arc.price + toEnd, route)) findings.linkUsedByServedDemand.add(arc.id);
    }
  }
  if (prices.serveShift !== undefined) checkServePrice(ctx, demand, route + prices.serveShift, tolerance);
}

/** A demand's unmet tonnes and marginal cost against `price`, its cheapest route's under the certificate's prices (USD/t). */
function checkServePrice({ entries, flowTol, add }: CheckContext, demand: NetworkDemand, price: number, { samePrice }: PriceTolerance): void {
  const item = `demands.${demand.id}`;
  const entry = entries.demandEntry.get(demand.id);
  const s = entry?.served ?? 0;
  const u = entry?.unmet ?? 0;
  if (demand.penalty !== undefined) {
    if (u > flowTol && price < demand.penalty && !samePrice(price, demand.penalty)) {
      add('unmet-pricing', item, `demand ${demand.id} leaves ${show(u)} t/yr unmet at a penalty of ${show(demand.penalty)} USD/t, but its cheapest route costs only ${show(price)} USD/t under the certificate's prices`);
    }
    if (s > flowTol && price > demand.penalty && !samePrice(price, demand.penalty)) {
      add('unmet-pricing', item, `demand ${demand.id} serves ${show(s)} t/yr on routes costing ${show(price)} USD/t under the certificate's prices, more than its penalty of ${show(demand.penalty)} USD/t`);
    }
  }
  const expected = u > flowTol ? demand.penalty : s > flowTol ? price : undefined;
  const reported = entry?.marginalCost;
  if (expected !== undefined && reported !== undefined && !samePrice(reported, expected)) {
    add('marginal-cost', item, `demand ${demand.id} has marginal cost ${show(reported)} USD/t, but ${u > flowTol ? 'its unmet penalty' : 'its cheapest route under the certificate\'s prices'} is ${show(expected)} USD/t`);
  }
}

/** Each arc's price for `demand`: its cost, time and marginal value, its corridor's shift, and entering its head node. */
function pricedArcs(ctx: CheckContext, demand: NetworkDemand, prices: CorridorPrices): (PricedArc & { readonly id: string })[] {
  const { net, entries } = ctx;
  const arcs: (PricedArc & { readonly id: string })[] = [];
  for (const link of net.arcs) {
    if (prices.excludedGates.has(link.id)) continue;
    const shift = link.corridor === undefined ? 0 : (prices.gateShift.get(link.corridor) ?? 0);
    arcs.push({
      id: link.id,
      from: link.from,
      to: link.to,
      price:
        link.cost +
        demand.valueOfTime * link.days +
        (entries.linkEntry.get(link.id)?.marginalValue ?? 0) +
        shift +
        nodePrice(ctx, link.to, demand.valueOfTime),
    });
  }
  return arcs;
}

/** USD/t of entering node `id`: its cost, time and marginal value. */
function nodePrice({ net, entries }: CheckContext, id: string, valueOfTime: number): number {
  const node = net.nodes.get(id);
  if (node === undefined) return 0;
  return node.cost + valueOfTime * node.days + (entries.nodeEntry.get(id)?.marginalValue ?? 0);
}
