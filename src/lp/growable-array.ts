import { float64, int32, copyOf } from './scratch';
/**
 * Append-only typed arrays that double when full: the LP builder does not
 * know its column and entry counts up front, and one object per column or
 * entry would dominate the build time of a 100,000-column LP.
 */
export class GrowableInt32 {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 64) {
    this.data = int32(Math.max(1, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = value;
  }

  get(i: number): number {
    return this.data[i]!;
  }

  set(i: number, value: number): void {
    this.data[i] = value;
  }

  /** Grows `length` by `n`, for the caller to `set` the new places (their values are whatever the buffer held). */
  extend(n: number): void {
    while (this.length + n > this.data.length) this.grow();
    this.length += n;
  }

  /** The first `length` values, not copied: valid until the next push or extend. */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }

  /** A copy trimmed to `length`. */
  toArray(): Int32Array {
    return copyOf(this.data, 0, this.length);
  }

  private grow(): void {
    const next = int32(this.data.length * 2);
    next.set(this.data);
    this.data = next;
  }
}

export class GrowableFloat64 {
  private data: Float64Array;
  length = 0;

  constructor(capacity = 64) {
    this.data = float64(Math.max(1, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = value;
  }

  get(i: number): number {
    return this.data[i]!;
  }

  set(i: number, value: number): void {
    this.data[i] = value;
  }

  /** Grows `length` by `n` (see `GrowableInt32.extend`). */
  extend(n: number): void {
    while (this.length + n > this.data.length) this.grow();
    this.length += n;
  }

  /** See `GrowableInt32.view`. */
  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }

  toArray(): Float64Array {
    return copyOf(this.data, 0, this.length);
  }

  private grow(): void {
    const next = float64(this.data.length * 2);
    next.set(this.data);
    this.data = next;
  }
}
