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

/** Longest part, characters; an entry longer than this is stored in parts. */
export const PART_CHARS = 65_536;

/** Unnamed parts younger than this (ms) may be another tab's write under way: left alone. */
const ORPHAN_AGE_MS = 60_000;

/** What the manifest says of the parts. */
export interface PartsRef {
  /** Key of the parts without `:<i>`. */
  readonly key: string;
  readonly count: number;
}

/** A fresh prefix for the parts of an entry stored under `key`. */
export function newPartsKey(key: string, now: number): string {
  return `${key}:part:${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** `text` cut into parts of PART_CHARS. */
export function splitParts(text: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += PART_CHARS) parts.push(text.slice(i, i + PART_CHARS));
  return parts;
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

export function removeParts(store: Storage, parts: PartsRef): void {
  for (let i = 0; i < parts.count; i++) store.removeItem(`${parts.key}:${i}`);
}

/**
 * Removes the parts under `key` that no entry names any more (the key
 * itself, tabs' own keys, backups) and are older than ORPHAN_AGE_MS.
 */
export function dropOrphanParts(store: Storage, key: string, now: number): void {
  const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter((k): k is string => k !== null && k.startsWith(`${key}:`));
  const partPrefix = `${key}:part:`;
  const named = new Set<string>();
  for (const k of [key, ...keys.filter((k) => !k.startsWith(partPrefix))]) {
    const parts = partsOf(store.getItem(k));
    if (parts !== null) named.add(parts.key);
  }
  for (const k of keys) {
    if (!k.startsWith(partPrefix)) continue;
    const prefix = k.slice(0, k.lastIndexOf(':'));
    const born = parseInt(prefix.slice(partPrefix.length).split('-')[0] ?? '', 36);
    if (!named.has(prefix) && !(now - born < ORPHAN_AGE_MS)) store.removeItem(k);
  }
}
