import { float64, int32, copyOf, uint8 } from './scratch';

type Typed = Int32Array | Float64Array | Uint8Array;

/**
 * An append-only typed array that doubles when full: the LP builder does
 * not know its column and entry counts up front, and one object per column
 * or entry would dominate the build time of a 100,000-column LP. A caller
 * that knows a bound on what it is about to append `reserve`s it and then
 * writes into `array` itself, in a loop with no call per value: the build
 * runs once per command, mostly before V8 optimizes it, where a call per
 * value costs more than the value.
 */
class GrowableArray<T extends Typed> {
  private data: T;
  length = 0;

  constructor(
    private readonly allocate: (length: number) => T,
    capacity: number,
  ) {
    this.data = allocate(Math.max(1, capacity));
  }

  /** The buffer the values are in, valid until the next push, extend or reserve; its length is the capacity. */
  get array(): T {
    return this.data;
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow(this.length + 1);
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
    this.reserve(n);
    this.length += n;
  }

  /** Makes room for `n` more values without a copy on the way: `array` then holds at least `length + n`. */
  reserve(n: number): void {
    if (this.length + n > this.data.length) this.grow(this.length + n);
  }

  /** The first `length` values, not copied: valid until the next push or extend. */
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }

  /** A copy trimmed to `length`. */
  toArray(): T {
    return copyOf(this.data, 0, this.length);
  }

  /**
   * The values trimmed to `length`, for good (nothing may be written after): a view of the buffer where it is at
   * least half full, else a copy. Not a copy of a large array: a fresh one costs a page fault per 4 KB written, which
   * on a loaded machine took longer than the copy; the part of the buffer never written was never touched either.
   */
  trimmed(): T {
    if (this.length === this.data.length) return this.data;
    return 2 * this.length >= this.data.length ? this.view() : this.toArray();
  }

  private grow(atLeast: number): void {
    let size = this.data.length * 2;
    while (size < atLeast) size *= 2;
    const next = this.allocate(size);
    next.set(this.data as never);
    this.data = next;
  }
}

export class GrowableInt32 extends GrowableArray<Int32Array> {
  constructor(capacity = 64) {
    super(int32, capacity);
  }
}

export class GrowableFloat64 extends GrowableArray<Float64Array> {
  constructor(capacity = 64) {
    super(float64, capacity);
  }
}

export class GrowableUint8 extends GrowableArray<Uint8Array> {
  constructor(capacity = 64) {
    super(uint8, capacity);
  }
}
