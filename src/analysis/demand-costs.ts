import type { Demand, Result, Scenario } from '../model/types';

/**
 * One demand's generalised cost per served tonne, split by what it pays for.
 * `money + time + handling` is the demand's `unitCost` in the result (the
 * objective's terms for this demand, spec "Objective", over its served tonnes).
 * Out-of-pocket (what a shipper is invoiced) is `money + handling`; `time` is
 * days valued at the demand's `valueOfTime`, a cost nobody is billed.
 */
export interface CostBreakdown {
  /** Link tariffs, USD per served tonne (Σ_a cost_a · x(k,a) / s_k). */
  readonly money: number;
  /** Days on links and in nodes valued at the demand's `valueOfTime`, USD per served tonne. */
  readonly time: number;
  /** Node handling charges (ports, borders), USD per served tonne (Σ_n cost_n · throughput_k(n) / s_k). */
  readonly handling: number;
}

/** One demand's tonnes through one corridor (or through no gate: `other`). */
export interface DemandCorridorFlow {
  /** Corridor id, or `other` for served tonnes that cross no gate. */
  readonly id: string;
  /** t/yr. */
  readonly flow: number;
  /** Of the demand's served tonnes; 0 when nothing is served. */
  readonly share: number;
}

export interface DemandCosts {
  readonly id: string;
  /** t/yr. */
  readonly served: number;
  readonly unmet: number;
  /** Per served tonne; null when nothing is served. */
  readonly perTonne: CostBreakdown | null;
  /** Every corridor of the scenario in its order, then `other`. */
  readonly corridors: readonly DemandCorridorFlow[];
  /** Links carrying this demand's freight, ids in scenario order. */
  readonly links: readonly string[];
}

/** Flow at or below this share of a demand's served tonnes is solver round-off. */
const FLOW_NOISE = 1e-9;

/**
 * Each demand's cost breakdown and corridor split, read off its own link
 * flows (the result's `flows` extension). Throughput of node n for demand k
 * is, as the spec defines it, k's flow on links entering n plus k's served
 * tonnes at its origin. Empty for a result that is not optimal.
 */
export function demandCosts(scenario: Scenario, result: Result): readonly DemandCosts[] {
  return result.status === 'optimal' ? scenario.demands.map(demandCostsOf(scenario, result)) : [];
}

/**
 * One demand's `demandCosts` row at a time (the result optimal): the "Why" table works its rows out over
 * several tasks, where all of them at once were a task of 15–20 ms of CPU at a million arc-LP variables.
 */
export function demandCostsOf(scenario: Scenario, result: Result): (demand: Demand) => DemandCosts {
  const links = new Map(scenario.links.map((l, i) => [l.id, { link: l, index: i }]));
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  const gateOf = new Map<string, string>();
  for (const corridor of scenario.corridors ?? []) for (const gate of corridor.gates) gateOf.set(gate, corridor.id);
  const outcomes = new Map(result.demands.map((d) => [d.id, d]));
  return (demand) => {
    const outcome = outcomes.get(demand.id);
    const served = outcome?.served ?? 0;
    const unmet = outcome?.unmet ?? 0;
    const vot = demand.valueOfTime ?? 0;
    const noise = FLOW_NOISE * Math.max(served, 1);
    let money = 0;
    let handling = 0;
    let days = 0;
    const origin = nodes.get(demand.from);
    handling += (origin?.cost ?? 0) * served;
    days += (origin?.days ?? 0) * served;
    const byCorridor = new Map<string, number>();
    let gated = 0;
    const used: { id: string; index: number }[] = [];
    for (const { link: id, flow } of outcome?.flows ?? []) {
      const entry = links.get(id);
      if (entry === undefined || flow <= noise) continue;
      used.push({ id, index: entry.index });
      const head = nodes.get(entry.link.to);
      money += entry.link.cost * flow;
      handling += (head?.cost ?? 0) * flow;
      days += ((entry.link.days ?? 0) + (head?.days ?? 0)) * flow;
      const corridor = gateOf.get(id);
      if (corridor !== undefined) {
        byCorridor.set(corridor, (byCorridor.get(corridor) ?? 0) + flow);
        gated += flow;
      }
    }
    const share = (flow: number): number => (served > 0 ? flow / served : 0);
    const corridors: DemandCorridorFlow[] = (scenario.corridors ?? []).map((c) => {
      const flow = byCorridor.get(c.id) ?? 0;
      return { id: c.id, flow, share: share(flow) };
    });
    // Tonnes that cross gates of two corridors count in both (as the result's own split does), so `other` stays ≥ 0.
    const other = Math.max(0, served - gated);
    corridors.push({ id: 'other', flow: other, share: share(other) });
    return {
      id: demand.id,
      served,
      unmet,
      perTonne: served > 0 ? { money: money / served, time: (vot * days) / served, handling: handling / served } : null,
      corridors,
      links: used.sort((a, b) => a.index - b.index).map((u) => u.id),
    };
  };
}

/** What a shipper is invoiced per tonne: tariffs and handling, no time. */
export function outOfPocket(cost: CostBreakdown): number {
  return cost.money + cost.handling;
}

/** The generalised cost per tonne: what the model minimises. */
export function generalised(cost: CostBreakdown): number {
  return cost.money + cost.time + cost.handling;
}

/** Out-of-pocket and generalised totals over all served demands, USD/yr. */
export interface CostTotals {
  /** Tariffs and handling: what shippers are invoiced. */
  readonly outOfPocket: number;
  /** Days valued at each demand's value of time. */
  readonly time: number;
}

/** Sums over the served demands of `demandCosts`. */
export function costTotals(rows: readonly DemandCosts[]): CostTotals {
  let outOfPocket = 0;
  let time = 0;
  for (const row of rows) {
    if (row.perTonne === null) continue;
    outOfPocket += (row.perTonne.money + row.perTonne.handling) * row.served;
    time += row.perTonne.time * row.served;
  }
  return { outOfPocket, time };
}
