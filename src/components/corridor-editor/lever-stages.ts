import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Scenario } from '../../model/types';
import { itemsOf } from './edit-scenario';
import { LEVER_ROWS_AT_ONCE, LEVER_ROWS_PER_FRAME, leverRowCount } from './lever-panel';

/**
 * A task just after the next frame, or 100 ms where frames do not come (a
 * hidden page). Not the frame's animation callback: rows asked for there are
 * laid out in that same frame, together with the rows before them, so the
 * first frame of a 1M-variable network laid out 48 rows (24 ms of CPU).
 */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resolve);
    });
  });
}

/** What tells one scenario's levers from another's: how many corridors, links and demands it has. */
const shapeOf = (scenario: Scenario | null): string =>
  scenario === null ? '' : `${itemsOf(scenario, 'corridors').length}/${itemsOf(scenario, 'links').length}/${itemsOf(scenario, 'demands').length}`;

/**
 * How many lever rows the editor draws now: all of them, except while a
 * newly loaded scenario with more than LEVER_ROWS_AT_ONCE (and another shape
 * than the last one) is drawn: LEVER_ROWS_PER_FRAME rows in its first frame
 * and as many more each frame after, so that no frame lays out all of them.
 * An edit, or an undo that keeps the shape, draws every row at once as before.
 */
export class LeverStages implements ReactiveController {
  #rows = Infinity;
  #total = 0;
  #shape = '';
  #step: Promise<void> | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** A scenario is about to be drawn; `loaded`: it came from outside (not from the editor's own edit). */
  scenarioChanged(scenario: Scenario | null, loaded: boolean): void {
    const shape = shapeOf(scenario);
    this.#total = scenario === null ? 0 : leverRowCount(scenario);
    if (loaded && shape !== this.#shape && this.#total > LEVER_ROWS_AT_ONCE && typeof requestAnimationFrame === 'function') {
      this.#rows = LEVER_ROWS_PER_FRAME;
    }
    this.#shape = shape;
  }

  /** The rows to draw now (Infinity: all). */
  get rows(): number {
    return this.#rows;
  }

  /** Whether rows are still to come in later frames. */
  get staging(): boolean {
    return this.#rows < this.#total;
  }

  /** Resolves once the next rows have been asked for; null when none is scheduled. */
  get nextStage(): Promise<void> | null {
    return this.#step;
  }

  hostUpdated(): void {
    if (!this.staging) {
      this.#rows = Infinity;
      return;
    }
    this.#step ??= afterNextFrame().then(() => {
      this.#step = null;
      this.#rows += LEVER_ROWS_PER_FRAME;
      this.host.requestUpdate();
    });
  }
}
