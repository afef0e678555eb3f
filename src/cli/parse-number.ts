/** A decimal number as JSON would write it (also `1e6`, `.5`, `+3`): not hex, not "", not Infinity. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The number a command-line value spells, or undefined when it is not a finite decimal number. */
export function parseNumber(text: string): number | undefined {
  if (!isDecimal(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** True when the text is written as a decimal number (`1e999` too, which overflows to Infinity). */
export function isDecimal(text: string): boolean {
  return DECIMAL.test(text.trim());
}
