import type { Project } from '../model/types';
import { projectYearlyCost } from './capital-recovery-factor';

/** One project as the planning problem sees it. */
export interface ScheduledProject {
  readonly project: Project;
  /** K_p, USD/yr at full size. */
  readonly yearlyCost: number;
  /** Bounds of y(p,t) per model year: [lower[t], upper[t]] ⊆ [0, 1]. */
  readonly lower: readonly number[];
  readonly upper: readonly number[];
  /** All or nothing (a binary y), unless `divisible`. */
  readonly integer: boolean;
}

/**
 * The bounds the spec puts on y(p,t): 0 in every model year that starts
 * before `earliest` (also when `earliest` falls between model years), fixed
 * by `decision` where it is not `choose` (`build`: 1 from `earliest` on;
 * `never`: 0 throughout), else free in [0, 1].
 */
export function scheduleProject(project: Project, years: readonly number[], discountRate: number): ScheduledProject {
  const earliest = project.earliest ?? years[0]!;
  const decision = project.decision ?? 'choose';
  const lower: number[] = [];
  const upper: number[] = [];
  for (const year of years) {
    const allowed = decision !== 'never' && year >= earliest;
    upper.push(allowed ? 1 : 0);
    lower.push(allowed && decision === 'build' ? 1 : 0);
  }
  return { project, yearlyCost: projectYearlyCost(project, discountRate), lower, upper, integer: !(project.divisible ?? false) };
}
