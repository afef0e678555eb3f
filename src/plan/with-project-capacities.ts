import { getParameter, setParameter } from '../model/parameter-path';
import type { Project, Scenario } from '../model/types';

/**
 * The one-year scenario with projects open: each capacity a project adds to
 * grows by `amount`·fraction (spec: "a link or node's capacity in year t is
 * its year-t capacity plus Σ_p amount·y(p,t)"). `fractions[p]` is y of
 * `projects[p]` in that year; 0 leaves the capacity as it is.
 */
export function withProjectCapacities(scenario: Scenario, projects: readonly Project[], fractions: readonly number[]): Scenario {
  const added = new Map<string, number>();
  projects.forEach((project, p) => {
    const y = fractions[p] ?? 0;
    if (y <= 0) return;
    for (const { set, amount } of project.adds) added.set(set, (added.get(set) ?? 0) + amount * y);
  });
  let result = scenario;
  for (const [path, amount] of added) {
    const capacity = getParameter(result, path);
    // Validation refuses a project on an unlimited capacity; one made unlimited later gains nothing.
    if (capacity !== undefined) result = setParameter(result, path, capacity + amount);
  }
  return result;
}
