/** Made on first use: the first `Intl.NumberFormat` of a process loads ICU's locale data (20–50 ms), and a feasible solve formats nothing. */
let format: Intl.NumberFormat | undefined;

/** A number for a diagnosis message: `1,200,000`, `0.5` (en-US grouping, at most 3 decimals). */
export function formatQuantity(value: number): string {
  return (format ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 })).format(value);
}
