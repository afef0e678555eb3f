import { readAllAutosaves } from '../saved-work-offers';
import type { SavedWork } from '../autosave';
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
 * entries it added. Work is earlier work when it was saved before this page
 * started (`pageStart`, ms since the epoch); `restored`, the autosave the app
 * opened with, counts as read, before the app saved it again.
 */
export async function migrateAutosaves(
  store: WorkspaceStore,
  storageKey: string,
  restored: SavedWork | null,
  storage: () => Storage = () => localStorage,
  pageStart = performance.timeOrigin,
  now = new Date(),
): Promise<readonly WorkspaceEntry[]> {
  if (storageKey === '' || (await store.readMeta(migratedKey(storageKey))) !== undefined) return [];
  const earlier = (w: SavedWork) => w.savedAt !== null && Date.parse(w.savedAt) < pageStart;
  const saved = [...(restored !== null && earlier(restored) ? [restored] : []), ...readAllAutosaves(storage, storageKey).saved.filter((w) => earlier(w) && w.key !== restored?.key)];
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
