import type { LpProblem } from './types';
import { float64 } from './scratch';

/**
 * An LP rescaled for the simplex, and the factors that map its answer back:
 * with R = diag(rowScale), S = diag(colScale) and σ = objectiveScale, the
 * scaled LP is
 *
 *   minimise σ·(c S)·x̃  subject to  R·L ≤ R A S x̃ ≤ R·U,  S⁻¹l ≤ x̃ ≤ S⁻¹u,
 *
 * so x = S x̃ and the duals are y = R ỹ / σ (d objective / d right-hand side).
 * Every factor is a power of two, so scaling and unscaling are exact: the
 * scaled LP is the same problem, written in units the simplex handles well.
 */
export interface ScaledLp {
  readonly lp: LpProblem;
  readonly rowScale: Float64Array;
  readonly colScale: Float64Array;
  readonly objectiveScale: number;
}

/** Geometric-mean passes; each halves the spread of log-magnitudes roughly, more change nothing that matters. */
const PASSES = 8;

/**
 * Scales `lp` so that its numbers, right-hand sides and bounds included,
 * are near 1 (`ScaledLp`).
 *
 * Why. GLPK's simplex tests feasibility with absolute tolerances of about
 * 1e-7 in the units it is given. Tonnes at 1e9 carry rounding errors of
 * about 1e-7 themselves, so a feasible LP could end "infeasible" (a basis
 * 2.4e-7 t short of a 9.2e8 t bound: issue 12), and a 0.5 t demand beside a
 * 1e9 t one sat at the edge of what the tolerances see. GLPK's own scaling
 * (`glp_scale_prob`) is not reachable through glpk.js and looks at the
 * matrix only; here the right-hand sides and bounds count as well, so that
 * each demand's flows are measured in units of its own volume.
 *
 * How. Alternating geometric-mean passes over the augmented matrix
 * [A b; diag(1/u)]: each row gets 1/√(min·max) of its scaled entries and
 * finite non-zero bounds, each column 1/√(min·max) of its scaled entries
 * and the inverses of its finite non-zero bounds; then every factor is
 * rounded to a power of two. The objective gets one factor that centres
 * its non-zero scaled costs on 1 (geometric mean of the smallest and the
 * largest).
 */
export function scaleLp(lp: LpProblem): ScaledLp {
  const { numRows, numCols, rowStart, rowIndex, rowValue } = lp;
  const rowScale = float64(numRows).fill(1);
  const colScale = float64(numCols).fill(1);
  const colMin = float64(numCols);
  const colMax = float64(numCols);
  const log2 = Math.log2;

  for (let pass = 0; pass < PASSES; pass++) {
    for (let i = 0; i < numRows; i++) {
      let min = Infinity;
      let max = 0;
      for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) {
        const v = Math.abs(rowValue[p]!) * colScale[rowIndex[p]!]!;
        if (v < min) min = v;
        if (v > max) max = v;
      }
      for (const bound of [lp.rowLower[i]!, lp.rowUpper[i]!]) {
        const v = Math.abs(bound);
        if (v === 0 || v === Infinity) continue;
        if (v < min) min = v;
        if (v > max) max = v;
      }
      if (max > 0) rowScale[i] = 1 / Math.sqrt(min * max);
    }
    colMin.fill(Infinity);
    colMax.fill(0);
    for (let i = 0; i < numRows; i++) {
      const r = rowScale[i]!;
      for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) {
        const j = rowIndex[p]!;
        const v = Math.abs(rowValue[p]!) * r;
        if (v < colMin[j]!) colMin[j] = v;
        if (v > colMax[j]!) colMax[j] = v;
      }
    }
    for (let j = 0; j < numCols; j++) {
      let min = colMin[j]!;
      let max = colMax[j]!;
      for (const bound of [lp.colLower[j]!, lp.colUpper[j]!]) {
        const v = Math.abs(bound);
        if (v === 0 || v === Infinity) continue;
        if (1 / v < min) min = 1 / v;
        if (1 / v > max) max = 1 / v;
      }
      if (max > 0) colScale[j] = 1 / Math.sqrt(min * max);
    }
  }
  const powerOfTwo = (v: number): number => (Number.isFinite(v) && v > 0 ? 2 ** Math.round(log2(v)) : 1);
  for (let i = 0; i < numRows; i++) rowScale[i] = powerOfTwo(rowScale[i]!);
  for (let j = 0; j < numCols; j++) colScale[j] = powerOfTwo(colScale[j]!);

  let costMin = Infinity;
  let costMax = 0;
  for (let j = 0; j < numCols; j++) {
    const v = Math.abs(lp.objective[j]!) * colScale[j]!;
    if (v === 0) continue;
    if (v < costMin) costMin = v;
    if (v > costMax) costMax = v;
  }
  const objectiveScale = costMax > 0 ? powerOfTwo(1 / Math.sqrt(costMin * costMax)) : 1;

  const objective = float64(numCols);
  const colLower = float64(numCols);
  const colUpper = float64(numCols);
  for (let j = 0; j < numCols; j++) {
    const s = colScale[j]!;
    objective[j] = lp.objective[j]! * s * objectiveScale;
    colLower[j] = lp.colLower[j]! / s;
    colUpper[j] = lp.colUpper[j]! / s;
  }
  const rowLower = float64(numRows);
  const rowUpper = float64(numRows);
  const scaledValue = float64(rowValue.length);
  for (let i = 0; i < numRows; i++) {
    const r = rowScale[i]!;
    rowLower[i] = lp.rowLower[i]! * r;
    rowUpper[i] = lp.rowUpper[i]! * r;
    for (let p = rowStart[i]!; p < rowStart[i + 1]!; p++) scaledValue[p] = rowValue[p]! * r * colScale[rowIndex[p]!]!;
  }
  return {
    lp: {
      numCols,
      numRows,
      objective,
      objectiveConstant: lp.objectiveConstant,
      colLower,
      colUpper,
      rowLower,
      rowUpper,
      rowStart,
      rowIndex,
      rowValue: scaledValue,
    },
    rowScale,
    colScale,
    objectiveScale,
  };
}

/** Maps a solution of the scaled LP back, in place: x = S x̃, y = R ỹ / σ (exact: powers of two). */
export function unscaleSolution(scaled: ScaledLp, primal: Float64Array, dual: Float64Array): void {
  for (let j = 0; j < primal.length; j++) primal[j] = primal[j]! * scaled.colScale[j]!;
  for (let i = 0; i < dual.length; i++) dual[i] = (dual[i]! * scaled.rowScale[i]!) / scaled.objectiveScale;
}
