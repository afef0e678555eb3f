/**
 * The wire types between the main thread and `workers/solver.worker.ts`.
 * Only plain, structured-cloneable data crosses (scenarios and results are
 * JSON-shaped objects); no functions, classes or glpk.js objects. The worker
 * never throws across the boundary: a failed solve comes back as a `Result`
 * whose `status` is `error` and whose `diagnosis` holds the message.
 */
import type { ParameterChange } from '../model/parameter-path';
import type { Result, Scenario } from '../model/types';
import type { CheckReport } from '../testing/types';
import type { CalibrationOptions, CalibrationResult } from '../calibrate/types';
import type { PlanOptions, PlanProgress, PlanResult } from '../plan/types';
import type { PackedPlanYear } from './packed-result';
import type { SolveAnswer } from './solve-answer';
import type { PathProgress } from '../lp/path-progress';

/** Options of one solve; the same as `solveScenario`'s. */
export interface SolveOptions {
  /** GLPK's time limit for one LP, seconds (GLPK's `tmlim`); default none. */
  readonly timeLimitSeconds?: number;
}

/**
 * A scenario as it crosses to the worker for `solvePacked`: the object, or its JSON text (`JSON.stringify`'s).
 * `SolverClient` sends a large scenario as text: structured cloning its thousands of objects was a task of
 * 27 ms of the page's CPU at a million arc-LP variables, where the text is made in about a third of that and
 * crosses as one string; the worker, not the page, parses it.
 */
export type ScenarioOnWire = Scenario | string;

/**
 * Where a long solve stands: a path-method solve's rounds (see `PathProgress`),
 * told through `solve`'s `onProgress` (a comlink `proxy`).
 */
export type SolveProgress = PathProgress;

/**
 * Shortest time between two progress reports of one solve, ms: a solve
 * shorter than this sends none, a long one a few a second.
 */
export const SOLVE_PROGRESS_MS = 100;

/** What `ping()` answers: the worker is alive and which solver it holds. */
export interface PingReply {
  readonly ok: true;
  /** Solver name and version, or null when glpk.js has not loaded yet. */
  readonly solver: {
    readonly name: string;
    readonly version: string;
    /** GLPK is called directly on glpk.js's wasm instance rather than through glpk.js's `solve` (same answers). */
    readonly direct: boolean;
    /**
     * How many solves of this worker so far started from the state of the one before (an LP from its basis, the
     * path method from its columns: a sweep's points, Monte Carlo draws, an edit that keeps the LP's shape); the others started cold. Absent where the solver has no warm path.
     */
    readonly warmStarts?: number;
  } | null;
}

/**
 * What `memory()` answers: how much memory the worker holds now, bytes.
 * For watching a long session or a batch for growth, not for accounting.
 */
export interface MemoryReport {
  /**
   * The WebAssembly memory of the worker's glpk.js instance (0 before it
   * loads); a wasm memory never shrinks, so growth over many solves is a leak
   * or a larger problem. (The worker's JS heap is not here: Chromium has no
   * `performance.memory` in workers; the benchmark reads it over the DevTools
   * protocol.)
   */
  readonly wasmBytes: number;
}

/**
 * Variants of one base scenario for `solveVariants`: variant i is the base
 * with `changes[i]` applied (`applyParameterChanges`). The base crosses once:
 * the first message of a batch to a worker carries it as `base` under a new
 * `key`, and the worker keeps it for the later messages with that key.
 */
export interface VariantBatch {
  readonly key: number;
  /** The base scenario; sent on the first message with this key to a worker, left out after. */
  readonly base?: Scenario;
  readonly changes: readonly (readonly ParameterChange[])[];
}

/** Options of `check`: those of `runCheck` that are plain data. */
export interface CheckOptions {
  /** Variants per check, a whole number ≥ 1; default 50. */
  readonly runs?: number;
  /** fast-check seed; default a random one (reported back in the report). */
  readonly seed?: number;
}

/** What `check` answers: the report, or why there is none (bad options, a crash of the checker). */
export type CheckOutcome =
  | { readonly ok: true; readonly report: CheckReport }
  | { readonly ok: false; readonly message: string };

/**
 * Told, now and then (at most every `CHECK_PROGRESS_MS`), how many solves the
 * check has made so far. Passed through comlink's `proxy`.
 */
export type CheckProgressCallback = (solves: number) => void;

/** Shortest time between two progress reports of `check`, ms: enough for a progress bar, few messages. */
export const CHECK_PROGRESS_MS = 100;

