/**
 * Checks a result against its scenario without a solver: every invariant
 * the spec states (`INVARIANTS` in ./types.ts says which), ending with the
 * optimality certificate of the spec's "Results" section.
 */
import { NUMERIC_FIELDS } from '../model/numeric-fields';
import type { DemandResult, Result, Scenario } from '../model/types';
import { cheapestRoutes, type PricedArc } from './cheapest-routes';
import { gateTonnesAreServedOnes } from './gate-routes';
import { resolveNetwork, type Network, type NetworkLink } from './resolve-network';
import type { CheckResultOptions, Invariant, Violation } from './types';

type Add = (invariant: Invariant, item: string | undefined, message: string) => void;

/** Fraction of `rel` × the largest price that counts as the rounding of prices computed beside it. */
const PRICE_ROUNDING = 1e-6;

/** A number as people read it in a message: up to 6 significant digits. */
const show = (value: number | null | undefined): string =>
  value === null || value === undefined ? String(value) : Number.isFinite(value) ? String(Number(value.toPrecision(6))) : String(value);

/**
 * Checks `result` against `scenario` and returns every broken invariant
 * (empty when all hold). Never throws on a malformed result: a missing or
 * non-finite field is reported as `result-shape`.
 *
 * Exactness. With the `flows` extension on every demand (per-demand link
 * flows), every invariant is checked exactly. Without it:
 * - `demand-conservation` is skipped; `aggregate-conservation` checks the sum
 *   over demands at every node instead;
 * - `objective` is recomputed from the link and node totals plus each
 *   demand's reported `days` (the value-of-time part), and `demand-days`
 *   checks those days only in total (Σ served × days = Σ days × flow over
 *   links and nodes); when every served demand has the same value of time,
 *   or nothing takes time, this is exactly the objective from the flows;
 * - `cheapest-routes` checks the weaker form: every link that carries flow
 *   lies on a cheapest route of some demand that is served.
 *
 * The certificate. Each link is priced at cost + valueOfTime × days + its
 * marginal value, plus the price of entering its head node (cost +
 * valueOfTime × days + the node's marginal value); a route also pays its
 * origin's price. A gate link adds its corridor's marginal value when an
 * upper bound binds and subtracts it when a lower bound binds; a binding
 * share bound also moves the price of serving any tonne by the share times
 * that value (down for an upper bound, up for a lower one). Which bound
 * binds is read off the flows; where two bounds of a corridor bind at once
 * and the sign or the share term cannot be told apart, the checks that
 * depend on it are skipped rather than guessed.
 */
