import type { Result, Scenario } from '../src/model/types';
import {
  CHECK_PROGRESS_MS,
  SOLVE_PROGRESS_MS,
  WORKER_CLOSING,
  type CheckOutcome,
  type MemoryReport,
  type PingReply,
  type SolveOptions,
  type SolveProgress,
  type SolverApi,
} from '../src/client/protocol';
import { errorResult } from '../src/client/error-result';
import { explainSolverFailure } from '../src/client/explain-solver-failure';
import { applyParameterChanges } from '../src/model/parameter-path';
import { watchWasmMemory } from './wasm-memory';
import { shareUnchanged } from './share-unchanged';
import type { LpSolve } from '../src/lp/types';
import { calibrate, calibrationFailure } from '../src/calibrate/calibrate';
import type { MipSolve } from '../src/lp/mip-types';
import { planScenario } from '../src/plan/plan-scenario';
import { planError } from '../src/plan/plan-error';
import type { WarmSolver } from '../src/solver/types';
import { sendYearByYear } from './plan-by-year';
import { solveAnswerOf } from './solve-answer-of';
import type { PlanOptions, PlanProgress, PlanResult } from '../src/plan/types';

/** The part of `src/solver`'s `Solver` the worker needs. */
export interface WorkerSolver {
  solve(scenario: Scenario, options?: SolveOptions & { readonly onProgress?: (progress: SolveProgress) => void }): Result;
  readonly version: string;
  /** Whether GLPK is called directly (the `Solver` of src/solver says; absent: no). */
  readonly direct?: boolean;
  /** The neutral LP solver underneath (the `Solver` of src/solver has it): `calibrate` and `plan` need it. */
  readonly solveLp?: LpSolve;
  /** The MIP solver underneath, for `plan` (absent: `plan` answers with an error). */
  readonly solveMip?: MipSolve;
  /** A warm-starting LP solver for a plan's model years (the `Solver` of src/solver has it with the direct way). */
  readonly warmLp?: () => { readonly solveLp: LpSolve; readonly release: () => void };
  /** The path method's solver of growing masters, for a large network's plan years (the `Solver` of src/solver has it with the direct way). */
  readonly growingLp?: () => { readonly solveLp: LpSolve; readonly release: () => void };
  /** A warm-starting scenario solver (the `Solver` of src/solver has it with the direct way): every solve goes through one. */
  readonly warmSolver?: () => WarmSolver;
}

/**
 * The worker's API as plain glue around one solver instance, separate from
 * `solver.worker.ts` so it can be exposed over a `MessageChannel` in a test.
 *
 * One instance is loaded on first use and reused. Every failure comes back
 * as an `error` Result, never as a rejected call. After a failed solve the
 * instance is dropped and the next call loads a fresh one: an Emscripten
 * abort (`RuntimeError: Aborted()`) leaves the wasm instance unusable, and
 * an abort cannot always be told apart from other errors.
 *
 * `readWasmBytes` tells `memory()` the size of the realm's WebAssembly
 * memories; by default it starts watching them here, before the solver loads.
 */
