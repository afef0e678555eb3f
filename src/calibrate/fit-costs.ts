import type { LpProblem } from '../lp';
import type { ExtraColumn, ExtraRow, FigureRow } from './figure-rows';
import { extendLp } from './figure-rows';
import { shortOf } from './cost-floors';
import type { LpBudget } from './lp-budget';

/** The calibration terms found, or why there are none. */
export type CostFit =
  | {
      readonly ok: true;
      /** Per observation: the dual of its pin, USD/t (GLPK's sign: d objective / d level). */
      readonly terms: readonly number[];
      /** The pinned optimum's columns (the flows the calibrated costs make optimal). */
      readonly primal: Float64Array;
      /** Per observation: t/yr its real flow stays short of the level because a cost would have to fall below 0 (`costFloors`). */
      readonly short: readonly number[];
      /** True when the terms are proven exact PMP terms of the equality pins (see below), hence the least ones. */
      readonly exact: boolean;
      /** The band used, relative to each level. */
      readonly band: number;
    }
  | { readonly ok: false; readonly status: 'infeasible' | 'error' | 'time-limit'; readonly message: string };

/** Halvings of the band tried before the terms are taken as they are. */
const BAND_ROUNDS = 4;
/** Terms smaller than this, USD/t, are round-off. */
const TERM_ROUND_OFF = 1e-9;

/**
 * Positive mathematical programming with a band: solve the scenario's LP with
 * every observed figure held within ±band·max(level, 1) of its level; the
 * duals y of those rows are the calibration terms. With each observed item's
 * costs changed by −y (a link pin onto the link, a corridor pin onto its
 * gates, a node pin onto the node), the pinned optimum is optimal in the
 * unpinned LP (the other rows keep their duals, so every reduced cost is
 * the same).
 *
 * Why a band and not equality: the dual of a band row is what maximises
 * φ(y) − band·Σ_i s_i·|y_i|, with φ the Lagrangian dual function of the
 * equality pins and s_i = max(level_i, 1). Once the band is narrow enough
 * the maximiser lies among the equality pins' optimal duals (an exact penalty:
 * everything is piecewise linear), and among those it has the least
 * Σ_i s_i·|y_i|: the least total |cost change| × observed tonnes. That is
 * checked, not assumed: y is exact when φ(y) equals the equality-pinned
 * optimum; otherwise the band is narrowed and the LP solved again.
 */
export function fitCosts(
  lp: LpProblem,
  rows: readonly FigureRow[],
  levels: readonly number[],
  tolerance: number,
  budget: LpBudget,
  floors: readonly ExtraColumn[] = [],
): CostFit {
  const lpLevel = rows.map((row, i) => levels[i]! - row.constant);
  const scale = levels.map((level) => Math.max(level, 1));
  const pins = (band: number): ExtraRow[] =>
    rows.map((row, i) => ({
      columns: row.columns,
      coefficients: row.coefficients,
      lower: lpLevel[i]! - band * scale[i]!,
      upper: lpLevel[i]! + band * scale[i]!,
    }));

  const equality = budget.solve(extendLp(lp, pins(0), floors));
  if (budget.expired()) return timeLimit();
  const pinnedOptimum = equality.status === 'optimal' ? equality.objective : null;

  let band = tolerance / 10;
  let last: CostFit | null = null;
  for (let round = 0; round < BAND_ROUNDS; round++) {
    const solution = budget.solve(extendLp(lp, pins(band), floors));
    if (budget.expired()) return timeLimit();
    if (solution.status !== 'optimal') {
      if (last !== null) return last;
      return {
        ok: false,
        status: solution.status === 'infeasible' ? 'infeasible' : 'error',
        message: solution.message ?? `the pinned LP is ${solution.status}`,
      };
    }
    const terms = rows.map((_, i) => {
      const y = solution.dual[lp.numRows + i]!;
      return Math.abs(y) < TERM_ROUND_OFF ? 0 : y;
    });
    const exact = pinnedOptimum !== null && isExact(lp, rows, terms, lpLevel, pinnedOptimum, budget);
    if (budget.expired()) return timeLimit();
    // With exact terms the equality-pinned optimum is optimal at the calibrated costs too (complementary
    // slackness carries over): its flows sit on the levels themselves, not on a band's edge.
    const primal = exact ? equality.primal : solution.primal;
    last = { ok: true, terms, primal, short: shortOf(rows, floors, primal, lp.numCols), exact, band };
    if (exact || pinnedOptimum === null) return last;
    band /= 10;
  }
  return last!;
}

/**
 * φ(y) = min over the unpinned LP of (c − Gᵀy)·x, plus y·level: equal to the
 * equality-pinned optimum exactly when y is an optimal dual of the pins.
 */
function isExact(
  lp: LpProblem,
  rows: readonly FigureRow[],
  terms: readonly number[],
  lpLevel: readonly number[],
  pinnedOptimum: number,
  budget: LpBudget,
): boolean {
  const objective = Float64Array.from(lp.objective.subarray(0, lp.numCols));
  rows.forEach((row, i) => {
    row.columns.forEach((j, p) => {
      objective[j]! -= row.coefficients[p]! * terms[i]!;
    });
  });
  const adjusted = budget.solve({ ...lp, objective });
  if (adjusted.status !== 'optimal') return false;
  const phi = adjusted.objective + terms.reduce((sum, y, i) => sum + y * lpLevel[i]!, 0);
  return pinnedOptimum - phi <= 1e-7 * Math.max(1, Math.abs(pinnedOptimum));
}

function timeLimit(): CostFit {
  return { ok: false, status: 'time-limit', message: 'the calibration stopped at its time limit' };
}
