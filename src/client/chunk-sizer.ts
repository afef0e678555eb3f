/** How long one message's worth of solves should take by default, ms: long beside a round trip (~0.1–0.5 ms), short for progress and cancel. */
export const DEFAULT_CHUNK_MS = 30;

/** Most scenarios in one message, whatever the measured speed: bounds the size of one message. */
export const MAX_CHUNK = 256;

/** How many times the previous chunk the next may be: one fast measurement must not hand out a huge chunk. */
const GROWTH = 4;

/**
 * The guided share does not go below this fraction of the target's worth of
 * scenarios: at the end of a batch of fast solves it would otherwise fall to
 * one scenario a message, and a message costs a worker about as much as one
 * or two 47-column solves (measured in Chromium: 400 variants in chunks of 4
 * took 1.1–1.3× as long as in one message; in chunks of 16 or more, the same).
 */
const MIN_SHARE_OF_TARGET = 1 / 8;

/**
 * Picks how many scenarios a worker gets in its next message. A lane starts
 * with one scenario (its first answer may include starting the worker and
 * loading glpk.js) unless it is told the time per scenario, then aims at
 * `targetMs` of work per message from the measured wall time per scenario
 * (round trip included), growing at most `GROWTH`× per step and shrinking
 * at once when solves get slower. With several lanes a chunk takes at most
 * a `1 / (2 · lanes)` share of what is left (guided self-scheduling), so the
 * lanes finish close together instead of one idling while another works
 * through a last big chunk, but no less than an eighth of the target's worth
 * (`MIN_SHARE_OF_TARGET`).
 */
export class ChunkSizer {
  readonly #targetMs: number;
  #msPerScenario: number | null = null;
  #last = 0;
  /** The first chunk's share when the time per scenario is known (see the constructor); then null. */
  #firstShare: number | null = null;

  /**
   * `knownMsPerScenario`: the time per scenario measured on an earlier batch
   * of the same kind of scenarios (the pool passes it for another batch of
   * variants of the same base); the first chunk is then sized from it, not
   * a single scenario, and may be as large as the target and `firstShare`
   * (the lane's part of an evenly split batch; default: the guided share)
   * allow. Handing each worker its part in one message, when it fits in the
   * target, beat smaller chunks with a share held back for balance (a sweep
   * of the default model: 0.93–0.98 of two bare workers' speed-up, against
   * 0.82–0.92): a message costs the worker and the main thread, both on the
   * same two cores.
   */
  constructor(targetMs = DEFAULT_CHUNK_MS, knownMsPerScenario?: number, firstShare?: number) {
    this.#targetMs = targetMs;
    if (knownMsPerScenario !== undefined && knownMsPerScenario >= 0 && Number.isFinite(knownMsPerScenario)) {
      this.#msPerScenario = knownMsPerScenario;
      this.#last = MAX_CHUNK;
      if (firstShare !== undefined && firstShare >= 1) this.#firstShare = Math.floor(firstShare);
    }
  }

  /** The last measured wall time per scenario, ms (null before the first answer). */
  get msPerScenario(): number | null {
    return this.#msPerScenario;
  }

  /** The size of the next chunk, ≥ 1 and ≤ `remaining` and `cap` (both must be ≥ 1). */
  next(remaining: number, lanes: number, cap = Infinity): number {
    const wanted = this.#msPerScenario === null ? 1 : Math.floor(this.#targetMs / Math.max(this.#msPerScenario, 1e-3));
    const grown = Math.min(wanted, this.#last * GROWTH);
    const share =
      this.#firstShare ?? (lanes > 1 ? Math.max(Math.ceil(remaining / (2 * lanes)), Math.ceil(wanted * MIN_SHARE_OF_TARGET)) : remaining);
    this.#firstShare = null;
    this.#last = Math.max(1, Math.min(grown, share, MAX_CHUNK, remaining, cap));
    return this.#last;
  }

  /** Tells the sizer that `count` scenarios came back after `ms` of wall time. */
  record(count: number, ms: number): void {
    this.#msPerScenario = ms / count;
  }

  /** Forgets the measurements (after a failure the next chunk starts small again). */
  reset(): void {
    this.#msPerScenario = null;
    this.#last = 0;
    this.#firstShare = null;
  }
}
