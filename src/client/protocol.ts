/**
 * The wire types between the main thread and `workers/solver.worker.ts`.
 * Only plain, structured-cloneable data crosses (scenarios and results are
 * JSON-shaped objects); no functions, classes or glpk.js objects. The worker
 * never throws across the boundary: a failed solve comes back as a `Result`
 * whose `status` is `error` and whose `diagnosis` holds the message.
 */
import type { Result, Scenario } from '../model/types';

/** Options of one solve; the same as `solveScenario`'s. */
export interface SolveOptions {
  /** GLPK's time limit for one LP, seconds (GLPK's `tmlim`); default none. */
  readonly timeLimitSeconds?: number;
}

/** What `ping()` answers: the worker is alive and which solver it holds. */
export interface PingReply {
  readonly ok: true;
  /** Solver name and version, or null when glpk.js has not loaded yet. */
  readonly solver: { readonly name: string; readonly version: string } | null;
}

/**
 * The API the solver worker exposes through comlink. Methods may be sync or
 * async on the worker side; through `Remote<SolverApi>` every call is a promise.
 */
export interface SolverApi {
  /** Solves one scenario (assumed valid: the app validates before). */
  solve(scenario: Scenario, options?: SolveOptions): Promise<Result>;
  /** Solves many scenarios in order with the same glpk.js instance. */
  solveBatch(scenarios: readonly Scenario[], options?: SolveOptions): Promise<Result[]>;
  /** Answers as soon as the worker's message loop runs. */
  ping(): Promise<PingReply>;
}
