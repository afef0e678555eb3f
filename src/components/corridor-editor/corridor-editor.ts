import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Problem, Scenario } from '../../model/types';
import { COLLECTIONS } from './columns';
import { sharedStyles } from '../shared.styles';
import { styles } from './corridor-editor.styles';
import { appendItem, itemsOf, removeItem, setItemField, textOf, type Collection, type Item } from './edit-scenario';
import type { EditorHost, SectionKey } from './editor-host';
import { FOCUS_FIELD, KIND_TO_COLLECTION } from './editor-selection';
import { renderSection } from './editor-section';
import { fieldId } from './field-id';
import { renderCollectionSection } from './collection-section';
import { loadCollectionTable, loadedCollectionTable } from './collection-table-chunk';
import { filteredIndices, PAGE_SIZE } from './table-pages';
import { BaselineValues } from './baseline-values';
import { indexProblems, problemKey, problemLocation, type ProblemIndex } from './index-problems';
import { renderLevers } from './lever-panel';
import { LeverStages } from './lever-stages';
import { NumberEntry } from './number-entry';
import { problemBadge, renderProblemSummary } from './problem-summary';
import { detailsAfterRemoval, newItem } from './row-actions';
import { renderScenarioFields } from './scenario-fields';
import { defineElement } from '../define-element';
import { elementLocale } from '../element-locale';
import { localized, msg } from '../i18n';

/** The item the editor scrolls to and highlights. */
export interface EditorSelection {
  readonly kind: 'node' | 'link' | 'corridor' | 'demand';
  readonly id: string;
}

/**
 * Detail of `corridor-change`. `phase` is `input` while a slider is being
 * dragged (one event per step, for live re-solving) and `commit` when an edit
 * is complete (slider released, field left, box ticked, item added or
 * removed), so an undo history can keep only the commits.
 */
export interface CorridorChangeDetail {
  readonly scenario: Scenario;
  readonly phase: 'input' | 'commit';
}

const TABLE_ORDER = ['nodes', 'links', 'corridors', 'demands', 'sources'] as const satisfies readonly Collection[];

/**
 * Edits a freight scenario: the levers an economist moves most (gate
 * capacities per corridor, the Caspian crossing, demand volumes, corridor
 * switches) as sliders with exact number fields, then every field of every
 * node, link, corridor, demand and source in collapsible tables.
 *
 * The editor shows `scenario` and never changes the object it was given: each
 * user edit builds a new scenario, shows it and sends it up in
 * `corridor-change`, valid or not (the app validates and hands the problems
 * back through `problems`, which appear at the fields they name). Setting a
 * property never fires an event.
 *
 * Below about 34rem of its own width (a container query, so it follows the
 * space it is given rather than the window) each lever stacks its name above
 * its slider and field, and tables scroll sideways inside their own box.
 *
 * @property {Scenario | null} scenario - The scenario shown; never mutated.
 * @property {readonly Problem[]} problems - Validation problems, shown at the fields their paths name.
 * @property {EditorSelection | null} selected - The item to scroll to, open and highlight.
 * @property {Scenario | null} baseline - The scenario the levers mark and reset to (default: the last one set from outside); a host that restores autosaved work sets it to the scenario as loaded from its file.
 *
 * @summary Scenario editor: levers first, full tables behind them.
 *
 * @event corridor-change - `CustomEvent<CorridorChangeDetail>`: `{ scenario, phase }` after every user edit;
 *   `phase` is `input` for each step of a slider drag and `commit` when an edit is complete.
 *
 * @csspart base - The wrapper of everything.
 * @csspart summary - The problem count and scenario size at the top.
 * @csspart section - Each collapsible section.
 * @csspart section-toggle - The button that opens and closes a section.
 * @csspart lever - One lever row (label, slider, number field, unit).
 * @csspart table - Each table.
 * @csspart row - Each item row of a table.
 *
 * @cssproperty --corridor-font - Font family. Default: the system UI font.
 * @cssproperty --corridor-accent - Sliders, switches, focus rings, selection.
 * @cssproperty --corridor-spacing - Base spacing unit.
 * @cssproperty --corridor-text-color - Text.
 * @cssproperty --corridor-muted-color - Secondary text, units, the scenario-value tick.
 * @cssproperty --corridor-line-color - Rules and field borders.
 * @cssproperty --corridor-surface-color - Background.
 * @cssproperty --corridor-subtle-color - Table headers and detail rows.
 * @cssproperty --corridor-danger-color - Problems.
 * @cssproperty --corridor-ok-color - The "no problems" line.
 * @cssproperty --corridor-highlight-color - Background of the selected item.
 * @cssproperty --corridor-table-height - Height at which a table scrolls. Default: 32rem.
 * @cssproperty --corridor-color-<id> - Colour of corridor `<id>` (e.g. `--corridor-color-titr`); default: its `color`.
 * @cssproperty --corridor-calibrated-color - Colour of the "calibrated" mark beside a cost that calibration fitted (default #8a6d00).
 */
