import type { LpProblem } from './types';
import { float64 } from './scratch';

/**
 * Relative size of a violation that still counts as rounding: each row,
 * column and reduced cost is measured against its own magnitude (the sum of
 * the absolute terms that make it up, or 1 where that is smaller: an
 * absolute 1e-7 t or USD, inside the spec's 1e-6), never against the largest
 * number in the LP, so a 0.5 t demand beside a 1e9 t one is held to its own
 * scale.
 */
export const VERIFY_TOLERANCE = 1e-7;

/**
 * Checks an optimal solution of `lp` in its own units (the optimality
 * conditions, no solver needed): primal feasibility of every row and column
 * bound, dual feasibility of every reduced cost c_j − Σ_i a_ij y_i for the
 * bound the column sits at, and the sign of every row dual for the bound
 * its row sits at (GLPK's convention: y = d objective / d right-hand side).
 * Together these prove the solution optimal up to the tolerances, so an
 * answer that passes is right whatever the solver did to reach it.
 *
 * Returns null when everything holds, else what failed first, in words.
 */
export function verifySolution(lp: LpProblem, primal: Float64Array, dual: Float64Array): string | null {
  // The LP's arrays in locals: this runs once or twice a command, mostly before V8 optimizes it, where each
  // property read in a loop over the entries costs about as much as the entry.
  const { numRows, numCols, rowStart, rowIndex, rowValue, objective, colLower, colUpper, rowLower, rowUpper } = lp;
  const eps = VERIFY_TOLERANCE;
  const near = (value: number, bound: number, scale: number): boolean => Math.abs(value - bound) <= eps * Math.max(1, scale);
  const finite = (v: number): number => (Number.isFinite(v) ? Math.abs(v) : 0);

  for (let j = 0; j < numCols; j++) {
    const x = primal[j]!;
    if (!Number.isFinite(x)) return `column ${j} has value ${x}`;
    // Each bound is checked at its own scale, not at the other bound's.
    if (x < colLower[j]! && !near(x, colLower[j]!, Math.max(Math.abs(x), finite(colLower[j]!)))) return `column ${j} = ${x} is below its lower bound ${colLower[j]}`;
    if (x > colUpper[j]! && !near(x, colUpper[j]!, Math.max(Math.abs(x), finite(colUpper[j]!)))) return `column ${j} = ${x} is above its upper bound ${colUpper[j]}`;
  }

  const reduced = float64(numCols);
  const reducedScale = float64(numCols);
  reduced.set(objective);
  for (let j = 0; j < numCols; j++) reducedScale[j] = Math.abs(objective[j]!);
  for (let i = 0; i < numRows; i++) {
    const y = dual[i]!;
    if (!Number.isFinite(y)) return `row ${i} has dual ${y}`;
    let activity = 0;
    let scale = 0;
    let costScale = 0;
    const end = rowStart[i + 1]!;
    for (let p = rowStart[i]!; p < end; p++) {
      const j = rowIndex[p]!;
      const a = rowValue[p]!;
      const term = a * primal[j]!;
      activity += term;
      scale += Math.abs(term);
      costScale = Math.max(costScale, Math.abs(objective[j]!));
      const price = a * y;
      reduced[j]! -= price;
      reducedScale[j]! += Math.abs(price);
    }
    const atLower = near(activity, rowLower[i]!, scale + finite(rowLower[i]!));
    const atUpper = near(activity, rowUpper[i]!, scale + finite(rowUpper[i]!));
    if (activity < rowLower[i]! && !atLower) return `row ${i} = ${activity} is below its lower bound ${rowLower[i]}`;
    if (activity > rowUpper[i]! && !atUpper) return `row ${i} = ${activity} is above its upper bound ${rowUpper[i]}`;
    // y > 0 only where the lower bound holds the row, y < 0 only where the upper bound does.
    const yTol = eps * Math.max(Math.abs(y), costScale, 1);
    if (y > yTol && !atLower) return `row ${i} has dual ${y} but does not sit at its lower bound`;
    if (y < -yTol && !atUpper) return `row ${i} has dual ${y} but does not sit at its upper bound`;
  }

  for (let j = 0; j < numCols; j++) {
    const x = primal[j]!;
    const d = reduced[j]!;
    const tol = eps * Math.max(reducedScale[j]!, 1);
    // Minimising: d ≥ 0 unless the column can go no lower, d ≤ 0 unless it can go no higher.
    if (d < -tol && !near(x, colUpper[j]!, Math.max(Math.abs(x), finite(colUpper[j]!)))) return `column ${j} has reduced cost ${d} < 0 but is below its upper bound`;
    if (d > tol && !near(x, colLower[j]!, Math.max(Math.abs(x), finite(colLower[j]!)))) return `column ${j} has reduced cost ${d} > 0 but is above its lower bound`;
  }
  return null;
}
