import type { Scenario } from '../../model/types';
import { demandLabel } from '../../components/item-names';

/**
 * Demands' growth fields drawn at once: a screenful to scan. On the 100x
 * network every demand's row was drawn (200 rows, 1,400 elements that each
 * garbage collection traced while the plan ran), most never looked at.
 */
export const GROWTH_PAGE_SIZE = 50;

/**
 * How the growth table is shown: folded or not (`undefined`: as the size says,
 * unfolded when every demand fits one page), the filter typed, the page turned to.
 */
export interface GrowthView {
  readonly open: boolean | undefined;
  readonly filter: string;
  readonly page: number;
}

export const GROWTH_VIEW: GrowthView = { open: undefined, filter: '', page: 0 };

/** Whether the growth rows are drawn. */
export function growthOpen(s: Scenario, view: GrowthView): boolean {
  return view.open ?? s.demands.length <= GROWTH_PAGE_SIZE;
}

/** Indices of the demands whose id or name (ends, label) holds the filter; every index without one. */
export function growthRows(s: Scenario, filter: string): readonly number[] {
  const wanted = filter.trim().toLowerCase();
  const all = s.demands.map((_, i) => i);
  if (wanted === '') return all;
  return all.filter((i) => {
    const d = s.demands[i]!;
    return String(d.id).toLowerCase().includes(wanted) || demandLabel(s, d).toLowerCase().includes(wanted);
  });
}

/** The page shown: its demands' indices, the page (kept inside the pages there are), how many pages, the 1-based first and last row shown. */
export interface GrowthPage {
  readonly indices: readonly number[];
  readonly page: number;
  readonly pages: number;
  readonly first: number;
  readonly last: number;
  readonly matching: number;
}

export function growthPage(rows: readonly number[], page: number): GrowthPage {
  const pages = Math.max(1, Math.ceil(rows.length / GROWTH_PAGE_SIZE));
  const at = Math.min(Math.max(0, page), pages - 1);
  const indices = rows.slice(at * GROWTH_PAGE_SIZE, (at + 1) * GROWTH_PAGE_SIZE);
  return { indices, page: at, pages, first: indices.length === 0 ? 0 : at * GROWTH_PAGE_SIZE + 1, last: at * GROWTH_PAGE_SIZE + indices.length, matching: rows.length };
}

/** The view that shows demand `index`'s row: unfolded, on its page, the filter cleared if it hides the row. */
export function revealGrowth(s: Scenario, view: GrowthView, index: number): GrowthView {
  const kept = growthRows(s, view.filter);
  const filter = kept.includes(index) ? view.filter : '';
  const rows = filter === view.filter ? kept : growthRows(s, filter);
  return { open: true, filter, page: Math.floor(Math.max(0, rows.indexOf(index)) / GROWTH_PAGE_SIZE) };
}

/** Whether demand `index`'s row is drawn in `view`. */
export function growthShown(s: Scenario, view: GrowthView, index: number): boolean {
  return growthOpen(s, view) && growthPage(growthRows(s, view.filter), view.page).indices.includes(index);
}

/** What the folded table's heading says: how many demands, how many grow (or shrink) and over what range (fractions a year). */
export interface GrowthCounts {
  readonly demands: number;
  /** Demands with a growth other than 0 (the default), text typed in the field included. */
  readonly set: number;
  readonly lowest: number | null;
  readonly highest: number | null;
}

export function growthCounts(s: Scenario): GrowthCounts {
  let set = 0;
  let lowest: number | null = null;
  let highest: number | null = null;
  for (const d of s.demands) {
    const g: unknown = d.growth;
    if (g === undefined || g === 0) continue;
    set++;
    if (typeof g !== 'number' || !Number.isFinite(g)) continue;
    lowest = lowest === null ? g : Math.min(lowest, g);
    highest = highest === null ? g : Math.max(highest, g);
  }
  return { demands: s.demands.length, set, lowest, highest };
}

/** Demand index of a growth path (`demands[12].growth`), else null. */
export function growthIndex(path: string): number | null {
  const m = /^demands\[(\d+)\]\.growth$/.exec(path);
  return m === null ? null : Number(m[1]);
}
