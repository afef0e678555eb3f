import { partsOf, type PartsRef } from './autosave-parts';

/** Writing and removing an autosave's parts (see autosave-parts.ts); with the writer, in its chunk (autosave-write.ts). */

/** Longest part, characters; an entry longer than this is stored in parts. */
export const PART_CHARS = 65_536;

/** Unnamed parts younger than this (ms) may be another tab's write under way: left alone. */
const ORPHAN_AGE_MS = 60_000;

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
