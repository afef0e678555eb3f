/**
 * Scaling an LP for the simplex: the factors are powers of two, so the
 * scaled LP is the same problem exactly (every number is the original one
 * times R, S and σ as `ScaledLp` says, bit for bit), and numbers far from 1
 * come out near 1.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleLp } from '../../../src/lp/scale-lp';
import type { LpProblem } from '../../../src/lp/types';
import { propertySettings } from '../../support/property-settings';

/** A one-row LP: a·x ≤ rhs, 0 ≤ x ≤ upper, cost c. */
function oneRow(a: number, rhs: number, upper: number, c: number): LpProblem {
  return {
    numCols: 1,
    numRows: 1,
    objective: Float64Array.of(c),
    objectiveConstant: 0,
    colLower: Float64Array.of(0),
    colUpper: Float64Array.of(upper),
    rowLower: Float64Array.of(-Infinity),
    rowUpper: Float64Array.of(rhs),
    rowStart: Int32Array.of(0, 1),
    rowIndex: Int32Array.of(0),
    rowValue: Float64Array.of(a),
  };
}

const isPowerOfTwo = (v: number): boolean => v > 0 && Number.isInteger(Math.log2(v));
const magnitude = fc.double({ min: 1e-6, max: 1e9, noNaN: true });

describe('scaleLp', () => {
  it('should bring a tonnes-at-1e9 row and its bound to within a factor of 2 of 1', () => {
    // 1e9 t on an arc of a link whose capacity is 9.2e8 t (issue 12's scale).
    const { lp } = scaleLp(oneRow(1e9, 9.2e8, Infinity, 3e-4));
    expect(Math.abs(lp.rowValue[0]!)).toBeGreaterThanOrEqual(0.5);
    expect(Math.abs(lp.rowValue[0]!)).toBeLessThanOrEqual(2);
    expect(lp.rowUpper[0]!).toBeGreaterThanOrEqual(0.5);
    expect(lp.rowUpper[0]!).toBeLessThanOrEqual(2);
    // One cost is centred on 1 up to the rounding of σ to a power of two: within a factor of √2.
    expect(lp.objective[0]!).toBeGreaterThanOrEqual(Math.SQRT1_2);
    expect(lp.objective[0]!).toBeLessThanOrEqual(Math.SQRT2);
  });

  it('should use powers of two only, so the scaled numbers are the originals times R, S and σ exactly', () => {
    fc.assert(
      fc.property(magnitude, magnitude, magnitude, magnitude, (a, rhs, upper, c) => {
        const original = oneRow(a, rhs, upper, c);
        const { lp, rowScale, colScale, objectiveScale } = scaleLp(original);
        const [r, s] = [rowScale[0]!, colScale[0]!];
        expect([r, s, objectiveScale].every(isPowerOfTwo)).toBe(true);
        expect(lp.rowValue[0]).toBe(a * r * s);
        expect(lp.rowUpper[0]).toBe(rhs * r);
        expect(lp.colUpper[0]).toBe(upper / s);
        expect(lp.objective[0]).toBe(c * s * objectiveScale);
      }),
      propertySettings(200),
    );
  });
});