export function checkResult(scenario: Scenario, result: Result, options: CheckResultOptions = {}): Violation[] {
  const rel = options.tolerance ?? 1e-6;
  const violations: Violation[] = [];
  const add: Add = (invariant, item, message) => {
    violations.push(item === undefined ? { invariant, message } : { invariant, item, message });
  };
  const net = resolveNetwork(scenario);
  const flowTol = rel * Math.max(1, net.totalVolume);
  const sameMoney = (a: number, b: number): boolean => Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

  const pastLimits = numbersPastLimits(scenario);
  if (result.status === 'optimal' && pastLimits.length > 0) {
    add('status', undefined, `status is "optimal", but the scenario holds numbers past the spec's limits (${pastLimits.join(', ')}): it is invalid input, with no answer to report`);
    return violations;
  }
  if (result.status !== 'optimal') {
    if (!Array.isArray(result.diagnosis) || result.diagnosis.length === 0) {
      add('status', undefined, `status is "${String(result.status)}" but the result has no diagnosis saying why`);
    }
    if (result.status === 'infeasible') checkInfeasible(scenario, result, rel, add);
    return violations;
  }

  const entries = checkShape(scenario, net, result, add);
  if (entries === undefined) return violations;
  const { linkFlow, linkEntry, nodeEntry, corridorEntry, demandEntry } = entries;

  const served = (id: string): number => demandEntry.get(id)?.served ?? 0;
  const unmet = (id: string): number => demandEntry.get(id)?.unmet ?? 0;
  const throughput = (id: string): number => nodeEntry.get(id)?.throughput ?? 0;
  const gcLink = (link: NetworkLink, valueOfTime: number): number => link.cost + valueOfTime * link.days;

  // --- signs, closed items, capacities, utilisation -------------------------
  for (const link of net.links.values()) {
    const entry = linkEntry.get(link.id);
    if (entry === undefined) continue;
    const item = `links.${link.id}`;
    if (entry.flow < -flowTol) add('non-negative', item, `link ${link.id} has negative flow ${show(entry.flow)} t/yr`);
    if (entry.marginalValue < 0) {
      add('non-negative', item, `link ${link.id} has negative marginal value ${show(entry.marginalValue)} USD/t`);
    }
    if (!link.open) {
      if (Math.abs(entry.flow) > flowTol) {
        add('closed-items', item, `link ${link.id} is closed (${closedReason(net, link)}) but carries ${show(entry.flow)} t/yr`);
      }
      continue;
    }
    if (entry.flow > link.capacity + flowTol) {
      add('link-capacity', item, `link ${link.id} carries ${show(entry.flow)} t/yr, over its capacity of ${show(link.capacity)} t/yr`);
    }
    if (link.capacity === Infinity) {
      if (entry.utilisation !== null) {
        add('utilisation', item, `link ${link.id} has unlimited capacity, so its utilisation should be null, not ${show(entry.utilisation)}`);
      }
    } else if (link.capacity > 0) {
      const expected = entry.flow / link.capacity;
      if (entry.utilisation === null || Math.abs(entry.utilisation - expected) > rel * Math.max(1, expected) + flowTol / link.capacity) {
        add('utilisation', item, `link ${link.id} has utilisation ${show(entry.utilisation)}, but flow / capacity = ${show(expected)}`);
      }
    }
  }
  for (const node of net.nodes.values()) {
    const entry = nodeEntry.get(node.id);
    if (entry === undefined) continue;
    const item = `nodes.${node.id}`;
    if (entry.throughput < -flowTol) add('non-negative', item, `node ${node.id} has negative throughput ${show(entry.throughput)} t/yr`);
    if (entry.marginalValue < 0) {
      add('non-negative', item, `node ${node.id} has negative marginal value ${show(entry.marginalValue)} USD/t`);
    }
    if (!node.open) {
      if (Math.abs(entry.throughput) > flowTol) {
        add('closed-items', item, `node ${node.id} is disabled but has throughput ${show(entry.throughput)} t/yr`);
      }
      continue;
    }
    if (entry.throughput > node.capacity + flowTol) {
      add('node-capacity', item, `node ${node.id} has throughput ${show(entry.throughput)} t/yr, over its capacity of ${show(node.capacity)} t/yr`);
    }
    if (node.capacity === Infinity) {
      if (entry.utilisation !== null) {
        add('utilisation', item, `node ${node.id} has unlimited capacity, so its utilisation should be null, not ${show(entry.utilisation)}`);
      }
    } else if (node.capacity > 0) {
      const expected = entry.throughput / node.capacity;
      if (entry.utilisation === null || Math.abs(entry.utilisation - expected) > rel * Math.max(1, expected) + flowTol / node.capacity) {
        add('utilisation', item, `node ${node.id} has utilisation ${show(entry.utilisation)}, but throughput / capacity = ${show(expected)}`);
      }
    }
  }

  // --- demands and totals ---------------------------------------------------
  let totalServed = 0;
  let totalUnmet = 0;
  for (const demand of net.demands.values()) {
    const item = `demands.${demand.id}`;
    const s = served(demand.id);
    const u = unmet(demand.id);
    totalServed += s;
    totalUnmet += u;
    // Each demand's figures at its own scale: a 0.5 t demand beside a 1e9 t one is held to 1e-6 of 0.5 t (or 1e-6 t).
    const ownTol = rel * Math.max(1, demand.volume);
    if (s < -ownTol) add('non-negative', item, `demand ${demand.id} has negative served ${show(s)} t/yr`);
    if (u < -ownTol) add('non-negative', item, `demand ${demand.id} has negative unmet ${show(u)} t/yr`);
    if (Math.abs(s + u - demand.volume) > ownTol) {
      add('demand-balance', item, `demand ${demand.id}: served ${show(s)} + unmet ${show(u)} = ${show(s + u)} t/yr, but its volume is ${show(demand.volume)} t/yr`);
    }
    if (u > demand.volume + ownTol) {
      add('demand-balance', item, `demand ${demand.id} has unmet ${show(u)} t/yr, more than its volume of ${show(demand.volume)} t/yr`);
    }
    if (demand.penalty === undefined && u > ownTol) {
      add('demand-balance', item, `demand ${demand.id} has no unmetPenalty, so it must be served in full, but ${show(u)} t/yr are unmet`);
    }
  }
  if (Math.abs(result.served - totalServed) > flowTol) {
    add('totals', undefined, `result.served is ${show(result.served)} t/yr, but the demands' served add up to ${show(totalServed)} t/yr`);
  }
  if (Math.abs(result.unmet - totalUnmet) > flowTol) {
    add('totals', undefined, `result.unmet is ${show(result.unmet)} t/yr, but the demands' unmet add up to ${show(totalUnmet)} t/yr`);
  }

  // --- throughput and conservation on aggregate ----------------------------
  const inflow = new Map<string, number>();
  const outflow = new Map<string, number>();
  for (const link of net.arcs) {
    const flow = linkFlow(link.id);
    inflow.set(link.to, (inflow.get(link.to) ?? 0) + flow);
    outflow.set(link.from, (outflow.get(link.from) ?? 0) + flow);
  }
  const servedFrom = new Map<string, number>();
  const servedTo = new Map<string, number>();
  for (const demand of net.demands.values()) {
    servedFrom.set(demand.from, (servedFrom.get(demand.from) ?? 0) + served(demand.id));
    servedTo.set(demand.to, (servedTo.get(demand.to) ?? 0) + served(demand.id));
  }
  for (const node of net.nodes.values()) {
    if (!node.open) continue;
    const item = `nodes.${node.id}`;
    const into = inflow.get(node.id) ?? 0;
    const out = outflow.get(node.id) ?? 0;
    const origin = servedFrom.get(node.id) ?? 0;
    const destination = servedTo.get(node.id) ?? 0;
    const expected = into + origin;
    if (Math.abs(throughput(node.id) - expected) > flowTol) {
      add('node-throughput', item, `node ${node.id} has throughput ${show(throughput(node.id))} t/yr, but inflow ${show(into)} + served from it ${show(origin)} = ${show(expected)} t/yr`);
    }
    if (Math.abs(into - out - (destination - origin)) > flowTol) {
      add('aggregate-conservation', item, `node ${node.id}: inflow ${show(into)} − outflow ${show(out)} = ${show(into - out)} t/yr, but tonnes served to it − from it = ${show(destination - origin)} t/yr`);
    }
  }

  // --- per-demand flows (extension) ------------------------------------------
  const perDemand = readDemandFlows(net, result.demands, demandEntry, options.requireDemandFlows === true, flowTol, add);
  if (perDemand !== undefined) {
    for (const link of net.arcs) {
      let sum = 0;
      for (const flows of perDemand.values()) sum += flows.get(link.id) ?? 0;
      if (Math.abs(sum - linkFlow(link.id)) > flowTol) {
        add('demand-flows', `links.${link.id}`, `link ${link.id} carries ${show(linkFlow(link.id))} t/yr, but the demands' own flows on it add up to ${show(sum)} t/yr`);
      }
    }
    for (const demand of net.demands.values()) {
      const flows = perDemand.get(demand.id) ?? new Map<string, number>();
      const net0 = new Map<string, number>();
      for (const [linkId, flow] of flows) {
        const link = net.links.get(linkId);
        if (link === undefined || !link.open) continue;
        net0.set(link.from, (net0.get(link.from) ?? 0) + flow);
        net0.set(link.to, (net0.get(link.to) ?? 0) - flow);
      }
      const s = served(demand.id);
      // A demand's own flows conserve at its own scale (its volume, or what its links carry, whichever is larger).
      let carried = demand.volume;
      for (const flow of flows.values()) carried = Math.max(carried, Math.abs(flow));
      const ownTol = rel * Math.max(1, carried);
      for (const node of net.nodes.values()) {
        const expected = node.id === demand.from ? s : node.id === demand.to ? -s : 0;
        const actual = net0.get(node.id) ?? 0;
        if (Math.abs(actual - expected) > ownTol) {
          add('demand-conservation', `demands.${demand.id}`, `demand ${demand.id} at node ${node.id}: outflow − inflow = ${show(actual)} t/yr, expected ${show(expected)} (${node.id === demand.from ? 'its origin sends what is served' : node.id === demand.to ? 'its destination receives what is served' : 'neither its origin nor its destination'})`);
        }
      }
    }
  }

  // --- corridors and shares --------------------------------------------------
  const gateFlow = new Map<string, number>();
  for (const corridor of net.corridors.values()) {
    let sum = 0;
    for (const gate of corridor.gates) sum += net.links.get(gate)?.open === true ? linkFlow(gate) : 0;
    gateFlow.set(corridor.id, sum);
  }
  const gatesAreCuts = gateTonnesAreServedOnes(net);
  let corridorSum = 0;
  for (const corridor of net.corridors.values()) {
    const entry = corridorEntry.get(corridor.id);
    if (entry === undefined) continue;
    const item = `corridors.${corridor.id}`;
    const f = gateFlow.get(corridor.id) ?? 0;
    corridorSum += entry.flow;
    if (entry.marginalValue < 0) {
      add('non-negative', item, `corridor ${corridor.id} has negative marginal value ${show(entry.marginalValue)} USD/t`);
    }
    if (Math.abs(entry.flow - f) > flowTol) {
      add('corridor-flow', item, `corridor ${corridor.id} reports flow ${show(entry.flow)} t/yr, but its gates (${corridor.gates.join(', ')}) carry ${show(f)} t/yr`);
    }
    if (!corridor.enabled && Math.abs(entry.flow) > flowTol) {
      add('corridor-bounds', item, `corridor ${corridor.id} is disabled but carries ${show(entry.flow)} t/yr`);
    }
    // The bounds hold for a disabled corridor too, with its flow at 0 (the
    // spec's rows do not depend on enabled). maxShare = 1 is no bound: where
    // gates are not cuts, tonnes crossing twice may take a corridor past 100%.
    const bounds: [string, number, number][] = [
      ['minShare', corridor.minShare * totalServed, -1],
      ['maxShare', corridor.maxShare < 1 ? corridor.maxShare * totalServed : Infinity, 1],
      ['minFlow', corridor.minFlow, -1],
      ['maxFlow', corridor.maxFlow, 1],
    ];
    for (const [name, bound, sense] of bounds) {
      if (sense * (f - bound) > flowTol) {
        add('corridor-bounds', item, `corridor ${corridor.id}${corridor.enabled ? '' : ' (disabled)'} carries ${show(f)} t/yr, ${sense > 0 ? 'over' : 'under'} its ${name} bound of ${show(bound)} t/yr`);
      }
    }
    const expectedShare = totalServed > 0 ? entry.flow / totalServed : 0;
    if (Math.abs(entry.share - expectedShare) > rel + flowTol / Math.max(totalServed, 1)) {
      add('shares', item, `corridor ${corridor.id} has share ${show(entry.share)}, but flow / served = ${show(expectedShare)}`);
    }
  }
  if (gatesAreCuts) {
    const expectedOther = totalServed - corridorSum;
    if (Math.abs(result.other.flow - expectedOther) > flowTol) {
      add('shares', 'other', `other.flow is ${show(result.other.flow)} t/yr, but served − corridor flows = ${show(expectedOther)} t/yr`);
    }
    if (totalServed > 0) {
      const shareSum = result.corridors.reduce((sum, c) => sum + c.share, 0) + result.other.share;
      if (Math.abs(shareSum - 1) > rel * 10) {
        add('shares', 'other', `corridor shares plus other.share add up to ${show(shareSum)}, not 1`);
      }
      const expectedOtherShare = result.other.flow / totalServed;
      if (Math.abs(result.other.share - expectedOtherShare) > rel + flowTol / totalServed) {
        add('shares', 'other', `other.share is ${show(result.other.share)}, but other.flow / served = ${show(expectedOtherShare)}`);
      }
    } else if (Math.abs(result.other.share) > rel) {
      add('shares', 'other', `nothing is served, so other.share should be 0, not ${show(result.other.share)}`);
    }
  } else if (result.other.flow > totalServed + flowTol || result.other.flow < totalServed - corridorSum - flowTol) {
    // Gate tonnes may count a served tonne twice or freight circling through a gate: they only add to corridor flows.
    add('shares', 'other', `other.flow is ${show(result.other.flow)} t/yr, outside [served − corridor flows, served] = [${show(totalServed - corridorSum)}, ${show(totalServed)}] t/yr`);
  }

  // --- objective, unit cost, days --------------------------------------------
  let base = 0;
  let dayTonnes = 0;
  for (const link of net.arcs) {
    base += link.cost * linkFlow(link.id);
    dayTonnes += link.days * linkFlow(link.id);
  }
  for (const node of net.nodes.values()) {
    if (!node.open) continue;
    base += node.cost * throughput(node.id);
    dayTonnes += node.days * throughput(node.id);
  }
  let penalties = 0;
  let timeCost = 0;
  let reportedDayTonnes = 0;
  let reportedTransport = 0;
  for (const demand of net.demands.values()) {
    const entry = demandEntry.get(demand.id);
    const s = served(demand.id);
    penalties += (demand.penalty ?? 0) * unmet(demand.id);
    timeCost += demand.valueOfTime * s * (entry?.days ?? 0);
    reportedDayTonnes += s * (entry?.days ?? 0);
    reportedTransport += s * (entry?.unitCost ?? 0);
    if (entry !== undefined && s > flowTol && (entry.unitCost === null || entry.days === null)) {
      add('unit-cost', `demands.${demand.id}`, `demand ${demand.id} serves ${show(s)} t/yr, so its unitCost and days should be numbers, not ${show(entry.unitCost)} and ${show(entry.days)}`);
    }
    if (entry !== undefined && s === 0 && (entry.unitCost !== null || entry.days !== null)) {
      add('unit-cost', `demands.${demand.id}`, `demand ${demand.id} serves nothing, so its unitCost and days should be null, not ${show(entry.unitCost)} and ${show(entry.days)}`);
    }
  }
  // Circulation a corridor's lower bound calls for, reported as the flows of a demand that serves nothing:
  // its cost is in the objective but no unit cost carries it (unitCost is null when nothing is served).
  let unattributed = 0;
  if (perDemand !== undefined) {
    let exact = penalties;
    for (const demand of net.demands.values()) {
      const flows = perDemand.get(demand.id) ?? new Map<string, number>();
      let cost = 0;
      let days = 0;
      const s = served(demand.id);
      const origin = net.nodes.get(demand.from);
      if (origin !== undefined && origin.open) {
        cost += origin.cost * s;
        days += origin.days * s;
      }
      for (const [linkId, flow] of flows) {
        const link = net.links.get(linkId);
        if (link === undefined || !link.open) continue;
        const head = net.nodes.get(link.to);
        cost += link.cost * flow + (head?.cost ?? 0) * flow;
        days += link.days * flow + (head?.days ?? 0) * flow;
      }
      const transport = cost + demand.valueOfTime * days;
      exact += transport;
      if ((demandEntry.get(demand.id)?.unitCost ?? null) === null) unattributed += transport;
      const entry = demandEntry.get(demand.id);
      if (entry !== undefined && s > flowTol && entry.unitCost !== null && entry.days !== null) {
        if (!sameMoney(entry.unitCost, transport / s)) {
          add('unit-cost', `demands.${demand.id}`, `demand ${demand.id} has unitCost ${show(entry.unitCost)} USD/t, but its flows cost ${show(transport / s)} USD/t`);
        }
        if (Math.abs(entry.days - days / s) > rel * Math.max(1, entry.days)) {
          add('demand-days', `demands.${demand.id}`, `demand ${demand.id} has days ${show(entry.days)}, but its flows take ${show(days / s)} days on average`);
        }
      }
    }
    if (!sameMoney(result.objective, exact)) {
      add('objective', undefined, `objective is ${show(result.objective)} USD/yr, but the flows cost ${show(exact)} USD/yr`);
    }
  } else {
    const recomputed = base + timeCost + penalties;
    if (!sameMoney(result.objective, recomputed)) {
      add('objective', undefined, `objective is ${show(result.objective)} USD/yr, but link and node flows, the demands' days and the penalties give ${show(recomputed)} USD/yr`);
    }
    if (Math.abs(reportedDayTonnes - dayTonnes) > rel * Math.max(1, dayTonnes)) {
      add('demand-days', undefined, `Σ served × days over demands is ${show(reportedDayTonnes)}, but the link and node flows take ${show(dayTonnes)} tonne-days`);
    }
  }
  if (!sameMoney(reportedTransport + unattributed + penalties, result.objective)) {
    const circulation = unattributed === 0 ? '' : ` + flows of demands serving nothing ${show(unattributed)}`;
    add('unit-cost', undefined, `Σ served × unitCost${circulation} + penalties = ${show(reportedTransport + unattributed + penalties)} USD/yr, but the objective is ${show(result.objective)} USD/yr`);
  }

  // --- the optimality certificate ------------------------------------------------
  checkCertificate(net, { linkFlow, linkEntry, nodeEntry, corridorEntry, demandEntry }, perDemand, gateFlow, totalServed, rel, flowTol, add);
  return violations;
}

