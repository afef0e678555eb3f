import type { Result } from '../../model/types';

/**
 * What the map emphasises on top of the flows: one demand's routes, and
 * how each link's flow moved against a pinned base result.
 */

/** A link's flow change smaller than this share of the widest flow is not drawn: solver round-off and crumbs. */
const CHANGE_SHARE = 0.005;

/** The links that carry some of demand `id`'s freight (the result's per-demand `flows`); null when no demand is traced. */
export function demandLinks(result: Result | null, id: string | null): ReadonlySet<string> | null {
  if (id === null || id === '' || result === null) return null;
  const demand = result.demands.find((d) => d.id === id);
  // A demand of another scenario (the model was changed since it was picked): nothing to trace.
  if (demand === undefined) return null;
  const noise = 1e-9 * Math.max(1, demand.served);
  return new Set((demand.flows ?? []).filter((f) => f.flow > noise).map((f) => f.link));
}

/** Each link's flow change against `base`, t/yr, for links whose flow moved noticeably; empty without a comparable base. */
export function flowChanges(base: Result | null, result: Result | null): ReadonlyMap<string, number> {
  const changes = new Map<string, number>();
  if (base === null || result === null || base.status !== 'optimal' || result.status !== 'optimal') return changes;
  const before = new Map(base.links.map((l) => [l.id, l.flow]));
  const widest = Math.max(0, ...result.links.map((l) => l.flow), ...base.links.map((l) => l.flow));
  const threshold = widest * CHANGE_SHARE;
  for (const link of result.links) {
    const change = link.flow - (before.get(link.id) ?? 0);
    if (Math.abs(change) > threshold && Math.abs(change) > 1e-9) changes.set(link.id, change);
  }
  return changes;
}
