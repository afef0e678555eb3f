/**
 * What a person typed in a number field, read in their locale: every numeric
 * input of the editor and the analyses reads through this one function.
 *
 * Accepted: the locale's own way (`5.000.000` and `5,5` in de, `5 000 000`
 * and `5,5` in fr or ru, `5,000,000.5` in en), plain digits (`4000000`,
 * `4e6`), grouping by spaces, underscores or apostrophes anywhere, a
 * typographic minus, and, where the field shows a unit, that unit with its
 * scale words (`5 Mt`, `450 kt/yr`, `USD 1.2 bn`, `70 %`).
 *
 * A lone separator followed by exactly three digits (`1,234`, `1.234`) means a
 * thousand-something in one convention and one-point-something in the other.
 * It is read the locale's way when the locale uses that character; in a
 * locale that uses neither reading for it (`1.234` in ru or fr, where the
 * decimal mark is a comma and the group mark a space) it is refused with a
 * message saying how to write it, never silently read as 1234.
 */

/** What a field holds; decides which units it accepts. */
export type NumberUnit = 'tonnes' | 'usd' | 'fraction' | 'plain';

export interface ParseNumberOptions {
  /** BCP 47 tag of the reader (the element's `lang`); default `en`. */
  readonly locale?: string;
  /** Default `plain`: digits only, no unit words. */
  readonly unit?: NumberUnit;
}

export type NumberInput =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  /** `message` says why, for a person, quoting the text and how to write it. */
  | { readonly kind: 'invalid'; readonly text: string; readonly message: string };

interface Separators {
  readonly decimal: string;
  readonly group: string;
}

const separatorCache = new Map<string, Separators>();

/** The locale's decimal and group marks, read off Intl (a locale the runtime rejects reads as `en`). */
export function localeSeparators(locale: string | undefined): Separators {
  const tag = locale ?? 'en';
  let found = separatorCache.get(tag);
  if (found === undefined) {
    let parts: Intl.NumberFormatPart[];
    try {
      parts = new Intl.NumberFormat(tag).formatToParts(1234567.5);
    } catch {
      parts = new Intl.NumberFormat('en').formatToParts(1234567.5);
    }
    found = {
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
    };
    separatorCache.set(tag, found);
  }
  return found;
}

