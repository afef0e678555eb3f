import type { ReactiveControllerHost } from 'lit';
import type { SolveProgress, SolverClient } from '../client';
import { SolverClientError } from '../client/solver-client-error';
import { knownFieldsOnly } from '../model/known-fields-only';
import type { Result, Scenario } from '../model/types';
import type { CorridorSolvedDetail } from './corridor-flow-events';
import { loadClient } from './load-client';
import { pauseForLargeWork } from './large-scenario';

/** What solving needs of the app. */
export interface SolveSource {
  /** Longest wait for one solve, ms; read when the first solve makes the client. */
  timeoutMs(): number;
  /** The newest valid scenario: an answer for another one is shown only while this one is solved, a failure of another is not reported. */
  latest(): Scenario | null;
  /** A solve failed (timeout, crash) or the solver reported an error: tell the page. */
  error(message: string): void;
  /** An answer arrived: fire the element's `corridor-solved`. */
  solved(detail: CorridorSolvedDetail): void;
}

/** After this long a solve counts as long: the status shows its progress and a Cancel button, ms. */
export const LONG_SOLVE_MS = 500;

/**
 * The app's one solver: makes the client (and its worker) on the first
 * solve, sends each scenario (latest wins), keeps the last answer and says
 * whether a solve is running or why the last one failed. An answer is shown
 * only under its own scenario's lineage (`replaced()` starts a new one), so
 * another scenario's answer never appears under this one's name.
 */
export class SolveController {
  #shown: CorridorSolvedDetail | null = null;
  #solving = false;
  #failure: string | null = null;
  /** Made on the first solve, once `src/client` is loaded (see load-client.ts); none before, so no worker either. */
  #client: SolverClient | null = null;
  /** Counts disconnections: a solve whose client arrives after one must not start a worker for a detached element. */
  #disconnections = 0;
  #latestSolve: Promise<Result | null> = Promise.resolve(null);
  #inFlight = 0;
  /**
   * Counts scenarios that replace the one on screen (a model picked, a file
   * imported, a link, the autosave, a property set); edits and undo keep it.
   */
  #lineage = 0;
  /** The lineage of the scenario `shown` answers. */
  #shownLineage = -1;
  /** Whether the solving has gone on for LONG_SOLVE_MS (set by #longTimer). */
  #long = false;
  #longTimer: ReturnType<typeof setTimeout> | undefined;
  #progress: SolveProgress | null = null;
  /** The scenario whose solve the user cancelled, while it is still the latest: the answer before it stays shown. */
  #cancelled: Scenario | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: SolveSource,
  ) {}

  /** The last delivered answer and the scenario it answers (whatever its lineage). */
  get shown(): CorridorSolvedDetail | null {
    return this.#shown;
  }

  get solving(): boolean {
    return this.#solving;
  }

  /** Why the last solve gave no result (timeout, crash), null otherwise. */
  get failure(): string | null {
    return this.#failure;
  }

  /** True once the solving has gone on for LONG_SOLVE_MS: show its progress and a way to cancel it. */
  get long(): boolean {
    return this.#long;
  }

  /** How the running solve goes, when it says (a path-method solve's rounds); null otherwise. */
  get progress(): SolveProgress | null {
    return this.#progress;
  }

  /** True when the user cancelled the solve of the latest scenario: the answer shown is the one before it. */
  get cancelled(): boolean {
    return this.#cancelled !== null && this.#cancelled === this.source.latest();
  }

  /**
   * Stops the solving (the running solve and the one waiting): the answer on screen stays, marked as
   * answering an earlier scenario, until the next edit is solved.
   */
  cancel(): void {
    if (!this.#solving || this.#client === null) return;
    this.#cancelled = this.source.latest();
    this.#client.cancel();
  }

  /** A scenario replaced the one on screen: earlier answers are not its answers. */
  replaced(): void {
    this.#lineage += 1;
  }

  /**
   * The answer to show: the last one if it answers the latest scenario, or,
   * while that is being solved, an earlier edit of it (marked stale); never
   * another scenario's answer under this one's name.
   */
  current(): CorridorSolvedDetail | null {
    const shown = this.#shown;
    if (shown === null || this.#shownLineage !== this.#lineage) return null;
    return shown.scenario === this.source.latest() || this.#solving || this.cancelled ? shown : null;
  }

  /** Solves `scenario`; resolves with its result, the newer one's when overtaken, or null on failure. */
  solve(scenario: Scenario): Promise<Result | null> {
    const run = this.#solve(scenario);
    this.#latestSolve = run;
    return run;
  }

  /** The element left the page: solves in flight give no answer, and the worker stops. */
  disconnected(): void {
    this.#disconnections++;
    clearTimeout(this.#longTimer);
    this.#client?.dispose();
    this.#client = null;
  }

  async #solve(scenario: Scenario): Promise<Result | null> {
    const lineage = this.#lineage;
    this.#inFlight++;
    this.#cancelled = null;
    this.#setSolving(true);
    try {
      const client = this.#client ?? (await this.#makeClient());
      const onProgress = (progress: SolveProgress): void => {
        this.#progress = progress;
        this.host.requestUpdate();
      };
      // Only what the solver needs crosses to the worker; the app's own copy keeps every field.
      const outcome = await client.solve(knownFieldsOnly(scenario), { onProgress });
      if (outcome.stale && outcome.cancelled === true) return null;
      if (outcome.stale) return await this.#latestSolve;
      this.#failure = null;
      this.#shownLineage = lineage;
      this.#shown = { scenario, result: outcome.result };
      this.host.requestUpdate();
      this.source.solved(this.#shown);
      if (outcome.result.status === 'error') this.source.error(`The solver failed: ${(outcome.result.diagnosis ?? []).join('; ')}`);
      return outcome.result;
    } catch (error) {
      const reason =
        error instanceof SolverClientError ? error.message : `The solver failed: ${error instanceof Error ? error.message : String(error)}`;
      const message = `${reason} (scenario "${scenario.name}")`;
      // A failure of a scenario that is no longer the current one is not the current one's.
      if (!(error instanceof SolverClientError && error.kind === 'closed') && scenario === this.source.latest()) {
        this.#failure = message;
        this.host.requestUpdate();
        this.source.error(message);
      }
      return null;
    } finally {
      this.#inFlight--;
      this.#setSolving(this.#inFlight > 0);
    }
  }

  /**
   * The first solve loads `src/client` (see load-client.ts). Solves asked for meanwhile resume in
   * the order they were asked, each making or reusing the client and sending at once: the latest wins.
   */
  async #makeClient(): Promise<SolverClient> {
    const before = this.#disconnections;
    const { SolverClient } = await loadClient();
    // Disconnected while it loaded: as for a solve in flight then, no answer, and no worker for a detached element.
    if (this.#disconnections !== before) throw new SolverClientError('closed', 'The solver client was disposed.');
    // It pauses only while unpacking a large answer: the pause comes with the large scenario's chunk (if that
    // cannot load, the answer's unpacking fails, and the solve with it).
    return (this.#client ??= new SolverClient({ timeoutMs: this.source.timeoutMs(), pause: pauseForLargeWork }));
  }

  #setSolving(solving: boolean): void {
    if (solving === this.#solving) return;
    this.#solving = solving;
    clearTimeout(this.#longTimer);
    this.#long = false;
    this.#progress = null;
    if (solving) {
      this.#longTimer = setTimeout(() => {
        this.#long = true;
        this.host.requestUpdate();
      }, LONG_SOLVE_MS);
    }
    this.host.requestUpdate();
  }
}
