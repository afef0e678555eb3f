import { transfer } from 'comlink';
import type { PlanResult } from '../src/plan/types';
import { packedBuffers, packPlanYear, type PackedPlanYear } from '../src/client/packed-result';

/**
 * Sends each model year of `result` through `onYear` (awaited, so each is a
 * message of its own), its one-year result packed into transferred typed
 * arrays (`PackedResult`), and returns the rest with `years: []`: see
 * `SolverApi.planByYear`.
 */
export async function sendYearByYear(result: PlanResult, onYear: (year: PackedPlanYear, index: number) => unknown): Promise<PlanResult> {
  for (let i = 0; i < result.years.length; i++) {
    const year = packPlanYear(result.years[i]!);
    await onYear(transfer(year, packedBuffers(year.result)), i);
  }
  return { ...result, years: [] };
}
