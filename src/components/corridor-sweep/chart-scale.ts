/**
 * The arithmetic of the hand-drawn analysis charts: linear scales, round
 * ticks, and one scale word per axis (an axis reads "USD bn/yr" once in its
 * title rather than on every tick).
 */
import { msg } from '../i18n';

/** Maps `domain` linearly onto `range`; a zero-width domain maps to the range's middle. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/**
 * About `count` round ticks (1, 2, 2.5 or 5 × 10ⁿ apart) covering [min, max];
 * the returned domain is widened to the outer ticks so lines end on a grid line.
 */
export function niceTicks(min: number, max: number, count = 5): { readonly ticks: number[]; readonly domain: [number, number] } {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { ticks: [0], domain: [0, 1] };
  if (max < min) [min, max] = [max, min];
  if (max === min) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
    if (min < 0 && min + pad >= 0) min = 0;
  }
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power);
  const start = Math.floor(min / step + 1e-9) * step;
  const end = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = start, i = 0; v <= end + step * 1e-9 && i < 50; v = start + ++i * step) ticks.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  return { ticks, domain: [start, end] };
}

/** A scale word shared by every tick of an axis: the factor ticks are divided by and the unit written in the title. */
export interface AxisUnit {
  readonly factor: number;
  /** E.g. `Mt/yr`, `USD bn/yr`, `%`. */
  readonly unit: string;
}

/** The units charts show; `share` is a fraction drawn as %. */
export type ChartUnit = 't/yr' | 'USD/yr' | 'USD/t' | 'share' | 'days' | 'USD/t/day' | 't';

/** Picks the scale word for an axis whose largest magnitude is `maxAbs`. */
export function axisUnit(unit: ChartUnit, maxAbs: number): AxisUnit {
  const m = Math.abs(maxAbs);
  switch (unit) {
    case 't/yr':
    case 't': {
      const perYear = unit === 't/yr';
      if (m >= 1e6) return { factor: 1e6, unit: perYear ? msg('Mt/yr') : msg('Mt', { id: 'unit.megatonnes' }) };
      if (m >= 1e4) return { factor: 1e3, unit: perYear ? msg('kt/yr') : msg('kt', { id: 'unit.kilotonnes' }) };
      return { factor: 1, unit: perYear ? msg('t/yr') : msg('t', { id: 'unit.tonnes' }) };
    }
    case 'USD/yr':
      if (m >= 1e9) return { factor: 1e9, unit: msg('USD bn/yr') };
      if (m >= 1e6) return { factor: 1e6, unit: msg('USD mn/yr') };
      if (m >= 1e4) return { factor: 1e3, unit: msg('USD thousand/yr') };
      return { factor: 1, unit: msg('USD/yr') };
    case 'share':
      return { factor: 0.01, unit: '%' };
    case 'USD/t':
      return { factor: 1, unit: msg('USD/t') };
    case 'USD/t/day':
      return { factor: 1, unit: msg('USD/t/day') };
    case 'days':
      return { factor: 1, unit: msg('days') };
    default:
      return { factor: 1, unit };
  }
}

const tickFormats = new Map<string, Intl.NumberFormat>();

/** A tick label in its axis' scale: as few decimals as the tick step needs. */
export function formatTick(value: number, axis: AxisUnit, step: number, locale: string): string {
  const scaledStep = Math.abs(step / axis.factor);
  const digits = scaledStep >= 1 || scaledStep === 0 ? 0 : Math.min(6, Math.ceil(-Math.log10(scaledStep) - 1e-9));
  const key = `${locale}|${digits}`;
  let format = tickFormats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    } catch {
      format = new Intl.NumberFormat('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    }
    tickFormats.set(key, format);
  }
  const scaled = value / axis.factor;
  return format.format(Math.abs(scaled) < 1e-12 ? 0 : scaled);
}
