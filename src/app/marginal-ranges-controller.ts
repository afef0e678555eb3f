import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MarginalRange } from '../analysis/marginal-range';
import type { SolveMany } from '../analysis/types';
import type { Result, Scenario } from '../model/types';
import { msg } from '../components/i18n';

/** Quiet time after a new answer before its ranges are computed, ms: a slider drag should not start a batch per step. */
export const RANGES_DELAY_MS = 300;

/**
 * Above this many links × demands (the arc LP's flow columns, before aggregation) no ranges are computed: each
 * range is a few re-solves of the whole network, seconds each at this size (7 s at a million), on the cores the
 * answer itself and the page need.
 */
export const RANGES_MAX_LINK_DEMANDS = 250_000;

/**
 * Keeps the marginal ranges (`marginalRanges`) of the answer on screen: a
 * few re-solves per binding capacity on the analyses' worker pool (about 15
 * for a shipped model). They are computed only while the panel that shows
 * them is in view (an IntersectionObserver on `panel()`), once an answer has
 * stood for RANGES_DELAY_MS; the next answer cancels them. An answer read
 * with the panel out of view costs no solve at all. `rangesFor(result)`
 * gives them only for the answer they were computed for, so a range never
 * sits beside another answer's marginal value.
 */
export class MarginalRangesController implements ReactiveController {
  #ranges: { readonly result: Result; readonly ranges: readonly MarginalRange[] } | null = null;
  /** The answer the last hostUpdated saw: a new one cancels the work on the old. */
  #asked: Result | null = null;
  /** The answer whose ranges were asked of the pool (or failed there): not asked again. */
  #started: Result | null = null;
  #abort: AbortController | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #observer: IntersectionObserver | null = null;
  #observed: Element | null = null;
  #visible = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The answer on screen and the scenario it answers. */
    private readonly shown: () => { readonly scenario: Scenario | null; readonly result: Result | null },
    private readonly solveMany: () => SolveMany,
    /** The panel that shows the ranges ("What binds"), or null while there is none. */
    private readonly panel: () => Element | null,
  ) {
    host.addController(this);
    // Added after the host's first update (loaded lazily): look at the answer already there.
    host.requestUpdate();
  }

  rangesFor(result: Result | null): readonly MarginalRange[] | null {
    return result !== null && this.#ranges?.result === result ? this.#ranges.ranges : null;
  }

  /** Whether the answer on screen has binding capacities whose ranges are left out because the network is too large. */
  omittedFor(result: Result | null): boolean {
    const { scenario } = this.shown();
    return rangesTooLarge(scenario) && hasBinding(result);
  }

  /** What the page says under the bottlenecks when `omittedFor`: here, so that only this chunk carries it. */
  omittedNote(result: Result | null): string | null {
    return this.omittedFor(result)
      ? msg('How far each marginal value holds is not worked out for a network this large (each range is a few re-solves of the whole network); the command line\'s solve gives it.')
      : null;
  }

  /** Whether `result` has ranges still to come (to be computed once the panel is in view, or being computed). */
  pendingFor(result: Result | null): boolean {
    const { scenario } = this.shown();
    return scenario !== null && rangesWanted(scenario, result) && this.#ranges?.result !== result && (this.#started !== result || this.#abort !== null);
  }

  hostUpdated(): void {
    this.#observe(this.panel());
    const { result } = this.shown();
    if (result !== this.#asked) {
      this.#asked = result;
      this.#cancel();
    }
    this.#consider();
  }

  hostDisconnected(): void {
    this.#cancel();
    this.#observer?.disconnect();
    this.#observer = null;
    this.#observed = null;
    this.#visible = false;
    this.#asked = null;
  }

  #observe(panel: Element | null): void {
    if (panel === this.#observed) return;
    this.#observer?.disconnect();
    this.#observed = panel;
    this.#visible = false;
    if (panel === null) return;
    this.#observer ??= new IntersectionObserver((entries) => {
      const visible = entries[entries.length - 1]?.isIntersecting ?? false;
      if (visible === this.#visible) return;
      this.#visible = visible;
      this.#consider();
    });
    this.#observer.observe(panel);
  }

  /** Starts the ranges of the answer on screen if the panel is in view and they are not there or on their way. */
  #consider(): void {
    const { scenario, result } = this.shown();
    if (!this.#visible || scenario === null || result === null || !rangesWanted(scenario, result)) return;
    if (this.#started === result || this.#ranges?.result === result) return;
    this.#started = result;
    const abort = new AbortController();
    this.#abort = abort;
    this.host.requestUpdate(); // the rows say "computing range…"
    this.#timer = setTimeout(() => {
      // A chunk of its own, loaded with the first ranges: the page's first script stays small.
      import('../analysis/marginal-range')
        .then(({ marginalRanges }) => marginalRanges(scenario, result, this.solveMany(), { signal: abort.signal }))
        .then(
          (ranges) => {
            if (abort.signal.aborted) return;
            this.#ranges = { result, ranges };
          },
          // Cancelled, or the pool failed: the marginal values stand without their ranges.
          () => undefined,
        )
        .finally(() => {
          if (this.#abort !== abort) return;
          this.#abort = null;
          this.host.requestUpdate();
        });
    }, RANGES_DELAY_MS);
  }

  #cancel(): void {
    clearTimeout(this.#timer);
    this.#abort?.abort();
    this.#abort = null;
    // Cancelled before its end: asked again if that answer comes back into view.
    if (this.#ranges?.result !== this.#started) this.#started = null;
  }
}

/** Whether the ranges of `result` are computed at all: something binds and the network is small enough. */
function rangesWanted(scenario: Scenario, result: Result | null): result is Result {
  return !rangesTooLarge(scenario) && hasBinding(result);
}

/** Whether `scenario` is too large for the app to compute marginal ranges (RANGES_MAX_LINK_DEMANDS): the page says so. */
export function rangesTooLarge(scenario: Scenario | null): boolean {
  return scenario !== null && scenario.links.length * scenario.demands.length > RANGES_MAX_LINK_DEMANDS;
}

/** What `marginalRanges` counts as binding (BINDING_EPSILON): with nothing binding there is nothing to compute. */
function hasBinding(result: Result | null): result is Result {
  if (result === null || result.status !== 'optimal') return false;
  // Asked on every render of the app (progress reports included): each answer is read once.
  let known = bindingOf.get(result);
  if (known === undefined) {
    known = result.links.some((item) => item.marginalValue > 1e-7) || result.nodes.some((item) => item.marginalValue > 1e-7);
    bindingOf.set(result, known);
  }
  return known;
}

const bindingOf = new WeakMap<Result, boolean>();
