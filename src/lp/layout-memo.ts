import type { LpBuild } from './lp-layout';
import { outsideScratch } from './scratch';

/**
 * Structures derived from an LP's layout alone (which columns and rows
 * exist and what they stand for, where the matrix has entries), kept for
 * every build of that layout: a `LayoutCache` gives each of its builds the
 * memo of their layout, so a sweep's points derive them once. A `derive`
 * function must read nothing a point may change (costs, bounds, right-hand
 * sides, matrix values): what it returns is handed to later builds whose
 * numbers differ. Its arrays are allocated outside the scratch buffers of
 * the solve that first asks, which the next solve overwrites.
 */
export class LayoutMemo {
  private readonly values = new Map<(build: LpBuild) => unknown, unknown>();

  /** `derive(build)`, computed on the first call for this layout. */
  get<T>(derive: (build: LpBuild) => T, build: LpBuild): T {
    if (this.values.has(derive)) return this.values.get(derive) as T;
    const value = outsideScratch(() => derive(build));
    this.values.set(derive, value);
    return value;
  }
}

/** `derive(build)`, kept in the memo of `build`'s layout where it has one (see `LayoutMemo`), else computed now. */
export function perLayout<T>(build: LpBuild, derive: (build: LpBuild) => T): T {
  return build.memo === undefined ? derive(build) : build.memo.get(derive, build);
}
