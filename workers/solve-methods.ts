import type { Result, Scenario } from '../src/model/types';
import { SOLVE_PROGRESS_MS, type ScenarioOnWire, type SolveOptions, type SolveProgress, type SolverApi } from '../src/client/protocol';
import { errorResult } from '../src/client/error-result';
import { explainSolverFailure } from '../src/client/explain-solver-failure';
import { applyParameterChanges } from '../src/model/parameter-path';
import { shareUnchanged } from './share-unchanged';
import { solveAnswerOf } from './solve-answer-of';
import type { SolverSlot } from './solver-slot';
import { messageOf } from './worker-solver';

/** One scenario solve that never rejects: a failure is an `error` Result (and drops the instance). */
export type SolveOne = (scenario: Scenario, options?: SolveOptions, onProgress?: (progress: SolveProgress) => void) => Promise<Result>;

/** The scenario solves of `SolverApi`, one at a time or in batches, all through `solveOne`. */
export type SolveMethods = Pick<SolverApi, 'solve' | 'solvePacked' | 'solveBatch' | 'solveVariants'>;

/** `SolveOne` over the slot's instance, through its warm solver where it has one. */
export function solveOneWith(slot: SolverSlot): SolveOne {
  return async (scenario, options, onProgress) => {
    const started = performance.now();
    try {
      const s = await slot.current();
      const progress = throttled(onProgress, started);
      const result = (slot.warmOf(s) ?? s).solve(scenario, progress === undefined ? options : { ...options, onProgress: progress });
      if (result.status === 'error') slot.drop();
      return result;
    } catch (error) {
      slot.drop();
      // A load refused by the page's CSP says which directive to add (explain-solver-failure.ts).
      const message = messageOf(error);
      const explained = explainSolverFailure(message);
      return errorResult(explained === message ? `solver failed: ${message}` : explained, performance.now() - started);
    }
  };
}

export function solveMethods(solveOne: SolveOne): SolveMethods {
  /** The base of the variant batch in progress (one at a time: the pool runs batches one after another). */
  let variantBase: { readonly key: number; readonly scenario: Scenario } | null = null;
  return {
    solve: solveOne,
    solvePacked: async (scenario, options, onProgress) => solveAnswerOf(await solveOne(scenarioOffWire(scenario), options, onProgress)),
    async solveBatch(scenarios, options) {
      const results: Result[] = [];
      for (const scenario of scenarios) results.push(shareUnchanged(results.at(-1) ?? null, await solveOne(scenario, options)));
      return results;
    },
    async solveVariants({ key, base, changes }, options) {
      if (base !== undefined) variantBase = { key, scenario: base };
      const results: Result[] = [];
      for (const change of changes) {
        if (variantBase?.key !== key) {
          results.push(errorResult(`the base scenario of variant batch ${key} was not sent to this worker`, 0));
          continue;
        }
        let variant: Scenario;
        try {
          variant = applyParameterChanges(variantBase.scenario, change);
        } catch (error) {
          results.push(errorResult(messageOf(error), 0));
          continue;
        }
        results.push(shareUnchanged(results.at(-1) ?? null, await solveOne(variant, options)));
      }
      return results;
    },
  };
}

/** The scenario `solvePacked` was sent: parsed here when it came as its JSON text (`ScenarioOnWire`). */
export function scenarioOffWire(scenario: ScenarioOnWire): Scenario {
  return typeof scenario === 'string' ? (JSON.parse(scenario) as Scenario) : scenario;
}

/**
 * `onProgress` for a solve that started at `started`, called at most every SOLVE_PROGRESS_MS (none in a solve's
 * first SOLVE_PROGRESS_MS: a quick solve sends no message). The solve runs synchronously, so each call is a
 * message posted at once; its answer is never awaited, and one that fails must not fail the solve.
 */
function throttled(onProgress: ((progress: SolveProgress) => void) | undefined, started: number): ((progress: SolveProgress) => void) | undefined {
  if (onProgress === undefined) return undefined;
  let last = started;
  return (progress) => {
    const now = performance.now();
    if (now - last < SOLVE_PROGRESS_MS) return;
    last = now;
    void Promise.resolve(onProgress(progress)).catch(() => undefined);
  };
}
