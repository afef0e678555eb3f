import type { Observation } from '../model/types';

/** Whole tonnes with thousands separators, e.g. `3,000,000 t/yr` (the same in Node and every browser). */
export function formatTonnes(value: number): string {
  return `${groupThousands(Math.round(value))} t/yr`;
}

/** USD per tonne, at most 4 decimals, e.g. `45 USD/t`, `12.3456 USD/t`. */
export function formatUsd(value: number): string {
  return `${groupThousands(round(value, 4))} USD/t`;
}

/** A change of USD per tonne with its sign, e.g. `+2.5 USD/t`, `−12.3 USD/t`. */
export function formatUsdChange(value: number): string {
  const rounded = round(value, 4);
  return `${rounded < 0 ? '−' : '+'}${groupThousands(Math.abs(rounded))} USD/t`;
}

/** `corridors.titr.flow = 3,000,000 t/yr (2024, source x)`, or with the closest level when it cannot hold. */
export function describeObservation(observation: Observation, level: number = observation.value): string {
  const about = [
    ...(observation.year === undefined ? [] : [String(observation.year)]),
    ...(observation.source === undefined ? [] : [`source ${observation.source}`]),
  ];
  const closest = Math.abs(level - observation.value) > 1e-6 * Math.max(1, observation.value) ? ` (closest it can hold: ${formatTonnes(level)})` : '';
  return `${observation.of} = ${formatTonnes(observation.value)}${about.length === 0 ? '' : ` (${about.join(', ')})`}${closest}`;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

function groupThousands(value: number): string {
  const [whole, fraction] = String(value).split('.');
  const sign = whole!.startsWith('-') ? '-' : '';
  const digits = sign === '' ? whole! : whole!.slice(1);
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}
