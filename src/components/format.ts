/**
 * Number formatters shared by every component. Each puts its unit on the
 * number so no figure is shown bare (design.md: "every number has a unit").
 *
 * `compact` (the default) is for reading at a glance: three significant
 * digits and a scale word (`4.5 Mt/yr`, `USD 1.23 bn/yr`). `full` is for
 * tables and tooltips where the exact figure matters (`4,500,000 t/yr`).
 *
 * The locale is the caller's (`options.locale`), else the browser's
 * (`navigator.language`), else `en`. Components pass the `lang` of their
 * closest ancestor so a page can pin it. Unit words (`t/yr`, `USD`, `Mt`)
 * are in the page's language (`msg()`, see ./i18n), so a Russian page reads
 * `4,5 млн т/год`.
 */
import { msg, str } from '@lit/localize';

export type FormatVariant = 'compact' | 'full';

export interface FormatOptions {
  /** Default `compact`. */
  readonly variant?: FormatVariant;
  /** BCP 47 tag; default: `navigator.language`, else `en`. */
  readonly locale?: string;
}

/** The locale used when none is given: the browser's, else `en`. */
export function defaultLocale(): string {
  const language = typeof navigator === 'undefined' ? undefined : navigator.language;
  return language !== undefined && language !== '' ? language : 'en';
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Intl.NumberFormat is costly to construct and a map redraw formats thousands
 * of numbers, so instances are kept per locale and options. A locale the
 * runtime rejects falls back to `en` rather than breaking a render.
 */
function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const tag = locale ?? defaultLocale();
  const key = `${tag}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    try {
      formatter = new Intl.NumberFormat(tag, options);
    } catch {
      formatter = new Intl.NumberFormat('en', options);
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Solver output carries noise like 1e-12 and -0; neither should print as a signed or odd figure. */
function clean(value: number): number {
  return Math.abs(value) < 1e-9 ? 0 : value;
}

const UNKNOWN = '–';

interface Scale {
  /** The smallest (rounded) magnitude written with this scale. */
  readonly from: number;
  readonly factor: number;
  readonly suffix: () => string;
}

function pickScale(value: number, scales: readonly Scale[]): Scale | undefined {
  const size = Math.abs(value);
  // Compare after rounding to three significant digits, so 999,600 becomes
  // "1 Mt/yr" rather than "1,000 kt/yr".
  const rounded = size === 0 ? 0 : Number(size.toPrecision(3));
  return scales.find((scale) => rounded >= scale.from);
}

// Suffixes are read when formatting (not at load), so they are in the page's current language.
const TONNE_SCALES: readonly Scale[] = [
  { from: 1e9, factor: 1e9, suffix: () => msg('Gt', { id: 'unit.gigatonnes' }) },
  { from: 1e6, factor: 1e6, suffix: () => msg('Mt', { id: 'unit.megatonnes' }) },
  // Below 10,000 t the plain figure is as short and needs no scale word.
  { from: 1e4, factor: 1e3, suffix: () => msg('kt', { id: 'unit.kilotonnes' }) },
];

/**
 * Tonnes per year: `4.5 Mt/yr`, `850 kt/yr`, `1,200 t/yr` (compact) or
 * `4,500,000 t/yr` (full).
 */
export function formatTonnes(tonnesPerYear: number, options: FormatOptions = {}): string {
  return formatScaledTonnes(tonnesPerYear, true, options);
}

/** Tonnes without a time unit (a capacity step, a volume): `4.5 Mt`, `1,200 t`. */
export function formatTonnesPlain(tonnes: number, options: FormatOptions = {}): string {
  return formatScaledTonnes(tonnes, false, options);
}

function formatScaledTonnes(value: number, perYear: boolean, options: FormatOptions): string {
  if (!Number.isFinite(value)) return UNKNOWN;
  const v = clean(value);
  const scale = options.variant === 'full' ? undefined : pickScale(v, TONNE_SCALES);
  const amount = (figure: string, unit: string) => (perYear ? msg(str`${figure} ${unit}/yr`, { id: 'unit.per-year' }) : `${figure} ${unit}`);
  if (scale === undefined) {
    return amount(numberFormat(options.locale, { maximumFractionDigits: 0 }).format(v), msg('t', { id: 'unit.tonnes' }));
  }
  // Two to three significant digits: `3.0 Mt`, `4.5 Mt`, `12.4 Mt`, `850 kt`.
  const scaled = numberFormat(options.locale, { minimumSignificantDigits: 2, maximumSignificantDigits: 3 }).format(
    v / scale.factor,
  );
  return amount(scaled, scale.suffix());
}

const USD_SCALES: readonly Scale[] = [
  { from: 1e12, factor: 1e12, suffix: () => msg('tn', { id: 'unit.trillion' }) },
  { from: 1e9, factor: 1e9, suffix: () => msg('bn', { id: 'unit.billion' }) },
  { from: 1e6, factor: 1e6, suffix: () => msg('mn', { id: 'unit.million' }) },
];

/** `USD 1.23 bn` in English; a language may put the currency after the figure (`1,23 млрд долл. США`). */
const inDollars = (figure: string): string => msg(str`USD ${figure}`, { id: 'unit.usd' });

function formatUsdAmount(usd: number, options: FormatOptions): string {
  const v = clean(usd);
  const scale = options.variant === 'full' ? undefined : pickScale(v, USD_SCALES);
  if (scale !== undefined) {
    const scaled = numberFormat(options.locale, {
      minimumSignificantDigits: 3,
      maximumSignificantDigits: 3,
    }).format(v / scale.factor);
    return inDollars(`${scaled} ${scale.suffix()}`);
  }
  // Cents matter on small sums (a marginal value of USD 0.35), not on large ones.
  const digits = Math.abs(v) < 100 && v !== 0 ? 2 : 0;
  const plain = numberFormat(options.locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(v);
  return inDollars(plain);
}

/**
 * A sum of money without a time unit, for sentences that say the period in
 * words ("saves USD 115 a year"): `USD 115`, `USD 4.93`, `USD 1.23 mn`.
 */
export function formatUsdPlain(usd: number, options: FormatOptions = {}): string {
  if (!Number.isFinite(usd)) return UNKNOWN;
  return formatUsdAmount(usd, options);
}

/**
 * A yearly amount of money: `USD 1.23 bn/yr`, `USD 450 mn/yr`,
 * `USD 12,300/yr`, `USD 4.50/yr`; full: `USD 1,234,567,890/yr`.
 */
export function formatUsd(usdPerYear: number, options: FormatOptions = {}): string {
  if (!Number.isFinite(usdPerYear)) return UNKNOWN;
  return msg(str`${formatUsdAmount(usdPerYear, options)}/yr`, { id: 'unit.money-per-year' });
}

const perTonne = (amount: string): string => msg(str`${amount}/t`, { id: 'unit.per-tonne' });

/** A price per tonne: `USD 42.50/t`, `USD 1,240/t`. */
export function formatUsdPerTonne(usdPerTonne: number, options: FormatOptions = {}): string {
  if (!Number.isFinite(usdPerTonne)) return UNKNOWN;
  const v = clean(usdPerTonne);
  const digits = Math.abs(v) < 1000 ? 2 : 0;
  const plain = numberFormat(options.locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(v);
  return perTonne(inDollars(plain));
}

/**
 * A marginal value (USD a year per t/yr, i.e. USD/t) read at a glance, the
 * same figure a sentence gives with `formatUsdPlain`: cents below USD 100
 * (`USD 82.48/t`), whole dollars above (`USD 115/t`), a scale word from a
 * million. Dual values carry no meaningful cents on large figures.
 */
export function formatUsdPerTonneShort(usdPerTonne: number, options: FormatOptions = {}): string {
  if (!Number.isFinite(usdPerTonne)) return UNKNOWN;
  return perTonne(formatUsdAmount(usdPerTonne, options));
}

/**
 * A fraction as a percentage: `46.2%` (compact, one decimal) or `46.24%`
 * (full). A share that is not exactly 0 or 1 never prints as one: `<0.1%`,
 * `>99.9%`, so a tiny flow or a nearly full link is not hidden by rounding.
 */
export function formatPercent(fraction: number, options: FormatOptions = {}): string {
  if (!Number.isFinite(fraction)) return UNKNOWN;
  const v = clean(fraction);
  const digits = options.variant === 'full' ? 2 : 1;
  const step = 10 ** -(digits + 2);
  const format = numberFormat(options.locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  if (v > 0 && v < step) return `<${format.format(step)}`;
  if (v < 1 && v > 1 - step) return `>${format.format(1 - step)}`;
  return format.format(v);
}

/** Days: `12.5 days`, `1 day` (compact: one decimal; full: two). */
export function formatDays(days: number, options: FormatOptions = {}): string {
  if (!Number.isFinite(days)) return UNKNOWN;
  return numberFormat(options.locale, {
    style: 'unit',
    unit: 'day',
    unitDisplay: 'long',
    maximumFractionDigits: options.variant === 'full' ? 2 : 1,
  }).format(clean(days));
}

/** A solve time: `<1 ms`, `4 ms`, `1.2 s`. */
export function formatDuration(ms: number, options: FormatOptions = {}): string {
  if (!Number.isFinite(ms) || ms < 0) return UNKNOWN;
  const milliseconds = (figure: string) => msg(str`${figure} ms`, { id: 'unit.milliseconds' });
  if (ms < 1) return `<${milliseconds(numberFormat(options.locale, {}).format(1))}`;
  if (ms < 1000) return milliseconds(numberFormat(options.locale, { maximumFractionDigits: 0 }).format(ms));
  return msg(str`${numberFormat(options.locale, { maximumFractionDigits: 1 }).format(ms / 1000)} s`, { id: 'unit.seconds' });
}

/** A plain number with at most `digits` decimals (default 1): `1,240`, `3.5`. For figures whose unit the caller writes. */
export function formatNumber(value: number, options: FormatOptions & { readonly digits?: number } = {}): string {
  if (!Number.isFinite(value)) return UNKNOWN;
  return numberFormat(options.locale, { maximumFractionDigits: options.digits ?? 1 }).format(clean(value));
}
