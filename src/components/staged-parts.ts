import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FramePacer } from './corridor-map/map-frame-pacer';

/**
 * Draws a component's parts one frame apart, so that no task holds them
 * all: after `restart()` only part 0 is drawn; each later part comes in a
 * task of its own just after a frame (`FramePacer`: its templates in one
 * task, the frame's style, layout and paint of it in the next), until
 * `count` parts are drawn. On a page of 13,000 elements the first drawing
 * of a report (Lit creating its templates, then the frame that lays them
 * out and paints them) went over 50 ms as one piece.
 *
 * The host's `updateComplete` should wait for the last part
 * (`awaitParts`), so `await el.updateComplete` sees the whole drawing.
 */
export class StagedParts implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #count: number;
  readonly #pacer = new FramePacer();
  #shown: number;
  #waiting: (() => void)[] = [];

  /** `count` parts, all drawn until the first `restart()`. */
  constructor(host: ReactiveControllerHost, count: number) {
    this.#host = host;
    this.#count = count;
    this.#shown = count;
    host.addController(this);
  }

  /** Draw part 0 only in the coming update, the others a frame apart after it. */
  restart(): void {
    this.#shown = 1;
  }

  /** Every part drawn at once from the coming update (nothing left to pace). */
  finish(): void {
    this.#pacer.cancel();
    this.#shown = this.#count;
    this.#release();
  }

  /** Whether part `index` (from 0) is drawn. */
  has(index: number): boolean {
    return index < this.#shown;
  }

  /** Whether every part is drawn (or will be by the update under way). */
  get complete(): boolean {
    return this.#shown >= this.#count;
  }

  hostUpdated(): void {
    if (this.complete) return;
    this.#pacer.schedule(() => {
      this.#shown += 1;
      this.#host.requestUpdate();
      this.#release();
    });
  }

  hostDisconnected(): void {
    // Off the page nothing is painted: draw the rest at once rather than leave the drawing half done.
    if (!this.complete) {
      this.finish();
      this.#host.requestUpdate();
    }
  }

  /** Resolves once the next part has been asked for (at once when every part is drawn). */
  nextPart(): Promise<void> {
    return this.complete ? Promise.resolve() : new Promise((resolve) => this.#waiting.push(resolve));
  }

  #release(): void {
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const resolve of waiting) resolve();
  }
}

/**
 * The host's `updateComplete` that also waits for its last part: `done` is
 * `super.getUpdateComplete` bound to the host.
 */
export async function awaitParts(parts: StagedParts, done: () => Promise<boolean>): Promise<boolean> {
  let result = await done();
  while (!parts.complete) {
    await parts.nextPart();
    result = await done();
  }
  return result;
}

/** Resolves in a task of its own just after the next frame (or after `FramePacer`'s fallback when frames stop). */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => new FramePacer().schedule(() => resolve()));
}

/**
 * Resolves once the page is idle (`requestIdleCallback`): no task, frame or layout left to do, at most
 * `timeoutMs` later. Where there is no `requestIdleCallback`, after the next frame.
 */
export function whenIdle(timeoutMs = 2000): Promise<void> {
  const idle = (globalThis as { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number }).requestIdleCallback;
  if (typeof idle !== 'function') return afterNextFrame();
  return new Promise((resolve) => idle(() => resolve(), { timeout: timeoutMs }));
}
