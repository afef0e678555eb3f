import type { PlanInput } from './build-plan-mip';
import type { PlanSketch } from './types';

/** The first model year with y > 0, null when never. */
export function opensIn(years: readonly number[], fractions: readonly number[]): number | null {
  const t = fractions.findIndex((y) => y > 0);
  return t < 0 ? null : years[t]!;
}

/** A plan in brief (see `PlanSketch`): y(p,t) = `fractions[p][t]`, costing `objective`. */
export function planSketch(input: PlanInput, objective: number, fractions: readonly (readonly number[])[]): PlanSketch {
  return {
    objective,
    years: [...input.years],
    projects: input.projects.map((scheduled, p) => ({
      id: scheduled.project.id,
      opens: opensIn(input.years, fractions[p]!),
      fraction: fractions[p]!.at(-1) ?? 0,
      fractions: [...fractions[p]!],
    })),
  };
}
