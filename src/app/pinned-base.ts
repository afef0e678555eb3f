import type { ReactiveControllerHost } from 'lit';
import type { Result, Scenario } from '../model/types';
import { loadWorkspace } from './autosave-controller';

/** An answer the user pinned to compare later ones against. */
export interface PinnedBase {
  readonly scenario: Scenario;
  readonly result: Result;
  /** What the answer is called in the comparison: the scenario's name when pinned. */
  readonly name: string;
}

/** Solves a pinned base's scenario again when only the scenario came (a share link, a full storage); null: it failed. */
export type SolvePinned = (scenario: Scenario) => Promise<Result | null>;

/**
 * Holds the pinned base: "Pin as base" keeps the answer on screen (its
 * scenario and result, not a reference to the editor's state), so edits,
 * another model or an import are all measured against it until the user
 * pins another or unpins. Only optimal answers can be pinned: an infeasible
 * one has no split to compare against.
 *
 * It is kept with the tab's work (sessionStorage, saved-pinned-base.ts, in
 * the chunk that keeps the undo history) under `storageKey()` ('' keeps
 * nothing), restored by `restore()` after a reload, and `adopt()` takes one
 * a share link brought.
 */
export class PinnedBaseController {
  #base: PinnedBase | null = null;
  /** Counts changes of the base: a solve for a base that was replaced meanwhile is dropped. */
  #changes = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly storageKey: () => string = () => '',
  ) {}

  get base(): PinnedBase | null {
    return this.#base;
  }

  /** Whether `result` can be pinned (it is optimal and not already the base). */
  canPin(result: Result | null): boolean {
    return result !== null && result.status === 'optimal' && result !== this.#base?.result;
  }

  pin(scenario: Scenario, result: Result, name = scenario.name): void {
    if (!this.canPin(result)) return;
    this.#set({ scenario, result, name });
  }

  unpin(): void {
    if (this.#base === null) return;
    this.#set(null);
  }

  /** The base this tab had pinned before a reload, if any: with its answer as it was, else solved again. */
  restore(solve: SolvePinned): void {
    const key = this.storageKey();
    if (key === '') return;
    const changes = this.#changes;
    void loadWorkspace()
      .then(({ readSavedPinned }) => {
        // Pinned, unpinned or brought by a link meanwhile: that is newer.
        if (this.#changes !== changes) return;
        const saved = readSavedPinned(() => sessionStorage, key);
        if (saved !== null) this.adopt(saved, solve);
      })
      .catch(() => undefined); // without its chunk the app works as before, with nothing pinned
  }

  /** Pins a base that came without its answer, or with one: solved first when it came alone. */
  adopt(pinned: { readonly scenario: Scenario; readonly name: string; readonly result?: Result | null }, solve: SolvePinned): void {
    if (pinned.result) {
      this.pin(pinned.scenario, pinned.result, pinned.name);
      return;
    }
    // Asking is a change: a base restored or asked for before this one no longer stands.
    const changes = ++this.#changes;
    void solve(pinned.scenario).then(
      (result) => {
        // Pinned or unpinned by the user meanwhile: theirs stands.
        if (result !== null && this.#changes === changes) this.pin(pinned.scenario, result, pinned.name);
      },
      () => undefined,
    );
  }

  #set(base: PinnedBase | null): void {
    this.#base = base;
    this.#changes++;
    const key = this.storageKey();
    if (key !== '') {
      void loadWorkspace()
        .then(({ writeSavedPinned }) => writeSavedPinned(() => sessionStorage, key, base))
        .catch(() => undefined);
    }
    this.host.requestUpdate();
  }
}
