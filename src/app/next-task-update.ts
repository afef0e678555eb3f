/**
 * Keeps a long piece of work and the update it causes in two tasks: when a
 * whole scenario was just validated, or a large answer just arrived (tens
 * of ms each for thousands of links), the element's next update waits for
 * a macrotask, so that neither task blocks input for long. Any other update
 * is not delayed at all.
 */
export class NextTaskUpdate {
  #due = false;

  /** The element's next update waits for the next task. */
  defer(): void {
    this.#due = true;
  }

  /** What to await before the update: a macrotask when one was deferred, else null. */
  take(): Promise<void> | null {
    if (!this.#due) return null;
    this.#due = false;
    return new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
}
