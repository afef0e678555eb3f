const formats = new Map<string, Intl.NumberFormat>();

/** Every digit, Latin digits (the parser reads those in every locale), grouped or not, in `locale`'s marks. */
function numberFormat(locale: string, grouping: boolean): Intl.NumberFormat {
  const key = `${locale}|${grouping}`;
  let format = formats.get(key);
  if (format === undefined) {
    const options: Intl.NumberFormatOptions = { maximumFractionDigits: 20, useGrouping: grouping, numberingSystem: 'latn' };
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      format = new Intl.NumberFormat('en-US', options);
    }
    formats.set(key, format);
  }
  return format;
}

/**
 * The text a number field shows for a scenario value: every digit the value
 * has (the field must round-trip through `parseNumberInput` in the same
 * locale), in the reader's `locale` (default en-US), grouped for readability
 * unless `grouping` is false (years, coordinates). A value
 * that is not a number (what the user typed and the validator rejects) is
 * shown as it is, so the field keeps the user's text; absent is empty.
 */
export function formatNumberText(value: unknown, grouping = true, locale = 'en-US'): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return String(value);
    // Very large or small magnitudes read better (and stay exact) in exponent form.
    const magnitude = Math.abs(value);
    if (magnitude !== 0 && (magnitude >= 1e21 || magnitude < 1e-6)) return String(value);
    return numberFormat(locale, grouping).format(value);
  }
  return String(value);
}