@localized()
export class CorridorEditor extends LitElement {
  static override styles = [sharedStyles, styles];

  static override properties = {
    scenario: { attribute: false },
    problems: { attribute: false },
    selected: { attribute: false },
    baseline: { attribute: false },
    _open: { state: true },
    _filters: { state: true },
    _pages: { state: true },
    _details: { state: true },
    _allProblems: { state: true },
  };

  /** The scenario shown; `null` shows an empty state. Never mutated. */
  declare scenario: Scenario | null;
  /** Validation problems; each is shown at the field its `path` names (`links[3].capacity`). */
  declare problems: readonly Problem[];
  /** The item to scroll to, open and highlight. */
  declare selected: EditorSelection | null;
  /**
   * The scenario whose values the sliders mark ("Scenario value" tick) and the
   * reset buttons (↺) return to, matched to `scenario` by item id. Property
   * only (no attribute).
   *
   * Default `null`: the last `scenario` set from outside that this editor did
   * not build itself, i.e. the one loaded. That guess is wrong whenever the
   * scenario shown is not the one loaded from a file: after a reload restores
   * autosaved work, the restored scenario would become the reference and
   * every lever would read "unchanged". A host that restores work sets
   * `baseline` to the scenario as it came from its file (a `models/` file, an
   * import), and sets it again whenever it loads a new file; setting
   * `baseline` never fires `corridor-change`.
   */
  declare baseline: Scenario | null;

  declare _open: ReadonlySet<SectionKey>;
  declare _filters: Readonly<Partial<Record<Collection, string>>>;
  declare _pages: Readonly<Partial<Record<Collection, number>>>;
  declare _details: ReadonlySet<string>;
  declare _allProblems: boolean;

  /** Scenarios this editor built: seeing one come back is not a new baseline. */
  #produced = new WeakSet<Scenario>();
  #loaded: Scenario | null = null;
  #problemIndex: ProblemIndex = indexProblems([]);
  #slidingSinceCommit = false;
  #scrollToSelected = false;
  #idCache = new Map<string, { items: readonly Item[]; ids: readonly string[] }>();
  readonly #baselineValues = new BaselineValues();
  readonly #numbers = new NumberEntry();
  /** An open table was drawn before its chunk arrived: draw again when it does (updateComplete waits for it). */
  #awaitingTables = false;
  /** How many lever rows are drawn while a large network is first drawn (lever-stages.ts). */
  readonly #leverStages = new LeverStages(this);
  /** The parts' view of this editor (editor-host.ts). */
  readonly #host: EditorHost = this.#makeHost();

