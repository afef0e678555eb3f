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
  const { rowScale, colScale } = balancedScales(lp);
  roundToPowersOfTwo(rowScale);
  roundToPowersOfTwo(colScale);
  const objectiveScale = objectiveScaleOf(lp, colScale);
  return { lp: applyScaling(lp, rowScale, colScale, objectiveScale), rowScale, colScale, objectiveScale };
}

/** Row and column factors after `PASSES` alternating geometric-mean passes (not yet powers of two). */
function balancedScales(lp: LpProblem): { rowScale: Float64Array; colScale: Float64Array } {
  const rowScale = float64(lp.numRows).fill(1);
  const colScale = float64(lp.numCols).fill(1);
  const colMin = float64(lp.numCols);
  const colMax = float64(lp.numCols);
  for (let pass = 0; pass < PASSES; pass++) {
    scaleRows(lp, colScale, rowScale);
    scaleColumns(lp, rowScale, colScale, colMin, colMax);
  }
  return { rowScale, colScale };
}

/** Each row's factor: 1/√(min·max) of its entries under the current column factors and its finite non-zero bounds. */
function scaleRows(lp: LpProblem, colScale: Float64Array, rowScale: Float64Array): void {
  const { numRows, rowStart, rowIndex, rowValue } = lp;
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
}

/**
 * Each column's factor: 1/√(min·max) of its entries under the row factors
 * and the inverses of its finite non-zero bounds (a bound u is the entry
 * 1/u of the augmented matrix's diag(1/u)). `colMin`, `colMax`: scratch.
 */
function scaleColumns(lp: LpProblem, rowScale: Float64Array, colScale: Float64Array, colMin: Float64Array, colMax: Float64Array): void {
  const { numRows, numCols, rowStart, rowIndex, rowValue } = lp;
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

/** The nearest power of two, so that scaling and unscaling are exact; 1 for 0, negatives and non-finite values. */
function powerOfTwo(v: number): number {
  return Number.isFinite(v) && v > 0 ? 2 ** Math.round(Math.log2(v)) : 1;
}

function roundToPowersOfTwo(factors: Float64Array): void {
  for (let i = 0; i < factors.length; i++) factors[i] = powerOfTwo(factors[i]!);
}

/** σ: centres the non-zero scaled costs on 1 (geometric mean of the smallest and the largest); 1 without costs. */
function objectiveScaleOf(lp: LpProblem, colScale: Float64Array): number {
  let costMin = Infinity;
  let costMax = 0;
  for (let j = 0; j < lp.numCols; j++) {
    const v = Math.abs(lp.objective[j]!) * colScale[j]!;
    if (v === 0) continue;
    if (v < costMin) costMin = v;
    if (v > costMax) costMax = v;
  }
  return costMax > 0 ? powerOfTwo(1 / Math.sqrt(costMin * costMax)) : 1;
}

/** The scaled LP of `ScaledLp`: σ c S, R A S, R L, R U, S⁻¹ l, S⁻¹ u (the sparsity pattern is shared with `lp`). */
function applyScaling(lp: LpProblem, rowScale: Float64Array, colScale: Float64Array, objectiveScale: number): LpProblem {
  const { numRows, numCols, rowStart, rowIndex, rowValue } = lp;
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
  };
}

/** Maps a solution of the scaled LP back, in place: x = S x̃, y = R ỹ / σ (exact: powers of two). */
export function unscaleSolution(scaled: ScaledLp, primal: Float64Array, dual: Float64Array): void {
  for (let j = 0; j < primal.length; j++) primal[j] = primal[j]! * scaled.colScale[j]!;
  for (let i = 0; i < dual.length; i++) dual[i] = (dual[i]! * scaled.rowScale[i]!) / scaled.objectiveScale;
}
