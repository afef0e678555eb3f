/**
 * `value` rounded to `digits` decimals (a figure written as what it means:
 * tonnes and dollars whole, shares to 0.1 point); −0 as 0.
 */
export function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
}