interface Entries {
  readonly linkFlow: (id: string) => number;
  readonly linkEntry: ReadonlyMap<string, Result['links'][number]>;
  readonly nodeEntry: ReadonlyMap<string, Result['nodes'][number]>;
  readonly corridorEntry: ReadonlyMap<string, Result['corridors'][number]>;
  readonly demandEntry: ReadonlyMap<string, DemandResult>;
}

function closedReason(net: Network, link: NetworkLink): string {
  if (link.corridor !== undefined && net.corridors.get(link.corridor)?.enabled === false) {
    return `a gate of disabled corridor ${link.corridor}`;
  }
  if (net.nodes.get(link.from)?.open !== true) return `node ${link.from} is disabled`;
  if (net.nodes.get(link.to)?.open !== true) return `node ${link.to} is disabled`;
  return 'disabled';
}

/** Indexes the result's arrays by id; undefined when the shape is too broken to go on. */
function checkShape(scenario: Scenario, net: Network, result: Result, add: Add): Entries | undefined {
  let broken = false;
  const fail = (item: string | undefined, message: string): void => {
    broken = true;
    add('result-shape', item, message);
  };
  const finite = (item: string | undefined, field: string, value: unknown, nullable = false): void => {
    if (nullable && value === null) return;
    if (typeof value !== 'number' || !Number.isFinite(value)) fail(item, `${field} should be a finite number${nullable ? ' or null' : ''}, got ${String(value)}`);
  };
  finite(undefined, 'objective', result.objective);
  finite(undefined, 'served', result.served);
  finite(undefined, 'unmet', result.unmet);
  if (typeof result.other !== 'object' || result.other === null) {
    fail('other', 'the result has no "other" entry');
  } else {
    finite('other', 'other.flow', result.other.flow);
    finite('other', 'other.share', result.other.share);
  }
  function index<T extends { readonly id: string }>(
    kind: string,
    list: readonly T[] | undefined,
    known: ReadonlySet<string>,
    required: ReadonlySet<string>,
    fields: readonly (readonly [keyof T & string, boolean])[],
  ): Map<string, T> {
    const map = new Map<string, T>();
    if (!Array.isArray(list)) {
      fail(undefined, `result.${kind} should be an array`);
      return map;
    }
    for (const entry of list) {
      const item = `${kind}.${entry.id}`;
      if (!known.has(entry.id)) fail(item, `result.${kind} names ${entry.id}, which the scenario does not have`);
      if (map.has(entry.id)) fail(item, `result.${kind} lists ${entry.id} twice`);
      map.set(entry.id, entry);
      for (const [field, nullable] of fields) finite(item, `${kind}.${entry.id}.${field}`, entry[field], nullable);
    }
    for (const id of required) if (!map.has(id)) fail(`${kind}.${id}`, `result.${kind} has no entry for ${id}`);
    return map;
  }
  const ids = <T extends { readonly id: string }>(items: Iterable<T>, keep: (item: T) => boolean = () => true): Set<string> =>
    new Set([...items].filter(keep).map((item) => item.id));
  const linkEntry = index('links', result.links, ids(net.links.values()), ids(net.arcs), [
    ['flow', false],
    ['utilisation', true],
    ['marginalValue', false],
  ]);
  const nodeEntry = index('nodes', result.nodes, ids(net.nodes.values()), ids(net.nodes.values(), (n) => n.open), [
    ['throughput', false],
    ['utilisation', true],
    ['marginalValue', false],
  ]);
  const corridorEntry = index('corridors', result.corridors, ids(net.corridors.values()), ids(net.corridors.values(), (c) => c.enabled), [
    ['flow', false],
    ['share', false],
    ['marginalValue', false],
  ]);
  const demandEntry = index('demands', result.demands, ids(scenario.demands), ids(scenario.demands), [
    ['served', false],
    ['unmet', false],
    ['marginalCost', false],
    ['unitCost', true],
    ['days', true],
  ]);
  if (broken) return undefined;
  return {
    linkFlow: (id) => linkEntry.get(id)?.flow ?? 0,
    linkEntry,
    nodeEntry,
    corridorEntry,
    demandEntry,
  };
}

