import { describeError } from '../autosave';
import type { WorkspaceEntry } from './workspace-file';

/** Default IndexedDB database of the workspace. */
export const WORKSPACE_DB = 'corridor-flow-workspace';
const ENTRIES = 'entries';
const META = 'meta';

export type StoreWrite = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * Where the workspace's entries live: IndexedDB, or, where the browser
 * refuses it (private windows, blocked storage, a failed upgrade), memory
 * for this visit only; `unavailable` then says why, for the notice.
 */
export interface WorkspaceStore {
  readonly kind: 'indexeddb' | 'memory';
  readonly unavailable: string | null;
  list(): Promise<readonly WorkspaceEntry[]>;
  put(entry: WorkspaceEntry): Promise<StoreWrite>;
  remove(id: string): Promise<StoreWrite>;
  /** A small flag or value kept beside the entries (e.g. that old autosaves were migrated). */
  readMeta(key: string): Promise<unknown>;
  writeMeta(key: string, value: unknown): Promise<StoreWrite>;
  close(): void;
}

/**
 * Opens the workspace in IndexedDB database `name`; never rejects: a
 * database that cannot be opened gives a store in memory that says why.
 */
export async function openWorkspaceStore(name = WORKSPACE_DB, factory: () => IDBFactory = () => indexedDB): Promise<WorkspaceStore> {
  try {
    const db = await request(factory().open(name, 1), (open) => {
      const upgrade = open.result;
      if (!upgrade.objectStoreNames.contains(ENTRIES)) upgrade.createObjectStore(ENTRIES, { keyPath: 'id' });
      if (!upgrade.objectStoreNames.contains(META)) upgrade.createObjectStore(META);
    });
    return indexedDbStore(db);
  } catch (error) {
    return memoryStore(describeError(error));
  }
}

/** A store that lives as long as the page: the fallback, and a test double. */
export function memoryStore(unavailable: string | null): WorkspaceStore {
  const entries = new Map<string, WorkspaceEntry>();
  const meta = new Map<string, unknown>();
  return {
    kind: 'memory',
    unavailable,
    list: () => Promise.resolve([...entries.values()]),
    put: (entry) => {
      entries.set(entry.id, entry);
      return Promise.resolve({ ok: true });
    },
    remove: (id) => {
      entries.delete(id);
      return Promise.resolve({ ok: true });
    },
    readMeta: (key) => Promise.resolve(meta.get(key)),
    writeMeta: (key, value) => {
      meta.set(key, value);
      return Promise.resolve({ ok: true });
    },
    close: () => undefined,
  };
}

function indexedDbStore(db: IDBDatabase): WorkspaceStore {
  const write = async (store: string, act: (s: IDBObjectStore) => IDBRequest): Promise<StoreWrite> => {
    try {
      const tx = db.transaction(store, 'readwrite');
      act(tx.objectStore(store));
      await done(tx);
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: describeError(error) };
    }
  };
  return {
    kind: 'indexeddb',
    unavailable: null,
    list: async () => (await request(db.transaction(ENTRIES).objectStore(ENTRIES).getAll())) as WorkspaceEntry[],
    put: (entry) => write(ENTRIES, (s) => s.put(entry)),
    remove: (id) => write(ENTRIES, (s) => s.delete(id)),
    readMeta: (key) => request(db.transaction(META).objectStore(META).get(key)),
    writeMeta: (key, value) => write(META, (s) => s.put(value, key)),
    close: () => db.close(),
  };
}

function request<T>(req: IDBRequest<T> | IDBOpenDBRequest, onUpgrade?: (open: IDBOpenDBRequest) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as T);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
    if ('onblocked' in req) {
      req.onblocked = () => reject(new Error('the workspace is being upgraded in another tab; close the other tabs of this app and reload'));
      if (onUpgrade) req.onupgradeneeded = () => onUpgrade(req);
    }
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction was aborted'));
  });
}
