/** Frames this long (ms between two) halve the chunks drawn per frame; shorter than the low mark add one. */
const SLOW_FRAME_MS = 32;
const QUICK_FRAME_MS = 20;
/**
 * At most this many chunks in one frame, however quick the last frames were:
 * a frame's cost also grows with what else the page does at the time (a
 * re-solve, other parts re-rendering), which the last frames did not show.
 */
const MAX_CHUNKS_PER_FRAME = 2;
/** A frame that never comes (a hidden tab) must not leave the map half drawn: the next chunk goes after this, ms. */
const FRAME_FALLBACK_MS = 100;

/**
 * Runs a step just after each frame, telling it how many chunks to draw:
 * fewer when frames come slowly, more (up to MAX_CHUNKS_PER_FRAME) when they
 * come quickly. The step runs in a task of its own just after a frame, not
 * in the frame's animation callback: the chunk's templates then run in one
 * task and the frame's style, layout and paint of it in the next, neither as
 * long as both together (on a busy machine a frame of both took 50–70 ms).
 */
export class FramePacer {
  private timer: { frame: number; timer: ReturnType<typeof setTimeout> } | null = null;
  /** Chunks per step, adapted to how long frames take; and when the last step ran. */
  private chunks = 1;
  private lastAt: number | null = null;

  /** One step after the next frame (or after FRAME_FALLBACK_MS when frames stop); a step already waiting stays. */
  schedule(step: (chunks: number) => void): void {
    if (this.timer !== null) return;
    const run = (): void => {
      this.cancel();
      const now = performance.now();
      if (this.lastAt !== null) {
        const gap = now - this.lastAt;
        if (gap > SLOW_FRAME_MS) this.chunks = Math.max(1, Math.floor(this.chunks / 2));
        else if (gap < QUICK_FRAME_MS) this.chunks = Math.min(this.chunks + 1, MAX_CHUNKS_PER_FRAME);
      }
      this.lastAt = now;
      step(this.chunks);
    };
    const afterFrame = (): void => {
      if (this.timer === null) return;
      clearTimeout(this.timer.timer);
      this.timer = { frame: 0, timer: setTimeout(run, 0) };
    };
    this.timer = { frame: requestAnimationFrame(afterFrame), timer: setTimeout(run, FRAME_FALLBACK_MS) };
  }

  /** Drops the step waiting, if any. */
  cancel(): void {
    if (this.timer === null) return;
    cancelAnimationFrame(this.timer.frame);
    clearTimeout(this.timer.timer);
    this.timer = null;
  }

  /** A new drawing: no step waits and the pace starts again from one chunk. */
  reset(): void {
    this.cancel();
    this.chunks = 1;
    this.lastAt = null;
  }
}