/** Per-demand flows by demand id and link id, or undefined when the extension is absent. */
function readDemandFlows(
  net: Network,
  demands: readonly DemandResult[],
  demandEntry: ReadonlyMap<string, DemandResult>,
  required: boolean,
  flowTol: number,
  add: Add,
): Map<string, Map<string, number>> | undefined {
  const withFlows = demands.filter((d) => d.flows !== undefined).length;
  if (withFlows === 0) {
    if (required) add('demand-flows', undefined, 'the result has no per-demand flows (demands[i].flows), so conservation per demand cannot be checked');
    return undefined;
  }
  if (withFlows < demands.length) {
    add('demand-flows', undefined, `only ${withFlows} of ${demands.length} demands carry per-demand flows`);
    return undefined;
  }
  const all = new Map<string, Map<string, number>>();
  for (const [id, entry] of demandEntry) {
    const flows = new Map<string, number>();
    for (const { link, flow } of entry.flows ?? []) {
      const item = `demands.${id}`;
      const known = net.links.get(link);
      if (!Number.isFinite(flow)) {
        add('demand-flows', item, `demand ${id} has a non-finite flow ${String(flow)} on link ${link}`);
        continue;
      }
      if (known === undefined) {
        add('demand-flows', item, `demand ${id} has a flow on link ${link}, which the scenario does not have`);
        continue;
      }
      if (flows.has(link)) add('demand-flows', item, `demand ${id} lists link ${link} twice`);
      if (flow < -flowTol) add('non-negative', item, `demand ${id} has negative flow ${show(flow)} t/yr on link ${link}`);
      if (!known.open && Math.abs(flow) > flowTol) {
        add('closed-items', item, `demand ${id} sends ${show(flow)} t/yr on link ${link}, which is closed`);
      }
      flows.set(link, (flows.get(link) ?? 0) + flow);
    }
    all.set(id, flows);
  }
  return all;
}

