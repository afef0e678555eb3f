import { textOf, type Item } from './edit-scenario';

/** Rows per page of a table: enough to scan, few enough to render at once. */
export const PAGE_SIZE = 100;

/** The items whose fields a table's filter searches. */
const FILTERED_FIELDS = ['id', 'name', 'label', 'from', 'to', 'title', 'mode', 'kind', 'country'] as const;

/** Indices of the items a filter lets through (any of their names, ends or kinds contains it); every index without one. */
export function filteredIndices(items: readonly Item[], filter: string): readonly number[] {
  const wanted = filter.trim().toLowerCase();
  const all = items.map((_, i) => i);
  if (wanted === '') return all;
  return all.filter((i) => FILTERED_FIELDS.some((f) => textOf((items[i] as Item)[f]).toLowerCase().includes(wanted)));
}
