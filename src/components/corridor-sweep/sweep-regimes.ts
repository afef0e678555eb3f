import type { Result } from '../../model/types';

/**
 * A marginal value above this counts as binding, USD per t/yr. The same
 * threshold as `BINDING_EPSILON` in `src/analysis/binding-set.ts`, repeated
 * because components import only types of the analysis (design.md).
 */
const BINDING_EPSILON = 1e-7;

/** Where the regime changes along a sweep, and how. */
export interface RegimeChange {
  /** Index of the first point of the new regime (≥ 1), in the order given. */
  readonly index: number;
  /** Constraints that start binding, as `link:<id>` / `node:<id>` / `corridor:<id>` / `unmet:<demand id>`. */
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** Set when the status changes, e.g. `optimal → infeasible`. */
  readonly status: string | null;
  /** Set when the swept parameter's marginal value jumps (a kink in the total cost): before and after. */
  readonly marginal: readonly [number, number] | null;
}

/**
 * The binding constraints of a result, plus the soft demands left partly or
 * wholly unmet (their penalty then sets a price, which changes the slope too).
 */
function binding(result: Result): string[] {
  const labels: string[] = [];
  for (const l of result.links) if (l.marginalValue > BINDING_EPSILON) labels.push(`link:${l.id}`);
  for (const n of result.nodes) if (n.marginalValue > BINDING_EPSILON) labels.push(`node:${n.id}`);
  for (const c of result.corridors) if (c.marginalValue > BINDING_EPSILON) labels.push(`corridor:${c.id}`);
  for (const d of result.demands) if (d.unmet > 1e-6 * Math.max(1, d.served + d.unmet)) labels.push(`unmet:${d.id}`);
  return labels.sort();
}

function jumps(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return false;
  return Math.abs(a - b) > 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The regime changes of a sequence of results: where the binding set, the
 * status, or the swept parameter's marginal value (`marginals[i]`, null where
 * unknown) changes. The binding set alone misses a change of which freight
 * is the marginal user of a capacity that stays binding; the marginal value
 * catches it, since the slope of the total cost moves with it.
 */
export function sweepRegimes(results: readonly Result[], marginals: readonly (number | null)[] = []): RegimeChange[] {
  const changes: RegimeChange[] = [];
  let before = results[0] === undefined ? [] : binding(results[0]);
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1]!;
    const b = results[i]!;
    const now = binding(b);
    const added = now.filter((x) => !before.includes(x));
    const removed = before.filter((x) => !now.includes(x));
    const status = a.status === b.status ? null : `${a.status} → ${b.status}`;
    const ma = marginals[i - 1] ?? null;
    const mb = marginals[i] ?? null;
    const marginal = jumps(ma, mb) ? ([ma!, mb!] as const) : null;
    if (added.length > 0 || removed.length > 0 || status !== null || marginal !== null) {
      changes.push({ index: i, added, removed, status, marginal });
    }
    before = now;
  }
  return changes;
}

/** `link:caspian-ferry` → `link caspian-ferry`, for people. */
function constraintWords(label: string, starts: boolean): string {
  const colon = label.indexOf(':');
  const kind = label.slice(0, colon);
  const id = label.slice(colon + 1);
  if (kind === 'unmet') return starts ? `demand ${id} starts to go partly unmet` : `demand ${id} is served in full`;
  const what = kind === 'corridor' ? `corridor ${id}’s bound` : `${kind} ${id}’s capacity`;
  return `${what} ${starts ? 'starts' : 'stops'} binding`;
}

/** One line saying what changed, e.g. `link caspian-ferry’s capacity stops binding; its value falls USD 82.48/t → USD 25.78/t`. */
export function describeRegime(change: RegimeChange, formatMarginal: (value: number) => string): string {
  const parts = [
    ...(change.status === null ? [] : [change.status]),
    ...change.added.map((l) => constraintWords(l, true)),
    ...change.removed.map((l) => constraintWords(l, false)),
  ];
  if (change.marginal !== null) {
    const [a, b] = change.marginal;
    parts.push(`marginal value ${b < a ? 'falls' : 'rises'} from ${formatMarginal(a)} to ${formatMarginal(b)}`);
  }
  return parts.join('; ');
}
