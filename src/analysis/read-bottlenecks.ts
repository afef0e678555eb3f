import type { LinkResult, Result } from '../model/types';
import { BINDING_EPSILON } from './binding-set';

/** Utilisation at or above this counts as full: the solver's flows carry rounding. */
export const FULL_UTILISATION = 0.999;
/** Flow at or below this, t/yr, is solver round-off: the link carries nothing. */
export const UNUSED_FLOW_EPSILON = 1e-7;
/**
 * A reduced cost at or below this, USD/t, is zero: such a link is as cheap as
 * the routes in use (another optimum uses it), not "close to being used".
 */
export const REDUCED_COST_EPSILON = 1e-6;

/** A capacity or corridor bound that limits the optimum. */
export interface BindingEntry {
  readonly kind: 'link' | 'node' | 'corridor';
  readonly id: string;
  /** t/yr: the link's flow, the node's throughput or the corridor's flow. */
  readonly used: number;
  /** USD per t/yr of extra capacity (≥ 0; 0 for a capacity that is full but worth nothing more). */
  readonly marginalValue: number;
}

/** An open link that carries nothing and would need to get cheaper to be used. */
export interface UnusedLinkEntry {
  readonly id: string;
  /** USD/t (> REDUCED_COST_EPSILON): how much cheaper the link must get before freight uses it. */
  readonly reducedCost: number;
}

export interface BottleneckReading {
  /** In the result's order: links, nodes, corridors (each reader sorts for its readers). */
  readonly binding: readonly BindingEntry[];
  /** In the result's order. */
  readonly closestUnused: readonly UnusedLinkEntry[];
}

/**
 * What binds and which unused links are closest to being used, read off an
 * optimal result: the one rule the app's "What binds" panel and
 * `corridor-flow solve` both show (a result that is not optimal has neither).
 *
 * - binding: a link or node whose capacity has a marginal value, or is full;
 *   a corridor whose bound has a marginal value.
 * - closest unused: a link that is not binding, carries no flow and has a
 *   positive reduced cost. A link at reduced cost 0 is an equally cheap
 *   alternative, and a binding link (a capacity of 0 worth something) is
 *   listed as binding, so neither is "closest unused".
 */
export function readBottlenecks(result: Result): BottleneckReading {
  const binding: BindingEntry[] = [];
  const closestUnused: UnusedLinkEntry[] = [];
  if (result.status !== 'optimal') return { binding, closestUnused };
  for (const l of result.links) {
    if (bindsAt(l.marginalValue, l.utilisation)) binding.push({ kind: 'link', id: l.id, used: l.flow, marginalValue: Math.max(0, l.marginalValue) });
    else if (isClosestUnused(l)) closestUnused.push({ id: l.id, reducedCost: l.reducedCost! });
  }
  for (const n of result.nodes) {
    if (bindsAt(n.marginalValue, n.utilisation)) binding.push({ kind: 'node', id: n.id, used: n.throughput, marginalValue: Math.max(0, n.marginalValue) });
  }
  // A corridor's flow may sit on a bound by chance: only a bound with a value limits the optimum.
  for (const c of result.corridors) if (bindsAt(c.marginalValue, null)) binding.push({ kind: 'corridor', id: c.id, used: c.flow, marginalValue: c.marginalValue });
  return { binding, closestUnused };
}

/** Whether a capacity binds: it has a marginal value, or it is full (`utilisation` null: unlimited). */
export function bindsAt(marginalValue: number, utilisation: number | null): boolean {
  return marginalValue > BINDING_EPSILON || (utilisation ?? 0) >= FULL_UTILISATION;
}

/**
 * Whether a link that does not bind (see `bindsAt`) is "closest unused": it
 * carries nothing and has a positive reduced cost.
 */
export function isClosestUnused(link: LinkResult): boolean {
  return link.flow <= UNUSED_FLOW_EPSILON && (link.reducedCost ?? 0) > REDUCED_COST_EPSILON;
}
