import type { Scenario } from '../src/model/types';
import type { SolverApi } from '../src/client/protocol';
import { calibrate, calibrationFailure } from '../src/calibrate/calibrate';
import { planScenario } from '../src/plan/plan-scenario';
import { planError } from '../src/plan/plan-error';
import type { PlanOptions, PlanProgress, PlanResult } from '../src/plan/types';
import { sendYearByYear } from './plan-by-year';
import type { SolverSlot } from './solver-slot';
import { messageOf } from './worker-solver';

/** The methods that need the LP (and MIP) solver underneath the scenario solver: planning and calibration. */
export type PlanMethods = Pick<SolverApi, 'plan' | 'planByYear' | 'calibrate'>;

export function planMethods(slot: SolverSlot): PlanMethods {
  const runPlan = async (scenario: Scenario, options: PlanOptions = {}, onProgress?: (progress: PlanProgress) => void): Promise<PlanResult> => {
    const started = performance.now();
    try {
      const s = await slot.current();
      if (s.solveLp === undefined || s.solveMip === undefined) return planError(scenario, 'this solver cannot plan (no MIP solver)', 0);
      const { solveLp, solveMip } = s;
      const progress = onProgress === undefined ? undefined : (p: PlanProgress): void => {
        // A dropped progress message must not fail the plan.
        void Promise.resolve(onProgress(p)).catch(() => undefined);
      };
      const { warmLp, growingLp } = s;
      const result = planScenario(scenario, { solve: (one) => s.solve(one), solveLp, solveMip, ...(warmLp ? { warmLp } : {}), ...(growingLp ? { growingLp } : {}) }, options, progress);
      if (result.status === 'error') slot.drop();
      return result;
    } catch (error) {
      slot.drop();
      return planError(scenario, `solver failed: ${messageOf(error)}`, performance.now() - started);
    }
  };

  return {
    plan: runPlan,
    planByYear: async (scenario, options = {}, onProgress, onYear) => sendYearByYear(await runPlan(scenario, options, onProgress), onYear),
    async calibrate(scenario, options) {
      const started = performance.now();
      try {
        const s = await slot.current();
        if (s.solveLp === undefined) return calibrationFailure(scenario, 'this solver has no LP solver to calibrate with', performance.now() - started);
        const result = calibrate(scenario, s.solveLp, options);
        if (result.status === 'error') slot.drop();
        return result;
      } catch (error) {
        slot.drop();
        return calibrationFailure(scenario, `solver failed: ${messageOf(error)}`, performance.now() - started);
      }
    },
  };
}
