import { readAllAutosaves } from '../saved-work-offers';
import { newEntry, uniqueName } from './workspace-entries';
import type { WorkspaceEntry } from './workspace-file';
import type { WorkspaceStore } from './workspace-store';

/** Meta key marking that the autosaves under a storage key were copied into the workspace. */
export function migratedKey(storageKey: string): string {
  return `migrated:${storageKey}`;
}

/**
 * On the first start with a workspace, each scenario autosaved in
 * localStorage (this tab's, other tabs') becomes a workspace entry, so work
 * from before the workspace existed is listed there. Copied, not moved: the
 * autosave keeps working as before. Runs once per storage key; returns the
 * entries it added. `storage`: the autosaves as the page found them at its
 * start (see snapshotAutosaves), before this visit saved anything.
 */
export async function migrateAutosaves(store: WorkspaceStore, storageKey: string, storage: () => Storage, now = new Date()): Promise<readonly WorkspaceEntry[]> {
  if (storageKey === '' || (await store.readMeta(migratedKey(storageKey))) !== undefined) return [];
  const { saved } = readAllAutosaves(storage, storageKey);
  const existing = [...(await store.list())];
  const added: WorkspaceEntry[] = [];
  for (const work of saved) {
    const when = work.savedAt ?? now.toISOString();
    const entry = newEntry(
      {
        name: uniqueName(work.scenario.name, existing),
        notes: `Autosaved on ${when.slice(0, 10)}; added to the workspace when it was introduced.`,
        scenario: work.scenario,
        baseline: work.baseline,
      },
      new Date(when),
    );
    const written = await store.put(entry);
    if (!written.ok) return added;
    existing.push(entry);
    added.push(entry);
  }
  await store.writeMeta(migratedKey(storageKey), now.toISOString());
  return added;
}
