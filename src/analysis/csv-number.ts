/**
 * Significant digits of every figure in a CSV file corridor-flow writes.
 * Results are correct to 1e-6 of their own size (the scenario format's
 * limits), so ten digits keep four more than the answer holds while dropping
 * binary round-off (`367.5399999999999` → `367.54`). Each number is rounded
 * on its own, so a small figure beside large ones is never rounded to zero.
 */
export const CSV_SIGNIFICANT_DIGITS = 10;

/**
 * A number as a CSV cell: rounded to CSV_SIGNIFICANT_DIGITS significant
 * digits, then written in JavaScript's shortest form with a dot (`0.25`,
 * `4165850`, `1e-7`); `-0` as `0`; not finite: an empty cell. The one rule of
 * `sweep`, `compare`, `resilience` and `montecarlo --csv` and the app's CSV
 * exports.
 */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (value === 0) return '0';
  const rounded = Number(value.toPrecision(CSV_SIGNIFICANT_DIGITS));
  // Within a hair of the largest double, rounding up would overflow: keep the number as it is.
  return String(Number.isFinite(rounded) ? rounded : value);
}
