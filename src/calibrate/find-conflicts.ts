import type { LpProblem } from '../lp';
import type { Observation, Scenario } from '../model/types';
import { extendLp, type ExtraColumn, type ExtraRow, type FigureRow } from './figure-rows';
import { formatTonnes } from './format-calibration';
import type { LpBudget } from './lp-budget';
import { withinTolerance } from './observation-fit';
import type { ObservationConflict } from './types';

export type ClosestLevels =
  | {
      readonly ok: true;
      /** Per observation: its level where it can hold, else the closest level the network allows with the others. */
      readonly levels: readonly number[];
      readonly conflicts: readonly ObservationConflict[];
    }
  | { readonly ok: false; readonly status: 'error' | 'time-limit'; readonly message: string };

/**
 * Observations that cannot hold together: the scenario's LP with every
 * figure pinned elastically (each may leave its band at a price of 1 per
 * t/yr of miss, divided by its level, so misses count relatively), and no
 * transport costs: the closest levels the network allows all at once. A
 * figure that misses by more than the tolerance is a conflict; each is named
 * with the amount it misses by and why (see `reasonOf`).
 */
export function findConflicts(
  scenario: Scenario,
  lp: LpProblem,
  rows: readonly FigureRow[],
  observations: readonly Observation[],
  tolerance: number,
  budget: LpBudget,
): ClosestLevels {
  const closest = elasticLevels(lp, rows, observations.map((o) => o.value), budget);
  if (!closest.ok) return closest;
  const conflicting = rows.map((_, i) => !withinTolerance(closest.figures[i]!, observations[i]!.value, tolerance));
  const conflicts: ObservationConflict[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (!conflicting[i]) continue;
    const observed = observations[i]!.value;
    const level = closest.figures[i]!;
    const reason = reasonOf(scenario, lp, rows, observations, i, tolerance, budget);
    if (budget.expired()) return { ok: false, status: 'time-limit', message: 'the calibration stopped at its time limit' };
    conflicts.push({ of: observations[i]!.of, observed, closest: level, missBy: Math.abs(observed - level), reason });
  }
  const levels = rows.map((_, i) => (closest.moved[i] ? closest.figures[i]! : observations[i]!.value));
  return { ok: true, levels, conflicts };
}

type Elastic =
  | { readonly ok: true; readonly figures: readonly number[]; readonly moved: readonly boolean[] }
  | { readonly ok: false; readonly status: 'error' | 'time-limit'; readonly message: string };

/** The figures' levels closest to `levels` (least Σ |miss| / max(level, 1)) the network allows all together. */
function elasticLevels(lp: LpProblem, rows: readonly FigureRow[], levels: readonly number[], budget: LpBudget): Elastic {
  const extraRows: ExtraRow[] = rows.map((row, i) => {
    const level = levels[i]! - row.constant;
    return { columns: row.columns, coefficients: row.coefficients, lower: level, upper: level };
  });
  const columns: ExtraColumn[] = rows.flatMap((_, i) => {
    const price = 1 / Math.max(levels[i]!, 1);
    return [
      { cost: price, upper: Infinity, entries: [[i, -1]] as const },
      { cost: price, upper: Infinity, entries: [[i, 1]] as const },
    ];
  });
  const solution = budget.solve(extendLp(lp, extraRows, columns, new Float64Array(lp.numCols)));
  if (budget.expired()) return { ok: false, status: 'time-limit', message: 'the calibration stopped at its time limit' };
  if (solution.status !== 'optimal') {
    return { ok: false, status: 'error', message: `the elastic LP of the observations is ${solution.status}: ${solution.message ?? ''}` };
  }
  const figures = rows.map((row) => row.constant + row.columns.reduce((sum, j, p) => sum + row.coefficients[p]! * solution.primal[j]!, 0));
  const moved = rows.map((_, i) => solution.primal[lp.numCols + 2 * i]! + solution.primal[lp.numCols + 2 * i + 1]! > 1e-9);
  return { ok: true, figures, moved };
}

/** Pairs tried to find which observations contradict one; past it the message names none. */
const MAX_PAIR_SOLVES = 20;

/**
 * Why one observation cannot hold, most specific first: a disabled item, a
 * capacity or corridor bound below it, more than the whole demand; else the
 * network alone cannot carry that much (or that little) there; else it
 * contradicts the other observations named (each one, together with it
 * alone, already misses).
 */
function reasonOf(
  scenario: Scenario,
  lp: LpProblem,
  rows: readonly FigureRow[],
  observations: readonly Observation[],
  i: number,
  tolerance: number,
  budget: LpBudget,
): string {
  const row = rows[i]!;
  const observed = observations[i]!.value;
  const total = scenario.demands.reduce((sum, d) => sum + d.volume, 0);
  if (row.collection === 'links') {
    const link = scenario.links[row.item];
    if (link !== undefined && row.arcs.length === 0) return `links.${link.id} carries nothing: it, an end node or its corridor is disabled`;
    if (link?.capacity !== undefined && link.capacity < observed) return `above the capacity of links.${link.id} (${formatTonnes(link.capacity)})`;
  }
  if (row.collection === 'nodes') {
    const node = scenario.nodes[row.item];
    if (node?.capacity !== undefined && node.capacity < observed) return `above the capacity of nodes.${node.id} (${formatTonnes(node.capacity)})`;
    if (node !== undefined && node.enabled === false) return `nodes.${node.id} is disabled`;
  }
  if (row.collection === 'corridors') {
    const corridor = scenario.corridors?.[row.item];
    if (corridor?.enabled === false) return `corridors.${corridor.id} is closed (enabled: false)`;
    if (corridor?.maxFlow !== undefined && corridor.maxFlow < observed) return `above the maxFlow of corridors.${corridor.id} (${formatTonnes(corridor.maxFlow)})`;
  }
  if (row.collection !== 'nodes' && observed > total * (1 + tolerance)) return `more than the whole demand (${formatTonnes(total)})`;
  const alone = elasticLevels(lp, [row], [observed], budget);
  if (alone.ok && !withinTolerance(alone.figures[0]!, observed, tolerance)) {
    const level = alone.figures[0]!;
    return level < observed
      ? `more than the network can carry there (at most ${formatTonnes(level)}, with every demand and bound as it is)`
      : `less than the network must carry there (at least ${formatTonnes(level)})`;
  }
  const others = observations.flatMap((other, j) => (j === i ? [] : [j]));
  if (others.length <= MAX_PAIR_SOLVES) {
    const holdsAlone = (j: number): boolean => {
      const single = elasticLevels(lp, [rows[j]!], [observations[j]!.value], budget);
      return single.ok && withinTolerance(single.figures[0]!, observations[j]!.value, tolerance);
    };
    const against = others.filter((j) => {
      if (!holdsAlone(j)) return false;
      const pair = elasticLevels(lp, [row, rows[j]!], [observed, observations[j]!.value], budget);
      return pair.ok && !(withinTolerance(pair.figures[0]!, observed, tolerance) && withinTolerance(pair.figures[1]!, observations[j]!.value, tolerance));
    });
    if (against.length > 0) return `contradicts ${against.map((j) => `${observations[j]!.of} = ${formatTonnes(observations[j]!.value)}`).join(', ')}`;
  }
  return 'cannot hold together with the other observations';
}
