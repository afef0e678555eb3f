/** What every part of `checkResult` works with: the resolved network, the result indexed by id, the tolerances and where violations go. */
import type { DemandResult, Result } from '../model/types';
import type { Network } from './resolve-network';
import type { Invariant } from './types';

/** Records a broken invariant, on `item` (a JSON path such as `links.l1`) or on the result as a whole. */
export type Add = (invariant: Invariant, item: string | undefined, message: string) => void;

/** The result's entries by id (from `checkShape`, which has checked every number in them is finite). */
export interface ResultEntries {
  readonly linkEntry: ReadonlyMap<string, Result['links'][number]>;
  readonly nodeEntry: ReadonlyMap<string, Result['nodes'][number]>;
  readonly corridorEntry: ReadonlyMap<string, Result['corridors'][number]>;
  readonly demandEntry: ReadonlyMap<string, DemandResult>;
  /** t/yr; 0 for a link the result leaves out. */
  readonly linkFlow: (id: string) => number;
  /** t/yr; 0 for a node the result leaves out. */
  readonly throughput: (id: string) => number;
  /** t/yr; 0 for a demand the result leaves out. */
  readonly served: (id: string) => number;
  /** t/yr; 0 for a demand the result leaves out. */
  readonly unmet: (id: string) => number;
}

export interface CheckContext {
  readonly net: Network;
  readonly entries: ResultEntries;
  /** The relative tolerance of `CheckResultOptions`. */
  readonly rel: number;
  /** t/yr: `rel` at the scale of the scenario's total volume. */
  readonly flowTol: number;
  readonly add: Add;
}

/** A number as people read it in a message: up to 6 significant digits. */
export const show = (value: number | null | undefined): string =>
  value === null || value === undefined ? String(value) : Number.isFinite(value) ? String(Number(value.toPrecision(6))) : String(value);

/** Two amounts of money (USD or USD/yr) equal within `rel` at their own size. */
export const sameMoney = (rel: number, a: number, b: number): boolean => Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
