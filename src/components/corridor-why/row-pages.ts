/**
 * Rows per page of the Why table unless told otherwise. A row is about 17 elements: 200 demands drawn at once were
 * 3,432 of a planning page's 7,138, and every major garbage collection traces them all.
 */
export const DEFAULT_PAGE_SIZE = 50;

/** The rows one page of a table shows. */
export interface RowPage {
  /** The page shown, from 0; always one of the pages there are. */
  readonly index: number;
  /** How many pages there are: at least 1, even for no rows. */
  readonly pages: number;
  /** The first row shown, from 0. */
  readonly start: number;
  /** One past the last row shown. */
  readonly end: number;
}

/** Rows per page for a `pageSize` property: a positive number rounded down (at least 1), anything else every row. */
export function rowsPerPage(pageSize: number): number {
  // NaN (an attribute that is no number) and 0 or less: the whole table, as before it had pages.
  return pageSize > 0 ? Math.max(1, Math.floor(pageSize)) : Infinity;
}

/** The page `wanted` (from 0) of `total` rows, `perPage` a page, brought within the pages there are. */
export function rowPage(total: number, perPage: number, wanted: number): RowPage {
  const pages = Number.isFinite(perPage) ? Math.max(1, Math.ceil(total / perPage)) : 1;
  const index = Math.min(Math.max(0, Math.floor(wanted)), pages - 1);
  const start = index === 0 ? 0 : index * perPage;
  return { index, pages, start, end: Math.min(total, start + perPage) };
}

/** The page (from 0) that shows row `row` (from 0). */
export function pageOf(row: number, perPage: number): number {
  return Number.isFinite(perPage) ? Math.floor(row / perPage) : 0;
}
