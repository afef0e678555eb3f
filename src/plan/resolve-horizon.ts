import type { Horizon, HorizonChange } from '../model/types';

/** A horizon with its defaults applied (spec: `horizon`). */
export interface ResolvedHorizon {
  /** Model years, strictly increasing. */
  readonly years: readonly number[];
  /** Last calendar year counted. */
  readonly end: number;
  readonly discountRate: number;
  /** The year costs are discounted and demand grown to. */
  readonly base: number;
  readonly changes: readonly HorizonChange[];
}

/** Defaults: `end` the last model year, `discountRate` 0, `base` the first model year, no changes. */
export function resolveHorizon(horizon: Horizon): ResolvedHorizon {
  const years = horizon.years;
  return {
    years,
    end: horizon.end ?? years[years.length - 1]!,
    discountRate: horizon.discountRate ?? 0,
    base: horizon.base ?? years[0]!,
    changes: horizon.changes ?? [],
  };
}

/**
 * W_t = Σ_{y in model year t's calendar years} (1+r)^−(y − base): model year
 * t stands for `years[t]` up to the year before `years[t+1]`, the last one up
 * to `end`.
 */
export function modelYearWeights(horizon: ResolvedHorizon): number[] {
  const { years, end, discountRate, base } = horizon;
  return years.map((start, t) => {
    const last = t + 1 < years.length ? years[t + 1]! - 1 : end;
    let weight = 0;
    for (let y = start; y <= last; y++) weight += Math.pow(1 + discountRate, -(y - base));
    return weight;
  });
}
