/**
 * The colour scale of the shares on the grid: from the smallest to the
 * largest share drawn (a fixed 0–100 % scale would paint a grid of 2–4 %
 * shares all alike); one share alone sits mid-scale.
 */
export function shareScale(shares: readonly number[]): { readonly lo: number; readonly hi: number; readonly strength: (share: number) => number } {
  if (shares.length === 0) return { lo: 0, hi: 1, strength: (share) => share };
  const lo = Math.min(...shares);
  const hi = Math.max(...shares);
  const span = hi - lo;
  return { lo, hi, strength: span < 1e-9 ? () => 0.5 : (share) => Math.min(1, Math.max(0, (share - lo) / span)) };
}
