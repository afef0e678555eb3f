import type { Scenario } from '../../model/types';
import type { CorridorChangeDetail } from './corridor-editor';
import type { Collection } from './edit-scenario';
import type { ProblemIndex } from './index-problems';

/** A collapsible section of the editor: the levers, the scenario's own fields, or a table. */
export type SectionKey = 'levers' | 'scenario' | Collection;

/**
 * What the editor's parts (levers, tables, fields, the problem summary) read
 * and call: the element's state and edits through one narrow interface, so
 * each part is a plain function returning a template. Every member reads the
 * element's state as it is when called (a row kept by `guard` calls it from a
 * later update than the one that drew it).
 */
export interface EditorHost {
  /** The scenario shown (the parts draw only while there is one). */
  readonly scenario: Scenario;
  readonly open: ReadonlySet<SectionKey>;
  readonly filters: Readonly<Partial<Record<Collection, string>>>;
  readonly pages: Readonly<Partial<Record<Collection, number>>>;
  /** Open detail rows, `collection:index`. */
  readonly details: ReadonlySet<string>;
  readonly allProblems: boolean;
  readonly problemIndex: ProblemIndex;
  /** The reader's number locale (walks up the page: ask once per part). */
  locale(): string;
  /** The problems at a field or item key, the number parser's reason first. */
  problemsAt(key: string): readonly string[];
  isSelected(collection: Collection, id: unknown): boolean;
  /** A collection's ids, the same array as long as the collection is (for `guard`). */
  idsOf(collection: 'nodes' | 'sources'): readonly string[];
  /** The baseline's value of an item's field, found by id. */
  referenceValue(collection: Collection, id: unknown, field: string): unknown;
  /** Indices of a collection's items that pass its filter. */
  visibleIndices(collection: Collection): readonly number[];
  setField(collection: Collection, index: number, field: string, value: unknown, phase?: CorridorChangeDetail['phase']): void;
  /** A number field was changed: its text is read in the reader's locale and units. */
  enterNumber(collection: Collection, index: number, field: string, event: Event): void;
  /** One step of a slider drag. */
  slide(collection: Collection, index: number, field: string, event: Event): void;
  /** A slider was released. */
  endSlide(): void;
  /** Shows and sends up a whole new scenario (the scenario's own fields). */
  commit(next: Scenario): void;
  add(collection: Collection): void;
  remove(collection: Collection, index: number): void;
  toggleSection(key: SectionKey): void;
  toggleDetail(key: string): void;
  setFilter(collection: Collection, filter: string): void;
  setPage(collection: Collection, page: number): void;
  toggleAllProblems(): void;
  goToProblem(path: string): void;
}
