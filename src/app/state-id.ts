import type { Scenario } from '../model/types';

/**
 * A name for one scenario state, so that what is stored beside the autosave
 * (the undo history in sessionStorage) can say which state it ends at
 * without a copy of it: the autosave stores the id of the scenario it
 * writes, the history the id of its present, and after a reload the history
 * is taken only when the two match. Comparing copies meant writing the whole
 * scenario twice, hundreds of ms in one task at a million arc-LP variables.
 *
 * Ids follow the object (a scenario is never changed in place: an edit makes
 * a new one, with a new id), so equal content under two objects has two ids;
 * that only costs the undo steps after a reload, never restores wrong ones.
 */
const ids = new WeakMap<Scenario, string>();

/** This scenario object's id, made the first time it is asked for. */
export function stateIdOf(scenario: Scenario): string {
  let id = ids.get(scenario);
  if (id === undefined) {
    id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
    ids.set(scenario, id);
  }
  return id;
}

/** A scenario read back from storage keeps the id it was stored under. */
export function adoptStateId(scenario: Scenario, id: string): void {
  ids.set(scenario, id);
}

/** An id as stored: short, no quotes or separators (anything else in storage is not one of ours). */
export function isStateId(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z0-9-]{1,40}$/.test(value);
}
