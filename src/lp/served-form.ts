import { COLUMN_KIND, ROW_KIND, type LpBuild } from './lp-layout';
import type { LpProblem, LpSolution, LpSolve } from './types';
import { float64, int32 } from './scratch';

/**
 * Solves `build`'s LP in the spec's served form and returns the solution in
 * the terms of `build`'s own LP (its columns and rows).
 *
 * `buildLp` eliminates served tonnes (s_k = V_k − u_k), so every row that
 * mentions s_k carries u_k on the left and V_k on the right. A corridor's
 * share row, F_c ≤ m·S, then reads F_c + m·Σu ≤ m·ΣV: beside a 1e8 t demand
 * left unserved its right-hand side is 9e7 however few tonnes are served,
 * and a simplex whose tolerances are relative to that size accepts a gate
 * carrying 0.1 t where 0.9 × 0.1 t is the most allowed (issue 12: a 1e8 t
 * soft demand, a 1 t one and a gate of capacity 0.1, maxShare 0.9). Scaling
 * does not help: the row's own right-hand side is large. Written as the
 * spec writes it, F_c − m·Σs ≤ 0, the row is as small as the tonnes served.
 *
 * So: one column s_k per unmet column u_k and one row s_k + u_k = V_k, and
 * every row holding u_k gets −a·s_k in its place, its bounds reduced by
 * a·V_k; u_k is read back as V_k − s_k. The two LPs have the same feasible set in (x, u) and the same
 * objective (u keeps its cost, s has none), so the rows common to both have
 * the same duals: at an optimum of the served form, u_k's reduced cost in
 * `build`'s LP is the difference of u_k's and s_k's there, of the sign its
 * bound calls for (s_k + u_k = V_k and both ≥ 0). The bounds are worked out
 * from the layout (which demands have no u_k column), not by subtracting
 * from the built ones, so that an all-soft share row is exactly ≤ 0.
 */
export function solveServedForm(build: LpBuild, lpSolve: LpSolve, options: { readonly timeLimitSeconds?: number }): LpSolution {
  const { lp, layout } = build;
  const served = servedFormLp(build);
  const solution = lpSolve(served, options);
  // u_k = V_k − s_k: s_k is held by rows as small as the tonnes served, while the volume row
  // s_k + u_k = V_k is as large as V_k and GLPK's tolerance there is in proportion.
  const primal = solution.primal.subarray(0, lp.numCols);
  let objective = solution.objective;
  if (solution.status === 'optimal') {
    let s = lp.numCols;
    objective = 0;
    for (let j = 0; j < lp.numCols; j++) {
      if (layout.columnKind[j] === COLUMN_KIND.unmet) {
        const volume = layout.demandVolume[layout.columnItem[j]!]!;
        primal[j] = Math.min(volume, Math.max(0, volume - solution.primal[s++]!));
      }
      objective += lp.objective[j]! * primal[j]!;
    }
  }
  return {
    status: solution.status,
    objective,
    primal,
    dual: solution.dual.subarray(0, lp.numRows),
    ...(solution.message === undefined ? {} : { message: solution.message }),
    solver: solution.solver,
  };
}

