import { parseScenario } from '../model/parse-scenario';
import type { Result, Scenario } from '../model/types';

/**
 * The pinned base kept across a reload: in `sessionStorage` beside the undo
 * history (saved-history.ts), so a reload of the tab shows the same
 * comparison and another tab starts without one. Its answer is kept with
 * it, so the restored comparison has the very numbers it had; only when the
 * answer did not fit (a full storage) is the scenario kept alone, to be
 * solved again on restore.
 */

/** A pinned base as kept: `result` is null when only the scenario could be kept. */
export interface SavedPinned {
  readonly scenario: Scenario;
  readonly name: string;
  readonly result: Result | null;
}

/** Where a tab's pinned base is kept for the app autosaving under `storageKey`. */
export function pinnedKey(storageKey: string): string {
  return `${storageKey}:pinned`;
}

/** Keeps `pinned` (null: forgets it); false when not even its scenario could be kept. */
export function writeSavedPinned(storage: () => Storage, storageKey: string, pinned: SavedPinned | null): boolean {
  try {
    const store = storage();
    if (pinned === null) {
      store.removeItem(pinnedKey(storageKey));
      return true;
    }
    try {
      store.setItem(pinnedKey(storageKey), JSON.stringify(pinned));
    } catch {
      store.setItem(pinnedKey(storageKey), JSON.stringify({ ...pinned, result: null }));
    }
    return true;
  } catch {
    return false;
  }
}

/** The kept pinned base, or null when there is none or it cannot be read (a damaged entry is dropped, never shown). */
export function readSavedPinned(storage: () => Storage, storageKey: string): SavedPinned | null {
  let stored: unknown;
  try {
    const text = storage().getItem(pinnedKey(storageKey));
    if (text === null) return null;
    stored = JSON.parse(text);
  } catch {
    return null;
  }
  const { scenario, name, result } = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Record<keyof SavedPinned, unknown>>;
  const parsed = parseScenario(scenario);
  if (!parsed.ok || typeof name !== 'string') return null;
  return { scenario: parsed.scenario, name, result: isOptimalResult(result) ? result : null };
}

/** Enough of a Result to compare against: an answer that is not one is solved again rather than trusted. */
function isOptimalResult(value: unknown): value is Result {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<Record<keyof Result, unknown>>;
  return (
    r.status === 'optimal' &&
    typeof r.objective === 'number' &&
    typeof r.served === 'number' &&
    [r.corridors, r.links, r.nodes, r.demands].every(Array.isArray) &&
    typeof r.other === 'object' &&
    r.other !== null
  );
}
