import type { Corridor, CorridorResult, LinkResult, Result, Scenario, ScenarioLink } from '../../model/types';
import { bindsAt, isClosestUnused } from '../../analysis/read-bottlenecks';
import { corridorLabel, demandLabel, linkTitle, nodeLabel } from '../item-names';

/** Unmet demand at or below this, t/yr, is solver round-off. */
const EPSILON = 1e-9;

export type BottleneckKind = 'link' | 'node' | 'corridor' | 'demand';

/** A capacity or bound that limits the optimum. */
export interface BindingItem {
  readonly kind: 'link' | 'node' | 'corridor';
  readonly id: string;
  readonly label: string;
  /** t/yr used and the limit (capacity or bound), t/yr. */
  readonly used: number;
  readonly limit: number | null;
  /** For corridors: which bound binds, in words ("maximum flow"). */
  readonly bound?: string;
  /**
   * USD/t (≥ 0): the yearly cost falls by this many USD a year for each extra
   * t/yr of capacity (or of room on a corridor bound), and USD/yr per t/yr is
   * USD per tonne.
   */
  readonly marginalValue: number;
}

/** An open link that carries nothing, with how much cheaper it must get to be used. */
export interface UnusedItem {
  readonly kind: 'link';
  readonly id: string;
  readonly label: string;
  readonly mode: string;
  /** Whether the label is the link's own name (else it already says the mode). */
  readonly named: boolean;
  /** USD/t now. */
  readonly cost: number;
  /** USD/t (> 0): how much cheaper the link must get before freight uses it. */
  readonly reducedCost: number;
}

/** A demand not served in full. */
export interface UnmetItem {
  readonly kind: 'demand';
  readonly id: string;
  readonly label: string;
  /** t/yr not served. */
  readonly unmet: number;
  /** t/yr asked. */
  readonly volume: number | null;
  /** USD/t, when the demand may be left unserved at a price. */
  readonly penalty: number | null;
}

export interface Bottlenecks {
  readonly binding: readonly BindingItem[];
  readonly unused: readonly UnusedItem[];
  readonly unmet: readonly UnmetItem[];
}

/**
 * What limits the answer, read off a result: binding capacities ranked by
 * marginal value, unused links ranked by how close they are to being used,
 * and unmet demand (from the flows when optimal, from the elastic re-solve's
 * shortfalls when infeasible).
 */
export function bottlenecks(scenario: Scenario | null, result: Result | null): Bottlenecks {
  if (result === null) return { binding: [], unused: [], unmet: [] };
  const { binding, unused } = result.status === 'optimal' ? limits(scenario, result) : { binding: [], unused: [] };
  // Highest value first; among equals (full but worth nothing) the fuller first. A collator orders as
  // localeCompare does, without its set-up per comparison (thousands on a large network's unused links).
  const byLabel = new Intl.Collator().compare;
  binding.sort((a, b) => b.marginalValue - a.marginalValue || byLabel(a.label, b.label));
  unused.sort((a, b) => a.reducedCost - b.reducedCost || byLabel(a.label, b.label));

  const unmet = unmetItems(scenario, result);
  unmet.sort((a, b) => b.unmet - a.unmet);
  return { binding, unused, unmet };
}

/** The binding capacities and bounds, and the closest unused links, of an optimal result (unsorted). */
function limits(scenario: Scenario | null, result: Result): { binding: BindingItem[]; unused: UnusedItem[] } {
  const links = new Map((scenario?.links ?? []).map((l) => [l.id, l]));
  const nodes = new Map((scenario?.nodes ?? []).map((n) => [n.id, n]));
  const corridors = new Map((scenario?.corridors ?? []).map((c) => [c.id, c]));
  const binding: BindingItem[] = [];
  const unused: UnusedItem[] = [];
  for (const l of result.links) {
    // Which items bind and which unused links are closest is decided once, for the app and
    // the CLI alike (src/analysis/read-bottlenecks.ts).
    if (bindsAt(l.marginalValue, l.utilisation)) binding.push(bindingLink(scenario, l, links.get(l.id)));
    else if (isClosestUnused(l)) unused.push(unusedLink(scenario, l, links.get(l.id)));
  }
  for (const n of result.nodes) {
    if (bindsAt(n.marginalValue, n.utilisation)) {
      binding.push({
        kind: 'node',
        id: n.id,
        label: nodeLabel(nodes.get(n.id), n.id),
        used: n.throughput,
        limit: nodes.get(n.id)?.capacity ?? null,
        marginalValue: Math.max(0, n.marginalValue),
      });
    }
  }
  for (const c of result.corridors) {
    if (!bindsAt(c.marginalValue, null)) continue;
    const corridor = corridors.get(c.id);
    const bound = bindingBound(corridor, c, result.served);
    binding.push({
      kind: 'corridor',
      id: c.id,
      label: corridorLabel(corridor, c.id),
      used: c.flow,
      limit: bound?.limit ?? null,
      bound: bound?.words ?? 'a bound',
      marginalValue: c.marginalValue,
    });
  }
  return { binding, unused };
}