/** `build`'s LP in served form (see `solveServedForm`): columns 0..n−1 and rows 0..m−1 are `build`'s, then one s_k and one volume row per unmet column. */
export function servedFormLp(build: LpBuild): LpProblem {
  const { lp, layout } = build;
  const { numCols, numRows } = lp;
  // The s column of each unmet column, in column order.
  const servedColumn = int32(numCols).fill(-1);
  let numServed = 0;
  for (let j = 0; j < numCols; j++) if (layout.columnKind[j] === COLUMN_KIND.unmet) servedColumn[j] = numCols + numServed++;

  const rowLower = float64(numRows + numServed);
  const rowUpper = float64(numRows + numServed);
  rowLower.set(lp.rowLower);
  rowUpper.set(lp.rowUpper);
  const entries = lp.rowStart[numRows]!;
  const rowStart = int32(numRows + numServed + 1);
  const rowIndex = int32(entries + 2 * numServed);
  const rowValue = float64(entries + 2 * numServed);
  for (let i = 0; i < numRows; i++) {
    let holdsUnmet = false;
    for (let p = lp.rowStart[i]!; p < lp.rowStart[i + 1]!; p++) {
      const j = lp.rowIndex[p]!;
      const s = servedColumn[j]!;
      rowIndex[p] = s >= 0 ? s : j;
      rowValue[p] = s >= 0 ? -lp.rowValue[p]! : lp.rowValue[p]!;
      if (s >= 0) holdsUnmet = true;
    }
    rowStart[i + 1] = lp.rowStart[i + 1]!;
    if (!holdsUnmet) continue;
    const bound = hardBound(build, i);
    if (Number.isFinite(lp.rowLower[i]!)) rowLower[i] = bound;
    if (Number.isFinite(lp.rowUpper[i]!)) rowUpper[i] = bound;
  }
  // Volume rows: s_k + u_k = V_k, the two columns in increasing order (u_k's index is the smaller).
  let p = entries;
  let r = numRows;
  for (let j = 0; j < numCols; j++) {
    const s = servedColumn[j]!;
    if (s < 0) continue;
    const volume = layout.demandVolume[layout.columnItem[j]!]!;
    rowLower[r] = volume;
    rowUpper[r] = volume;
    rowIndex[p] = j;
    rowValue[p++] = 1;
    rowIndex[p] = s;
    rowValue[p++] = 1;
    rowStart[++r] = p;
  }

  const objective = float64(numCols + numServed);
  const colLower = float64(numCols + numServed);
  const colUpper = float64(numCols + numServed).fill(Infinity);
  objective.set(lp.objective);
  colLower.set(lp.colLower);
  colUpper.set(lp.colUpper);
  return {
    numCols: numCols + numServed,
    numRows: numRows + numServed,
    objective,
    objectiveConstant: lp.objectiveConstant,
    colLower,
    colUpper,
    rowLower,
    rowUpper,
    rowStart,
    rowIndex,
    rowValue,
  };
}

/**
 * The bound of row i once its unmet columns' volumes are taken out: what the
 * volumes of demands without an unmet column (hard demands of the cost LP)
 * contribute, worked out from the layout as `buildLp` writes each row kind.
 * Rows of a conservation or capacity kind are equalities or have one finite
 * bound, which is the one this gives.
 */
function hardBound(build: LpBuild, i: number): number {
  const { lp, layout } = build;
  const item = layout.rowItem[i]!;
  let bound = 0;
  const numDemands = layout.demandVolume.length;
  switch (layout.rowKind[i]) {
    case ROW_KIND.conservation: {
      // out − in = Σ V_k at the commodity's origin, −V_k at each demand's destination.
      const c = layout.rowCommodity[i]!;
      for (let d = layout.commodityDemandStart[c]!; d < layout.commodityDemandStart[c + 1]!; d++) {
        const k = layout.commodityDemands[d]!;
        if (layout.unmetColumn[k]! >= 0) continue;
        if (layout.demandOrigin[k] === item) bound += layout.demandVolume[k]!;
        if (layout.demandDestination[k] === item) bound -= layout.demandVolume[k]!;
      }
      return bound;
    }
    case ROW_KIND.nodeCapacity: {
      // inflow + Σ_{k from n} s_k ≤ capacity: the hard demands' tonnes are served in full.
      bound = layout.nodeCapacity[item]!;
      for (let k = 0; k < numDemands; k++) if (layout.unmetColumn[k]! < 0 && layout.demandOrigin[k] === item) bound -= layout.demandVolume[k]!;
      return bound;
    }
    case ROW_KIND.corridorMaxShare:
    case ROW_KIND.corridorMinShare: {
      // F_c − m·Σ_soft s_k ≷ m·Σ_hard V_k, with m the share the row gives every unmet column.
      let share = 0;
      for (let p = lp.rowStart[i]!; p < lp.rowStart[i + 1]!; p++) {
        if (layout.columnKind[lp.rowIndex[p]!] === COLUMN_KIND.unmet) share = lp.rowValue[p]!;
      }
      let hard = 0;
      for (let k = 0; k < numDemands; k++) if (layout.unmetColumn[k]! < 0) hard += layout.demandVolume[k]!;
      return share * hard;
    }
    default:
      throw new Error(`servedFormLp: row ${i} of kind ${layout.rowKind[i]} holds an unmet column`);
  }
}
