import type { Observation } from '../model/types';

/**
 * The observations calibration fits, one per figure: with `year`, that
 * year's (else the undated one); otherwise the latest (a dated one before an
 * undated one). A scenario is one year: the same figure seen in two years is
 * history, not two targets at once. The others are still shown before and
 * after.
 */
export function fittedObservations(observed: readonly Observation[], year?: number): Observation[] {
  const rank = (o: Observation): number =>
    year === undefined ? (o.year ?? -Infinity) : o.year === year ? 1 : o.year === undefined ? 0 : -Infinity;
  const best = new Map<string, Observation>();
  for (const observation of observed) {
    if (rank(observation) === -Infinity && year !== undefined) continue;
    const current = best.get(observation.of);
    if (current === undefined || rank(observation) > rank(current)) best.set(observation.of, observation);
  }
  return observed.filter((o) => best.get(o.of) === o);
}