function checkCertificate(
  net: Network,
  entries: Entries,
  perDemand: ReadonlyMap<string, ReadonlyMap<string, number>> | undefined,
  gateFlow: ReadonlyMap<string, number>,
  totalServed: number,
  rel: number,
  flowTol: number,
  add: Add,
): void {
  const { linkFlow, linkEntry, nodeEntry, corridorEntry, demandEntry } = entries;
  let priceScale = 1;
  for (const link of net.arcs) priceScale = Math.max(priceScale, Math.abs(link.cost), linkEntry.get(link.id)?.marginalValue ?? 0);
  for (const node of net.nodes.values()) priceScale = Math.max(priceScale, Math.abs(node.cost), nodeEntry.get(node.id)?.marginalValue ?? 0);
  for (const demand of net.demands.values()) priceScale = Math.max(priceScale, demand.penalty ?? 0);
  // Prices are compared at their own size; the largest price only adds its rounding (1e-6 of rel): a
  // marginal value of 0.01 USD/t beside a 1e9 USD/t penalty is a value, not noise.
  const rounding = PRICE_ROUNDING * rel * priceScale;
  const valueTol = rel + rounding;
  const samePrice = (a: number, b: number): boolean => Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b)) + rounding;

  // Positive values only where the capacity or bound is exactly used.
  for (const link of net.links.values()) {
    const value = linkEntry.get(link.id)?.marginalValue ?? 0;
    if (value <= valueTol) continue;
    const item = `links.${link.id}`;
    if (!link.open) add('complementary-slackness', item, `link ${link.id} is closed but has marginal value ${show(value)} USD/t`);
    else if (link.capacity === Infinity) add('complementary-slackness', item, `link ${link.id} has unlimited capacity but marginal value ${show(value)} USD/t`);
    else if (linkFlow(link.id) < link.capacity - flowTol) {
      add('complementary-slackness', item, `link ${link.id} has marginal value ${show(value)} USD/t, but its capacity is not used up (${show(linkFlow(link.id))} of ${show(link.capacity)} t/yr)`);
    }
  }
  for (const node of net.nodes.values()) {
    const entry = nodeEntry.get(node.id);
    const value = entry?.marginalValue ?? 0;
    if (value <= valueTol) continue;
    const item = `nodes.${node.id}`;
    if (!node.open) add('complementary-slackness', item, `node ${node.id} is disabled but has marginal value ${show(value)} USD/t`);
    else if (node.capacity === Infinity) add('complementary-slackness', item, `node ${node.id} has unlimited capacity but marginal value ${show(value)} USD/t`);
    else if ((entry?.throughput ?? 0) < node.capacity - flowTol) {
      add('complementary-slackness', item, `node ${node.id} has marginal value ${show(value)} USD/t, but its capacity is not used up (${show(entry?.throughput)} of ${show(node.capacity)} t/yr)`);
    }
  }

  // Which bound of each corridor binds decides the sign of its gate price.
  const gateShift = new Map<string, number>();
  const excludedGates = new Set<string>();
  let serveShift = 0;
  let serveShiftKnown = true;
  let routesKnown = true;
  for (const corridor of net.corridors.values()) {
    const value = corridorEntry.get(corridor.id)?.marginalValue ?? 0;
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
  if (!routesKnown) return;

  const nodePrice = (id: string, valueOfTime: number): number => {
    const node = net.nodes.get(id);
    if (node === undefined) return 0;
    return node.cost + valueOfTime * node.days + (nodeEntry.get(id)?.marginalValue ?? 0);
  };
  const linkUsedByServedDemand = new Set<string>();
  const routeTol = (a: number, b: number): number => rel * Math.max(1, Math.abs(a), Math.abs(b)) + rounding;
  let reportedNegativeCycle = false;
  for (const demand of net.demands.values()) {
    const item = `demands.${demand.id}`;
    const entry = demandEntry.get(demand.id);
    const s = entry?.served ?? 0;
    const u = entry?.unmet ?? 0;
    const arcs: (PricedArc & { readonly id: string })[] = [];
    for (const link of net.arcs) {
      if (excludedGates.has(link.id)) continue;
      const shift = link.corridor === undefined ? 0 : (gateShift.get(link.corridor) ?? 0);
      arcs.push({
        id: link.id,
        from: link.from,
        to: link.to,
        price:
          link.cost +
          demand.valueOfTime * link.days +
          (linkEntry.get(link.id)?.marginalValue ?? 0) +
          shift +
          nodePrice(link.to, demand.valueOfTime),
      });
    }
    const epsilon = rel * priceScale * 1e-3;
    const forward = cheapestRoutes(demand.from, nodePrice(demand.from, demand.valueOfTime), arcs, { epsilon });
    if (forward.negativeCycle) {
      if (!reportedNegativeCycle) {
        add('cheapest-routes', item, `under the certificate's prices some cycle has a negative price (a gate's corridor value exceeds what its cycle costs), which no optimal set of marginal values allows`);
        reportedNegativeCycle = true;
      }
      continue;
    }
    const route = forward.distance.get(demand.to) ?? Infinity;
    if (s > flowTol && route === Infinity) {
      add('cheapest-routes', item, `demand ${demand.id} serves ${show(s)} t/yr, but no open route leads from ${demand.from} to ${demand.to}`);
      continue;
    }
    const flows = perDemand?.get(demand.id);
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
        if (atTail + arc.price + toEnd - route <= routeTol(atTail + arc.price + toEnd, route)) linkUsedByServedDemand.add(arc.id);
      }
    }
    if (!serveShiftKnown) continue;
    const price = route + serveShift;
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
  if (perDemand === undefined) {
    for (const link of net.arcs) {
      const flow = linkFlow(link.id);
      if (flow > flowTol && !linkUsedByServedDemand.has(link.id) && !excludedGates.has(link.id)) {
        add('cheapest-routes', `links.${link.id}`, `link ${link.id} (${link.from}→${link.to}) carries ${show(flow)} t/yr but lies on no cheapest route of any served demand under the certificate's prices`);
      }
    }
  }
}

