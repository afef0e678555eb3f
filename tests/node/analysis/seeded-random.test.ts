import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom, triangular } from '../../../src/analysis/seeded-random';
import { propertySettings } from '../../support/property-settings';

/** A triangular range (min ≤ mode ≤ max) from three integers, sorted. */
const range = fc
  .tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }))
  .map((xs) => [...xs].sort((a, b) => a - b) as [number, number, number]);

describe('seededRandom', () => {
  it('should give the same sequence for the same seed and another for another seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = Array.from({ length: 20 }, () => a());
    expect(Array.from({ length: 20 }, () => b())).toEqual(first);
    expect(Array.from({ length: 20 }, () => c())).not.toEqual(first);
  });

  it('should draw in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const random = seededRandom(seed);
        for (let i = 0; i < 200; i++) {
          const u = random();
          expect(u).toBeGreaterThanOrEqual(0);
          expect(u).toBeLessThan(1);
        }
      }),
      propertySettings(50),
    );
  });
});

describe('triangular', () => {
  it('should stay within [min, max] for every u in [0, 1)', () => {
    fc.assert(
      fc.property(range, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), ([min, mode, max], u) => {
        const x = triangular(u, min, mode, max);
        expect(x).toBeGreaterThanOrEqual(min);
        expect(x).toBeLessThanOrEqual(max);
      }),
      propertySettings(500),
    );
  });

  it('should map u = 0 to min and the mode cut to the mode', () => {
    expect(triangular(0, 2, 5, 10)).toBe(2);
    // The CDF at the mode is (mode − min) / (max − min) = 3/8.
    expect(triangular(3 / 8, 2, 5, 10)).toBeCloseTo(5, 12);
  });

  it('should return the mode of a degenerate range', () => {
    expect(triangular(0.3, 7, 7, 7)).toBe(7);
  });

  it('should have a sample mean near (min + mode + max) / 3', () => {
    fc.assert(
      fc.property(range.filter(([min, , max]) => max > min), fc.integer(), ([min, mode, max], seed) => {
        const random = seededRandom(seed);
        const n = 20_000;
        let sum = 0;
        for (let i = 0; i < n; i++) sum += triangular(random(), min, mode, max);
        // The variance of a triangular distribution is at most (max − min)²/18,
        // so the sample mean's standard error is at most (max − min)/√(18n);
        // six of those make a false failure all but impossible.
        const tolerance = (6 * (max - min)) / Math.sqrt(18 * n);
        expect(Math.abs(sum / n - (min + mode + max) / 3)).toBeLessThanOrEqual(tolerance);
      }),
      propertySettings(30),
    );
  });
});