/**
 * Posted by a worker, outside comlink, just before it closes itself
 * (`self.close()`), as `{ [WORKER_CLOSING]: true }`: the page then knows at
 * once, where the browser may release the worker's life lock (see
 * `holdLifeLock`) only once the worker's thread is torn down, or never
 * where there are no Web Locks.
 */
export const WORKER_CLOSING = 'corridor-flow:worker-closing';

/**
 * The API the solver worker exposes through comlink. Methods may be sync or
 * async on the worker side; through `Remote<SolverApi>` every call is a promise.
 */
export interface SolverApi {
  /**
   * Solves one scenario (assumed valid: the app validates before). `onProgress` (a comlink `proxy`) hears how a
   * long path-method solve goes, at most every `SOLVE_PROGRESS_MS`; the solve cannot be stopped from outside
   * (the worker is busy until it ends): to cancel, the caller terminates the worker (`SolverClient.cancel`).
   */
  solve(scenario: Scenario, options?: SolveOptions, onProgress?: (progress: SolveProgress) => void): Promise<Result>;
  /**
   * `solve`, its result packed into transferred typed arrays when it is large (`SolveAnswer`; `resultOf` reads it):
   * a large network's result as a plain structured clone is one long task of the page's to deserialise.
   */
  solvePacked(scenario: ScenarioOnWire, options?: SolveOptions, onProgress?: (progress: SolveProgress) => void): Promise<SolveAnswer>;
  /** Solves many scenarios in order with the same glpk.js instance. */
  solveBatch(scenarios: readonly Scenario[], options?: SolveOptions): Promise<Result[]>;
  /**
   * Solves variants of a base in order (see `VariantBatch`). A variant whose
   * changes do not apply, or whose base this worker was never sent, gets an
   * `error` Result saying so.
   */
  solveVariants(batch: VariantBatch, options?: SolveOptions): Promise<Result[]>;
  /**
   * Runs `runCheck` (`src/testing`) on the scenario inside the worker, with
   * the worker's own solver: every invariant and metamorphic relation on
   * `runs` variants. Takes seconds to minutes; run it in a worker of its own.
   */
  check(scenario: Scenario, options?: CheckOptions, onProgress?: CheckProgressCallback): Promise<CheckOutcome>;
  /**
   * Calibrates the scenario's costs to its `observed` figures
   * (docs/calibration.md) with the worker's own solver: the same pure
   * function as `corridor-flow calibrate`. Never rejects for a valid
   * scenario: a failure comes back with status `error` or `time-limit`.
   */
  calibrate(scenario: Scenario, options?: CalibrationOptions): Promise<CalibrationResult>;
  /**
   * Solves the planning problem (`horizon`, `projects`) with the worker's
   * solver: the build plan, each model year's result, values and appraisal.
   * `onProgress` (a comlink `proxy`) hears each phase (relaxation bound,
   * first plan, appraisal). Never rejects for a valid scenario: failures
   * come back as a PlanResult with status `error`.
   */
  plan(scenario: Scenario, options?: PlanOptions, onProgress?: (progress: PlanProgress) => void): Promise<PlanResult>;
  /**
   * `plan`, with each model year sent on its own through `onYear` (a
   * comlink `proxy`, awaited each time), its one-year result packed into
   * transferred typed arrays (`PackedResult`, `unpackPlanYear` reads it),
   * and the rest of the result returned with `years: []`; the caller puts
   * the years back. A large network's five full results in one message are
   * one long task of the page's to deserialise; one per message, five
   * shorter ones, and packed, each a few ms.
   */
  planByYear(
    scenario: Scenario,
    options: PlanOptions | undefined,
    onProgress: ((progress: PlanProgress) => void) | undefined,
    onYear: (year: PackedPlanYear, index: number) => void,
  ): Promise<PlanResult>;
  /** Answers as soon as the worker's message loop runs. */
  ping(): Promise<PingReply>;
  /**
   * Takes the Web Lock named `lock` and holds it for the rest of the
   * worker's life; answers once it holds it (false: no Web Locks here). The
   * lock is released when the worker dies however it dies (closed, killed,
   * crashed), which is how the main thread notices a death at once. From
   * this call on, a worker that closes itself posts `WORKER_CLOSING` first
   * (asked for that too where the page has no Web Locks).
   */
  holdLifeLock(lock: string): Promise<boolean>;
  /** The worker's memory now (see `MemoryReport`). */
  memory(): Promise<MemoryReport>;
}
