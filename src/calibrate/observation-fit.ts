import { parseObservedFigure } from '../model/observed-figure';
import type { Observation, Result, Scenario } from '../model/types';
import type { FitStatistics, ObservationFit } from './types';

/**
 * Each observation beside the model's figure: model, observed, difference and
 * percent (`solve`'s table, the app's views, `calibrate`'s before and after).
 *
 * A link's figure counts the tonnes of its calibration step links
 * (`calibrated.stepOf`), which carry that link's tonnes up to the observed
 * level (docs/calibration.md); corridors and nodes count them already (a step
 * of a gate is a gate, and a step enters the same node).
 * `model` is null when the result is not optimal.
 */
export function observationFit(scenario: Scenario, result: Result): ObservationFit[] {
  return (scenario.observed ?? []).map((observation) => fitOf(observation, modelFigure(scenario, result, observation.of)));
}

/** The model's value of one observed figure, t/yr; null when the result is not optimal or the figure names nothing. */
export function modelFigure(scenario: Scenario, result: Result, of: string): number | null {
  if (result.status !== 'optimal') return null;
  const figure = parseObservedFigure(of);
  if (figure === undefined) return null;
  switch (figure.collection) {
    case 'corridors':
      return result.corridors.find((c) => c.id === figure.id)?.flow ?? null;
    case 'nodes':
      return result.nodes.find((n) => n.id === figure.id)?.throughput ?? null;
    case 'links': {
      const own = result.links.find((l) => l.id === figure.id)?.flow;
      if (own === undefined) return null;
      const steps = new Set(scenario.links.filter((l) => l.calibrated?.stepOf === figure.id).map((l) => l.id));
      return steps.size === 0 ? own : own + result.links.reduce((sum, l) => (steps.has(l.id) ? sum + l.flow : sum), 0);
    }
  }
}

/** One observation against a model figure (null: none). */
export function fitOf(observation: Observation, model: number | null): ObservationFit {
  const difference = model === null ? null : model - observation.value;
  return {
    of: observation.of,
    observed: observation.value,
    model,
    difference,
    percent: difference === null || observation.value === 0 ? null : (100 * difference) / observation.value,
    ...(observation.year === undefined ? {} : { year: observation.year }),
    ...(observation.source === undefined ? {} : { source: observation.source }),
  };
}

/**
 * Mean absolute % error over the figures that have one (observed ≠ 0 and a
 * model value), and the figure with the largest absolute % error.
 */
export function fitStatistics(fits: readonly ObservationFit[]): FitStatistics {
  let sum = 0;
  let count = 0;
  let worst: { of: string; percent: number } | null = null;
  for (const fit of fits) {
    if (fit.percent === null) continue;
    sum += Math.abs(fit.percent);
    count++;
    if (worst === null || Math.abs(fit.percent) > Math.abs(worst.percent)) worst = { of: fit.of, percent: fit.percent };
  }
  return { meanAbsolutePercentError: count === 0 ? null : sum / count, worst };
}

/**
 * Whether a model figure reproduces an observation: within `tolerance` of it
 * (relative), or within `ABSOLUTE_TONNES` (round-off).
 */
export function withinTolerance(model: number | null, observed: number, tolerance: number): boolean {
  if (model === null) return false;
  return Math.abs(model - observed) <= Math.max(tolerance * observed, ABSOLUTE_TONNES);
}

/** t/yr below which a difference is solver round-off, not a miss (an observed 0 needs no % band). */
export const ABSOLUTE_TONNES = 1e-3;
