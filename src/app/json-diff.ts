/**
 * What changed between two JSON values, as a short list of operations, and
 * how to apply it: a share link names a shipped model and carries only the
 * edits, which is what makes the large models fit in a link.
 *
 * Arrays of objects that each have a unique string `id` (nodes, links,
 * corridors, demands) are diffed by id, so editing one link's capacity is
 * one operation wherever the link sits; any other array is replaced whole.
 */

/**
 * One change. `p` is the path: object keys, or an item's `id` inside an
 * id-keyed array. With `v`: set the value there (an unknown id in an
 * id-keyed array appends the item). With `o`: the id-keyed array at `p` takes
 * this order of ids. With neither: remove what is there.
 */
export interface DiffOp {
  readonly p: readonly string[];
  readonly v?: unknown;
  readonly o?: readonly string[];
}

export type ApplyDiffOutcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/** The operations that turn `base` into `target` (none when they are equal). */
export function diffJson(base: unknown, target: unknown): DiffOp[] {
  const ops: DiffOp[] = [];
  walk(base, target, [], ops);
  return ops;
}

function walk(a: unknown, b: unknown, path: readonly string[], ops: DiffOp[]): void {
  if (jsonEqual(a, b)) return;
  if (isRecord(a) && isRecord(b)) {
    for (const key of Object.keys(a)) if (!Object.hasOwn(b, key)) ops.push({ p: [...path, key] });
    for (const key of Object.keys(b)) {
      if (Object.hasOwn(a, key)) walk(a[key], b[key], [...path, key], ops);
      else ops.push({ p: [...path, key], v: b[key] });
    }
    return;
  }
  if (isKeyedState(a) && isKeyedState(b)) {
    if (sameIds(a, b)) {
      // The same ids in the same order (an edit of some items' fields): pairs by position, no maps, and an item
      // kept as it was (the same object) is not looked into; at 10,000 links the maps took a task of 0.3 s.
      for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) walk(a[i], b[i], [...path, b[i]!.id], ops);
      return;
    }
    const before = new Map(a.map((item) => [item.id, item]));
    const after = new Set(b.map((item) => item.id));
    // Nothing in common (another scenario opened): the new list is shorter than removing each item and adding each,
    // which for a network of thousands of links was a step of thousands of operations, and as many lookups to apply.
    if (a.length > 0 && !b.some((item) => before.has(item.id))) {
      ops.push({ p: path, v: b });
      return;
    }
    for (const item of a) if (!after.has(item.id)) ops.push({ p: [...path, item.id] });
    for (const item of b) {
      const old = before.get(item.id);
      if (old === undefined) ops.push({ p: [...path, item.id], v: item });
      else walk(old, item, [...path, item.id], ops);
    }
    // Applying keeps the kept items in place and appends the new ones; say the order only when it differs.
    const implied = [...a.filter((item) => after.has(item.id)), ...b.filter((item) => !before.has(item.id))].map((item) => item.id);
    const actual = b.map((item) => item.id);
    if (implied.some((id, i) => id !== actual[i])) ops.push({ p: path, o: actual });
    return;
  }
  ops.push({ p: path, v: b });
}

/**
 * `base` with `ops` applied, on a copy. Operations come from links anyone can
 * write, so each is checked: a path that does not exist, an order that is not
 * a permutation, or a malformed operation gives a message, never a throw.
 */
