import type { Scenario } from '../../model/types';
import type { AnalysesView } from '../analyses/analysis-tabs';
import type { WorkspaceEntry } from './workspace-file';

/** A fresh id: time and randomness, so entries made in two tabs never collide. */
export function newEntryId(): string {
  return `w${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

/** What a new entry is made of; the rest (id, times) is filled in. */
export interface EntryDraft {
  readonly name: string;
  readonly notes?: string;
  readonly scenario: Scenario;
  readonly baseline?: Scenario | null;
  readonly view?: AnalysesView | null;
}

export function newEntry(draft: EntryDraft, now = new Date(), id = newEntryId()): WorkspaceEntry {
  const at = now.toISOString();
  return {
    id,
    name: draft.name.trim() || draft.scenario.name,
    notes: draft.notes ?? '',
    scenario: draft.scenario,
    baseline: draft.baseline ?? null,
    view: draft.view ?? null,
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * `name`, or `name (2)`, `name (3)`, … whichever no entry has yet: two
 * entries with one name could not be told apart in the list or in Compare.
 */
export function uniqueName(name: string, entries: readonly WorkspaceEntry[], except?: string): string {
  const taken = new Set(entries.filter((e) => e.id !== except).map((e) => e.name));
  const base = name.trim() || 'Scenario';
  if (!taken.has(base)) return base;
  const stem = base.replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n++) if (!taken.has(`${stem} (${n})`)) return `${stem} (${n})`;
}

/** A copy under a new id and a free name ("… (copy)"), notes and settings kept. */
export function duplicateEntry(entry: WorkspaceEntry, entries: readonly WorkspaceEntry[], now = new Date()): WorkspaceEntry {
  const copy = newEntry({ ...entry, name: uniqueName(`${entry.name} (copy)`, entries) }, now);
  return copy;
}

/**
 * The entry renamed. The scenario's own `name` follows, so that exports
 * and the top bar say the new name rather than the file it started from.
 */
export function renameEntry(entry: WorkspaceEntry, name: string, entries: readonly WorkspaceEntry[], now = new Date()): WorkspaceEntry {
  const free = uniqueName(name, entries, entry.id);
  return { ...entry, name: free, scenario: { ...entry.scenario, name: free }, updatedAt: now.toISOString() };
}

/** Newest change first, as the panel and Compare list them. */
export function newestFirst(entries: readonly WorkspaceEntry[]): readonly WorkspaceEntry[] {
  return [...entries].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name));
}

/**
 * Entries read from a file, added beside the ones kept: an id already in use
 * gets a new one and a name in use a free one, so an import never replaces
 * work (importing the same file twice gives copies, not losses).
 */
export function mergeImported(kept: readonly WorkspaceEntry[], imported: readonly WorkspaceEntry[]): readonly WorkspaceEntry[] {
  const all: WorkspaceEntry[] = [...kept];
  const added: WorkspaceEntry[] = [];
  for (const entry of imported) {
    const id = all.some((e) => e.id === entry.id) ? newEntryId() : entry.id;
    const name = uniqueName(entry.name, all);
    const placed = { ...entry, id, name };
    all.push(placed);
    added.push(placed);
  }
  return added;
}
