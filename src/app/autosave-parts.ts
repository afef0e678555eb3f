/**
 * A large autosave stored in parts: the entry under its key is then a small
 * manifest naming them. Chromium's localStorage takes one megabyte-long value
 * in 0.4–0.6 s, the same text in 64 KB values in 0.1 s all told, each part a
 * task of its own when written in steps (autosave.ts `autosaveSteps`).
 *
 * Part keys are `<key>:part:<generation>:<i>`; the manifest names the prefix,
 * so it stays valid when moved to another key (a tab's own key, a backup).
 * A generation begins with its time, so parts nobody names (a write cut
 * short, a tab closed mid-write) are dropped once they are old enough not to
 * be another tab's write still under way.
 */

/** What the manifest says of the parts. */
export interface PartsRef {
  /** Key of the parts without `:<i>`. */
  readonly key: string;
  readonly count: number;
}

/** The parts named by a stored entry, if it is a manifest (its first characters say so before any parsing). */
export function partsOf(stored: string | null): PartsRef | null {
  if (stored === null || stored.length > 2_000 || !stored.includes('"parts":')) return null;
  try {
    const parts = (JSON.parse(stored) as { parts?: unknown }).parts;
    if (typeof parts !== 'object' || parts === null) return null;
    const { key, count } = parts as Partial<PartsRef>;
    return typeof key === 'string' && Number.isInteger(count) && count! > 0 ? { key, count: count! } : null;
  } catch {
    return null;
  }
}

/** The text a manifest's parts hold, joined; null when one is missing. */
export function joinParts(store: Storage, parts: PartsRef): string | null {
  const texts: string[] = [];
  for (let i = 0; i < parts.count; i++) {
    const text = store.getItem(`${parts.key}:${i}`);
    if (text === null) return null;
    texts.push(text);
  }
  return texts.join('');
}
