import type { Result, Scenario } from '../src/model/types';
import { CHECK_PROGRESS_MS, type CheckOutcome, type SolverApi } from '../src/client/protocol';
import type { SolveOne } from './solve-methods';
import { messageOf } from './worker-solver';

/** `SolverApi.check`: the invariant checks of src/testing run here, every solve through `solveOne`. */
export function checkMethod(solveOne: SolveOne): SolverApi['check'] {
  return async (scenario, options = {}, onProgress): Promise<CheckOutcome> => {
    // Loaded on the first check only: fast-check and the checks stay out of
    // the worker's start-up (and entirely out of the main thread's bundle).
    let runCheck: typeof import('../src/testing/run-check').runCheck;
    try {
      ({ runCheck } = await import('../src/testing/run-check'));
    } catch (error) {
      return { ok: false, message: `the invariant checks could not be loaded: ${messageOf(error)}` };
    }
    let solves = 0;
    let reported = 0;
    const report = (): void => {
      reported = performance.now();
      // A dropped progress message must not fail the check.
      void Promise.resolve(onProgress?.(solves)).catch(() => undefined);
    };
    const solve = async (variant: Scenario): Promise<Result> => {
      const result = await solveOne(variant);
      solves++;
      if (performance.now() - reported >= CHECK_PROGRESS_MS) report();
      return result;
    };
    try {
      const checked = await runCheck(scenario, { ...options, solve });
      report();
      return { ok: true, report: checked };
    } catch (error) {
      return { ok: false, message: messageOf(error) };
    }
  };
}