/** The scenario's numbers past the spec's limits, as `demands.d0.volume = 1e+307`. */
function numbersPastLimits(scenario: Scenario): string[] {
  const found: string[] = [];
  const collections = { nodes: scenario.nodes, links: scenario.links, corridors: scenario.corridors ?? [], demands: scenario.demands } as const;
  for (const [collection, rules] of Object.entries(NUMERIC_FIELDS)) {
    const items = (collections as Record<string, readonly object[] | undefined>)[collection] ?? [];
    for (const item of items) {
      for (const [field, rule] of Object.entries(rules)) {
        const value = (item as Record<string, unknown>)[field];
        if (typeof value === 'number' && (!Number.isFinite(value) || !rule.test(value))) {
          found.push(`${collection}.${(item as { id?: string }).id ?? '?'}.${field} = ${String(value)}`);
        }
      }
    }
  }
  return found;
}

/**
 * An "infeasible" verdict must hold up: the zero flow (every demand unmet)
 * is feasible when every demand is soft and no corridor asks for a minimum
 * flow, so such a scenario is never infeasible (issue 12: 9.2e8 t behind a
 * maxShare gate, all soft, reported infeasible); and each shortfall must name
 * a hard demand and be more than 0 and at most its volume, at its own scale.
 * (`runCheck` also re-solves with the shortfalls taken off.)
 */