/*
 * A link's item has its `label` worked out when first read: a large network has thousands of unused links, of
 * which a few rows are shown and only ties in the ranking are told apart by name (naming them all cost tens of ms
 * when an answer arrived). The getter is written in the object literal: one added with `Object.defineProperty`
 * turned every item into a dictionary, and reading their fields in the sort was most of a 20–30 ms task at a
 * million arc-LP variables.
 */

function bindingLink(scenario: Scenario | null, l: LinkResult, link: ScenarioLink | undefined): BindingItem {
  let label: string | undefined;
  return {
    kind: 'link',
    id: l.id,
    used: l.flow,
    limit: link?.capacity ?? null,
    marginalValue: Math.max(0, l.marginalValue),
    get label() {
      return (label ??= link === undefined ? l.id : linkTitle(scenario, link));
    },
  };
}

function unusedLink(scenario: Scenario | null, l: LinkResult, link: ScenarioLink | undefined): UnusedItem {
  let label: string | undefined;
  return {
    kind: 'link',
    id: l.id,
    mode: link?.mode ?? 'rail',
    named: link?.name !== undefined && link.name.trim() !== '',
    cost: link?.cost ?? 0,
    reducedCost: l.reducedCost!,
    get label() {
      return (label ??= link === undefined ? l.id : linkTitle(scenario, link));
    },
  };
}

/** Unmet demand: from the flows when optimal, from the elastic re-solve's shortfalls otherwise (unsorted). */
function unmetItems(scenario: Scenario | null, result: Result): UnmetItem[] {
  const demands = new Map((scenario?.demands ?? []).map((d) => [d.id, d]));
  const item = (id: string, unmet: number, volume: number | null): UnmetItem => {
    const demand = demands.get(id);
    return {
      kind: 'demand',
      id,
      label: demand === undefined ? id : demandLabel(scenario, demand),
      unmet,
      volume: demand === undefined ? volume : demand.volume,
      penalty: demand?.unmetPenalty ?? null,
    };
  };
  if (result.status !== 'optimal') return (result.shortfalls ?? []).map((s) => item(s.demand, s.unmet, null));
  return result.demands.filter((d) => !(d.unmet <= EPSILON)).map((d) => item(d.id, d.unmet, d.served + d.unmet));
}

/**
 * Which of a corridor's bounds its flow sits on. The result gives only the
 * value, so the bound is found by comparing the flow with each (relative
 * tolerance, as the flows carry rounding).
 */
function bindingBound(
  corridor: Corridor | undefined,
  outcome: CorridorResult,
  served: number,
): { words: string; limit: number } | undefined {
  if (corridor === undefined) return undefined;
  const near = (bound: number): boolean => Math.abs(outcome.flow - bound) <= 1e-6 * Math.max(1, Math.abs(bound));
  const candidates: { words: string; limit: number | undefined }[] = [
    { words: 'maximum flow', limit: corridor.maxFlow },
    { words: 'maximum share', limit: corridor.maxShare === undefined ? undefined : corridor.maxShare * served },
    { words: 'minimum flow', limit: corridor.minFlow },
    { words: 'minimum share', limit: corridor.minShare === undefined ? undefined : corridor.minShare * served },
  ];
  for (const c of candidates) if (c.limit !== undefined && near(c.limit)) return { words: c.words, limit: c.limit };
  return undefined;
}
