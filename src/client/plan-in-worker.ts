import { proxy, type Remote } from 'comlink';
import type { Scenario } from '../model/types';
import type { PlanOptions, PlanProgress, PlanResult, PlanYear } from '../plan/types';
import type { SolverApi } from './protocol';
import type { WorkerFactory } from './create-solver-worker';
import { runInOwnWorker } from './run-in-own-worker';
import { unpackPlanYear, type PackedPlanYear } from './packed-result';

/**
 * Default limit on a whole plan, ms: ten minutes. A plan with its own
 * `timeLimitSeconds` gets that plus a minute for the appraisal's re-solves
 * and the worker's start, so GLPK's limit (which reports the incumbent) is
 * reached before ours (which reports nothing).
 */
export const DEFAULT_PLAN_TIMEOUT_MS = 10 * 60_000;

export interface PlanInWorkerOptions {
  /** Stops the plan: the worker is terminated and the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** The incumbent, bound and gap now and then. */
  readonly onProgress?: (progress: PlanProgress) => void;
  /** Limit on the whole plan, ms; default from `timeLimitSeconds`, else `DEFAULT_PLAN_TIMEOUT_MS`. */
  readonly timeoutMs?: number;
  readonly createWorker?: WorkerFactory;
  /**
   * Keep the worker, idle, until this settles (the page has drawn the plan), and end it then rather than as the
   * answer comes: see `OwnWorkerRun.holdWorkerUntil`.
   */
  readonly holdWorkerUntil?: Promise<unknown>;
}

/**
 * Plans `scenario` in a worker of its own (see `runInOwnWorker`). Resolves
 * with the worker's `PlanResult` (failures as data, status `error`); rejects
 * with a `SolverClientError` when the worker dies or times out, and with the
 * signal's reason when cancelled.
 */
export function planInWorker(scenario: Scenario, planOptions: PlanOptions = {}, options: PlanInWorkerOptions = {}): Promise<PlanResult> {
  const { signal, onProgress, createWorker } = options;
  const timeoutMs = options.timeoutMs ?? (planOptions.timeLimitSeconds !== undefined ? planOptions.timeLimitSeconds * 1000 + 60_000 : DEFAULT_PLAN_TIMEOUT_MS);
  const progress = proxy((p: PlanProgress) => onProgress?.(p));
  // Each model year's full result arrives in a message of its own, packed (see `SolverApi.planByYear`).
  const years: PlanYear[] = [];
  const onYear = proxy((year: PackedPlanYear, index: number) => void (years[index] = unpackPlanYear(year)));
  const planned = async (api: Remote<SolverApi>): Promise<PlanResult> => ({ ...((await api.planByYear(scenario, planOptions, progress, onYear)) as PlanResult), years });
  return runInOwnWorker(planned, {
    timeoutMs,
    what: 'The plan',
    ...(options.holdWorkerUntil ? { holdWorkerUntil: options.holdWorkerUntil } : {}),
    ...(signal ? { signal } : {}),
    ...(createWorker ? { createWorker } : {}),
  });
}
