import type { Problem, Scenario } from '../../model/types';
import { observedFigures } from '../../components/corridor-observations/observed-figures';

/**
 * Every problem of the scenario's `observed` figures with its JSON path,
 * all at once: a figure the scenario does not have, a value that is not
 * t/yr ≥ 0, a year that is not whole. (The calibration engine's parser
 * reports the same paths; this shows them while the user types.)
 */
export function observationProblems(scenario: Scenario): Problem[] {
  const known = new Set(observedFigures(scenario).map((f) => f.of));
  const problems: Problem[] = [];
  (scenario.observed ?? []).forEach((o, i) => {
    if (!known.has(o.of)) {
      problems.push({ path: `observed[${i}].of`, message: `should name a figure of this scenario (corridors.<id>.flow, links.<id>.flow or nodes.<id>.throughput), got ${JSON.stringify(o.of)}` });
    }
    if (!(typeof o.value === 'number' && Number.isFinite(o.value) && o.value >= 0)) {
      problems.push({ path: `observed[${i}].value`, message: `should be t/yr ≥ 0, got ${String(o.value)}` });
    }
    if (o.year !== undefined && !Number.isInteger(o.year)) problems.push({ path: `observed[${i}].year`, message: `should be a whole year, got ${String(o.year)}` });
  });
  return problems;
}
