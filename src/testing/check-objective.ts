/** The objective, the demands' unit costs and days, recomputed from the flows. */
import type { Result } from '../model/types';
import { sameMoney, show, type CheckContext } from './check-context';
import type { Network, NetworkDemand } from './resolve-network';

/** What the demands report, summed: USD/yr of penalties, of time (value of time × days) and of transport; tonne-days. */
interface Reported {
  readonly penalties: number;
  readonly timeCost: number;
  readonly dayTonnes: number;
  readonly transport: number;
}

/**
 * Checks the objective against the flows: exactly with per-demand flows
 * (`perDemand`), else from the link and node totals and the demands'
 * reported days; and Σ served × unitCost + penalties against it.
 */
export function checkObjective(ctx: CheckContext, result: Result, perDemand: ReadonlyMap<string, ReadonlyMap<string, number>> | undefined): void {
  const { rel } = ctx;
  const reported = checkReportedCosts(ctx);
  // Circulation a corridor's lower bound calls for, reported as the flows of a demand that serves nothing:
  // its cost is in the objective but no unit cost carries it (unitCost is null when nothing is served).
  let unattributed = 0;
  if (perDemand !== undefined) unattributed = checkObjectiveFromDemandFlows(ctx, result, perDemand, reported.penalties);
  else checkObjectiveFromTotals(ctx, result, reported);
  const { transport, penalties } = reported;
  if (!sameMoney(rel, transport + unattributed + penalties, result.objective)) {
    const circulation = unattributed === 0 ? '' : ` + flows of demands serving nothing ${show(unattributed)}`;
    ctx.add('unit-cost', undefined, `Σ served × unitCost${circulation} + penalties = ${show(transport + unattributed + penalties)} USD/yr, but the objective is ${show(result.objective)} USD/yr`);
  }
}

/** Sums what the demands report, checking that unitCost and days are numbers exactly when something is served. */
function checkReportedCosts({ net, entries, flowTol, add }: CheckContext): Reported {
  const { demandEntry, served, unmet } = entries;
  let penalties = 0;
  let timeCost = 0;
  let dayTonnes = 0;
  let transport = 0;
  for (const demand of net.demands.values()) {
    const entry = demandEntry.get(demand.id);
    const s = served(demand.id);
    penalties += (demand.penalty ?? 0) * unmet(demand.id);
    timeCost += demand.valueOfTime * s * (entry?.days ?? 0);
    dayTonnes += s * (entry?.days ?? 0);
    transport += s * (entry?.unitCost ?? 0);
    if (entry !== undefined && s > flowTol && (entry.unitCost === null || entry.days === null)) {
      add('unit-cost', `demands.${demand.id}`, `demand ${demand.id} serves ${show(s)} t/yr, so its unitCost and days should be numbers, not ${show(entry.unitCost)} and ${show(entry.days)}`);
    }
    if (entry !== undefined && s === 0 && (entry.unitCost !== null || entry.days !== null)) {
      add('unit-cost', `demands.${demand.id}`, `demand ${demand.id} serves nothing, so its unitCost and days should be null, not ${show(entry.unitCost)} and ${show(entry.days)}`);
    }
  }
  return { penalties, timeCost, dayTonnes, transport };
}

/** The exact objective from per-demand flows, with each demand's unit cost and days; returns the cost of demands that serve nothing (USD/yr). */
function checkObjectiveFromDemandFlows(
  { net, entries, rel, flowTol, add }: CheckContext,
  result: Result,
  perDemand: ReadonlyMap<string, ReadonlyMap<string, number>>,
  penalties: number,
): number {
  let unattributed = 0;
  let exact = penalties;
  for (const demand of net.demands.values()) {
    const s = entries.served(demand.id);
    const { cost, days } = demandFlowCost(net, demand, s, perDemand.get(demand.id) ?? new Map<string, number>());
    const transport = cost + demand.valueOfTime * days;
    exact += transport;
    const entry = entries.demandEntry.get(demand.id);
    if ((entry?.unitCost ?? null) === null) unattributed += transport;
    if (entry !== undefined && s > flowTol && entry.unitCost !== null && entry.days !== null) {
      if (!sameMoney(rel, entry.unitCost, transport / s)) {
        add('unit-cost', `demands.${demand.id}`, `demand ${demand.id} has unitCost ${show(entry.unitCost)} USD/t, but its flows cost ${show(transport / s)} USD/t`);
      }
      if (Math.abs(entry.days - days / s) > rel * Math.max(1, entry.days)) {
        add('demand-days', `demands.${demand.id}`, `demand ${demand.id} has days ${show(entry.days)}, but its flows take ${show(days / s)} days on average`);
      }
    }
  }
  if (!sameMoney(rel, result.objective, exact)) {
    add('objective', undefined, `objective is ${show(result.objective)} USD/yr, but the flows cost ${show(exact)} USD/yr`);
  }
  return unattributed;
}

/** A demand's cost (USD/yr, without time) and tonne-days along its own flows, from its origin's entry on. */
function demandFlowCost(net: Network, demand: NetworkDemand, served: number, flows: ReadonlyMap<string, number>): { readonly cost: number; readonly days: number } {
  let cost = 0;
  let days = 0;
  const origin = net.nodes.get(demand.from);
  if (origin !== undefined && origin.open) {
    cost += origin.cost * served;
    days += origin.days * served;
  }
  for (const [linkId, flow] of flows) {
    const link = net.links.get(linkId);
    if (link === undefined || !link.open) continue;
    const head = net.nodes.get(link.to);
    cost += link.cost * flow + (head?.cost ?? 0) * flow;
    days += link.days * flow + (head?.days ?? 0) * flow;
  }
  return { cost, days };
}

/** Without per-demand flows: the objective from link and node totals plus the demands' reported days, and those days in total. */
function checkObjectiveFromTotals({ net, entries, rel, add }: CheckContext, result: Result, reported: Reported): void {
  let base = 0;
  let dayTonnes = 0;
  for (const link of net.arcs) {
    base += link.cost * entries.linkFlow(link.id);
    dayTonnes += link.days * entries.linkFlow(link.id);
  }
  for (const node of net.nodes.values()) {
    if (!node.open) continue;
    base += node.cost * entries.throughput(node.id);
    dayTonnes += node.days * entries.throughput(node.id);
  }
  const recomputed = base + reported.timeCost + reported.penalties;
  if (!sameMoney(rel, result.objective, recomputed)) {
    add('objective', undefined, `objective is ${show(result.objective)} USD/yr, but link and node flows, the demands' days and the penalties give ${show(recomputed)} USD/yr`);
  }
  if (Math.abs(reported.dayTonnes - dayTonnes) > rel * Math.max(1, dayTonnes)) {
    add('demand-days', undefined, `Σ served × days over demands is ${show(reported.dayTonnes)}, but the link and node flows take ${show(dayTonnes)} tonne-days`);
  }
}
