import { quote } from './describe-value';
import { NUMERIC_FIELDS, numberRuleOf, PARAMETER_COLLECTIONS, type ParameterCollection } from './numeric-fields';
import type { Scenario } from './types';

/**
 * Parameter paths name one numeric field of one item by id, the way errors
 * and `sweep --set` do: `links.<id>.capacity`, `nodes.<id>.cost`,
 * `demands.<id>.volume`, `corridors.<id>.maxShare`, and every other field of
 * `NUMERIC_FIELDS`. Ids may contain dots, so the collection is the text
 * before the first dot and the field the text after the last one.
 *
 * Unknown paths: `resolveParameterPath` reports them as data (for input from
 * people: command line, app); `getParameter` returns `undefined` (a lookup);
 * `setParameter` throws, because setting a path nobody checked is a bug. The
 * messages name the path and list what exists.
 */

/** Where a valid parameter path points. */
export interface ParameterRef {
  readonly collection: ParameterCollection;
  readonly id: string;
  readonly field: string;
  /** Position of the item in its array (the first one with that id). */
  readonly index: number;
}

export type ParameterPathOutcome =
  | { readonly ok: true; readonly ref: ParameterRef }
  | { readonly ok: false; readonly message: string };

const SINGULAR: Readonly<Record<ParameterCollection, string>> = {
  nodes: 'node',
  links: 'link',
  corridors: 'corridor',
  demands: 'demand',
};

/** How many ids an unknown-id message lists before it says "and N more". */
const LISTED_IDS = 5;

/** Id → position, per items array; arrays are readonly so an index stays valid. */
const indexes = new WeakMap<readonly unknown[], ReadonlyMap<string, number>>();

function indexOf(items: readonly unknown[]): ReadonlyMap<string, number> {
  let index = indexes.get(items);
  if (index === undefined) {
    const built = new Map<string, number>();
    items.forEach((item, position) => {
      const id = idOf(item);
      if (id !== undefined && !built.has(id)) built.set(id, position);
    });
    index = built;
    indexes.set(items, index);
  }
  return index;
}

function idOf(item: unknown): string | undefined {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Checks a path against a scenario. Also safe on a scenario that failed
 * validation (non-arrays and odd items are skipped), which is how the
 * parser checks `uncertainty[].set`.
 */
export function resolveParameterPath(scenario: Scenario, path: string): ParameterPathOutcome {
  const unknown = (reason: string): ParameterPathOutcome => ({
    ok: false,
    message: `unknown parameter path ${quote(path)}: ${reason}`,
  });
  const first = path.indexOf('.');
  const last = path.lastIndexOf('.');
  const collection = path.slice(0, first);
  if (first <= 0 || last === first || !isCollection(collection)) {
    return unknown(`expected <collection>.<id>.<field> with a collection of ${PARAMETER_COLLECTIONS.join(', ')}`);
  }
  const field = path.slice(last + 1);
  if (numberRuleOf(collection, field) === undefined) {
    const fields = Object.keys(NUMERIC_FIELDS[collection]).join(', ');
    return unknown(`${collection} have no numeric field ${quote(field)}; they have ${fields}`);
  }
  const id = path.slice(first + 1, last);
  const items: unknown = (scenario as unknown as Record<string, unknown>)[collection];
  const list: readonly unknown[] = Array.isArray(items) ? items : [];
  const index = indexOf(list).get(id);
  if (index === undefined) return unknown(`no ${SINGULAR[collection]} ${quote(id)}; ${listIds(collection, list)}`);
  return { ok: true, ref: { collection, id, field, index } };
}

function isCollection(name: string): name is ParameterCollection {
  return Object.hasOwn(NUMERIC_FIELDS, name);
}

function listIds(collection: ParameterCollection, items: readonly unknown[]): string {
  const ids = items.map(idOf).filter((id) => id !== undefined);
  if (ids.length === 0) return `the scenario has no ${collection}`;
  const shown = ids.slice(0, LISTED_IDS).map(quote).join(', ');
  const more = ids.length > LISTED_IDS ? ` and ${ids.length - LISTED_IDS} more` : '';
  return `${collection} are ${shown}${more}`;
}

/**
 * The number at a path; `undefined` when the field is absent (it has its
 * default, e.g. unlimited capacity) or the path names nothing in the scenario.
 */
export function getParameter(scenario: Scenario, path: string): number | undefined {
  const outcome = resolveParameterPath(scenario, path);
  if (!outcome.ok) return undefined;
  const { collection, index, field } = outcome.ref;
  const item = (scenario[collection] ?? [])[index] as unknown as Record<string, unknown>;
  const value = item[field];
  return typeof value === 'number' ? value : undefined;
}

/**
 * A copy of the scenario with one number changed; every untouched item (and
 * every other array) is shared with the original. The result is not
 * validated: a value outside the field's range (a negative cost) is the
 * caller's to check, e.g. by parsing the result.
 *
 * @throws Error when the path names nothing in the scenario (the message
 *   lists what exists) or the value is not a finite number.
 */
export function setParameter(scenario: Scenario, path: string, value: number): Scenario {
  const outcome = resolveParameterPath(scenario, path);
  if (!outcome.ok) throw new Error(`setParameter: ${outcome.message}`);
  if (!Number.isFinite(value)) {
    throw new Error(`setParameter: expected a finite number for ${quote(path)}, got ${String(value)}`);
  }
  const { collection, index, field } = outcome.ref;
  const items: readonly unknown[] = scenario[collection] ?? [];
  const changed = items.slice();
  changed[index] = { ...(items[index] as object), [field]: value };
  // Same ids at the same positions: the new array can reuse the index.
  const known = indexes.get(items);
  if (known !== undefined) indexes.set(changed, known);
  return { ...scenario, [collection]: changed };
}

/**
 * Every path `setParameter` accepts for this scenario: each numeric field of
 * each node, link, corridor and demand, whether the field is present or
 * left at its default. Items in file order; fields in `NUMERIC_FIELDS` order.
 */
export function listParameters(scenario: Scenario): string[] {
  const paths: string[] = [];
  for (const collection of PARAMETER_COLLECTIONS) {
    const fields = Object.keys(NUMERIC_FIELDS[collection]);
    const seen = new Set<string>();
    for (const item of scenario[collection] ?? []) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      for (const field of fields) paths.push(`${collection}.${item.id}.${field}`);
    }
  }
  return paths;
}

/** One change of a variant: a parameter path and its new value. */
export interface ParameterChange {
  readonly path: string;
  readonly value: number;
}

/**
 * Variants of one base scenario: variant i is the base with `changes[i]`
 * applied in order (`applyParameterChanges`). What the analyses hand a batch
 * solver (src/analysis) and what the worker pool sends (src/client).
 */
export interface Variants {
  readonly base: Scenario;
  readonly changes: readonly (readonly ParameterChange[])[];
}

/**
 * The scenario with each change applied in order (`setParameter` one after
 * another, so a later change of the same path wins). The one way a variant is
 * made from a base and its changes, on the main thread and in a worker alike,
 * so both solve the same scenario.
 *
 * @throws Error as `setParameter` does.
 */
export function applyParameterChanges(scenario: Scenario, changes: readonly ParameterChange[]): Scenario {
  let variant = scenario;
  for (const { path, value } of changes) variant = setParameter(variant, path, value);
  return variant;
}
