import type { FitStatistics, ObservationFit } from '../../calibrate/types';

/** Mean absolute % error and the worst figure, over the fits that have a % (an observed 0 has none). */
export function fitStatistics(fits: readonly ObservationFit[]): FitStatistics {
  let sum = 0;
  let n = 0;
  let worst: { of: string; percent: number } | null = null;
  for (const f of fits) {
    if (f.percent === null) continue;
    sum += Math.abs(f.percent);
    n++;
    if (worst === null || Math.abs(f.percent) > Math.abs(worst.percent)) worst = { of: f.of, percent: f.percent };
  }
  return { meanAbsolutePercentError: n === 0 ? null : sum / n, worst };
}
