import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MarginalRange } from '../analysis/marginal-range';
import type { SolveMany } from '../analysis/types';
import type { Result, Scenario } from '../model/types';

/** Quiet time after a new answer before its ranges are computed, ms: a slider drag should not start a batch per step. */
export const RANGES_DELAY_MS = 300;

/**
 * Keeps the marginal ranges (`marginalRanges`) of the answer on screen: a
 * few re-solves per binding capacity on the analyses' worker pool, started
 * when an answer has stood for RANGES_DELAY_MS, cancelled by the next one.
 * `rangesFor(result)` gives them only for the answer they were computed for,
 * so a range never sits beside another answer's marginal value.
 */
export class MarginalRangesController implements ReactiveController {
  #ranges: { readonly result: Result; readonly ranges: readonly MarginalRange[] } | null = null;
  #asked: Result | null = null;
  #abort: AbortController | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The answer on screen and the scenario it answers. */
    private readonly shown: () => { readonly scenario: Scenario | null; readonly result: Result | null },
    private readonly solveMany: () => SolveMany,
  ) {
    host.addController(this);
    // Added after the host's first update (loaded lazily): look at the answer already there.
    host.requestUpdate();
  }

  rangesFor(result: Result | null): readonly MarginalRange[] | null {
    return result !== null && this.#ranges?.result === result ? this.#ranges.ranges : null;
  }

  hostUpdated(): void {
    const { scenario, result } = this.shown();
    if (result === this.#asked) return;
    this.#asked = result;
    this.#cancel();
    if (scenario === null || result === null || result.status !== 'optimal') return;
    // What `marginalRanges` counts as binding (BINDING_EPSILON): with nothing binding there is nothing to compute.
    const binds = [...result.links, ...result.nodes].some((item) => item.marginalValue > 1e-7);
    if (!binds) return;
    const abort = new AbortController();
    this.#abort = abort;
    this.#timer = setTimeout(() => {
      // A chunk of its own, loaded with the first ranges: the page's first script stays small.
      import('../analysis/marginal-range')
        .then(({ marginalRanges }) => marginalRanges(scenario, result, this.solveMany(), { signal: abort.signal }))
        .then(
        (ranges) => {
          if (abort.signal.aborted) return;
          this.#ranges = { result, ranges };
          this.host.requestUpdate();
        },
        // Cancelled, or the pool failed: the marginal values stand without their ranges.
        () => undefined,
      );
    }, RANGES_DELAY_MS);
  }

  hostDisconnected(): void {
    this.#cancel();
    this.#asked = null;
  }

  #cancel(): void {
    clearTimeout(this.#timer);
    this.#abort?.abort();
    this.#abort = null;
  }
}
