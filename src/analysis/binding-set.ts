import type { Result } from '../model/types';

/** A capacity or bound counts as binding when its marginal value exceeds this, USD per t/yr. */
export const BINDING_EPSILON = 1e-7;

/**
 * The binding constraints of a result, as sorted labels (`link:<id>`,
 * `node:<id>`, `corridor:<id>`): where this set changes along a sweep, the
 * regime changes and the split's slope with it.
 */
export function bindingSet(result: Result): readonly string[] {
  const labels: string[] = [];
  for (const l of result.links) if (l.marginalValue > BINDING_EPSILON) labels.push(`link:${l.id}`);
  for (const n of result.nodes) if (n.marginalValue > BINDING_EPSILON) labels.push(`node:${n.id}`);
  for (const c of result.corridors) if (c.marginalValue > BINDING_EPSILON) labels.push(`corridor:${c.id}`);
  return labels.sort();
}

/**
 * Indices i ≥ 1 of `results` whose binding set differs from that of i − 1
 * (or whose status differs): the points a sweep chart marks.
 */
export function regimeChanges(results: readonly Result[]): readonly number[] {
  const changes: number[] = [];
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1]!;
    const b = results[i]!;
    if (a.status !== b.status || bindingSet(a).join('|') !== bindingSet(b).join('|')) changes.push(i);
  }
  return changes;
}
