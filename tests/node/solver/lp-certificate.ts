import type { LpProblem, LpSolution } from '../../../src/lp/types';

/**
 * Why `solution` is not a proven optimum of `lp`, or null. Checks what makes
 * an LP optimum without trusting any solver: x within column and row bounds;
 * each row dual has the sign of the bound it sits on (≥ 0 at a lower bound,
 * ≤ 0 at an upper one, 0 where the row is slack); each reduced cost
 * c_j − Σ_i a_ij y_i is ≥ 0 where x_j is at its lower bound, ≤ 0 at its upper
 * bound and 0 in between. Tolerances are relative to the data's size.
 */
export function lpCertificateProblem(lp: LpProblem, solution: LpSolution, rel = 1e-6): string | null {
  const x = solution.primal;
  const y = solution.dual;
  let scale = 1;
  for (const a of [lp.rowLower, lp.rowUpper, lp.colUpper]) for (const v of a) if (Number.isFinite(v)) scale = Math.max(scale, Math.abs(v));
  let priceScale = 1;
  for (const c of lp.objective) priceScale = Math.max(priceScale, Math.abs(c));
  const tol = rel * scale;
  const priceTol = rel * priceScale;

  for (let j = 0; j < lp.numCols; j++) {
    if (x[j]! < lp.colLower[j]! - tol || x[j]! > lp.colUpper[j]! + tol) return `column ${j} = ${x[j]} outside its bounds`;
  }
  const activity = new Float64Array(lp.numRows);
  const price = new Float64Array(lp.numCols);
  for (let i = 0; i < lp.numRows; i++) {
    for (let p = lp.rowStart[i]!; p < lp.rowStart[i + 1]!; p++) {
      activity[i]! += lp.rowValue[p]! * x[lp.rowIndex[p]!]!;
      price[lp.rowIndex[p]!]! += lp.rowValue[p]! * y[i]!;
    }
    const a = activity[i]!;
    if (a < lp.rowLower[i]! - tol || a > lp.rowUpper[i]! + tol) return `row ${i} = ${a} outside [${lp.rowLower[i]}, ${lp.rowUpper[i]}]`;
    const atLower = Math.abs(a - lp.rowLower[i]!) <= tol;
    const atUpper = Math.abs(a - lp.rowUpper[i]!) <= tol;
    if (y[i]! > priceTol && !atLower) return `row ${i} has dual ${y[i]} but is not at its lower bound`;
    if (y[i]! < -priceTol && !atUpper) return `row ${i} has dual ${y[i]} but is not at its upper bound`;
  }
  for (let j = 0; j < lp.numCols; j++) {
    const d = lp.objective[j]! - price[j]!;
    const atLower = Math.abs(x[j]! - lp.colLower[j]!) <= tol;
    const atUpper = Math.abs(x[j]! - lp.colUpper[j]!) <= tol;
    if (d > priceTol && !atLower) return `column ${j} has reduced cost ${d} but is not at its lower bound`;
    if (d < -priceTol && !atUpper) return `column ${j} has reduced cost ${d} but is not at its upper bound`;
  }
  return null;
}
