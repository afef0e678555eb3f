const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20, useGrouping: true });
const PLAIN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20, useGrouping: false });

/**
 * The text a number field shows for a scenario value: every digit the value
 * has (the field must round-trip through `parseNumberText`), grouped by commas
 * for readability unless `grouping` is false (years, coordinates). A value
 * that is not a number (what the user typed and the validator rejects) is
 * shown as it is, so the field keeps the user's text; absent is empty.
 */
export function formatNumberText(value: unknown, grouping = true): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return String(value);
    // Very large or small magnitudes read better (and stay exact) in exponent form.
    const magnitude = Math.abs(value);
    if (magnitude !== 0 && (magnitude >= 1e21 || magnitude < 1e-6)) return String(value);
    return (grouping ? GROUPED : PLAIN).format(value);
  }
  return String(value);
}
