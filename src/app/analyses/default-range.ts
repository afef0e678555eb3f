import { parseNumberInput, type NumberUnit } from '../../components/parse-number-input';
import { formatNumberText } from '../../components/corridor-editor/format-number-text';
import { getParameter, listParameters } from '../../model/parameter-path';
import type { Scenario } from '../../model/types';

/** A sweep range as the form holds it. */
export interface SweepRange {
  readonly from: number;
  readonly to: number;
  readonly steps: number;
}

/** Default number of sweep steps: 21 puts the current value (the midpoint of 0 → 2×) on a step. */
export const DEFAULT_STEPS = 21;

/** Fields whose value must stay above 0 (`volume`): their sweep starts a tenth of the way up. */
const POSITIVE = new Set(['volume']);
const SHARES = new Set(['minShare', 'maxShare']);

/**
 * The range a sweep form starts with: 0 → 2× the current value (so the
 * current value sits in the middle, on a step). Shares run 0 → 1. A field
 * left at its default (unlimited capacity, no cost) has no current value:
 * tonnages then run up to the total demand, money and days to round
 * numbers an economist would try first.
 */
export function defaultRange(scenario: Scenario, path: string, steps = DEFAULT_STEPS): SweepRange {
  const field = path.slice(path.lastIndexOf('.') + 1);
  if (SHARES.has(field)) return { from: 0, to: 1, steps };
  const current = getParameter(scenario, path);
  if (field === 'lat' || field === 'lon') {
    const c = current ?? 0;
    return { from: c - 5, to: c + 5, steps };
  }
  let top: number;
  if (current !== undefined && current > 0) top = 2 * current;
  else if (field === 'capacity' || field === 'minFlow' || field === 'maxFlow' || field === 'volume') {
    top = Math.max(1, scenario.demands.reduce((sum, d) => sum + d.volume, 0));
  } else if (field === 'days') top = 30;
  else if (field === 'km') top = 5000;
  else if (field === 'valueOfTime') top = 10;
  else top = 200; // costs and penalties, USD/t
  return { from: POSITIVE.has(field) ? top / 20 : 0, to: top, steps };
}

/**
 * The parameter a sweep form starts on: the capacity of the first gate of
 * the first corridor (the lever the app is about), else the first link
 * capacity with a value, else the first parameter.
 */
export function defaultParameter(scenario: Scenario): string {
  const gate = scenario.corridors?.find((c) => c.enabled !== false)?.gates[0];
  if (gate !== undefined && getParameter(scenario, `links.${gate}.capacity`) !== undefined) return `links.${gate}.capacity`;
  const paths = listParameters(scenario);
  return paths.find((p) => p.startsWith('links.') && p.endsWith('.capacity') && getParameter(scenario, p) !== undefined) ?? paths[0] ?? '';
}

/**
 * A number typed in a form, read in the reader's `locale` with the units the
 * field takes (parse-number-input.ts), or null when the text is not one.
 */
export function readNumber(text: string, locale = 'en', unit: NumberUnit = 'plain'): number | null {
  const parsed = parseNumberInput(text, { locale, unit });
  return parsed.kind === 'number' ? parsed.value : null;
}

/**
 * A number the form writes for the reader to edit: every digit, the locale's
 * decimal mark, no grouping, so `readNumber` reads it back the same in every
 * locale (45.125 shows as 45,125 in German, never as 45.125, which reads 45125 there).
 */
export function numberText(value: number, locale = 'en'): string {
  return formatNumberText(value, false, locale);
}

/** The units a parameter's value may be typed with: tonnes for capacities and volumes, USD for costs, % for shares. */
export function unitOfParameter(path: string): NumberUnit {
  const field = path.slice(path.lastIndexOf('.') + 1);
  if (['capacity', 'volume', 'minFlow', 'maxFlow'].includes(field)) return 'tonnes';
  if (['cost', 'unmetPenalty', 'valueOfTime'].includes(field)) return 'usd';
  if (field === 'minShare' || field === 'maxShare') return 'fraction';
  return 'plain';
}
