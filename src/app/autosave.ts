import type { Problem, Scenario } from '../model/types';
import { parseScenario } from '../model/parse-scenario';
import { formatProblem } from '../model/format-problem';
import { adoptStateId, isStateId, stateIdOf } from './state-id';
import { jsonPieces } from './json-pieces';
import { dropOrphanParts, joinParts, newPartsKey, PART_CHARS, partsOf, removeParts, splitParts } from './autosave-parts';

/** Default localStorage key of `<corridor-flow>`'s autosave. */
export const AUTOSAVE_KEY = 'corridor-flow:autosave';

/**
 * What reading the autosave found. `corrupt`: something is stored but it is
 * not a valid scenario (the reason says what); it has been moved aside to
 * `backupKey` so the next save does not destroy it. `unavailable`: storage
 * cannot be read at all (blocked by the browser).
 */
export type AutosaveRead =
  | { readonly kind: 'empty' }
  | ({ readonly kind: 'restored' } & SavedWork)
  | { readonly kind: 'corrupt'; readonly reason: string; readonly backupKey: string | null }
  | { readonly kind: 'unavailable'; readonly reason: string };

/** One saved scenario, as read back. */
export interface SavedWork {
  readonly scenario: Scenario;
  readonly savedAt: string | null;
  /** The scenario as its file or import gave it, before the user's edits; null when not stored. */
  readonly baseline: Scenario | null;
  /** The tab that saved it (see `tabId`); null for an entry written without one. */
  readonly tab: string | null;
  /** Where it is stored. */
  readonly key: string;
}

export type AutosaveWrite = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * The stored envelope; the scenario stays in the file format so the entry is
 * readable by hand. `tab` comes first, so the writer of an entry can be read
 * off its first characters without parsing a large scenario.
 */
/** `Envelope.baseline` when the baseline is the scenario itself; never a scenario (an object). */
const SAME_AS_SCENARIO = 'scenario';

interface Envelope {
  readonly tab?: string;
  readonly savedAt: string;
  /** `stateIdOf` the scenario: the undo history kept over a reload names the state it ends at by it. */
  readonly state?: string;
  readonly scenario: unknown;
  /**
   * What the editor compares against (slider ticks, reset buttons); absent in older entries. SAME_AS_SCENARIO
   * when it is the scenario itself (one just opened): a second copy of a large one doubled the write.
   */
  readonly baseline?: unknown;
}

/**
 * Reads the autosave stored under `key`. One that cannot be used (not JSON,
 * not a valid scenario, or anything at all that fails while reading it) is
 * moved aside to a backup key of its own, never over an earlier backup, so
 * it neither traps the app at every load nor is lost.
 */
export function readAutosave(storage: () => Storage, key: string): AutosaveRead {
  let text: string | null;
  let store: Storage;
  try {
    store = storage();
    text = store.getItem(key);
  } catch (error) {
    return { kind: 'unavailable', reason: describeError(error) };
  }
  if (text === null) return { kind: 'empty' };

  const outcome = decode(text, store);
  if (outcome.ok) return { kind: 'restored', ...outcome.work, key };
  try {
    const backupKey = freeBackupKey(store, key);
    store.setItem(backupKey, text);
    store.removeItem(key);
    return { kind: 'corrupt', reason: outcome.reason, backupKey };
  } catch {
    return { kind: 'corrupt', reason: outcome.reason, backupKey: null };
  }
}

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

/** Where the work of tab `tab` is kept once another tab has saved after it. */
export function tabKey(key: string, tab: string): string {
  return `${key}:tab:${tab}`;
}

const TAB_ID_KEY = 'corridor-flow:tab';

/**
 * This tab's id: made once per tab and kept in `sessionStorage`, which
 * each tab has to itself and which survives a reload. null where session
 * storage cannot be used (then tabs are not told apart).
 */
export function tabId(storage: () => Storage = () => sessionStorage): string | null {
  try {
    const store = storage();
    let id = store.getItem(TAB_ID_KEY);
    if (id === null || !/^[a-z0-9]{1,32}$/.test(id)) {
      id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
      store.setItem(TAB_ID_KEY, id);
    }
    return id;
  } catch {
    return null;
  }
}


/** The tab that wrote an entry, from its first characters (see `Envelope`), or null. */
function writerOf(text: string): string | null {
  return /^\{"tab":"([a-z0-9]{1,32})"/.exec(text)?.[1] ?? null;
}

/** The first of `<key>:unreadable`, `<key>:unreadable-2`, … not in use: a backup never replaces an earlier one. */
function freeBackupKey(store: Storage, key: string): string {
  const base = `${key}:unreadable`;
  if (store.getItem(base) === null) return base;
  for (let n = 2; ; n++) if (store.getItem(`${base}-${n}`) === null) return `${base}-${n}`;
}

type Decoded = { readonly ok: true; readonly work: Omit<SavedWork, 'key'> } | { readonly ok: false; readonly reason: string };

function decode(text: string, store: Storage): Decoded {
  try {
    const parts = partsOf(text);
    if (parts === null) return decodeEnvelope(text);
    const whole = joinParts(store, parts);
    return whole === null ? { ok: false, reason: 'a part of it is missing' } : decodeEnvelope(whole);
  } catch (error) {
    // Whatever the stored text does to the code reading it, the app must still open.
    return { ok: false, reason: `it could not be read (${describeError(error)})` };
  }
}

function decodeEnvelope(text: string): Decoded {
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `it is not JSON (${describeError(error)})` };
  }
  if (typeof envelope !== 'object' || envelope === null || !('scenario' in envelope)) {
    return { ok: false, reason: 'it holds no scenario' };
  }
  const parsed = parseScenario((envelope as Envelope).scenario);
  if (!parsed.ok) return { ok: false, reason: `the scenario is not valid: ${summarise(parsed.errors)}` };
  const savedAt = (envelope as Partial<Envelope>).savedAt;
  // A baseline that no longer parses is dropped, not fatal: the work itself is intact.
  const stored = (envelope as Envelope).baseline;
  const baseline = stored === undefined ? null : stored === SAME_AS_SCENARIO ? parsed : parseScenario(stored);
  const tab = (envelope as Partial<Envelope>).tab;
  const state = (envelope as Partial<Envelope>).state;
  if (isStateId(state)) adoptStateId(parsed.scenario, state);
  return {
    ok: true,
    work: {
      scenario: parsed.scenario,
      savedAt: typeof savedAt === 'string' ? savedAt : null,
      baseline: baseline !== null && baseline.ok ? baseline.scenario : null,
      tab: typeof tab === 'string' ? tab : null,
    },
  };
}

function summarise(problems: readonly Problem[]): string {
  const shown = problems.slice(0, 3).map(formatProblem).join('; ');
  return problems.length > 3 ? `${shown}; and ${problems.length - 3} more` : shown;
}

export function describeError(error: unknown): string {
  if (error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22)) {
    return "the browser's storage for this page is full";
  }
  if (error instanceof DOMException && error.name === 'SecurityError') return 'the browser does not allow storage for this page';
  return error instanceof Error ? error.message : String(error);
}
