import type { Scenario } from '../model/types';
import { applyJsonDiff, diffJson, jsonEqual, type DiffOp } from './json-diff';
import { startHistory, type EditHistory } from './edit-history';
import { isStateId, stateIdOf } from './state-id';

/**
 * Undo history kept across a reload: in `sessionStorage`, which each tab
 * has to itself and which a reload keeps, so Ctrl+Z after a reload steps
 * back through the edits made before it, in that tab only.
 *
 * Stored as each step's difference to its neighbour nearer the present
 * (json-diff.ts): a slider step on a 2,500-link scenario is a few bytes, not
 * a copy of the scenario. The present itself is not stored, only its id
 * (state-id.ts): the autosave holds it, under the same id, and a history is
 * read back only onto the scenario the autosave restored. Storing it here too
 * wrote a second copy of a large scenario on every edit (0.3–0.7 s in one
 * task at a million arc-LP variables).
 */

/** Where a tab's history is kept for the app autosaving under `storageKey`. */
export function historyKey(storageKey: string): string {
  return `${storageKey}:history`;
}

/** Longest stored history, characters: far below the 5 MB sessionStorage gives a page; the oldest steps go first. */
export const SAVED_HISTORY_LIMIT = 1_500_000;

interface Stored {
  /** `stateIdOf` the present, which the autosave stores with the scenario. */
  readonly presentId?: string;
  /** The present in full: entries written before `presentId` (still read). */
  readonly present?: unknown;
  /** past[i] turns the state after it (past[i+1], or the present) into past[i]. */
  readonly past: readonly (readonly DiffOp[])[];
  /** future[i] turns the state before it (future[i+1], or the present) into future[i]: the next redo is last. */
  readonly future: readonly (readonly DiffOp[])[];
}

/** Differences already computed, by the older state; history arrays share their states from edit to edit. */
const diffs = new WeakMap<object, { readonly from: object; readonly ops: readonly DiffOp[] }>();

function diffTo(target: Scenario, from: Scenario): readonly DiffOp[] {
  const known = diffs.get(target);
  if (known !== undefined && known.from === from) return known.ops;
  const ops = diffJson(from, target);
  diffs.set(target, { from, ops });
  return ops;
}

/** The history as stored: the steps nearest the present are kept when it is over `limit` characters. */
export function encodeHistory(history: EditHistory<Scenario>, limit = SAVED_HISTORY_LIMIT): string {
  const past = history.past.map((state, i) => diffTo(state, history.past[i + 1] ?? history.present));
  const future = history.future.map((state, i) => diffTo(state, history.future[i + 1] ?? history.present));
  const presentId = stateIdOf(history.present);
  let budget = limit - presentId.length - 40;
  const keep = (steps: readonly (readonly DiffOp[])[]): number => {
    let n = 0;
    for (let i = steps.length - 1; i >= 0; i--) {
      const size = JSON.stringify(steps[i]).length + 1;
      if (size > budget) break;
      budget -= size;
      n++;
    }
    return n;
  };
  const keptFuture = keep(future);
  const keptPast = keep(past);
  const stored: Stored = {
    presentId,
    past: past.slice(past.length - keptPast),
    future: future.slice(future.length - keptFuture),
  };
  return JSON.stringify(stored);
}

/**
 * The history stored in `text` if its present is `present` (the scenario
 * the app is reopening: the same state id, or for an older entry the same
 * content); otherwise, or when it cannot be read, a fresh one. A step that
 * no longer applies ends the history there.
 */
export function decodeHistory(text: string | null, present: Scenario): EditHistory<Scenario> {
  const fresh = startHistory(present);
  if (text === null) return fresh;
  let stored: Stored;
  try {
    stored = JSON.parse(text) as Stored;
  } catch {
    return fresh;
  }
  if (typeof stored !== 'object' || stored === null || !endsAt(stored, present)) return fresh;
  const rebuild = (steps: unknown): Scenario[] => {
    if (!Array.isArray(steps)) return [];
    const states: Scenario[] = [];
    let state: unknown = present;
    for (let i = steps.length - 1; i >= 0; i--) {
      const applied = applyJsonDiff(state, steps[i]);
      if (!applied.ok) break;
      state = applied.value;
      states.unshift(state as Scenario);
    }
    return states;
  };
  return { past: rebuild(stored.past), present, future: rebuild(stored.future), lastEdit: null };
}

function endsAt(stored: Stored, present: Scenario): boolean {
  if (stored.presentId !== undefined) return isStateId(stored.presentId) && stored.presentId === stateIdOf(present);
  return jsonEqual(stored.present, present);
}

/** Writes the history; a full or blocked storage only costs the undo steps after a reload. */
export function writeSavedHistory(storage: () => Storage, storageKey: string, history: EditHistory<Scenario>): boolean {
  try {
    // No steps reads back as a fresh history anyway: a scenario just opened (a copy of it, hundreds of ms to write
    // at thousands of links) is not written, and older steps, of another scenario, are dropped.
    if (history.past.length === 0 && history.future.length === 0) storage().removeItem(historyKey(storageKey));
    else storage().setItem(historyKey(storageKey), encodeHistory(history));
    return true;
  } catch {
    return false;
  }
}

export function readSavedHistory(storage: () => Storage, storageKey: string, present: Scenario): EditHistory<Scenario> {
  try {
    return decodeHistory(storage().getItem(historyKey(storageKey)), present);
  } catch {
    return startHistory(present);
  }
}
