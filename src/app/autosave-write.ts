import type { Scenario } from '../model/types';
import { describeError, SAME_AS_SCENARIO, tabKey, type AutosaveWrite, type Envelope } from './autosave';
import { partsOf } from './autosave-parts';
import { dropOrphanParts, newPartsKey, PART_CHARS, removeParts, splitParts } from './autosave-parts-write';
import { jsonPieces } from './json-pieces';
import { stateIdOf } from './state-id';

/*
 * Writing the autosave (read back by autosave.ts `readAutosave`). A chunk of
 * its own: the app loads it as it starts (AutosaveController.start), so it is
 * not part of what `import 'corridor-flow'` loads before anything renders.
 */

/**
 * Saves `scenario` under `key`, the latest work of any tab. Given `tab` (the
 * writing tab's id), the work of another tab found there is first moved to
 * that tab's own key (`tabKey`), so two tabs never overwrite each other's
 * work: each tab's latest work is kept exactly once, under `key` or its own.
 * A long entry is stored in parts (autosave-parts.ts).
 */
export function writeAutosave(
  storage: () => Storage,
  key: string,
  scenario: Scenario,
  now = new Date(),
  baseline: Scenario | null = null,
  tab: string | null = null,
): AutosaveWrite {
  return finishSteps(autosaveSteps(storage, key, scenario, now, baseline, tab));
}

/** Runs the rest of a stepwise write (`autosaveSteps`) in this task. */
export function finishSteps(steps: Generator<void, AutosaveWrite, undefined>): AutosaveWrite {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs `steps` for at most about `ms` of work (at least one step): what the
 * write came to, or null while there is more to do. It stops before a step
 * as long as the longest one so far would pass `ms`: stopping only once
 * past it made a slice `ms` plus a step (a 1M-variable network's autosave:
 * slices of 16–40 ms for 8 asked, its steps taking up to 10 ms).
 */
export function runSteps(steps: Generator<void, AutosaveWrite, undefined>, ms: number): AutosaveWrite | null {
  const start = performance.now();
  let longest = 0;
  for (;;) {
    const before = performance.now();
    const step = steps.next();
    if (step.done) return step.value;
    const now = performance.now();
    longest = Math.max(longest, now - before);
    if (now - start + longest > ms) return null;
  }
}

/**
 * `writeAutosave` in steps, for a caller to spread over several tasks: it
 * yields between pieces of the serialising and between parts written. What
 * is read back only changes at the last step (the manifest, or the entry
 * itself): stopped before it, the earlier work is still there, and the
 * parts already written are dropped later (`dropOrphanParts`).
 */
export function* autosaveSteps(
  storage: () => Storage,
  key: string,
  scenario: Scenario,
  now: Date,
  baseline: Scenario | null,
  tab: string | null,
): Generator<void, AutosaveWrite, undefined> {
  const envelope: Envelope = {
    ...(tab !== null ? { tab } : {}),
    savedAt: now.toISOString(),
    state: stateIdOf(scenario),
    scenario,
    ...(baseline !== null ? { baseline: baseline === scenario ? SAME_AS_SCENARIO : baseline } : {}),
  };
  const pieces: string[] = [];
  let since = 0;
  for (const piece of jsonPieces(envelope, 3)) {
    pieces.push(piece);
    since += piece.length;
    if (since >= PART_CHARS / 4) {
      since = 0;
      yield;
    }
  }
  const text = pieces.join('');
  const written: string[] = [];
  let committed = false;
  try {
    const store = storage();
    let entry = text;
    if (text.length > PART_CHARS) {
      const partsKey = newPartsKey(key, now.getTime());
      const parts = splitParts(text);
      for (const [i, part] of parts.entries()) {
        yield;
        store.setItem(`${partsKey}:${i}`, part);
        written.push(`${partsKey}:${i}`);
      }
      // The manifest leads with the writer, as a whole entry does (see `writerOf`).
      entry = JSON.stringify({ ...(tab !== null ? { tab } : {}), savedAt: envelope.savedAt, parts: { key: partsKey, count: parts.length } });
    }
    commit(store, key, entry, tab);
    committed = true;
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: describeError(error) };
  } finally {
    // Failed, or stopped by the caller (`return()`: a newer scenario is written instead): its parts go now.
    if (!committed) {
      for (const k of written) {
        try {
          storage().removeItem(k);
        } catch {
          // Storage gone meanwhile: the parts are orphans, dropped by a later write.
        }
      }
    }
  }
}

/** Puts `entry` under `key` (moving another tab's work aside first) and drops the parts nobody names any more. */
function commit(store: Storage, key: string, entry: string, tab: string | null): void {
  const current = store.getItem(key);
  const writer = current === null ? null : writerOf(current);
  const moved = tab !== null && current !== null && writer !== null && writer !== tab;
  if (moved) store.setItem(tabKey(key, writer), current);
  store.setItem(key, entry);
  // This tab's earlier entries are replaced: their parts go now (the storage holds one copy of a large scenario, not two).
  const replaced = moved ? null : partsOf(current);
  if (replaced !== null && replaced.key !== partsOf(entry)?.key) removeParts(store, replaced);
  if (tab !== null) {
    const own = store.getItem(tabKey(key, tab));
    store.removeItem(tabKey(key, tab));
    const ownParts = partsOf(own);
    if (ownParts !== null) removeParts(store, ownParts);
  }
  dropOrphanParts(store, key, Date.now());
}

/** The tab that wrote an entry, from its first characters (see `Envelope`), or null. */
function writerOf(text: string): string | null {
  return /^\{"tab":"([a-z0-9]{1,32})"/.exec(text)?.[1] ?? null;
}
