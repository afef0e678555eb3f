/**
 * Typed arrays for one solve, carved out of a few large buffers.
 *
 * Building, solving and reading back one LP uses about a hundred short-lived
 * typed arrays. Each `new Float64Array(n)` of more than 64 bytes gets its own
 * off-heap backing store, and in Chromium those allocations do not run in
 * parallel: two solver workers making them side by side went no faster than
 * one (measured: two workers allocating small typed arrays did 0.9–1.4× the
 * work of one, two busy loops 1.9–2.0×). Inside `withScratch`, the helpers
 * below hand out views of a shared buffer instead: one allocation per
 * 32 KB or more, not one per array. Outside it they are plain `new …Array`.
 *
 * By default a scope's buffers are not used again after it ends (a caller
 * may keep the arrays of an `LpBuild`), so a view stays valid as long as it
 * is referenced. A scope opened with `reuse: true` hands its last buffer to
 * the next such scope instead, so that a run of solves allocates none at all;
 * only a caller that keeps no array of the scope past its end may ask for
 * that (the `Solver` of src/solver: its Results are plain objects). Views
 * come zero-filled, like `new …Array(n)`.
 */

const FIRST_BLOCK_BYTES = 16 * 1024;
/** A buffer larger than this is not kept for the next scope (a large LP's arrays would stay in memory). */
const MAX_SPARE_BYTES = 4 * 1024 * 1024;

interface Arena {
  buffer: ArrayBuffer;
  offset: number;
  /** The buffer came from an earlier scope: views must be cleared. */
  used: boolean;
  readonly reuse: boolean;
}

let arena: Arena | null = null;
/** The buffer a `reuse` scope left for the next one. */
let spare: ArrayBuffer | null = null;

export interface ScratchOptions {
  /** Hand the last buffer to the next `reuse` scope (see above); default false. */
  readonly reuse?: boolean;
  /**
   * With `reuse`: hand it on whatever its size. For a run of solves of one
   * large LP (a warm solver's sweep), whose buffers would otherwise be
   * allocated afresh, megabytes each, on every solve; `dropSpareScratch`
   * frees it after the run.
   */
  readonly keepLarge?: boolean;
}

/** Runs `run` with the helpers below allocating from scratch buffers (nested scopes share the outer one). */
export function withScratch<T>(run: () => T, { reuse = false, keepLarge = false }: ScratchOptions = {}): T {
  if (arena !== null) return run();
  const kept = reuse ? spare : null;
  if (kept !== null) spare = null;
  const current: Arena = { buffer: kept ?? new ArrayBuffer(FIRST_BLOCK_BYTES), offset: 0, used: kept !== null, reuse };
  arena = current;
  try {
    return run();
  } finally {
    arena = null;
    if (current.reuse && (keepLarge || current.buffer.byteLength <= MAX_SPARE_BYTES)) spare = current.buffer;
  }
}

/**
 * Runs `run` with the helpers allocating plain arrays (a scope opened inside
 * gets buffers of its own, never handed on): for what outlives the scope
 * around it, such as a layout kept across the solves of a warm solver.
 */
export function outsideScratch<T>(run: () => T): T {
  const saved = arena;
  arena = null;
  try {
    return run();
  } finally {
    arena = saved;
  }
}

/** Frees a buffer kept for the next `reuse` scope (one `keepLarge` left, which may be large). */
export function dropSpareScratch(): void {
  spare = null;
}

/** `bytes` bytes at an offset aligned to 8 in the current arena (a new block when the current one is full). */
function take(a: Arena, bytes: number): number {
  const size = (bytes + 7) & ~7;
  if (a.offset + size > a.buffer.byteLength) {
    a.buffer = new ArrayBuffer(Math.max(2 * a.buffer.byteLength, size));
    a.offset = 0;
    a.used = false;
  }
  const at = a.offset;
  a.offset += size;
  return at;
}

export function float64(length: number): Float64Array {
  if (arena === null) return new Float64Array(length);
  const at = take(arena, length * 8); // first: it may start a new buffer
  const view = new Float64Array(arena.buffer, at, length);
  return arena.used ? view.fill(0) : view;
}

export function int32(length: number): Int32Array {
  if (arena === null) return new Int32Array(length);
  const at = take(arena, length * 4); // first: it may start a new buffer
  const view = new Int32Array(arena.buffer, at, length);
  return arena.used ? view.fill(0) : view;
}

export function uint8(length: number): Uint8Array {
  if (arena === null) return new Uint8Array(length);
  const at = take(arena, length); // first: it may start a new buffer
  const view = new Uint8Array(arena.buffer, at, length);
  return arena.used ? view.fill(0) : view;
}

type Typed = Float64Array | Int32Array | Uint8Array;

/** `array.slice(start, end)` from the scratch buffers. */
export function copyOf<T extends Typed>(array: T, start = 0, end = array.length): T {
  const length = Math.max(0, Math.min(end, array.length) - start);
  const out = (array instanceof Float64Array ? float64(length) : array instanceof Int32Array ? int32(length) : uint8(length)) as T;
  out.set(array.subarray(start, start + length) as never);
  return out;
}

/** `Int32Array.from(values)` from the scratch buffers. */
export function int32From(values: ArrayLike<number>): Int32Array {
  const out = int32(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i]!;
  return out;
}

/** `Uint8Array.from(values)` from the scratch buffers. */
export function uint8From(values: ArrayLike<number>): Uint8Array {
  const out = uint8(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i]!;
  return out;
}
