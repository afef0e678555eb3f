import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/components/format';
import { localeSeparators, parseNumberInput, type NumberUnit } from '../../../src/components/parse-number-input';
import { propertySettings } from '../../support/property-settings';

const read = (text: string, locale: string, unit: NumberUnit = 'plain') => parseNumberInput(text, { locale, unit });
const value = (text: string, locale: string, unit: NumberUnit = 'plain') => {
  const outcome = read(text, locale, unit);
  return outcome.kind === 'number' ? outcome.value : outcome.kind;
};

describe('parseNumberInput', () => {
  it('should read each locale\'s own way of writing numbers', () => {
    const cases: [string, string, number][] = [
      ['en', '5,000,000', 5e6],
      ['en', '5,000,000.25', 5_000_000.25],
      ['en', '1,234', 1234],
      ['en', '1.234', 1.234],
      ['en-IN', '12,34,567', 1_234_567],
      ['de', '5.000.000', 5e6],
      ['de', '5,5', 5.5],
      ['de', '1.234', 1234],
      ['de', '1,234', 1.234],
      ['de', '1.234.567,89', 1_234_567.89],
      ['de-CH', '1’234’567.5', 1_234_567.5],
      ['fr', '5\u202f000\u202f000', 5e6],
      ['fr', '5,5', 5.5],
      ['ru', '5 000 000', 5e6],
      ['ru', '5\u00a0000\u00a0000,75', 5_000_000.75],
      ['ru', '5,5', 5.5],
      ['pl', '1 234,5', 1234.5],
      ['ja', '1,234', 1234],
    ];
    for (const [locale, text, expected] of cases) expect(value(text, locale), `${locale}: ${text}`).toBe(expected);
  });

  it('should read what is unambiguous in every locale: plain digits, exponents, minus signs, spaces, both marks', () => {
    for (const locale of ['en', 'de', 'fr', 'ru', 'es', 'it', 'pt-BR', 'ja', 'ar']) {
      expect(value('4000000', locale)).toBe(4e6);
      expect(value('4e6', locale)).toBe(4e6);
      expect(value('-5', locale)).toBe(-5);
      expect(value('\u22125', locale)).toBe(-5);
      expect(value('2.5', locale)).toBe(2.5); // one mark, not three digits after it: only a decimal mark
      expect(value('2,5', locale)).toBe(2.5);
      expect(value('5 000 000', locale)).toBe(5e6);
      expect(value('4_000_000', locale)).toBe(4e6);
      expect(value('1,234,567.5', locale)).toBe(1_234_567.5);
      expect(value('1.234.567,5', locale)).toBe(1_234_567.5);
      expect(value('', locale)).toBe('empty');
      expect(value('unlimited', locale)).toBe('empty');
    }
  });

  it('should refuse "1.234" where the locale uses neither reading, saying how to write it', () => {
    // ru and fr write 1 234,5: a dot followed by three digits could be either convention.
    expect(read('1.234', 'ru')).toEqual({
      kind: 'invalid',
      text: '1.234',
      message: '"1.234" is not a number here: "." could group thousands (1234) or mark decimals (1.234), and the ru way of writing numbers uses neither; write 1234 or 1,234',
    });
    expect(read('1.234', 'fr').kind).toBe('invalid');
    // Never silently 1234:
    expect(value('12.345', 'ru')).toBe('invalid');
    expect(value('1.5', 'ru')).toBe(1.5);
  });

  it('should accept the units a field shows, with their scale words', () => {
    expect(value('5 Mt', 'en', 'tonnes')).toBe(5e6);
    expect(value('5,5 Mt', 'de', 'tonnes')).toBe(5.5e6);
    expect(value('450 kt/yr', 'en', 'tonnes')).toBe(450_000);
    expect(value('1.2 Gt', 'en', 'tonnes')).toBe(1.2e9);
    expect(value('1 200 t', 'fr', 'tonnes')).toBe(1200);
    expect(value('USD 1.2 bn', 'en', 'usd')).toBe(1.2e9);
    expect(value('42,50 USD', 'de', 'usd')).toBe(42.5);
    expect(value('USD 42.50/t', 'en', 'usd')).toBe(42.5);
    expect(value('70 %', 'en', 'fraction')).toBeCloseTo(0.7, 12);
    expect(value('12,5 %', 'de', 'fraction')).toBeCloseTo(0.125, 12);
    // A unit the field does not show is refused, naming what it takes.
    expect(read('5 Mt', 'en', 'usd')).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/USD and k, mn or bn/) });
    expect(read('5 Mt', 'en')).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/digits only/) });
    expect(value('5 mt', 'en', 'tonnes')).toBe('invalid'); // "mt" is a metric tonne in trade, a megatonne nowhere: not guessed
  });

  it('should refuse text that is not a number, quoting it', () => {
    for (const text of ['abc', '1,2,3', '5..5', '1.234,567.8', '--5', '5 Mt Mt', 'e5']) {
      expect(read(text, 'en', 'tonnes'), text).toMatchObject({ kind: 'invalid', text, message: expect.stringContaining(`"${text}"`) });
    }
  });

  it('should read back every number as the locale formats it', () => {
    const locales = ['en', 'de', 'fr', 'ru', 'es', 'it', 'pl', 'de-CH', 'en-IN', 'pt-BR', 'sv', 'ja'];
    fc.assert(
      fc.property(fc.constantFrom(...locales), fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 4 }), (locale, x, digits) => {
        const text = formatNumber(x, { locale, digits });
        const parsed = read(text, locale);
        // The value the text shows, rounded as Intl rounds (from the shortest decimal that reads back as x), without
        // a locale's separators: toFixed rounds x's exact binary value, and the two differ where that decimal ends
        // in 5 (196019304451.42865 is ….4287 on the page and ….4286 by toFixed; seed 211).
        const shown = Number(new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, useGrouping: false }).format(x));
        expect(parsed, `${locale}: ${text}`).toEqual({ kind: 'number', value: expect.closeTo(Math.abs(shown) < 1e-9 ? 0 : shown, digits) });
      }),
      propertySettings(500),
    );
  });

  it('should read each locale\'s separators off Intl', () => {
    expect(localeSeparators('de')).toEqual({ decimal: ',', group: '.' });
    expect(localeSeparators('en-US')).toEqual({ decimal: '.', group: ',' });
    expect(localeSeparators('not a locale!')).toEqual({ decimal: '.', group: ',' });
  });
});
