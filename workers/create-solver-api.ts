import type { Result, Scenario } from '../src/model/types';
import type { PingReply, SolveOptions, SolverApi } from '../src/client/protocol';
import { errorResult } from '../src/client/error-result';

/** The part of `src/solver`'s `Solver` the worker needs. */
export interface WorkerSolver {
  solve(scenario: Scenario, options?: SolveOptions): Result;
  readonly version: string;
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
 */
export function createSolverApi(loadSolver: () => Promise<WorkerSolver>): SolverApi {
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

  const solveOne = async (scenario: Scenario, options?: SolveOptions): Promise<Result> => {
    const started = performance.now();
    try {
      const s = await current();
      const result = s.solve(scenario, options);
      if (result.status === 'error') drop();
      return result;
    } catch (error) {
      drop();
      return errorResult(`solver failed: ${messageOf(error)}`, performance.now() - started);
    }
  };

  const drop = (): void => {
    solver = null;
    loaded = null;
  };

  return {
    solve: solveOne,
    async solveBatch(scenarios, options) {
      const results: Result[] = [];
      for (const scenario of scenarios) results.push(await solveOne(scenario, options));
      return results;
    },
    async ping(): Promise<PingReply> {
      return { ok: true, solver: loaded ? { name: 'glpk.js', version: loaded.version } : null };
    },
  };
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
