const FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** A number for a diagnosis message: `1,200,000`, `0.5` (en-US grouping, at most 3 decimals). */
export function formatQuantity(value: number): string {
  return FORMAT.format(value);
}
