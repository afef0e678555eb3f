import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Result, Scenario } from '../model/types';

/** The parts of the results column that take a large answer one task each, after the split, in this order. */
export const LATER_PARTS = ['bottlenecks', 'why', 'map'] as const;
export type LaterPart = (typeof LATER_PARTS)[number];

/** A scenario and the answer drawn with it. */
export interface AnswerPair {
  readonly scenario: Scenario | null;
  readonly result: Result | null;
}

/**
 * Hands a large answer to the results column one part per task: the split
 * (with the app's own update) first, then the bottlenecks, the why and the
 * map, each in a macrotask of its own with the pair it drew before until
 * then. Given a 1M-variable network's answer at once, the four parts' updates
 * were one task of 54 ms of CPU (the bottlenecks' ranking the largest part);
 * one part a task, 11–14 ms each. The last drawing is the same. Any other
 * answer is drawn in one update. Only large scenarios use it: it comes in
 * their chunk (large-scenario-chunk.ts), made when the first large answer
 * arrives.
 */
export class StagedAnswer implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  /** What the parts not yet given the answer keep drawing, null when none waits. */
  #held: AnswerPair | null = null;
  /** How many of LATER_PARTS have been given the answer. */
  #given = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #waiting: (() => void)[] = [];

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * The answer about to be drawn is large: the later parts keep what they drew (`drawn`, the pair the column drew
   * last). While an earlier one is still being handed out, the parts already given it take this one too (none goes
   * back to an older drawing).
   */
  stage(drawn: AnswerPair): void {
    if (this.#held !== null) return;
    this.#held = drawn;
    this.#given = 0;
  }

  /** The pair each later part draws while the column draws `current`. */
  pairsFor(current: AnswerPair): Readonly<Record<LaterPart, AnswerPair>> {
    const held = this.#held;
    const pair = (index: number) => (held !== null && index >= this.#given ? held : current);
    return { bottlenecks: pair(0), why: pair(1), map: pair(2) };
  }

  /** Whether every part draws the answer (or will in the update under way). */
  get complete(): boolean {
    return this.#held === null;
  }

  hostUpdated(): void {
    if (this.#held === null || this.#timer !== null) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#given += 1;
      if (this.#given >= LATER_PARTS.length) this.#held = null;
      this.#host.requestUpdate();
      if (this.#held === null) this.#release();
    }, 0);
  }

  hostDisconnected(): void {
    // Off the page nothing is drawn in steps: the rest at once.
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#held !== null) {
      this.#held = null;
      this.#host.requestUpdate();
      this.#release();
    }
  }

  /** Resolves once every part has been given the answer (at once when none waits). */
  done(): Promise<void> {
    return this.#held === null ? Promise.resolve() : new Promise((resolve) => this.#waiting.push(resolve));
  }

  #release(): void {
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const resolve of waiting) resolve();
  }
}