/** Characters that only ever group digits: spaces of every width, underscore, apostrophes. */
const ALWAYS_GROUP = /[\s_\u00a0\u2009\u202f'’]/g;

const TONNE_UNITS: Readonly<Record<string, number>> = { t: 1, kt: 1e3, Mt: 1e6, Gt: 1e9 };
const USD_SCALES: Readonly<Record<string, number>> = { k: 1e3, thousand: 1e3, mn: 1e6, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9, tn: 1e12 };

export function parseNumberInput(raw: string, options: ParseNumberOptions = {}): NumberInput {
  const text = raw.trim();
  if (text === '' || /^(unlimited|∞)$/i.test(text)) return { kind: 'empty' };
  const unit = options.unit ?? 'plain';
  const stripped = stripUnit(text.replace(/\u2212/g, '-'), unit);
  if (stripped === null) return invalid(text, unitHint(unit));
  const read = readDigits(stripped.number, localeSeparators(options.locale), options.locale ?? 'en');
  if (typeof read === 'string') return invalid(text, read);
  const value = read * stripped.factor;
  if (!Number.isFinite(value)) return invalid(text, 'it is too large');
  return { kind: 'number', value };
}

function invalid(text: string, why: string): NumberInput {
  return { kind: 'invalid', text, message: `"${text}" is not a number here: ${why}` };
}

function unitHint(unit: NumberUnit): string {
  switch (unit) {
    case 'tonnes':
      return 'write digits, optionally with t, kt, Mt or Gt (such as 5 Mt or 450 kt/yr)';
    case 'usd':
      return 'write digits, optionally with USD and k, mn or bn (such as USD 1.2 bn)';
    case 'fraction':
      return 'write a fraction (0.7) or a percentage (70 %)';
    case 'plain':
      return 'write digits only (such as 1500 or 2.5)';
  }
}

/** The number's text without the unit the field accepts, and what the unit multiplies by; null when a unit is not one it takes. */
function stripUnit(text: string, unit: NumberUnit): { readonly number: string; readonly factor: number } | null {
  let rest = text;
  let factor = 1;
  if (unit === 'tonnes') {
    const match = /^(.*?\d)\s*(kt|Mt|Gt|t)(\s*\/\s*(yr|y|year|a))?$/.exec(rest);
    if (match) {
      rest = match[1]!;
      factor = TONNE_UNITS[match[2]!]!;
    }
  } else if (unit === 'usd') {
    rest = rest.replace(/^(USD|US\$|\$)\s*/i, '').replace(/\s*(USD|US\$)$/i, '');
    const match = /^(.*?\d)\s*(k|thousand|mn|m|million|bn|billion|tn)(\s*\/\s*(t|yr))?$/i.exec(rest);
    if (match) {
      rest = match[1]!;
      factor = USD_SCALES[match[2]!.toLowerCase()]!;
    } else {
      rest = rest.replace(/\s*\/\s*(t|yr)$/i, '');
    }
  } else if (unit === 'fraction') {
    const match = /^(.*?\d)\s*%$/.exec(rest);
    if (match) {
      rest = match[1]!;
      factor = 0.01;
    }
  }
  // Whatever is left must be a number: digits, signs, marks, an exponent.
  return /^[+-]?[\d.,\s_\u00a0\u2009\u202f'’]*(e[+-]?\d+)?$/i.test(rest) && /\d/.test(rest) ? { number: rest, factor } : null;
}

/** The value of a number's text (sign, digits, marks, exponent), or why it cannot be read. */
function readDigits(text: string, seps: Separators, locale: string): number | string {
  const exponentAt = text.search(/e/i);
  const mantissa = (exponentAt >= 0 ? text.slice(0, exponentAt) : text).replace(ALWAYS_GROUP, '');
  const exponent = exponentAt >= 0 ? text.slice(exponentAt) : '';
  const sign = /^[+-]/.test(mantissa) ? mantissa[0]! : '';
  const body = sign === '' ? mantissa : mantissa.slice(1);
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return 'write digits only (such as 1500 or 2.5)';
  const marks = [...body.matchAll(/[.,]/g)].map((m) => m[0]);
  const kinds = [...new Set(marks)];
  let integer: string;
  let fraction = '';
  if (kinds.length === 0) {
    integer = body;
  } else if (kinds.length === 2) {
    // Both marks: the last one written is the decimal mark, the other groups.
    const decimal = marks[marks.length - 1]!;
    const at = body.lastIndexOf(decimal);
    const grouped = body.slice(0, at);
    if (grouped.includes(decimal)) return `it uses "${decimal}" both to group digits and as the decimal mark`;
    const groups = grouped.split(decimal === '.' ? ',' : '.');
    if (!validGroups(groups)) return `its digit groups are not of three (such as 1,234,567.5)`;
    integer = groups.join('');
    fraction = body.slice(at + 1);
  } else {
    const mark = kinds[0]!;
    const parts = body.split(mark);
    if (parts.length > 2) {
      // The same mark twice or more only ever groups digits: 5.000.000, 5,000,000.
      if (!validGroups(parts)) return `its digit groups are not of three (such as 5${mark}000${mark}000)`;
      integer = parts.join('');
    } else {
      const [before, after] = [parts[0]!, parts[1]!];
      const couldGroup = after.length === 3 && before.length >= 1 && before.length <= 3 && !/^0/.test(before);
      if (!couldGroup || mark === seps.decimal) {
        integer = before;
        fraction = after;
      } else if (mark === seps.group) {
        integer = before + after;
      } else {
        const asDecimal = `${before}.${after}`;
        const asWhole = `${before}${after}`;
        return (
          `"${mark}" could group thousands (${asWhole}) or mark decimals (${asDecimal}), and the ${locale} way of writing numbers ` +
          `uses neither; write ${asWhole} or ${before}${seps.decimal}${after}`
        );
      }
    }
  }
  if (integer === '' && fraction === '') return 'write digits only (such as 1500 or 2.5)';
  return Number(`${sign}${integer === '' ? '0' : integer}.${fraction === '' ? '0' : fraction}${exponent}`);
}

/** Digit groups as written between group marks: the first of 1–3 digits, then threes (or twos before the last three, as India writes 12,34,567). */
function validGroups(groups: readonly string[]): boolean {
  const [first, ...rest] = groups;
  if (first === undefined || !/^\d{1,3}$/.test(first)) return false;
  if (rest.length === 0) return true;
  const last = rest[rest.length - 1]!;
  const middle = rest.slice(0, -1);
  return /^\d{3}$/.test(last) && (middle.every((g) => /^\d{3}$/.test(g)) || middle.every((g) => /^\d{2}$/.test(g)));
}
