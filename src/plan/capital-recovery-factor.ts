import type { Project } from '../model/types';

/** A project's life when the file gives none, years (spec: `projects`). */
export const DEFAULT_LIFE = 30;

/**
 * The capital recovery factor: the share of an overnight investment paid
 * each year so that `life` equal payments repay it at rate `r`,
 * CRF = r / (1 − (1+r)^−life), and 1/life when r = 0 (its limit).
 */
export function capitalRecoveryFactor(rate: number, life: number): number {
  if (rate === 0) return 1 / life;
  return rate / (1 - Math.pow(1 + rate, -life));
}

/** K_p = capex·CRF + opex: what a project costs per year while open, USD/yr (at full size). */
export function projectYearlyCost(project: Project, rate: number): number {
  return (project.capex ?? 0) * capitalRecoveryFactor(rate, project.life ?? DEFAULT_LIFE) + (project.opex ?? 0);
}
