import { COLUMN_KIND, ROW_KIND, type LpBuild } from './lp-layout';
import { float64 } from './scratch';
import { reportedPrimal } from './reported-primal';
import { perLayout } from './layout-memo';

/**
 * Relative size (of the smallest volume in a commodity, of a row's own
 * terms) of a violation that is a real shortfall: GLPK's answers carry
 * errors of about 1e-8 of each figure (its tolerances act on the scaled LP),
 * and the spec asks each figure to be right to 1e-6 of its own size.
 */
const NOISE = 1e-7;
/**
 * Relative size (of a commodity's whole volume) of the rounding error of
 * double arithmetic on its rows: a few units in the last place (V − u at
 * 1e9 t is exact to about 1e-7 t). At 1e-15 of 1e9 t that is 1e-6 t, the
 * spec's absolute precision; at 1e-12 a corridor's 0.001 t minFlow beside
 * 1e9 t passed its maxShare 0.68 by 0.0003 t unseen (issue 12).
 */
const ROUNDING = 1e-15;
/** Tonnes by which served tonnes may fall below 0 (`verifySolution`'s absolute floor, inside the spec's 1e-6 t). */
const SERVED_NOISE = 1e-7;
/** Tonnes below which a violation is rounding whatever the sizes (far inside the spec's 1e-6 t). */
const ABSOLUTE = 1e-9;

/**
 * Checks an optimum of `build`'s LP at the scale of each figure, where
 * `verifySolution` (each row against its own terms) cannot see it:
 * - commodity by commodity, at the scale of the smallest demand each holds:
 *   its conservation rows, its flows' lower bounds and its unmet columns'
 *   bounds;
 * - every other row that holds unmet columns (node capacities, corridor
 *   shares), in the spec's terms of served tonnes s_k = V_k − u_k, against
 *   the size of those terms.
 * Returns null when they hold, else what failed, in words.
 *
 * Why: the reduced LP merges demands that share an origin into one
 * commodity, so a hard demand of 1 t beside a soft one of 1e8 t shares its
 * rows with it. A shortfall of the 1 t demand then shows as 1 t too much
 * unmet on the big one, 1e-8 of the rows' size: inside the tolerances of
 * GLPK and of `verifySolution`, which measure each row against its own
 * terms (issue 12: engine "optimal" where the scenario is infeasible).
 * Measured against the smallest demand of the commodity the shortfall is
 * plain; the rounding of the rows' arithmetic (about 1e-16 of their terms)
 * stays far below it.
 */
export function ownScaleViolation(build: LpBuild, solved: Float64Array): string | null {
  const { lp, layout } = build;
  const primal = reportedPrimal(build, solved);
  const numCommodities = layout.numCommodities;
  const tol = float64(numCommodities);
  for (let c = 0; c < numCommodities; c++) {
    let smallest = Infinity;
    let total = 0;
    for (let i = layout.commodityDemandStart[c]!; i < layout.commodityDemandStart[c + 1]!; i++) {
      const volume = layout.demandVolume[layout.commodityDemands[i]!]!;
      smallest = Math.min(smallest, volume);
      total += volume;
    }
    tol[c] = Math.max(NOISE * smallest, ROUNDING * total, ABSOLUTE);
  }

  // The LP's arrays in locals: this runs once a command over every column and entry, mostly before V8 optimizes
  // it, where a property read per entry costs about as much as the entry.
  const { columnCommodity, columnKind, rowCommodity, rowKind } = layout;
  const { colLower, colUpper, rowStart, rowIndex, rowValue, rowLower } = lp;
  for (let j = 0; j < lp.numCols; j++) {
    const c = columnCommodity[j]!;
    const kind = columnKind[j]!;
    if (c < 0 || (kind !== COLUMN_KIND.flow && kind !== COLUMN_KIND.unmet)) continue;
    const x = primal[j]!;
    if (x < colLower[j]! - tol[c]!) return `column ${j} = ${x} is below its lower bound ${lp.colLower[j]} at the scale of its commodity's smallest demand`;
    if (x > colUpper[j]! + tol[c]!) return `column ${j} = ${x} is above its upper bound ${lp.colUpper[j]} at the scale of its commodity's smallest demand`;
    // u ≤ V is s = V − u ≥ 0: the tonnes served, a figure of its own, wrong by more than rounding when
    // negative (−0.048 t of a 1e8 t demand "served" met a minShare with less flow; FC_SEED=987654321).
    // In GLPK's own answer too, whose duals are read: `reportedPrimal` sets an unroutable demand's u to V, which
    // those duals need not price (1e8 + 0.001 t unmet of a 1e8 t demand, 0 of a 0.001 t one beside it at 1e7 USD/t:
    // the small one's marginal cost came out as the big one's penalty, 1; glpsol differential, FC_SEED=4242).
    const unmet = kind === COLUMN_KIND.unmet ? Math.max(x, solved[j]!) : 0;
    if (unmet > colUpper[j]! + Math.max(SERVED_NOISE, ROUNDING * colUpper[j]!)) {
      return `column ${j} = ${unmet} is above its upper bound ${lp.colUpper[j]}: ${lp.colUpper[j]! - unmet} t served`;
    }
  }

  for (let i = 0; i < lp.numRows; i++) {
    const c = rowCommodity[i]!;
    if (c < 0 || rowKind[i] !== ROW_KIND.conservation) continue;
    let activity = 0;
    let scale = 0;
    const end = rowStart[i + 1]!;
    for (let p = rowStart[i]!; p < end; p++) {
      const term = rowValue[p]! * primal[rowIndex[p]!]!;
      activity += term;
      scale += Math.abs(term);
    }
    // Conservation rows are equalities (rowLower = rowUpper = the node's supply).
    const rhs = rowLower[i]!;
    if (Math.abs(activity - rhs) > tol[c]! + ROUNDING * (scale + Math.abs(rhs))) {
      return `conservation row ${i} = ${activity} misses its right-hand side ${rhs} at the scale of its commodity's smallest demand`;
    }
  }
  return servedFormViolation(build, primal);
}

