import type { Observation, Result, Scenario } from '../model/types';
import type { ObservationFit } from '../calibrate/types';

/** `corridors.<id>.flow`, `links.<id>.flow`, `nodes.<id>.throughput` (ids may hold dots). */
const FIGURE = /^(corridors|links|nodes)\.(.+)\.(flow|throughput)$/;

/**
 * The model's figure an observation names, t/yr; null when the result has
 * no figures (not optimal) or the path names nothing in it.
 */
export function modelFigure(result: Result, of: string): number | null {
  if (result.status !== 'optimal') return null;
  const m = FIGURE.exec(of);
  if (m === null) return null;
  const [, collection, id, field] = m;
  if (collection === 'corridors' && field === 'flow') return result.corridors.find((c) => c.id === id)?.flow ?? null;
  if (collection === 'links' && field === 'flow') return result.links.find((l) => l.id === id)?.flow ?? null;
  if (collection === 'nodes' && field === 'throughput') return result.nodes.find((n) => n.id === id)?.throughput ?? null;
  return null;
}

/** One observation beside the model's figure (difference in t/yr, % of the observed value). */
export function observationFit(observation: Observation, result: Result): ObservationFit {
  const model = modelFigure(result, observation.of);
  const difference = model === null ? null : model - observation.value;
  return {
    of: observation.of,
    observed: observation.value,
    model,
    difference,
    percent: difference === null || observation.value === 0 ? null : (100 * difference) / observation.value,
    ...(observation.year !== undefined ? { year: observation.year } : {}),
    ...(observation.source !== undefined ? { source: observation.source } : {}),
  };
}

/**
 * The scenario's observations against a result of that scenario, in file
 * order: what `solve` shows beside the model's figures. The calibration
 * engine computes the same for its `before` and `after`.
 */
export function observationFits(scenario: Scenario, result: Result): ObservationFit[] {
  return (scenario.observed ?? []).map((o) => observationFit(o, result));
}

export { fitStatistics } from '../components/corridor-observations/fit-statistics';
