import type { LpProblem } from '../lp';
import type { ExtraColumn, ExtraRow, FigureRow } from './figure-rows';
import { extendLp } from './figure-rows';
import { shortOf } from './cost-floors';
import { rowLevel } from './free-costs';
import type { LpBudget } from './lp-budget';

/** The calibration terms found, or why there are none. */
export type CostFit =
  | {
      readonly ok: true;
      /** Per observation: the dual of its pin, USD/t (GLPK's sign: d objective / d level); 0 where its costs are fixed. */
      readonly terms: readonly number[];
      /** Per free cost (`Adjustable.free`): the dual of its hold, USD/t, the same sign. */
      readonly freeTerms: readonly number[];
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

/** Which costs may price the observations (docs/calibration.md, "Which costs may change"). */
export interface Adjustable {
  /** Per observation: whether its own costs may change (`movableRows`); default all. */
  readonly movable?: readonly boolean[];
  /** The rows of the costs marked `calibrate: "free"` (`freeFigures`), held at their tonnes in the pinned optimum. */
  readonly free?: readonly FigureRow[];
}

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
 *
 * Costs marked `calibrate: "free"` join as holds of their own figure at the
 * tonnes it has in the equality-pinned optimum (which that optimum meets, so
 * the optimum is the same): their duals are further cost changes, in the
 * same sum, weighted by those tonnes. An observation whose costs are fixed is
 * still held for the pinned optimum but prices nothing (its term is 0).
 */
export function fitCosts(
  lp: LpProblem,
  rows: readonly FigureRow[],
  levels: readonly number[],
  tolerance: number,
  budget: LpBudget,
  floorsOf: (rows: readonly FigureRow[]) => ExtraColumn[] = () => [],
  adjustable: Adjustable = {},
): CostFit {
  const movable = rows.map((_, i) => adjustable.movable?.[i] ?? true);
  const own = rows.flatMap((_, i) => (movable[i] ? [i] : []));
  const held = rows.flatMap((_, i) => (movable[i] ? [] : [i]));
  const lpLevel = rows.map((row, i) => levels[i]! - row.constant);
  const pin = (row: FigureRow, level: number, band: number): ExtraRow => {
    const scale = Math.max(level + row.constant, 1);
    return { columns: row.columns, coefficients: row.coefficients, lower: level - band * scale, upper: level + band * scale };
  };

  // Every observation is held for the pinned optimum; only those whose own costs may move (and the free costs) price it.
  const ownRows = own.map((i) => rows[i]!);
  const ownFloors = floorsOf(ownRows);
  const equality = budget.solve(extendLp(lp, [...own, ...held].map((i) => pin(rows[i]!, lpLevel[i]!, 0)), ownFloors));
  if (budget.expired()) return timeLimit();
  const pinnedOptimum = equality.status === 'optimal' ? equality.objective : null;
  const free = pinnedOptimum === null ? [] : (adjustable.free ?? []);
  const freeLevel = free.map((row) => rowLevel(row, equality.primal) - row.constant);
  const priced = [...ownRows, ...free];
  const pricedLevel = [...own.map((i) => lpLevel[i]!), ...freeLevel];
  const floors = free.length === 0 ? ownFloors : floorsOf(priced);
  const pins = (band: number): ExtraRow[] => priced.map((row, p) => pin(row, pricedLevel[p]!, band));

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
    const pricedTerms = priced.map((_, p) => {
      const y = solution.dual[lp.numRows + p]!;
      return Math.abs(y) < TERM_ROUND_OFF ? 0 : y;
    });
    const exact = pinnedOptimum !== null && isExact(lp, priced, pricedTerms, pricedLevel, pinnedOptimum, budget);
    if (budget.expired()) return timeLimit();
    // With exact terms the equality-pinned optimum is optimal at the calibrated costs too (complementary
    // slackness carries over): its flows sit on the levels themselves, not on a band's edge.
    const primal = exact ? equality.primal : solution.primal;
    const ownShort = exact ? shortOf(ownRows, ownFloors, primal, lp.numCols) : shortOf(priced, floors, primal, lp.numCols);
    const terms = rows.map(() => 0);
    const short = rows.map(() => 0);
    own.forEach((i, p) => {
      terms[i] = pricedTerms[p]!;
      short[i] = ownShort[p]!;
    });
    last = { ok: true, terms, freeTerms: pricedTerms.slice(own.length), primal, short, exact, band };
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