export function createSolverApi(loadSolver: () => Promise<WorkerSolver>, readWasmBytes: () => number = watchWasmMemory()): SolverApi {
  let solver: Promise<WorkerSolver> | null = null;
  let loaded: WorkerSolver | null = null;

  const current = (): Promise<WorkerSolver> => {
    solver ??= loadSolver().then(
      (s) => (loaded = s),
      (error: unknown) => {
        solver = null; // a failed load is retried on the next call
        throw error;
      },
    );
    return solver;
  };

  /**
   * Every solve of this worker (an edit in the app, a sweep's points, Monte Carlo draws) goes through one warm
   * solver: a scenario of the last one's shape starts from its basis; any other, and any small LP, solves cold.
   */
  let warm: { readonly solver: WorkerSolver; readonly warm: WarmSolver } | null = null;
  let warmStartsBefore = 0;
  const warmOf = (s: WorkerSolver): WarmSolver | null => {
    if (s.warmSolver === undefined) return null;
    if (warm?.solver !== s) warm = { solver: s, warm: s.warmSolver() };
    return warm.warm;
  };

  const solveOne = async (scenario: Scenario, options?: SolveOptions, onProgress?: (progress: SolveProgress) => void): Promise<Result> => {
    const started = performance.now();
    try {
      const s = await current();
      const progress = throttled(onProgress, started);
      const result = (warmOf(s) ?? s).solve(scenario, progress === undefined ? options : { ...options, onProgress: progress });
      if (result.status === 'error') drop();
      return result;
    } catch (error) {
      drop();
      // A load refused by the page's CSP says which directive to add (explain-solver-failure.ts).
      const message = messageOf(error);
      const explained = explainSolverFailure(message);
      return errorResult(explained === message ? `solver failed: ${message}` : explained, performance.now() - started);
    }
  };

  const runPlan = async (scenario: Scenario, options: PlanOptions = {}, onProgress?: (progress: PlanProgress) => void): Promise<PlanResult> => {
    const started = performance.now();
    try {
      const s = await current();
      if (s.solveLp === undefined || s.solveMip === undefined) return planError(scenario, 'this solver cannot plan (no MIP solver)', 0);
      const { solveLp, solveMip } = s;
      const progress = onProgress === undefined ? undefined : (p: PlanProgress): void => {
        // A dropped progress message must not fail the plan.
        void Promise.resolve(onProgress(p)).catch(() => undefined);
      };
      const { warmLp, growingLp } = s;
      const result = planScenario(scenario, { solve: (one) => s.solve(one), solveLp, solveMip, ...(warmLp ? { warmLp } : {}), ...(growingLp ? { growingLp } : {}) }, options, progress);
      if (result.status === 'error') drop();
      return result;
    } catch (error) {
      drop();
      return planError(scenario, `solver failed: ${messageOf(error)}`, performance.now() - started);
    }
  };

  /** The base of the variant batch in progress (one at a time: the pool runs batches one after another). */
  let variantBase: { readonly key: number; readonly scenario: Scenario } | null = null;

  const drop = (): void => {
    solver = null;
    loaded = null;
    if (warm !== null) {
      warmStartsBefore += warm.warm.warmStarts();
      // After an abort the instance may not even free its memory; it is dropped with the instance anyway.
      try {
        warm.warm.release();
      } catch {
        // nothing to do: the instance is dropped
      }
      warm = null;
    }
  };

  return {
    solve: solveOne,
    solvePacked: async (scenario, options, onProgress) => solveAnswerOf(await solveOne(scenario, options, onProgress)),
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
    async check(scenario, options = {}, onProgress): Promise<CheckOutcome> {
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
    },
    plan: runPlan,
    planByYear: async (scenario, options = {}, onProgress, onYear) => sendYearByYear(await runPlan(scenario, options, onProgress), onYear),
    async calibrate(scenario, options) {
      const started = performance.now();
      try {
        const s = await current();
        if (s.solveLp === undefined) return calibrationFailure(scenario, 'this solver has no LP solver to calibrate with', performance.now() - started);
        const result = calibrate(scenario, s.solveLp, options);
        if (result.status === 'error') drop();
        return result;
      } catch (error) {
        drop();
        return calibrationFailure(scenario, `solver failed: ${messageOf(error)}`, performance.now() - started);
      }
    },
    async ping(): Promise<PingReply> {
      if (loaded === null) return { ok: true, solver: null };
      const solver = { name: 'glpk.js', version: loaded.version, direct: loaded.direct ?? false };
      if (loaded.warmSolver === undefined) return { ok: true, solver };
      return { ok: true, solver: { ...solver, warmStarts: warmStartsBefore + (warm?.warm.warmStarts() ?? 0) } };
    },
    async memory(): Promise<MemoryReport> {
      return { wasmBytes: readWasmBytes() };
    },
    holdLifeLock: holdLifeLock,
  };
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

/**
 * See `SolverApi.holdLifeLock`: the lock's callback never returns, so only the worker's end releases it.
 * A worker that closes itself also says so first (`announceClose`).
 */
function holdLifeLock(lock: string): Promise<boolean> {
  announceClose();
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (locks === undefined) return Promise.resolve(false);
  return new Promise<boolean>((resolve) => {
    void locks.request(lock, () => {
      resolve(true);
      return new Promise<never>(() => undefined);
    });
  });
}

/**
 * Makes `self.close()` post `{ [WORKER_CLOSING]: true }` to the page before
 * closing (once per worker; not outside a worker, where `close` is the
 * window's). Whoever calls it (our code, a dependency's exit handler), the
 * page hears of it at once rather than when the browser gets round to
 * releasing the life lock, about a second later on a busy machine.
 */
function announceClose(): void {
  const scope = globalThis as { WorkerGlobalScope?: unknown; close?: () => void; postMessage?: (message: unknown) => void };
  if (scope.WorkerGlobalScope === undefined || typeof scope.close !== 'function' || typeof scope.postMessage !== 'function') return;
  if ((scope.close as { announces?: boolean }).announces === true) return;
  const close = scope.close.bind(scope);
  const post = scope.postMessage.bind(scope);
  const announcing = Object.assign(
    (): void => {
      post({ [WORKER_CLOSING]: true });
      close();
    },
    { announces: true },
  );
  scope.close = announcing;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
