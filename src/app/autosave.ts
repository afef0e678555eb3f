import type { Problem, Scenario } from '../model/types';
import { parseScenario } from '../model/parse-scenario';
import { formatProblem } from '../model/format-problem';
import { adoptStateId, isStateId } from './state-id';
import { joinParts, partsOf } from './autosave-parts';

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

/** What a write of the autosave (autosave-write.ts) came to. */
export type AutosaveWrite = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * The stored envelope; the scenario stays in the file format so the entry is
 * readable by hand. `tab` comes first, so the writer of an entry can be read
 * off its first characters without parsing a large scenario.
 */
/** `Envelope.baseline` when the baseline is the scenario itself; never a scenario (an object). */
export const SAME_AS_SCENARIO = 'scenario';

export interface Envelope {
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
