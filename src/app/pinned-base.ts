import type { ReactiveControllerHost } from 'lit';
import type { Result, Scenario } from '../model/types';

/** An answer the user pinned to compare later ones against. */
export interface PinnedBase {
  readonly scenario: Scenario;
  readonly result: Result;
  /** What the answer is called in the comparison: the scenario's name when pinned. */
  readonly name: string;
}

/**
 * Holds the pinned base: "Pin as base" keeps the answer on screen (its
 * scenario and result, not a reference to the editor's state), so edits,
 * another model or an import are all measured against it until the user
 * pins another or unpins. Only optimal answers can be pinned: an infeasible
 * one has no split to compare against.
 */
export class PinnedBaseController {
  #base: PinnedBase | null = null;

  constructor(private readonly host: ReactiveControllerHost) {}

  get base(): PinnedBase | null {
    return this.#base;
  }

  /** Whether `result` can be pinned (it is optimal and not already the base). */
  canPin(result: Result | null): boolean {
    return result !== null && result.status === 'optimal' && result !== this.#base?.result;
  }

  pin(scenario: Scenario, result: Result): void {
    if (!this.canPin(result)) return;
    this.#base = { scenario, result, name: scenario.name };
    this.host.requestUpdate();
  }

  unpin(): void {
    if (this.#base === null) return;
    this.#base = null;
    this.host.requestUpdate();
  }
}
