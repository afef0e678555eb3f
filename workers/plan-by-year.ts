import type { PlanResult, PlanYear } from '../src/plan/types';

/**
 * Sends each model year of `result` through `onYear` (awaited, so each is a
 * message of its own) and returns the rest with `years: []`: see
 * `SolverApi.planByYear`.
 */
export async function sendYearByYear(result: PlanResult, onYear: (year: PlanYear, index: number) => unknown): Promise<PlanResult> {
  for (let i = 0; i < result.years.length; i++) await onYear(result.years[i]!, i);
  return { ...result, years: [] };
}