  override connectedCallback(): void {
    super.connectedCallback();
    this.#numbers.preload();
    if (loadedCollectionTable() === null) void loadCollectionTable().then(() => this.#awaitingTables && this.requestUpdate());
  }

  /** Also waits for the tables' chunk when an open table needs it, so `await editor.updateComplete` sees its rows. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#awaitingTables || this.#leverStages.staging) {
      if (this.#awaitingTables) {
        await loadCollectionTable();
        if (this.#awaitingTables) this.requestUpdate();
      } else {
        const next = this.#leverStages.nextStage;
        if (next === null) this.requestUpdate();
        else await next;
      }
      done = await super.getUpdateComplete();
    }
    return done;
  }

  constructor() {
    super();
    this.scenario = null;
    this.problems = [];
    this.selected = null;
    this.baseline = null;
    this._open = new Set<SectionKey>(['levers']);
    this._filters = {};
    this._pages = {};
    this._details = new Set();
    this._allProblems = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scenario') && this.scenario !== null && !this.#produced.has(this.scenario)) {
      this.#loaded = this.scenario;
    }
    if (changed.has('scenario')) this.#leverStages.scenarioChanged(this.scenario, this.scenario !== null && !this.#produced.has(this.scenario));
    if (changed.has('problems')) this.#problemIndex = indexProblems(this.problems ?? []);
    if (changed.has('selected') && this.selected !== null && this.scenario !== null) {
      this.#reveal(KIND_TO_COLLECTION[this.selected.kind], this.selected.id);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('selected') && this.#scrollToSelected) {
      this.#scrollToSelected = false;
      const row = this.renderRoot.querySelector<HTMLElement>('tr.selected');
      row?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }

  // -------------------------------------------------------------------------
  // Editing: every user edit builds a new scenario and sends it up

  #emit(next: Scenario, phase: CorridorChangeDetail['phase']): void {
    this.#produced.add(next);
    this.scenario = next;
    const detail: CorridorChangeDetail = { scenario: next, phase };
    this.dispatchEvent(new CustomEvent<CorridorChangeDetail>('corridor-change', { detail, bubbles: true, composed: true }));
  }

  #setField(collection: Collection, index: number, field: string, value: unknown, phase: CorridorChangeDetail['phase'] = 'commit'): void {
    const scenario = this.scenario;
    if (scenario === null) return;
    const item = itemsOf(scenario, collection)[index];
    if (item === undefined || Object.is(item[field], value)) return;
    this.#emit(setItemField(scenario, collection, index, field, value), phase);
  }

  #onSliderInput(collection: Collection, index: number, field: string, event: Event): void {
    const input = event.target as HTMLInputElement;
    this.#slidingSinceCommit = true;
    this.#setField(collection, index, field, Number(input.value), 'input');
  }

  #onSliderChange(): void {
    if (!this.#slidingSinceCommit || this.scenario === null) return;
    this.#slidingSinceCommit = false;
    this.#emit(this.scenario, 'commit');
  }

  #add(collection: Collection): void {
    const scenario = this.scenario;
    if (scenario === null) return;
    const next = appendItem(scenario, collection, newItem(scenario, collection));
    const index = itemsOf(next, collection).length - 1;
    this._open = new Set([...this._open, collection]);
    this._filters = { ...this._filters, [collection]: '' };
    this._pages = { ...this._pages, [collection]: Math.floor(index / PAGE_SIZE) };
    this.#emit(next, 'commit');
    void this.updateComplete.then(() => this.#focusField(collection, index, 'id'));
  }

  #remove(collection: Collection, index: number): void {
    if (this.scenario === null) return;
    // Detail rows are keyed by index: shift those after the removed item.
    this._details = detailsAfterRemoval(this._details, collection, index);
    this.#emit(removeItem(this.scenario, collection, index), 'commit');
  }

  // -------------------------------------------------------------------------
  // Navigation: sections, pages, selection and focus

  #toggleSection(key: SectionKey): void {
    const open = new Set(this._open);
    if (open.has(key)) open.delete(key);
    else open.add(key);
    this._open = open;
  }

  /** Opens the item's section on the page that holds it, clearing a filter that hides it. */
  #reveal(collection: Collection, id: string): number {
    if (this.scenario === null) return -1;
    const items = itemsOf(this.scenario, collection);
    const index = items.findIndex((it) => it.id === id);
    if (index < 0) return -1;
    this.#showIndex(collection, index);
    this.#scrollToSelected = true;
    return index;
  }

