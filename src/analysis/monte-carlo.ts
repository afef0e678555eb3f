import { solveVariants } from './solve-variants';
import type { Result, Scenario, UncertainParameter } from '../model/types';
import { seededRandom, triangular } from './seeded-random';
import { sharesOf } from './share-of';
import type { SolveMany, SolveManyOptions } from './types';

export interface MonteCarloOptions extends SolveManyOptions {
  readonly runs: number;
  readonly seed: number;
  /** Ranges to draw; default the scenario's own `uncertainty` array. */
  readonly vary?: readonly UncertainParameter[];
}

export interface Distribution {
  readonly median: number;
  readonly p5: number;
  readonly p95: number;
  readonly mean: number;
  readonly min: number;
  readonly max: number;
}

export interface MonteCarlo {
  readonly runs: number;
  readonly seed: number;
  readonly vary: readonly UncertainParameter[];
  /** draws[r][p]: the value of vary[p] in run r. */
  readonly draws: readonly (readonly number[])[];
  /** Each corridor's (and `other`'s) share over the optimal runs. */
  readonly shares: Readonly<Record<string, Distribution>>;
  /** Fraction of optimal runs in which the corridor carries anything (share > 1e-9). */
  readonly probabilityUsed: Readonly<Record<string, number>>;
  readonly objective: Distribution;
  readonly unmet: Distribution;
  /** Runs that were not optimal (infeasible draws). */
  readonly notOptimal: number;
  readonly results: readonly Result[];
}

/** The q-quantile of sorted values, by linear interpolation (type 7). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function distribution(values: readonly number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((s, v) => s + v, 0) / (sorted.length || 1);
  return {
    median: quantile(sorted, 0.5),
    p5: quantile(sorted, 0.05),
    p95: quantile(sorted, 0.95),
    mean: sorted.length ? mean : Number.NaN,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/**
 * Draws every varied parameter from its triangular range, `runs` times,
 * seeded: the same seed gives the same draws and so the same numbers on every
 * machine, however the batch is shared between workers.
 */
export function monteCarloDraws(vary: readonly UncertainParameter[], runs: number, seed: number): number[][] {
  const random = seededRandom(seed);
  const draws: number[][] = [];
  for (let r = 0; r < runs; r++) draws.push(vary.map((v) => triangular(random(), v.min, v.mode, v.max)));
  return draws;
}

export async function monteCarlo(scenario: Scenario, solveMany: SolveMany, options: MonteCarloOptions): Promise<MonteCarlo> {
  const vary = options.vary ?? scenario.uncertainty ?? [];
  const draws = monteCarloDraws(vary, options.runs, options.seed);
  const changes = draws.map((values) => values.map((value, p) => ({ path: vary[p]!.set, value })));
  const results = await solveVariants(solveMany, { base: scenario, changes }, options);
  const optimal = results.filter((r) => r.status === 'optimal');
  const ids = [...new Set(optimal.flatMap((r) => Object.keys(sharesOf(r))))];
  const shares: Record<string, Distribution> = {};
  const probabilityUsed: Record<string, number> = {};
  for (const id of ids) {
    const values = optimal.map((r) => sharesOf(r)[id] ?? 0);
    shares[id] = distribution(values);
    probabilityUsed[id] = values.filter((v) => v > 1e-9).length / (optimal.length || 1);
  }
  return {
    runs: options.runs,
    seed: options.seed,
    vary,
    draws,
    shares,
    probabilityUsed,
    objective: distribution(optimal.map((r) => r.objective)),
    unmet: distribution(optimal.map((r) => r.unmet)),
    notOptimal: results.length - optimal.length,
    results,
  };
}
