/**
 * A small seeded PRNG (mulberry32): the same seed gives the same draws in
 * Node, the browser and every worker, so Monte Carlo runs are reproducible.
 * Returns numbers in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A draw from the triangular distribution (min, mode, max) by inverting its
 * CDF at `u` ∈ [0, 1). A degenerate range (min = max) always gives `mode`.
 */
export function triangular(u: number, min: number, mode: number, max: number): number {
  if (max === min) return mode;
  const cut = (mode - min) / (max - min);
  return u < cut
    ? min + Math.sqrt(u * (max - min) * (mode - min))
    : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}
