/** The range of a lever's slider. */
export interface LeverScale {
  readonly max: number;
  readonly step: number;
}

/** The smallest of 1, 2, 2.5, 5 × 10^k that is ≥ x (x > 0). */
export function niceCeil(x: number): number {
  const power = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= x * (1 - 1e-12)) return m * power;
  return 10 * power;
}

/**
 * Slider range for a lever: 0 to three times the scenario's own value (so the
 * value sits a third of the way along and halving or doubling it are both in
 * reach), or to `fallbackMax` when the scenario has no finite positive value
 * (unlimited capacity, zero cost). The range depends on the scenario value,
 * not the current one, so it stays still under the pointer while dragging;
 * it only grows when a value typed in the number field is beyond it.
 * About 500 steps, rounded to a nice number.
 */
export function leverScale(reference: unknown, current: unknown, fallbackMax: number): LeverScale {
  const base = typeof reference === 'number' && Number.isFinite(reference) && reference > 0 ? niceCeil(3 * reference) : fallbackMax;
  const max = typeof current === 'number' && Number.isFinite(current) && current > base ? niceCeil(1.5 * current) : base;
  const step = niceCeil(max / 500);
  // 10 ** -k is not exact in binary; keep the step's printed form short.
  return { max, step: step >= 1 ? step : Number(step.toPrecision(6)) };
}
