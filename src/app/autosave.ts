import type { Problem, Scenario } from '../model/types';
import { parseScenario } from '../model/parse-scenario';
import { formatProblem } from '../model/format-problem';

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
  | {
      readonly kind: 'restored';
      readonly scenario: Scenario;
      readonly savedAt: string | null;
      /** The scenario as its file or import gave it, before the user's edits; null when not stored. */
      readonly baseline: Scenario | null;
    }
  | { readonly kind: 'corrupt'; readonly reason: string; readonly backupKey: string | null }
  | { readonly kind: 'unavailable'; readonly reason: string };

export type AutosaveWrite = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** The stored envelope; the scenario stays in the file format so the entry is readable by hand. */
interface Envelope {
  readonly savedAt: string;
  readonly scenario: unknown;
  /** What the editor compares against (slider ticks, reset buttons); absent in older entries. */
  readonly baseline?: unknown;
}

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

  const outcome = decode(text);
  if (outcome.ok) return { kind: 'restored', scenario: outcome.scenario, savedAt: outcome.savedAt, baseline: outcome.baseline };
  const backupKey = `${key}:unreadable`;
  try {
    store.setItem(backupKey, text);
    store.removeItem(key);
    return { kind: 'corrupt', reason: outcome.reason, backupKey };
  } catch {
    return { kind: 'corrupt', reason: outcome.reason, backupKey: null };
  }
}

export function writeAutosave(
  storage: () => Storage,
  key: string,
  scenario: Scenario,
  now = new Date(),
  baseline: Scenario | null = null,
): AutosaveWrite {
  const envelope: Envelope = baseline === null ? { savedAt: now.toISOString(), scenario } : { savedAt: now.toISOString(), scenario, baseline };
  try {
    storage().setItem(key, JSON.stringify(envelope));
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: describeError(error) };
  }
}

type Decoded =
  | { readonly ok: true; readonly scenario: Scenario; readonly savedAt: string | null; readonly baseline: Scenario | null }
  | { readonly ok: false; readonly reason: string };

function decode(text: string): Decoded {
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
  const baseline = stored === undefined ? null : parseScenario(stored);
  return {
    ok: true,
    scenario: parsed.scenario,
    savedAt: typeof savedAt === 'string' ? savedAt : null,
    baseline: baseline !== null && baseline.ok ? baseline.scenario : null,
  };
}

function summarise(problems: readonly Problem[]): string {
  const shown = problems.slice(0, 3).map(formatProblem).join('; ');
  return problems.length > 3 ? `${shown}; and ${problems.length - 3} more` : shown;
}

function describeError(error: unknown): string {
  if (error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22)) {
    return "the browser's storage for this page is full";
  }
  if (error instanceof DOMException && error.name === 'SecurityError') return 'the browser does not allow storage for this page';
  return error instanceof Error ? error.message : String(error);
}