  #showIndex(collection: Collection, index: number): void {
    this._open = new Set([...this._open, collection]);
    const visible = this.#visibleIndices(collection);
    if (!visible.includes(index)) this._filters = { ...this._filters, [collection]: '' };
    const position = this.#visibleIndices(collection).indexOf(index);
    this._pages = { ...this._pages, [collection]: Math.floor(Math.max(position, 0) / PAGE_SIZE) };
  }

  /**
   * Opens an item (as `selected` does) and puts keyboard focus on the field a
   * person came to change: a link's or node's capacity, a demand's volume, a
   * corridor's id. For links such as "What binds", so focus lands where the
   * page scrolled to instead of staying on a row now off screen.
   */
  async focusItem(kind: EditorSelection['kind'], id: string): Promise<void> {
    const collection = KIND_TO_COLLECTION[kind];
    const index = this.#reveal(collection, id);
    if (index < 0) return;
    await this.updateComplete;
    this.#focusField(collection, index, FOCUS_FIELD[kind]);
  }

  /** Shows and focuses the field a problem names. */
  async #goToProblem(path: string): Promise<void> {
    const at = problemLocation(path);
    const collection = at?.collection as Collection | undefined;
    if (at === null || collection === undefined || !(collection in COLLECTIONS)) {
      this._open = new Set([...this._open, 'scenario']);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#f-scenario-${problemKey(path)}`)?.focus();
      return;
    }
    this.#showIndex(collection, at.index);
    if (COLLECTIONS[collection].columns.some((c) => c.field === at.field && c.detail === true)) {
      this._details = new Set([...this._details, `${collection}:${at.index}`]);
    }
    await this.updateComplete;
    this.#focusField(collection, at.index, at.field);
  }

  #focusField(collection: Collection, index: number, field: string): void {
    const input = this.renderRoot.querySelector<HTMLElement>(`#${fieldId(collection, index, field)}`);
    input?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    input?.focus();
  }

  #visibleIndices(collection: Collection): readonly number[] {
    if (this.scenario === null) return [];
    return filteredIndices(itemsOf(this.scenario, collection), this._filters[collection] ?? '');
  }

  // -------------------------------------------------------------------------
  // Lookups

  /** The ids of a collection, the same array as long as the collection is (so `guard` can skip unchanged option lists). */
  #idsOf(collection: 'nodes' | 'sources'): readonly string[] {
    const items = this.scenario === null ? [] : itemsOf(this.scenario, collection);
    const cached = this.#idCache.get(collection);
    if (cached !== undefined && cached.items === items) return cached.ids;
    const ids = items.map((it) => textOf(it.id));
    this.#idCache.set(collection, { items, ids });
    return ids;
  }

  #problemsAt(key: string): readonly string[] {
    const problems = this.#problemIndex.at(key);
    // The parser's reason (an ambiguous "1.234", a unit the field does not take) says more than "not a number".
    const parse = this.#numbers.messageAt(key);
    return parse !== undefined && problems.length > 0 ? [parse, ...problems] : problems;
  }

  #isSelected(collection: Collection, id: unknown): boolean {
    const s = this.selected;
    return s !== null && KIND_TO_COLLECTION[s.kind] === collection && s.id === id;
  }

  #makeHost(): EditorHost {
    // Getters, so the parts read the element's state as it is when they call (a row kept by guard calls later).
    const editor = this;
    return {
      get scenario() {
        return editor.scenario as Scenario;
      },
      get open() {
        return editor._open;
      },
      get filters() {
        return editor._filters;
      },
      get pages() {
        return editor._pages;
      },
      get details() {
        return editor._details;
      },
      get allProblems() {
        return editor._allProblems;
      },
      get problemIndex() {
        return editor.#problemIndex;
      },
      locale: () => elementLocale(this),
      problemsAt: (key) => this.#problemsAt(key),
      isSelected: (collection, id) => this.#isSelected(collection, id),
      idsOf: (collection) => this.#idsOf(collection),
      referenceValue: (collection, id, field) => this.#baselineValues.valueOf(this.baseline ?? this.#loaded, collection, id, field),
      visibleIndices: (collection) => this.#visibleIndices(collection),
      setField: (collection, index, field, value, phase) => this.#setField(collection, index, field, value, phase),
      enterNumber: (collection, index, field, event) => {
        const raw = (event.target as HTMLInputElement).value;
        this.#numbers.read(raw, collection, index, field, elementLocale(this), (value) => this.#setField(collection, index, field, value));
      },
      slide: (collection, index, field, event) => this.#onSliderInput(collection, index, field, event),
      endSlide: () => this.#onSliderChange(),
      commit: (next) => this.#emit(next, 'commit'),
      add: (collection) => this.#add(collection),
      remove: (collection, index) => this.#remove(collection, index),
      toggleSection: (key) => this.#toggleSection(key),
      toggleDetail: (key) => {
        const next = new Set(this._details);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        this._details = next;
      },
      setFilter: (collection, filter) => {
        this._filters = { ...this._filters, [collection]: filter };
        this._pages = { ...this._pages, [collection]: 0 };
      },
      setPage: (collection, page) => {
        this._pages = { ...this._pages, [collection]: page };
      },
      toggleAllProblems: () => {
        this._allProblems = !this._allProblems;
      },
      goToProblem: (path) => void this.#goToProblem(path),
    };
  }

  // -------------------------------------------------------------------------
  // Rendering: the parts are in their own files, drawn through #host

  protected override render(): TemplateResult {
    const scenario = this.scenario;
    if (scenario === null) {
      return html`<div part="base" class="base"><p class="empty">${msg('No scenario loaded.')}</p></div>`;
    }
    const host = this.#host;
    const tables = loadedCollectionTable();
    this.#awaitingTables = tables === null && TABLE_ORDER.some((c) => this._open.has(c));
    return html`<div part="base" class="base">
      ${renderProblemSummary(host, scenario, this.problems ?? [])}
      ${renderSection(host, 'levers', msg('Levers'), nothing, nothing, () => renderLevers(host, scenario, this.#leverStages.rows))}
      ${TABLE_ORDER.map((c) =>
        renderCollectionSection(host, scenario, c, tables === null ? null : () => tables(host, scenario, c, COLLECTIONS[c])),
      )}
      ${renderSection(host, 'scenario', msg('Scenario'), nothing, problemBadge(host, ['name', 'description', 'format', '']), () =>
        renderScenarioFields(host, scenario),
      )}
    </div>`;
  }
}

defineElement('corridor-editor', CorridorEditor);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-editor': CorridorEditor;
  }
}
