import type { Result } from '../model/types';

/** One corridor's (or `other`'s) change against a base result. */
export interface ShareChange {
  /** Corridor id, or `other`. */
  readonly id: string;
  /** Change of its share of served tonnes, a fraction (0.27 = +27 percentage points). */
  readonly share: number;
  /** Change of its flow, t/yr. */
  readonly flow: number;
}

/** How a result differs from a pinned base result: result minus base. */
export interface ResultDelta {
  /** The base's corridors and the result's, base order first, then `other`. */
  readonly corridors: readonly ShareChange[];
  /** Change of the objective (generalised cost, penalties included), USD/yr. */
  readonly objective: number;
  /** Change of served and unmet tonnes, t/yr. */
  readonly served: number;
  readonly unmet: number;
  /** Change of each link's flow, t/yr, by id (links of either result; absent in one counts as 0). */
  readonly links: ReadonlyMap<string, number>;
}

/**
 * The difference between a result and a base, or null unless both are
 * optimal (an infeasible side has no split to compare). A corridor present
 * in one result only counts as 0 in the other.
 */
export function resultDelta(base: Result, result: Result): ResultDelta | null {
  if (base.status !== 'optimal' || result.status !== 'optimal') return null;
  const ids = [...base.corridors.map((c) => c.id)];
  for (const c of result.corridors) if (!ids.includes(c.id)) ids.push(c.id);
  const before = new Map(base.corridors.map((c) => [c.id, c]));
  const after = new Map(result.corridors.map((c) => [c.id, c]));
  const corridors: ShareChange[] = ids.map((id) => ({
    id,
    share: (after.get(id)?.share ?? 0) - (before.get(id)?.share ?? 0),
    flow: (after.get(id)?.flow ?? 0) - (before.get(id)?.flow ?? 0),
  }));
  corridors.push({ id: 'other', share: result.other.share - base.other.share, flow: result.other.flow - base.other.flow });
  const links = new Map<string, number>();
  for (const l of base.links) links.set(l.id, -l.flow);
  for (const l of result.links) links.set(l.id, (links.get(l.id) ?? 0) + l.flow);
  return {
    corridors,
    objective: result.objective - base.objective,
    served: result.served - base.served,
    unmet: result.unmet - base.unmet,
    links,
  };
}

/** A share change smaller than this (a fraction: 0.05 percentage points) reads as no change. */
export const SHARE_CHANGE_EPSILON = 5e-4;

/** The corridor whose share moved most, or null when none moved more than SHARE_CHANGE_EPSILON. */
export function largestShareChange(delta: ResultDelta): ShareChange | null {
  let best: ShareChange | null = null;
  for (const c of delta.corridors) if (Math.abs(c.share) > SHARE_CHANGE_EPSILON && (best === null || Math.abs(c.share) > Math.abs(best.share))) best = c;
  return best;
}
