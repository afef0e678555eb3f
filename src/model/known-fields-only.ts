import { KNOWN_FIELDS } from './scenario-schema';
import type { Scenario } from './types';

const COLLECTIONS = ['sources', 'nodes', 'links', 'corridors', 'demands', 'uncertainty'] as const;

/**
 * The scenario as the solver needs it: every field the format does not know
 * left out, on the scenario and on the items of its arrays. The format allows
 * any unknown field (files carry their own notes), nested to any depth, and a
 * deep one (10,000 levels) makes structured cloning overflow the stack
 * ("Maximum call stack size exceeded"), so nothing of them may cross to a
 * worker. The app keeps its own copy whole, for export and autosave.
 *
 * Items without unknown fields are shared, not copied, and a scenario with
 * none at all is returned as it is: the common case costs one scan.
 */
export function knownFieldsOnly(scenario: Scenario): Scenario {
  const root = scenario as unknown as Record<string, unknown>;
  let copy: Record<string, unknown> | null = onlyKnown(root, KNOWN_FIELDS.scenario);
  for (const collection of COLLECTIONS) {
    const items = root[collection];
    if (!Array.isArray(items)) continue;
    let changed = false;
    const clean = CLEAN[collection];
    const kept = items.map((item: unknown) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item) || clean.has(item)) return item;
      const known = onlyKnown(item as Record<string, unknown>, KNOWN_FIELDS[collection]);
      if (known === null) {
        clean.add(item);
        return item;
      }
      changed = true;
      return known;
    });
    if (changed) {
      copy ??= { ...root };
      copy[collection] = kept;
    }
  }
  return (copy ?? scenario) as Scenario;
}

/**
 * Items found to have no unknown field, by collection. The app's states share their items from edit to edit, so
 * an edit's solve scans only the items it changed, not every one (0.04 s per edit at 12,000 items). Only the
 * verdict "nothing to leave out" is kept, never a copy: an item changed in place later is still sent as it is.
 */
const CLEAN = Object.fromEntries(COLLECTIONS.map((c) => [c, new WeakSet<object>()])) as Record<(typeof COLLECTIONS)[number], WeakSet<object>>;

/** A copy of `object` with only the `known` fields, or null when it has no other field. */
function onlyKnown(object: Record<string, unknown>, known: ReadonlySet<string>): Record<string, unknown> | null {
  const keys = Object.keys(object);
  if (keys.every((key) => known.has(key))) return null;
  const copy: Record<string, unknown> = {};
  for (const key of keys) if (known.has(key)) copy[key] = object[key];
  return copy;
}
