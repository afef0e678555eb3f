import type { renderCollectionTable } from './collection-table';

/**
 * The tables (collection-table.ts, with their rows and field controls) are a chunk of their own, asked for as soon
 * as an editor connects: the levers come first and the full tables behind them, so the page's first script stays
 * small.
 */
let loaded: typeof renderCollectionTable | null = null;
let loading: Promise<unknown> | null = null;

/** The tables' renderer once its chunk has arrived, else null. */
export function loadedCollectionTable(): typeof renderCollectionTable | null {
  return loaded;
}

/** Asks for the tables' chunk (once); resolves when it has arrived. */
export function loadCollectionTable(): Promise<unknown> {
  loading ??= import('./collection-table').then((module) => (loaded = module.renderCollectionTable));
  return loading;
}
