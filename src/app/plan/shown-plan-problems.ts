import type { Problem, Scenario } from '../../model/types';
import { planInputProblems } from './plan-input-problems';

/** Paths of the planning inputs, as `planInputProblems` and the engine's parser name them. */
function isPlanPath(path: string): boolean {
  return /^(horizon|projects)(\.|\[|$)/.test(path) || /^demands\[\d+\]\.growth$/.test(path);
}

/**
 * The problems the planning inputs show: the app's problems of the planning
 * inputs, then the inputs' own checks (`planInputProblems`), each problem
 * once (the two often find the same one).
 */
export function shownPlanProblems(appProblems: readonly Problem[], scenario: Scenario | null): Problem[] {
  const seen = new Set<string>();
  const all: Problem[] = [];
  for (const p of [...appProblems.filter((q) => isPlanPath(q.path)), ...(scenario === null ? [] : planInputProblems(scenario))]) {
    const key = `${p.path}|${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    all.push(p);
  }
  return all;
}
