/**
 * The one tolerance of the test suite: `|a − b| / max(|b|, 1) ≤ rel`, relative
 * for large numbers and absolute near zero (as in YALPS's tests).
 */
export function closeTo(a: number, b: number, rel = 1e-6): boolean {
  return Math.abs(a - b) / Math.max(Math.abs(b), 1) <= rel;
}
