import { msg, str } from '../../components/i18n';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Problem } from '../../model/types';
import { duplicateEntry, mergeImported, newEntry, newestFirst, renameEntry, uniqueName, type EntryDraft } from './workspace-entries';
import { parseWorkspaceFile, toWorkspaceFile, type WorkspaceEntry } from './workspace-file';
import { openWorkspaceStore, WORKSPACE_DB, type StoreWrite, type WorkspaceStore } from './workspace-store';
import { migrateAutosaves } from './migrate-autosaves';
import type { SavedWork } from '../autosave';

/** What the app is told, to show as a notice. */
export interface WorkspaceNotice {
  readonly id: string;
  readonly tone: 'info' | 'warning' | 'error';
  readonly text: string;
}

export interface WorkspaceOptions {
  /** The app's autosave key: old autosaves under it are migrated, and the open entry is remembered per tab beside it. */
  readonly storageKey: string;
  readonly dbName?: string;
  /** The autosave the app opened with, as read before the app saved it again (under a new time). */
  readonly restored: SavedWork | null;
  readonly notify: (notice: WorkspaceNotice) => void;
  /** Another entry (or none) became the open one; the app marks what belongs to it. */
  readonly activated?: (id: string | null) => void;
}

/** Outcome of importing a workspace file: the entries added, or every problem with its JSON path. */
export type WorkspaceImport = { readonly ok: true; readonly added: readonly WorkspaceEntry[] } | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * The workspace as the app holds it: the entries (newest first), which one
 * the scenario on screen belongs to (`activeId`, remembered per tab across a
 * reload), and every change written through to the store. A write that
 * fails keeps the entry in the list for this visit and says why.
 */
export class WorkspaceController implements ReactiveController {
  entries: readonly WorkspaceEntry[] = [];
  /** Null until the store has opened. */
  store: WorkspaceStore | null = null;
  readonly ready: Promise<void>;
  readonly #host: ReactiveControllerHost;
  readonly #options: WorkspaceOptions;
  #activeId: string | null;

  constructor(host: ReactiveControllerHost, options: WorkspaceOptions) {
    this.#host = host;
    this.#options = options;
    this.#activeId = readActiveId(options.storageKey);
    host.addController(this);
    this.ready = this.#open();
  }

  hostConnected(): void {}

  hostDisconnected(): void {}

  get activeId(): string | null {
    return this.#activeId;
  }

