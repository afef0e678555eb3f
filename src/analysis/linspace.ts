/**
 * `n` values evenly spaced from `a` to `b`, both included; `n = 1` gives just
 * `[a]`. The last value is exactly `b` (not `a + (n−1)·step`, which can miss
 * it by a rounding error and would make a sweep's end differ from a single
 * solve at `b`); the first is exactly `a` (even `-0`).
 *
 * Throws on an `n` that is not an integer ≥ 1 or a bound that is not finite:
 * callers validate user input first, so reaching here with one is a bug.
 */
export function linspace(a: number, b: number, n: number): number[] {
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`linspace: n must be an integer ≥ 1, got ${String(n)}`);
  }
  if (!Number.isFinite(a) || !Number.isFinite(b)) {
    throw new RangeError(`linspace: bounds must be finite, got ${String(a)} and ${String(b)}`);
  }
  if (n === 1) return [a];
  const values = new Array<number>(n);
  for (let i = 0; i < n; i++) values[i] = i === 0 ? a : i === n - 1 ? b : a + ((b - a) * i) / (n - 1);
  return values;
}
