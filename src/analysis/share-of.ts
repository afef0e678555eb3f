import type { Result } from '../model/types';

/** The share of served tonnes of corridor `id`, or of `other` for id `other`; 0 when absent. */
export function shareOf(result: Result, id: string): number {
  if (id === 'other') return result.other.share;
  return result.corridors.find((c) => c.id === id)?.share ?? 0;
}

/** Every corridor's share plus `other`, keyed by id. */
export function sharesOf(result: Result): Readonly<Record<string, number>> {
  const shares: Record<string, number> = {};
  for (const c of result.corridors) shares[c.id] = c.share;
  shares.other = result.other.share;
  return shares;
}
