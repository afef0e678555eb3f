/**
 * Number formats of the readable output, each with its unit in the caller's
 * header. English grouping (`1,234,567`) so output is the same on every
 * machine whatever its locale; `--json` and `--csv` print raw numbers.
 */

/**
 * An en-US format made on its first use: the first `Intl.NumberFormat` of a
 * process loads ICU's locale data, 20–50 ms, which `solve --json` (that
 * formats nothing) must not pay for importing this module.
 */
function lazyFormat(options: Intl.NumberFormatOptions): (value: number) => string {
  let format: Intl.NumberFormat | undefined;
  return (value) => (format ??= new Intl.NumberFormat('en-US', options)).format(value);
}

const tonnes = lazyFormat({ maximumFractionDigits: 0 });
const twoDecimals = lazyFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
const oneDecimal = lazyFormat({ minimumFractionDigits: 1, maximumFractionDigits: 1 });
const small = lazyFormat({ maximumSignificantDigits: 3 });

/** t/yr and USD/yr: whole units. */
export function formatWhole(value: number): string {
  return tonnes(cleanZero(value));
}

/** USD/t and USD per t/yr: cents, or three significant digits below a cent so a small price is not shown as 0. */
export function formatPrice(value: number): string {
  const v = cleanZero(value);
  return v !== 0 && Math.abs(v) < 0.01 ? small(v) : twoDecimals(v);
}

/** A fraction as a percentage with one decimal. */
export function formatShare(fraction: number): string {
  return `${oneDecimal(cleanZero(fraction * 100))} %`;
}

/** Days with one decimal. */
export function formatDays(value: number): string {
  return oneDecimal(cleanZero(value));
}

/** Solver round-off (−1e−12) is printed as 0, not "-0". */
function cleanZero(value: number): number {
  return Math.abs(value) < 1e-9 ? 0 : value;
}

const general = lazyFormat({ maximumSignificantDigits: 6 });

/** A number of any unit (a capacity, a share, a cost) with up to six significant digits. */
export function formatNumber(value: number): string {
  return general(cleanZero(value));
}