  get active(): WorkspaceEntry | null {
    return this.entries.find((e) => e.id === this.#activeId) ?? null;
  }

  /** Which entry the scenario on screen belongs to (null: none; a model file, an import). */
  setActive(id: string | null): void {
    this.#activeId = id;
    writeActiveId(this.#options.storageKey, id);
    this.#options.activated?.(id);
    this.#host.requestUpdate();
  }

  async #open(): Promise<void> {
    const store = await openWorkspaceStore(this.#options.dbName ?? WORKSPACE_DB);
    this.store = store;
    if (store.unavailable !== null) {
      this.#options.notify({
        id: 'workspace-unavailable',
        tone: 'warning',
        text: msg(str`The workspace cannot be kept in this browser (${store.unavailable}): scenarios saved to it last until the page closes. Your current scenario is still autosaved; export the workspace to keep the rest.`),
      });
    }
    try {
      const added = await migrateAutosaves(store, this.#options.storageKey, this.#options.restored);
      if (added.length > 0) {
        this.#options.notify({ id: 'workspace-migrated', tone: 'info', text: msg(str`Your autosaved work is now in the workspace too (${added.map((e) => `"${e.name}"`).join(', ')}).`) });
      }
      this.entries = newestFirst(await store.list());
    } catch (error) {
      this.#options.notify({ id: 'workspace-read', tone: 'warning', text: msg(str`The workspace could not be read (${error instanceof Error ? error.message : String(error)}).`) });
    }
    if (this.#activeId !== null && this.active === null) this.setActive(null);
    this.#host.requestUpdate();
  }

  /** Saves the scenario on screen as a new entry named `draft.name` (made unique), which becomes the open one. */
  async saveAs(draft: EntryDraft): Promise<WorkspaceEntry> {
    await this.ready;
    const name = uniqueName(draft.name, this.entries);
    const entry = newEntry({ ...draft, name, scenario: { ...draft.scenario, name } });
    await this.#put(entry);
    this.setActive(entry.id);
    return entry;
  }

  /** Keeps the open entry up to date with the scenario on screen and its analysis settings (called on each autosave). */
  async syncActive(draft: Omit<EntryDraft, 'name'>): Promise<void> {
    await this.ready;
    const active = this.active;
    if (active === null) return;
    await this.#put({ ...active, scenario: draft.scenario, baseline: draft.baseline ?? active.baseline, view: draft.view ?? active.view, updatedAt: new Date().toISOString() });
  }

  async duplicate(id: string): Promise<WorkspaceEntry | null> {
    const entry = this.entries.find((e) => e.id === id);
    if (entry === undefined) return null;
    const copy = duplicateEntry(entry, this.entries);
    await this.#put({ ...copy, scenario: { ...copy.scenario, name: copy.name } });
    return copy;
  }

  async rename(id: string, name: string): Promise<WorkspaceEntry | null> {
    const entry = this.entries.find((e) => e.id === id);
    if (entry === undefined || name.trim() === '') return null;
    const renamed = renameEntry(entry, name, this.entries);
    await this.#put(renamed);
    return renamed;
  }

  async setNotes(id: string, notes: string): Promise<void> {
    const entry = this.entries.find((e) => e.id === id);
    if (entry === undefined || entry.notes === notes) return;
    await this.#put({ ...entry, notes, updatedAt: new Date().toISOString() });
  }

  async remove(id: string): Promise<void> {
    const store = this.store;
    if (store === null) return;
    this.entries = this.entries.filter((e) => e.id !== id);
    if (this.#activeId === id) this.setActive(null);
    this.#host.requestUpdate();
    this.#reportWrite(await store.remove(id));
  }

  /** The whole workspace as one file's text. */
  exportText(now = new Date()): string {
    return `${JSON.stringify(toWorkspaceFile(this.entries, now), null, 2)}\n`;
  }

  /** Adds the entries of a workspace file beside the kept ones; a file with any problem adds nothing. */
  async importText(text: string): Promise<WorkspaceImport> {
    await this.ready;
    const parsed = parseWorkspaceFile(text);
    if (!parsed.ok) return parsed;
    const added = mergeImported(this.entries, parsed.entries);
    for (const entry of added) await this.#put(entry);
    return { ok: true, added };
  }

  async #put(entry: WorkspaceEntry): Promise<void> {
    this.entries = newestFirst([...this.entries.filter((e) => e.id !== entry.id), entry]);
    this.#host.requestUpdate();
    const store = this.store ?? (await this.ready.then(() => this.store));
    if (store !== null) this.#reportWrite(await store.put(entry));
  }

  #reportWrite(written: StoreWrite): void {
    if (written.ok) return;
    this.#options.notify({
      id: 'workspace-write',
      tone: 'warning',
      text: msg(str`The workspace could not be saved (${written.reason}). Your current scenario is still autosaved; export the workspace to keep the rest.`),
    });
  }
}

function activeKey(storageKey: string): string {
  return `${storageKey}:workspace-entry`;
}

function readActiveId(storageKey: string): string | null {
  try {
    return sessionStorage.getItem(activeKey(storageKey));
  } catch {
    return null;
  }
}

function writeActiveId(storageKey: string, id: string | null): void {
  try {
    if (id === null) sessionStorage.removeItem(activeKey(storageKey));
    else sessionStorage.setItem(activeKey(storageKey), id);
  } catch {
    // Without session storage the open entry is forgotten on reload; the entries themselves are kept.
  }
}