function checkInfeasible(scenario: Scenario, result: Result, rel: number, add: Add): void {
  const everySoft = scenario.demands.every((d) => d.unmetPenalty !== undefined);
  const minFlow = (scenario.corridors ?? []).some((c) => (c.minFlow ?? 0) > 0);
  if (everySoft && !minFlow) {
    add('status', undefined, 'status is "infeasible", but every demand is soft and no corridor has a minFlow: leaving every demand unmet is a feasible flow');
  }
  const demands = new Map(scenario.demands.map((d) => [d.id, d]));
  for (const shortfall of result.shortfalls ?? []) {
    const demand = demands.get(shortfall.demand);
    const item = `demands.${shortfall.demand}`;
    if (demand === undefined) {
      add('status', item, `the shortfall names demand ${shortfall.demand}, which the scenario does not have`);
      continue;
    }
    if (demand.unmetPenalty !== undefined) {
      add('status', item, `the shortfall names demand ${demand.id}, which is soft (it may go unserved at its penalty)`);
    }
    if (!(shortfall.unmet > rel * 1e-3 * demand.volume) || shortfall.unmet > demand.volume * (1 + rel)) {
      add('status', item, `demand ${demand.id} is said to be ${show(shortfall.unmet)} t/yr short, but a shortfall is more than 0 and at most its volume of ${show(demand.volume)} t/yr`);
    }
  }
}