/**
 * The rows `buildLp` writes with u_k for the eliminated s_k (conservation:
 * out − in + Σu = ΣV at an origin; node capacity: in − Σu ≤ cap − ΣV;
 * shares: F + m·Σu ≤ m·ΣV) read back as the spec writes them (out − in =
 * Σs; in + Σs ≤ cap; F − m·Σs ≤ 0), each checked against its own terms.
 * A conservation row off by 9 t in 1e9 t is inside GLPK's tolerance and
 * the commodity's, yet says 9 t are served that no flow carries.
 * Why: written with u_k a share row of a corridor carrying 1 t beside a
 * 1e8 t demand left unserved is a row of size 1e7, and the corridor's 0.9 t
 * over its share of 1 t served is 1e-7 of that, inside every tolerance
 * (issue 12: engine "optimal", glpsol "infeasible").
 */
function servedFormViolation(build: LpBuild, primal: Float64Array): string | null {
  const { lp, layout } = build;
  // A row of flows alone is measured against its own terms already (`verifySolution`).
  for (const i of perLayout(build, rowsHoldingUnmet)) {
    let activity = 0;
    let scale = 0;
    let shift = 0;
    for (let p = lp.rowStart[i]!; p < lp.rowStart[i + 1]!; p++) {
      const j = lp.rowIndex[p]!;
      const a = lp.rowValue[p]!;
      if (layout.columnKind[j] === COLUMN_KIND.unmet) {
        // a·u = a·V − a·s: the term −a·s stays in the row, a·V moves to the bounds.
        const volume = layout.demandVolume[layout.columnItem[j]!]!;
        const term = -a * (volume - primal[j]!);
        activity += term;
        scale += Math.abs(term);
        shift += a * volume;
      } else {
        const term = a * primal[j]!;
        activity += term;
        scale += Math.abs(term);
      }
    }
    const lower = lp.rowLower[i]! - shift;
    const upper = lp.rowUpper[i]! - shift;
    const finite = (v: number): number => (Number.isFinite(v) ? Math.abs(v) : 0);
    const tol =
      NOISE * (scale + finite(lower) + finite(upper)) + ROUNDING * (Math.abs(shift) + finite(lp.rowLower[i]!) + finite(lp.rowUpper[i]!)) + ABSOLUTE;
    if (activity < lower - tol) return `row ${i} = ${activity} in served tonnes is below its lower bound ${lower}`;
    if (activity > upper + tol) return `row ${i} = ${activity} in served tonnes is above its upper bound ${upper}`;
  }
  return null;
}

/** The rows `buildLp` writes with u_k (conservation, node capacity, shares) that hold an unmet column, in order. */
export function rowsHoldingUnmet(build: LpBuild): Int32Array {
  const { lp, layout } = build;
  const rows: number[] = [];
  const { rowKind, columnKind } = layout;
  const { rowStart, rowIndex } = lp;
  for (let i = 0; i < lp.numRows; i++) {
    const kind = rowKind[i]!;
    if (kind !== ROW_KIND.conservation && kind !== ROW_KIND.nodeCapacity && kind !== ROW_KIND.corridorMaxShare && kind !== ROW_KIND.corridorMinShare) {
      continue;
    }
    const end = rowStart[i + 1]!;
    for (let p = rowStart[i]!; p < end; p++) {
      if (columnKind[rowIndex[p]!] === COLUMN_KIND.unmet) {
        rows.push(i);
        break;
      }
    }
  }
  return Int32Array.from(rows);
}
