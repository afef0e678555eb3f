import { formatNumber, formatTonnes, formatUsd, type FormatOptions } from './format';

/**
 * Changes with their sign spelled out (a true minus, `−`, not a hyphen);
 * a change that rounds to nothing prints without a sign.
 */

/** A share change in percentage points: `+27.0 pp`, `−3.1 pp`. */
export function formatShareChange(fraction: number, options: FormatOptions = {}): string {
  return `${withSign(fraction * 100, (v) => formatNumber(v, { ...options, digits: 1 }))} pp`;
}

/** A change of yearly cost: `+USD 620 mn/yr`, `−USD 110 mn/yr`. */
export function formatUsdChange(usdPerYear: number, options: FormatOptions = {}): string {
  return withSign(usdPerYear, (v) => formatUsd(v, options));
}

/** A change of yearly tonnes: `+1.20 Mt/yr`. */
export function formatTonnesChange(tonnesPerYear: number, options: FormatOptions = {}): string {
  return withSign(tonnesPerYear, (v) => formatTonnes(v, options));
}

function withSign(value: number, format: (magnitude: number) => string): string {
  const text = format(Math.abs(value));
  if (text === format(0)) return text;
  return `${value > 0 ? '+' : '−'}${text}`;
}
