/**
 * Work done in steps: a generator that yields between steps, so that a large
 * network's layout, keyboard order or merged paths can be spread over
 * several tasks. Free of imports: shared by the map and the merged drawing's
 * chunk (a module with side effects shared with a chunk is split into a file
 * of its own that every page loads).
 */

/** Runs a computation done in steps to its end at once. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}

/** Resolves in a task of its own (after the tasks already queued). */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Whoever waits for work under way: `wait()` resolves at the next `release()`. */
export class Waiters {
  #waiting: (() => void)[] = [];

  wait(): Promise<void> {
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  release(): void {
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const resolve of waiting) resolve();
  }
}
