import type { ItemFigures } from './map-layers';
import type { MapLayout } from './map-layout';
import { mergedLinkPathsInSteps, mergedNodePathsInSteps, type MergedPath } from './map-merged-paths';
import { nextTask, Waiters } from './map-steps';

/** A network's merged paths for one answer: its links' and its nodes'. */
export interface MergedPaths {
  readonly links: readonly MergedPath[];
  readonly nodes: readonly MergedPath[];
}

/** What the merged paths are made from: a new answer, trace or base is a new object here. */
const inputsOf = (layout: MapLayout, f: ItemFigures): readonly unknown[] => [layout, f.linkResults, f.nodeResults, f.maxFlow, f.routeLinks, f.changes];

const sameInputs = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A large network's merged paths, worked out in tasks of their own
 * (`mergedLinkPathsInSteps`) rather than in the update that draws them: at
 * 1M they were 30–70 ms of it. Until those of a new answer are ready the
 * last ready ones stay drawn (as a chunk not reached yet keeps the previous
 * answer); a newer answer arriving meanwhile drops the work under way, so
 * an older answer is never drawn after it.
 */
export class MergedPathsInSteps {
  #ready: { readonly inputs: readonly unknown[]; readonly paths: MergedPaths } | null = null;
  /** The inputs being worked on; null: none. */
  #job: { readonly inputs: readonly unknown[] } | null = null;
  readonly #waiting = new Waiters();
  readonly #requestUpdate: () => void;

  /** `requestUpdate`: asked for once the paths of the latest inputs are ready. */
  constructor(requestUpdate: () => void) {
    this.#requestUpdate = requestUpdate;
  }

  /** The paths for `f` if ready; else the last ready (null if none) while those for `f` are worked out. */
  pathsFor(layout: MapLayout, f: ItemFigures): MergedPaths | null {
    const inputs = inputsOf(layout, f);
    if (this.#ready !== null && sameInputs(this.#ready.inputs, inputs)) return this.#ready.paths;
    if (this.#job === null || !sameInputs(this.#job.inputs, inputs)) void this.#start(inputs, layout, f);
    return this.#ready?.paths ?? null;
  }

  /** Whether paths are being worked out. */
  get pending(): boolean {
    return this.#job !== null;
  }

  /** Resolves when no paths are being worked out (at once if none are). */
  done(): Promise<void> {
    return this.#job === null ? Promise.resolve() : this.#waiting.wait();
  }

  /** Drops the work under way (the map left the page, or has another layout). */
  cancel(): void {
    this.#job = null;
    this.#waiting.release();
  }

  async #start(inputs: readonly unknown[], layout: MapLayout, f: ItemFigures): Promise<void> {
    const job = { inputs };
    this.#job = job;
    const steps = (function* (): Generator<void, MergedPaths> {
      const links = yield* mergedLinkPathsInSteps(layout, f);
      yield;
      return { links, nodes: yield* mergedNodePathsInSteps(layout, f) };
    })();
    let paths: MergedPaths | undefined;
    while (paths === undefined) {
      await nextTask();
      if (this.#job !== job) return;
      const next = steps.next();
      if (next.done === true) paths = next.value;
    }
    this.#ready = { inputs, paths };
    this.#job = null;
    this.#requestUpdate();
    this.#waiting.release();
  }
}
