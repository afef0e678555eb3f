import { describe, expect, it } from 'vitest';
import {
  formatDays,
  formatDuration,
  formatNumber,
  formatPercent,
  formatTonnes,
  formatTonnesPlain,
  formatUsd,
  formatUsdPerTonne,
  formatUsdPlain,
  formatUsdPerTonneShort,
} from '../../../src/components/format';

const en = { locale: 'en-US' } as const;
const full = { locale: 'en-US', variant: 'full' } as const;

describe('formatTonnes', () => {
  it('should scale to Mt, kt or t with the unit t/yr', () => {
    expect(formatTonnes(4_500_000, en)).toBe('4.5 Mt/yr');
    expect(formatTonnes(3_000_000, en)).toBe('3.0 Mt/yr');
    expect(formatTonnes(12_345_678, en)).toBe('12.3 Mt/yr');
    expect(formatTonnes(850_000, en)).toBe('850 kt/yr');
    expect(formatTonnes(600_000, en)).toBe('600 kt/yr');
    expect(formatTonnes(12_300, en)).toBe('12.3 kt/yr');
    expect(formatTonnes(1_200, en)).toBe('1,200 t/yr');
    expect(formatTonnes(0, en)).toBe('0 t/yr');
  });

  it('should not write 1,000 kt when the figure rounds up to a megatonne', () => {
    expect(formatTonnes(999_600, en)).toBe('1.0 Mt/yr');
  });

  it('should give the exact figure in the full variant', () => {
    expect(formatTonnes(4_500_000, full)).toBe('4,500,000 t/yr');
  });

  it('should print solver noise and negative zero as 0', () => {
    expect(formatTonnes(-1e-12, en)).toBe('0 t/yr');
    expect(formatTonnes(-0, en)).toBe('0 t/yr');
  });

  it('should show a dash for a number that is not finite', () => {
    expect(formatTonnes(Number.NaN, en)).toBe('–');
    expect(formatTonnes(Number.POSITIVE_INFINITY, en)).toBe('–');
  });

  it('should follow the locale given', () => {
    expect(formatTonnes(4_500_000, { locale: 'de-DE' })).toBe('4,5 Mt/yr');
    expect(formatTonnes(4_500_000, { locale: 'de-DE', variant: 'full' })).toBe('4.500.000 t/yr');
  });

  it('should fall back to en for a locale the runtime rejects', () => {
    expect(formatTonnes(1_200, { locale: 'not a locale!' })).toBe('1,200 t/yr');
  });
});

describe('formatTonnesPlain', () => {
  it('should have no time unit', () => {
    expect(formatTonnesPlain(4_500_000, en)).toBe('4.5 Mt');
  });
});

describe('formatUsd', () => {
  it('should write yearly amounts with a scale word', () => {
    expect(formatUsd(1_234_567_890, en)).toBe('USD 1.23 bn/yr');
    expect(formatUsd(1_357_480_000, en)).toBe('USD 1.36 bn/yr');
    expect(formatUsd(450_000_000, en)).toBe('USD 450 mn/yr');
    expect(formatUsd(72_000_000, en)).toBe('USD 72.0 mn/yr');
    expect(formatUsd(12_300, en)).toBe('USD 12,300/yr');
  });

  it('should keep cents on small yearly amounts', () => {
    expect(formatUsd(14.2, en)).toBe('USD 14.20/yr');
    expect(formatUsd(0.35, en)).toBe('USD 0.35/yr');
    expect(formatUsd(0, en)).toBe('USD 0/yr');
  });

  it('should give the exact figure in the full variant', () => {
    expect(formatUsd(1_234_567_890, full)).toBe('USD 1,234,567,890/yr');
  });
});

describe('formatUsdPlain', () => {
  it('should write a sum without a time unit, for sentences that name the period in words', () => {
    // "an extra tonne of yearly capacity saves USD 115 a year": a marginal value of 115 USD/t.
    expect(formatUsdPlain(115, en)).toBe('USD 115');
    expect(formatUsdPlain(82.48, en)).toBe('USD 82.48');
    expect(formatUsdPlain(4_500_000, en)).toBe('USD 4.50 mn');
    expect(formatUsdPlain(Number.NaN, en)).toBe('–');
  });
});

describe('formatUsdPerTonneShort', () => {
  it('should write a marginal value as the sentence beside it does: whole dollars from 100, cents below', () => {
    expect(formatUsdPerTonneShort(114.83, en)).toBe('USD 115/t');
    expect(formatUsdPerTonneShort(82.48, en)).toBe('USD 82.48/t');
    expect(formatUsdPerTonneShort(0, en)).toBe('USD 0/t');
    expect(formatUsdPlain(114.83, en)).toBe('USD 115');
  });
});

describe('formatUsdPerTonne', () => {
  it('should write a price per tonne with cents below 1,000', () => {
    expect(formatUsdPerTonne(42.5, en)).toBe('USD 42.50/t');
    expect(formatUsdPerTonne(138.2236, en)).toBe('USD 138.22/t');
    expect(formatUsdPerTonne(1_240, en)).toBe('USD 1,240/t');
  });
});

describe('formatPercent', () => {
  it('should write a fraction as a percentage with one decimal', () => {
    // 4.8 / 9.3 = 0.516129…
    expect(formatPercent(4.8 / 9.3, en)).toBe('51.6%');
    expect(formatPercent(1, en)).toBe('100.0%');
    expect(formatPercent(0, en)).toBe('0.0%');
  });

  it('should never round a small share to zero nor a nearly full one to 100%', () => {
    expect(formatPercent(0.0004, en)).toBe('<0.1%');
    expect(formatPercent(0.9996, en)).toBe('>99.9%');
  });

  it('should give two decimals in the full variant', () => {
    expect(formatPercent(4.8 / 9.3, full)).toBe('51.61%');
  });
});

describe('formatDays', () => {
  it('should write days with the unit, singular or plural', () => {
    expect(formatDays(12.46, en)).toBe('12.5 days');
    expect(formatDays(1, en)).toBe('1 day');
  });
});

describe('formatDuration', () => {
  it('should write a solve time in ms or s', () => {
    expect(formatDuration(4, en)).toBe('4 ms');
    expect(formatDuration(0.3, en)).toBe('<1 ms');
    expect(formatDuration(1_234, en)).toBe('1.2 s');
  });
});

describe('formatNumber', () => {
  it('should group digits and limit decimals', () => {
    expect(formatNumber(2900, en)).toBe('2,900');
    expect(formatNumber(3.14159, { ...en, digits: 2 })).toBe('3.14');
  });
});