export function applyJsonDiff(base: unknown, ops: unknown): ApplyDiffOutcome {
  if (!Array.isArray(ops)) return { ok: false, message: 'its list of changes is not a list' };
  let root: unknown = structuredClone(base);
  for (const [index, op] of ops.entries()) {
    const problem = checkOp(op);
    if (problem !== null) return { ok: false, message: `change ${index + 1} ${problem}` };
    const { p, v, o } = op as DiffOp;
    const where = p.join('/') || '(the whole scenario)';
    if (p.length === 0) {
      if (!('v' in (op as object))) return { ok: false, message: `change ${index + 1} removes the whole scenario` };
      root = structuredClone(v);
      continue;
    }
    if (o !== undefined) {
      const target = resolvePath(root, p);
      if (!isKeyed(target) || !isPermutation(target.map((item) => item.id), o)) {
        return { ok: false, message: `change ${index + 1} reorders ${where}, which does not hold exactly those ids` };
      }
      const byId = new Map(target.map((item) => [item.id, item]));
      target.splice(0, target.length, ...o.map((id) => byId.get(id)!));
      continue;
    }
    const parent = resolvePath(root, p.slice(0, -1));
    const key = p[p.length - 1]!;
    const setting = 'v' in (op as object);
    if (Array.isArray(parent)) {
      if (!isKeyed(parent)) return { ok: false, message: `change ${index + 1} addresses ${where} by id in a list without ids` };
      const at = parent.findIndex((item) => item.id === key);
      if (setting) {
        if (at < 0) parent.push(structuredClone(v) as Keyed[number]);
        else parent[at] = structuredClone(v) as Keyed[number];
      } else if (at < 0) {
        return { ok: false, message: `change ${index + 1} removes ${where}, which the base model does not have` };
      } else {
        parent.splice(at, 1);
      }
    } else if (isRecord(parent)) {
      if (setting) parent[key] = structuredClone(v);
      else if (!Object.hasOwn(parent, key)) return { ok: false, message: `change ${index + 1} removes ${where}, which the base model does not have` };
      else delete parent[key];
    } else {
      return { ok: false, message: `change ${index + 1} is at ${where}, which the base model does not have` };
    }
  }
  return { ok: true, value: root };
}

/** Why `op` is not a well-formed DiffOp, or null. */
function checkOp(op: unknown): string | null {
  if (!isRecord(op) || !Array.isArray(op['p']) || !op['p'].every((s) => typeof s === 'string')) return 'has no path';
  // `__proto__` as a key would reach Object.prototype on assignment; no scenario has such a key.
  if (op['p'].some((s) => s === '__proto__')) return 'has a forbidden path';
  if (op['o'] !== undefined && (!Array.isArray(op['o']) || !op['o'].every((s) => typeof s === 'string'))) return 'has a malformed order';
  return null;
}

/** The value at `path` in `root` (keys in objects, ids in id-keyed arrays), or undefined. */
function resolvePath(root: unknown, path: readonly string[]): unknown {
  let at = root;
  for (const segment of path) {
    if (Array.isArray(at)) at = isKeyed(at) ? at.find((item) => item.id === segment) : undefined;
    else if (isRecord(at) && Object.hasOwn(at, segment)) at = at[segment];
    else return undefined;
  }
  return at;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Keyed = Array<Record<string, unknown> & { id: string }>;

/** Whether two id-keyed arrays hold the same ids in the same order. */
function sameIds(a: Keyed, b: Keyed): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && a[i]!.id !== b[i]!.id) return false;
  return true;
}

/**
 * Arrays of the app's states already found keyed or not: states share their arrays from edit to edit (and are never
 * changed in place), and a history diffs each state twice. Not for applyJsonDiff, which changes its copy in place.
 */
const keyedness = new WeakMap<readonly unknown[], boolean>();

function isKeyedState(value: unknown): value is Keyed {
  if (!Array.isArray(value)) return false;
  let keyed = keyedness.get(value);
  if (keyed === undefined) keyedness.set(value, (keyed = isKeyed(value)));
  return keyed;
}

/** An array of objects each with a string `id`, no two alike (vacuously true of an empty array). */
function isKeyed(value: unknown): value is Keyed {
  if (!Array.isArray(value)) return false;
  const ids = new Set<string>();
  for (const item of value) {
    if (!isRecord(item) || typeof item['id'] !== 'string' || ids.has(item['id'])) return false;
    ids.add(item['id']);
  }
  return true;
}

function isPermutation(ids: readonly string[], order: readonly string[]): boolean {
  if (ids.length !== order.length) return false;
  const left = new Set(ids);
  return order.every((id) => left.delete(id)) && left.size === 0;
}

/** Structural equality of JSON values (key order in objects ignored, as in JSON itself). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]));
  }
  return false;
}
