import type { Scenario } from '../../model/types';

/** The arrays of a scenario the editor edits item by item. */
export type Collection = 'nodes' | 'links' | 'corridors' | 'demands' | 'sources';

/** An item as the editor handles it: any fields, since what it edits may be invalid. */
export type Item = Readonly<Record<string, unknown>>;

const NONE: readonly Item[] = Object.freeze([]);

/** The items of a collection; an absent (or, in an invalid scenario, non-array) collection has none. */
export function itemsOf(scenario: Scenario, collection: Collection): readonly Item[] {
  const items = (scenario as unknown as Record<string, unknown>)[collection];
  return Array.isArray(items) ? (items as readonly Item[]) : NONE;
}

function withItems(scenario: Scenario, collection: Collection, items: readonly Item[]): Scenario {
  return { ...scenario, [collection]: items } as unknown as Scenario;
}

/**
 * A copy of `scenario` with one field of one item set; `undefined` removes
 * the field (absent = the spec's default, e.g. unlimited capacity). The value
 * may be of the wrong type on purpose: the editor passes on what the user
 * typed and the app's validator reports it at its path.
 */
export function setItemField(scenario: Scenario, collection: Collection, index: number, field: string, value: unknown): Scenario {
  const items = itemsOf(scenario, collection);
  const item = items[index];
  if (item === undefined) throw new RangeError(`setItemField: no ${collection}[${index}] (there are ${items.length})`);
  const next: Record<string, unknown> = { ...item };
  if (value === undefined) delete next[field];
  else next[field] = value;
  return withItems(scenario, collection, items.map((it, i) => (i === index ? next : it)));
}

/** A copy of `scenario` with a top-level field (`name`, `description`) set; `undefined` removes it. */
export function setScenarioField(scenario: Scenario, field: 'name' | 'description', value: string | undefined): Scenario {
  const next: Record<string, unknown> = { ...scenario };
  if (value === undefined) delete next[field];
  else next[field] = value;
  return next as unknown as Scenario;
}

export function appendItem(scenario: Scenario, collection: Collection, item: Item): Scenario {
  return withItems(scenario, collection, [...itemsOf(scenario, collection), item]);
}

export function removeItem(scenario: Scenario, collection: Collection, index: number): Scenario {
  return withItems(scenario, collection, itemsOf(scenario, collection).filter((_, i) => i !== index));
}

/** `prefix_1`, `prefix_2`, … : the first id not yet used in the collection. */
export function freshId(scenario: Scenario, collection: Collection, prefix: string): string {
  const used = new Set(itemsOf(scenario, collection).map((it) => String(it.id)));
  for (let n = 1; ; n++) if (!used.has(`${prefix}_${n}`)) return `${prefix}_${n}`;
}

/** A field's value as the text a control shows; absent is empty. */
export function textOf(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}
