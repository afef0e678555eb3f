import type { Result } from '../src/model/types';

/**
 * `next` with every item entry (corridor, link, node, demand) that equals
 * the one at the same position of `previous` replaced by that very object,
 * and every list whose entries all equal replaced by `previous`'s list.
 *
 * For the messages of a batch: structured cloning writes an object met
 * twice in one message once, and the receiving thread builds it once. Along
 * a sweep most entries do not change from one point to the next (on the
 * default model about 96 % of them), so a chunk of results shares most of
 * its objects, and the main thread, which deserialises every answer, does a
 * fraction of the work. Nothing changes in value: results are read-only, and
 * equal means equal with `Object.is` on every number, down to −0.
 */
export function shareUnchanged(previous: Result | null, next: Result): Result {
  if (previous === null) return next;
  const corridors = shareEntries(previous.corridors, next.corridors);
  const links = shareEntries(previous.links, next.links);
  const nodes = shareEntries(previous.nodes, next.nodes);
  const demands = shareEntries(previous.demands, next.demands);
  if (corridors === next.corridors && links === next.links && nodes === next.nodes && demands === next.demands) return next;
  return { ...next, corridors, links, nodes, demands };
}

function shareEntries<T>(previous: readonly T[], next: readonly T[]): readonly T[] {
  if (previous === next) return next;
  let out: T[] | null = null;
  let shared = 0;
  for (let i = 0; i < next.length; i++) {
    const before = previous[i];
    if (before !== undefined && before !== next[i] && sameValue(before, next[i])) {
      out ??= next.slice();
      out[i] = before;
      shared++;
    } else if (before === next[i]) shared++;
  }
  if (shared === next.length && next.length === previous.length) return previous;
  return out ?? next;
}

/** Deep equality of JSON-shaped values (plain objects, arrays, strings, numbers, booleans, null, undefined). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  // for…in rather than Object.keys: no array per comparison (results are plain objects, nothing inherited).
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let keys = 0;
  for (const key in left) {
    if (!Object.hasOwn(right, key) || !sameValue(left[key], right[key])) return false;
    keys++;
  }
  for (const _ in right) keys--;
  return keys === 0;
}
