import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linspace } from '../../../src/analysis/linspace';

describe('linspace', () => {
  it('should give n evenly spaced values from a to b inclusive', () => {
    expect(linspace(0, 100, 5)).toEqual([0, 25, 50, 75, 100]);
    expect(linspace(10, -10, 3)).toEqual([10, 0, -10]);
  });

  it('should give just a when n = 1', () => {
    expect(linspace(7, 9, 1)).toEqual([7]);
  });

  it('should end exactly on b, whatever the rounding of the step', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 2, max: 200 }), (a, b, n) => {
        const values = linspace(a, b, n);
        expect(values).toHaveLength(n);
        expect(values[0]).toBe(a);
        expect(values[n - 1]).toBe(b);
        const step = (b - a) / (n - 1);
        for (let i = 1; i < n; i++) expect(Math.abs(values[i]! - values[i - 1]! - step)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(a), Math.abs(b)));
      }),
    );
  });

  it('should throw on n that is not an integer ≥ 1 (callers validate user input first)', () => {
    expect(() => linspace(0, 1, 0)).toThrow('linspace: n must be an integer ≥ 1, got 0');
    expect(() => linspace(0, 1, 2.5)).toThrow(RangeError);
    expect(() => linspace(0, Number.NaN, 2)).toThrow(RangeError);
  });
});
