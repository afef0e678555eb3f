import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvNumber } from '../../../src/analysis/csv-number';
import { propertySettings } from '../../support/property-settings';

describe('csvNumber', () => {
  it('should drop binary round-off: 367.5399999999999 is 367.54', () => {
    expect(csvNumber(367.5399999999999)).toBe('367.54');
    expect(csvNumber(0.1 + 0.2)).toBe('0.3');
    expect(csvNumber(5255531319.5)).toBe('5255531320');
  });

  it('should write zero once, and nothing for a number that is not finite', () => {
    expect(csvNumber(-0)).toBe('0');
    expect(csvNumber(Number.NaN)).toBe('');
    expect(csvNumber(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('should round each figure on its own: a small one beside large ones keeps its digits', () => {
    expect(csvNumber(1.234567891234e-7)).toBe('1.234567891e-7');
    expect(csvNumber(4165850)).toBe('4165850');
  });

  it('should stay within 5e-10 of every finite number, far inside the 1e-6 the results hold', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const back = Number(csvNumber(value));
        expect(Number.isFinite(back)).toBe(true);
        expect(Math.abs(back - value)).toBeLessThanOrEqual(5e-10 * Math.abs(value));
      }),
      propertySettings(500),
    );
  });
});
