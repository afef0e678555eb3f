import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import type { Problem, Scenario } from '../../model/types';
import { COLLECTIONS, fieldLabel, type CollectionSpec, type Column } from './columns';
import { corridorColor as paintCorridor } from '../corridor-colors';
import { nodeLabelById } from '../item-names';
import { sharedStyles } from '../shared.styles';
import { styleProps } from '../style-props';
import { calibratedTitle, isCalibrated } from '../is-calibrated';
import { styles } from './corridor-editor.styles';
import { appendItem, freshId, itemsOf, removeItem, setItemField, setScenarioField, type Collection, type Item } from './edit-scenario';
import { formatNumberText } from './format-number-text';
import { indexProblems, problemKey, type ProblemIndex } from './index-problems';
import { leverScale } from './lever-scale';
import { defineElement } from '../define-element';
import type { NumberUnit, parseNumberInput as ParseNumberInput } from '../parse-number-input';
import { elementLocale } from '../element-locale';
import { localized, msg, str } from '../i18n';

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

type SectionKey = 'levers' | 'scenario' | Collection;

/** The field `focusItem` puts focus on, per kind of item. */
const FOCUS_FIELD: { readonly [K in EditorSelection['kind']]: string } = { link: 'capacity', node: 'capacity', demand: 'volume', corridor: 'id' };

const KIND_TO_COLLECTION: { readonly [K in EditorSelection['kind']]: Collection } = {
  node: 'nodes',
  link: 'links',
  corridor: 'corridors',
  demand: 'demands',
};

const TABLE_ORDER = ['nodes', 'links', 'corridors', 'demands', 'sources'] as const satisfies readonly Collection[];

/** Rows per page of a table: enough to scan, few enough to render at once. */
const PAGE_SIZE = 100;
/** Levers per group; the rest are in the tables. */
const LEVER_LIMIT = 12;
/** Above this many nodes, `from`/`to` are typed with suggestions rather than picked from a list. */
const NODE_SELECT_LIMIT = 60;
/** Problems listed at the top before "show all". */
const PROBLEM_PREVIEW = 5;
/** Slider end for capacities the scenario leaves unlimited: covers every corridor's plans. */
const CAPACITY_FALLBACK_MAX = 30_000_000;

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return Object.is(a, b);
}

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
  #referenceCache: { scenario: Scenario | null; byId: Map<string, Map<string, Item>> } = { scenario: null, byId: new Map() };

  override connectedCallback(): void {
    super.connectedCallback();
    if (numberParser === null) void loadNumberParser();
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
  // Editing

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
    if (item === undefined || sameValue(item[field], value)) return;
    this.#emit(setItemField(scenario, collection, index, field, value), phase);
  }

  /** Why the text last typed in a number field could not be read, by problem key; shown with the validator's problems there. */
  readonly #parseMessages = new Map<string, string>();

  /**
   * What a number field's text becomes in the scenario, read in the reader's locale with the units the field shows:
   * absent, a number, or the text itself for the validator to flag (with the parser's message beside it).
   */
  #numberFromText(parse: typeof ParseNumberInput, raw: string, collection: Collection, index: number, field: string): unknown {
    const column = COLLECTIONS[collection].columns.find((c) => c.field === field);
    const parsed = parse(raw, { locale: elementLocale(this), unit: numberUnit(column?.unit) });
    const key = `${collection}[${index}].${field}`;
    if (parsed.kind === 'invalid') this.#parseMessages.set(key, parsed.message);
    else this.#parseMessages.delete(key);
    if (parsed.kind === 'empty') return undefined;
    return parsed.kind === 'number' ? parsed.value : parsed.text;
  }

  #onNumberChange(collection: Collection, index: number, field: string, event: Event): void {
    const input = event.target as HTMLInputElement;
    const raw = input.value;
    // The parser is loaded when the editor connects, long before anyone types; were it not yet there, wait for it.
    if (numberParser !== null) this.#setField(collection, index, field, this.#numberFromText(numberParser, raw, collection, index, field));
    else void loadNumberParser().then((parse) => this.#setField(collection, index, field, this.#numberFromText(parse, raw, collection, index, field)));
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
    const nodeIds = itemsOf(scenario, 'nodes').map((n) => text(n.id));
    const [a = '', b = ''] = nodeIds;
    const prefix = COLLECTIONS[collection].noun;
    const id = freshId(scenario, collection, prefix);
    const fresh: { readonly [C in Collection]: Item } = {
      nodes: { id, kind: 'hub' },
      links: { id, from: a, to: b, cost: 0 },
      corridors: { id, gates: [] },
      demands: { id, from: a, to: b, volume: 1_000_000 },
      sources: { id, title: '' },
    };
    const next = appendItem(scenario, collection, fresh[collection]);
    const index = itemsOf(next, collection).length - 1;
    this._open = new Set([...this._open, collection]);
    this._filters = { ...this._filters, [collection]: '' };
    this._pages = { ...this._pages, [collection]: Math.floor(index / PAGE_SIZE) };
    this.#emit(next, 'commit');
    void this.updateComplete.then(() => this.#focusField(collection, index, 'id'));
  }

  #remove(collection: Collection, index: number): void {
    if (this.scenario === null) return;
    const details = new Set<string>();
    // Detail rows are keyed by index: shift those after the removed item.
    for (const key of this._details) {
      const [c, i] = key.split(':');
      const n = Number(i);
      if (c !== collection || n < index) details.add(key);
      else if (n > index) details.add(`${c}:${n - 1}`);
    }
    this._details = details;
    this.#emit(removeItem(this.scenario, collection, index), 'commit');
  }

  #setGates(index: number, gates: readonly string[]): void {
    this.#setField('corridors', index, 'gates', gates);
  }

  // -------------------------------------------------------------------------
  // Navigation

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
    const key = problemKey(path);
    const m = /^([A-Za-z]+)\[(\d+)\](?:\.(.+))?$/.exec(key);
    const collection = m?.[1] as Collection | undefined;
    if (m === null || collection === undefined || !(collection in COLLECTIONS)) {
      this._open = new Set([...this._open, 'scenario']);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#f-scenario-${key}`)?.focus();
      return;
    }
    const index = Number(m[2]);
    const field = m[3] ?? 'id';
    this.#showIndex(collection, index);
    if (COLLECTIONS[collection].columns.some((c) => c.field === field && c.detail === true)) {
      this._details = new Set([...this._details, `${collection}:${index}`]);
    }
    await this.updateComplete;
    this.#focusField(collection, index, field);
  }

  #focusField(collection: Collection, index: number, field: string): void {
    const input = this.renderRoot.querySelector<HTMLElement>(`#${fieldId(collection, index, field)}`);
    input?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    input?.focus();
  }

  #visibleIndices(collection: Collection): number[] {
    if (this.scenario === null) return [];
    const items = itemsOf(this.scenario, collection);
    const filter = (this._filters[collection] ?? '').trim().toLowerCase();
    const all = items.map((_, i) => i);
    if (filter === '') return all;
    return all.filter((i) => {
      const it = items[i] as Item;
      return ['id', 'name', 'label', 'from', 'to', 'title', 'mode', 'kind', 'country'].some((f) =>
        text(it[f]).toLowerCase().includes(filter),
      );
    });
  }

  // -------------------------------------------------------------------------
  // Lookups

  #reference(): Scenario | null {
    return this.baseline ?? this.#loaded;
  }

  /** The baseline's value of an item's field, found by id (indices move as items are added and removed). */
  #referenceValue(collection: Collection, id: unknown, field: string): unknown {
    const reference = this.#reference();
    if (reference === null) return undefined;
    if (this.#referenceCache.scenario !== reference) this.#referenceCache = { scenario: reference, byId: new Map() };
    let byId = this.#referenceCache.byId.get(collection);
    if (byId === undefined) {
      byId = new Map(itemsOf(reference, collection).map((it) => [text(it.id), it]));
      this.#referenceCache.byId.set(collection, byId);
    }
    return byId.get(text(id))?.[field];
  }

  /** The ids of a collection, the same array as long as the collection is (so `guard` can skip unchanged option lists). */
  #idsOf(collection: 'nodes' | 'sources'): readonly string[] {
    const items = this.scenario === null ? [] : itemsOf(this.scenario, collection);
    const cached = this.#idCache.get(collection);
    if (cached !== undefined && cached.items === items) return cached.ids;
    const ids = items.map((it) => text(it.id));
    this.#idCache.set(collection, { items, ids });
    return ids;
  }

  #problemsAt(key: string): readonly string[] {
    const problems = this.#problemIndex.at(key);
    // The parser's reason (an ambiguous "1.234", a unit the field does not take) says more than "not a number".
    const parse = this.#parseMessages.get(key);
    return parse !== undefined && problems.length > 0 ? [parse, ...problems] : problems;
  }

  #provenance(item: Item): string | undefined {
    const parts: string[] = [];
    if (item.source !== undefined) {
      const source = this.scenario?.sources?.find((s) => s.id === item.source);
      parts.push(
        source === undefined
          ? msg(str`source: ${text(item.source)} (not in sources)`)
          : msg(str`source: ${source.title}${source.year === undefined ? '' : ` (${source.year})`}`),
      );
    }
    if (item.assumption !== undefined) parts.push(msg(str`assumption: ${text(item.assumption)}`));
    return parts.length === 0 ? undefined : parts.join('; ');
  }

  #isSelected(collection: Collection, id: unknown): boolean {
    const s = this.selected;
    return s !== null && KIND_TO_COLLECTION[s.kind] === collection && s.id === id;
  }

  // -------------------------------------------------------------------------
  // Rendering

  protected override render(): TemplateResult {
    const scenario = this.scenario;
    if (scenario === null) {
      return html`<div part="base" class="base"><p class="empty">${msg('No scenario loaded.')}</p></div>`;
    }
    return html`<div part="base" class="base">
      ${this.#renderSummary(scenario)}
      ${this.#renderSection('levers', msg('Levers'), nothing, nothing, () => this.#renderLevers(scenario))}
      ${TABLE_ORDER.map((c) => this.#renderCollectionSection(scenario, c))}
      ${this.#renderSection('scenario', msg('Scenario'), nothing, this.#problemBadge(['name', 'description', 'format', '']), () =>
        this.#renderScenarioFields(scenario),
      )}
    </div>`;
  }

  #renderSummary(scenario: Scenario): TemplateResult {
    const problems = this.problems ?? [];
    const n = problems.length;
    const shown = this._allProblems ? problems : problems.slice(0, PROBLEM_PREVIEW);
    const count = (c: Collection): string => formatNumberText(itemsOf(scenario, c).length);
    return html`<div class="summary" part="summary">
        <span class=${n === 0 ? 'status ok' : 'status bad'} role="status">
          ${n === 0 ? msg('No problems') : n === 1 ? msg('1 problem') : msg(str`${formatNumberText(n)} problems`)}
        </span>
        <span class="meta">
          ${msg(str`${count('nodes')} nodes · ${count('links')} links · ${count('corridors')} corridors · ${count('demands')} demands`)}
        </span>
      </div>
      ${n === 0
        ? nothing
        : html`<ul class="problem-list">
            ${shown.map(
              (p) => html`<li>
                <button type="button" class="problem-path" @click=${() => void this.#goToProblem(p.path)}>
                  ${p.path === '' ? msg('scenario') : p.path}
                </button>
                <span>${p.message}</span>
              </li>`,
            )}
            ${n > PROBLEM_PREVIEW
              ? html`<li>
                  <button type="button" class="link-button" @click=${() => (this._allProblems = !this._allProblems)}>
                    ${this._allProblems ? msg('Show fewer') : msg(str`Show all ${formatNumberText(n)}`)}
                  </button>
                </li>`
              : nothing}
          </ul>`}`;
  }

  #problemBadge(keys: readonly string[]): TemplateResult | typeof nothing {
    const n = keys.reduce((sum, k) => sum + this.#problemsAt(k).length, 0);
    return this.#badge(n);
  }

  #badge(n: number): TemplateResult | typeof nothing {
    return n === 0 ? nothing : html`<span class="badge">${n === 1 ? msg('1 problem') : msg(str`${formatNumberText(n)} problems`)}</span>`;
  }

  #renderSection(
    key: SectionKey,
    title: string,
    count: TemplateResult | string | typeof nothing,
    badge: TemplateResult | typeof nothing,
    body: () => unknown,
    action: TemplateResult | typeof nothing = nothing,
  ): TemplateResult {
    const open = this._open.has(key);
    const bodyId = `section-${key}`;
    return html`<section class="section" part="section" data-section=${key}>
      <div class="section-header">
        <h2>
          <button
            type="button"
            class="section-toggle"
            part="section-toggle"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${open ? bodyId : nothing}
            @click=${() => this.#toggleSection(key)}
          >
            <span class="chevron" aria-hidden="true"></span>
            <span class="section-title">${title}</span>
            ${count === nothing ? nothing : html`<span class="count">${count}</span>`} ${badge}
          </button>
        </h2>
        ${action}
      </div>
      ${open ? html`<div class="section-body" id=${bodyId}>${body()}</div>` : nothing}
    </section>`;
  }

  // --- levers ---------------------------------------------------------------

  #renderLevers(scenario: Scenario): TemplateResult {
    const links = itemsOf(scenario, 'links');
    const linkIndex = new Map(links.map((l, i) => [text(l.id), i]));
    const corridors = itemsOf(scenario, 'corridors');
    // Ferries first: on these corridors they are the Caspian crossing; `sea` links may be open sea legs.
    const crossings = [...links.flatMap((l, i) => (l.mode === 'ferry' ? [i] : [])), ...links.flatMap((l, i) => (l.mode === 'sea' ? [i] : []))];
    const demands = itemsOf(scenario, 'demands');
    return html`
      ${corridors.length === 0
        ? nothing
        : html`<div class="lever-group">
            <h3>${msg('Corridors')} <span class="hint">${msg('capacity of each gate link')}</span></h3>
            ${corridors.map((c, ci) => this.#renderCorridorLevers(scenario, c, ci, linkIndex))}
          </div>`}
      ${crossings.length === 0
        ? nothing
        : html`<div class="lever-group">
            <h3>${msg('Caspian crossing')} <span class="hint">${msg('cost of sea and ferry links')}</span></h3>
            ${crossings.slice(0, LEVER_LIMIT).map((i) => this.#renderLever('links', i, 'cost', msg('USD/t'), 100))}
            ${this.#moreNote(crossings.length, 'links')}
          </div>`}
      <div class="lever-group">
        <h3>${msg('Demand volumes')}</h3>
        ${demands.slice(0, LEVER_LIMIT).map((_, i) => this.#renderLever('demands', i, 'volume', msg('t/yr'), CAPACITY_FALLBACK_MAX))}
        ${this.#moreNote(demands.length, 'demands')}
      </div>
    `;
  }

  #moreNote(total: number, collection: Collection): TemplateResult | typeof nothing {
    if (total <= LEVER_LIMIT) return nothing;
    return html`<p class="hint more">
      ${msg(str`${formatNumberText(total - LEVER_LIMIT)} more in the ${COLLECTIONS[collection].title.toLowerCase()} table.`)}
    </p>`;
  }

  #renderCorridorLevers(scenario: Scenario, corridor: Item, index: number, linkIndex: ReadonlyMap<string, number>): TemplateResult {
    const id = text(corridor.id);
    const gates = Array.isArray(corridor.gates) ? (corridor.gates as readonly unknown[]) : [];
    const on = corridor.enabled !== false;
    const switchId = `lever-corridors-${index}-enabled`;
    return html`<div
      class=${this.#isSelected('corridors', corridor.id) ? 'corridor-levers selected' : 'corridor-levers'}
      data-kind="corridor"
      data-id=${id}
    >
      <div class="corridor-head">
        <span class="swatch" style=${styleProps({ '--swatch': corridorColor(corridor, index) })}></span>
        <span class="corridor-name">${text(corridor.name) || id}</span>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            id=${switchId}
            .checked=${live(on)}
            aria-label=${msg(str`Corridor ${id} open`)}
            @change=${(e: Event) => this.#setField('corridors', index, 'enabled', (e.target as HTMLInputElement).checked)}
          />
          <span class="switch-text" aria-hidden="true">${on ? msg('open') : msg('closed')}</span>
        </label>
      </div>
      ${gates.slice(0, LEVER_LIMIT).map((gate) => {
        const li = linkIndex.get(text(gate));
        return li === undefined
          ? html`<p class="hint">${msg(str`Gate ${text(gate)}: no such link.`)}</p>`
          : this.#renderLever('links', li, 'capacity', msg('t/yr'), CAPACITY_FALLBACK_MAX, !on);
      })}
      ${gates.length > LEVER_LIMIT
        ? html`<p class="hint more">${msg(str`${formatNumberText(gates.length - LEVER_LIMIT)} more gates in the corridors table.`)}</p>`
        : nothing}
    </div>`;
  }

  #renderLever(collection: Collection, index: number, field: string, unit: string, fallbackMax: number, muted = false): TemplateResult {
    const scenario = this.scenario as Scenario;
    const spec = COLLECTIONS[collection];
    const item = itemsOf(scenario, collection)[index] as Item;
    const id = text(item.id);
    const column = spec.columns.find((c) => c.field === field) as Column;
    const value = item[field];
    const reference = this.#referenceValue(collection, item.id, field);
    const scale = leverScale(reference, value, fallbackMax);
    // An absent value means unlimited (capacities) or the spec's default (0 days, 0 USD/t).
    const placeholder = column.control.kind === 'number' ? column.control.placeholder : '';
    const unlimited = placeholder === msg('unlimited');
    const fallback = placeholder !== '' && Number.isFinite(Number(placeholder)) ? Number(placeholder) : undefined;
    const position = (v: unknown): number | null => {
      if (v === undefined) return unlimited ? scale.max : (fallback ?? null);
      return typeof v === 'number' && Number.isFinite(v) ? Math.min(Math.max(v, 0), scale.max) : null;
    };
    const describe = (v: unknown): string => {
      if (v === undefined) return unlimited ? msg('unlimited') : fallback === undefined ? msg('none') : msg(str`${formatNumberText(fallback)} ${unit} (default)`);
      return typeof v === 'number' ? `${formatNumberText(v)} ${unit}` : msg(str`${text(v)} (not a number)`);
    };
    const sliderValue = position(value) ?? 0;
    const valueText = describe(value);
    const referenceText = describe(reference);
    const referenceAt = position(reference);
    const tick = referenceAt === null ? null : referenceAt / scale.max;
    const name = fieldLabel(spec, column, id);
    const base = `lever-${collection}-${index}-${field}`;
    const errors = this.#problemsAt(`${collection}[${index}].${field}`);
    const errorId = `${base}-error`;
    const changed = !sameValue(value, reference);
    // A link's own name tells a ferry from a feeder between the same ports; its ends do not.
    const route =
      collection === 'links' && typeof item.name === 'string' && item.name.trim() !== ''
        ? item.name
        : `${nodeLabelById(scenario, text(item.from))} → ${nodeLabelById(scenario, text(item.to))}`;
    const subtitle = collection === 'demands' && text(item.label) !== '' ? `${text(item.label)}, ${route}` : route;
    return html`<div
      class=${[
        'lever',
        this.#isSelected(collection, item.id) ? 'selected' : '',
        muted ? 'muted' : '',
        changed ? 'changed' : '',
        errors.length > 0 ? 'invalid' : '',
      ].join(' ')}
      part="lever"
      data-kind=${spec.noun}
      data-id=${id}
      data-field=${field}
    >
      <label class="lever-label" for=${`${base}-range`} title=${`${id}: ${column.label.toLowerCase()} · ${subtitle}`}>
        <span class="lever-item">${id}</span>
        <span class="lever-field">${column.label.toLowerCase()}${subtitle === '' ? '' : ` · ${subtitle}`}</span>
        ${field === 'cost' ? calibratedMark(item) : nothing}
      </label>
      <div class="slider" style=${styleProps({ '--at': tick })}>
        <input
          type="range"
          id=${`${base}-range`}
          min="0"
          max=${String(scale.max)}
          step=${String(scale.step)}
          .value=${live(String(sliderValue))}
          aria-label=${msg(str`${name}, slider`)}
          aria-valuetext=${valueText}
          @input=${(e: Event) => this.#onSliderInput(collection, index, field, e)}
          @change=${() => this.#onSliderChange()}
        />
        ${tick === null ? nothing : html`<span class="tick" title=${msg(str`Scenario value: ${referenceText}`)} aria-hidden="true"></span>`}
      </div>
      <input
        type="text"
        inputmode="decimal"
        class="num"
        id=${base}
        .value=${live(formatNumberText(value, true, elementLocale(this)))}
        placeholder=${placeholder}
        aria-label=${name}
        aria-invalid=${errors.length > 0 ? 'true' : nothing}
        aria-describedby=${errors.length > 0 ? errorId : nothing}
        @change=${(e: Event) => this.#onNumberChange(collection, index, field, e)}
      />
      <span class="unit">${unit}</span>
      <button
        type="button"
        class="reset"
        title=${msg(str`Back to the scenario value, ${referenceText}`)}
        aria-label=${msg(str`Reset ${column.label.toLowerCase()} of ${spec.nounText} ${id} to ${referenceText}`)}
        ?hidden=${!changed}
        @click=${() => this.#setField(collection, index, field, reference)}
      >
        ↺
      </button>
      ${errors.length > 0 ? html`<div class="field-error lever-error" id=${errorId}>${errors.join('; ')}</div>` : nothing}
    </div>`;
  }

  // --- tables ---------------------------------------------------------------

  #renderCollectionSection(scenario: Scenario, collection: Collection): TemplateResult {
    const spec = COLLECTIONS[collection];
    const total = itemsOf(scenario, collection).length;
    const add = html`<button type="button" class="add" aria-label=${msg(str`Add ${spec.nounText}`)} @click=${() => this.#add(collection)}>
      + ${msg(str`Add ${spec.nounText}`)}
    </button>`;
    return this.#renderSection(collection, spec.title, formatNumberText(total), this.#badge(this.#problemIndex.countIn(collection)), () =>
      this.#renderTable(scenario, collection, spec), add);
  }

  #renderTable(scenario: Scenario, collection: Collection, spec: CollectionSpec): TemplateResult {
    const items = itemsOf(scenario, collection);
    const visible = this.#visibleIndices(collection);
    const pages = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
    const page = Math.min(this._pages[collection] ?? 0, pages - 1);
    const rows = visible.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    const columns = spec.columns.filter((c) => c.detail !== true);
    const hasDetail = spec.columns.some((c) => c.detail === true);
    const setPage = (p: number): void => {
      this._pages = { ...this._pages, [collection]: p };
    };
    // What every row reads besides its own item: its problems (the index, while the collection has
    // any), the sources (provenance, source lists) and the node ids (node lists, or typed ids).
    const problems = this.#problemIndex.countIn(collection) === 0 ? null : this.#problemIndex;
    const shared = [spec, problems, itemsOf(scenario, 'sources'), this.#idsOf('nodes')];
    const first = visible.length === 0 ? 0 : page * PAGE_SIZE + 1;
    const last = Math.min((page + 1) * PAGE_SIZE, visible.length);
    return html`
      ${this.#renderDatalists(scenario, collection)}
      <div class="toolbar">
        <input
          type="search"
          class="filter"
          placeholder=${msg('Filter by id or name')}
          aria-label=${msg(str`Filter ${spec.title.toLowerCase()}`)}
          .value=${live(this._filters[collection] ?? '')}
          @input=${(e: Event) => {
            this._filters = { ...this._filters, [collection]: (e.target as HTMLInputElement).value };
            setPage(0);
          }}
        />
        <span class="range" aria-live="polite">
          ${visible.length === items.length
            ? msg(str`${formatNumberText(first)}–${formatNumberText(last)} of ${formatNumberText(items.length)}`)
            : msg(str`${formatNumberText(first)}–${formatNumberText(last)} of ${formatNumberText(visible.length)} matching`)}
        </span>
        ${pages > 1
          ? html`<button type="button" class="pager" aria-label=${msg(str`Previous page of ${spec.title.toLowerCase()}`)} ?disabled=${page === 0} @click=${() => setPage(page - 1)}>
                ‹
              </button>
              <button type="button" class="pager" aria-label=${msg(str`Next page of ${spec.title.toLowerCase()}`)} ?disabled=${page >= pages - 1} @click=${() => setPage(page + 1)}>
                ›
              </button>`
          : nothing}
      </div>
      <div class="table-wrap">
        <table part="table" class=${`table table-${collection}`}>
          <thead>
            <tr>
              ${columns.map(
                (c) => html`<th scope="col" class=${columnClass(c)}>
                  ${c.label}${c.unit === undefined ? nothing : html`<span class="unit">${c.unit}</span>`}
                </th>`,
              )}
              <th scope="col" class="col-actions"><span class="visually-hidden">${msg('Actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((i) => {
              const item = items[i] as Item;
              // A row is drawn again only when what it shows changed: an edit of one field of a page of
              // a hundred rows re-renders that row, not a hundred rows of inputs.
              const deps = [item, i, this.#isSelected(collection, item.id), this._details.has(`${collection}:${i}`), ...shared];
              return guard(deps, () => this.#renderRow(collection, spec, columns, item, i, hasDetail));
            })}
          </tbody>
        </table>
      </div>
      ${visible.length === 0 ? html`<p class="hint">${items.length === 0 ? msg(str`No ${spec.title.toLowerCase()} yet.`) : msg('Nothing matches the filter.')}</p>` : nothing}
    `;
  }

  #renderDatalists(scenario: Scenario, collection: Collection): unknown {
    const nodes = itemsOf(scenario, 'nodes');
    const needsNodes = (collection === 'links' || collection === 'demands') && nodes.length > NODE_SELECT_LIMIT;
    const links = itemsOf(scenario, 'links');
    return html`
      ${needsNodes
        ? guard([nodes], () => html`<datalist id="node-ids">${nodes.map((n) => html`<option value=${text(n.id)}></option>`)}</datalist>`)
        : nothing}
      ${collection === 'corridors'
        ? guard([links], () => html`<datalist id="link-ids">${links.map((l) => html`<option value=${text(l.id)}></option>`)}</datalist>`)
        : nothing}
    `;
  }

  #renderRow(collection: Collection, spec: CollectionSpec, columns: readonly Column[], item: Item, index: number, hasDetail: boolean): TemplateResult {
    const id = text(item.id);
    const selected = this.#isSelected(collection, item.id);
    const detailKey = `${collection}:${index}`;
    const detailColumns = spec.columns.filter((c) => c.detail === true);
    const detailProblems = detailColumns.some((c) => this.#problemsAt(`${collection}[${index}].${c.field}`).length > 0);
    const detailOpen = this._details.has(detailKey) || detailProblems;
    const provenance = this.#provenance(item);
    const detailId = `detail-${collection}-${index}`;
    return html`<tr
        class=${selected ? 'row selected' : 'row'}
        part="row"
        data-kind=${spec.noun}
        data-id=${id}
        data-index=${String(index)}
        aria-current=${selected ? 'true' : nothing}
      >
        ${columns.map((c) => html`<td class=${columnClass(c)}>${this.#renderField(collection, spec, c, item, index)}</td>`)}
        <td class="col-actions">
          ${hasDetail
            ? html`<button
                type="button"
                class=${provenance === undefined ? 'icon details' : 'icon details has-provenance'}
                aria-expanded=${detailOpen ? 'true' : 'false'}
                aria-controls=${detailOpen ? detailId : nothing}
                aria-label=${provenance === undefined ? msg(str`Details of ${spec.nounText} ${id}`) : msg(str`Details of ${spec.nounText} ${id}, ${provenance}`)}
                title=${provenance ?? msg('More fields')}
                @click=${() => {
                  const next = new Set(this._details);
                  if (next.has(detailKey)) next.delete(detailKey);
                  else next.add(detailKey);
                  this._details = next;
                }}
              >
                ${provenance === undefined ? '⋯' : 'ⓘ'}
              </button>`
            : nothing}
          <button type="button" class="icon remove" aria-label=${msg(str`Remove ${spec.nounText} ${id}`)} title=${msg('Remove')} @click=${() => this.#remove(collection, index)}>
            ×
          </button>
        </td>
      </tr>
      ${detailOpen
        ? html`<tr class="detail" id=${detailId}>
            <td colspan=${String(columns.length + 1)}>
              <div class="detail-grid">
                ${detailColumns.map(
                  (c) => html`<div class="detail-field">
                    <label for=${fieldId(collection, index, c.field)}>${c.label}${c.unit === undefined ? '' : ` (${c.unit})`}</label>
                    ${this.#renderField(collection, spec, c, item, index)}
                  </div>`,
                )}
              </div>
              ${this.#renderProvenanceLine(item)}
            </td>
          </tr>`
        : nothing}`;
  }

  #renderProvenanceLine(item: Item): TemplateResult | typeof nothing {
    if (item.source === undefined && item.assumption === undefined) return nothing;
    const source = item.source === undefined ? undefined : this.scenario?.sources?.find((s) => s.id === item.source);
    const url = source?.url !== undefined && /^https?:\/\//i.test(source.url) ? source.url : undefined;
    return html`<p class="provenance">
      ${item.source === undefined
        ? nothing
        : source === undefined
          ? msg(html`Source <code>${text(item.source)}</code> is not in the scenario's sources.`)
          : html`${msg('Source:')} ${url === undefined ? source.title : html`<a href=${url} target="_blank" rel="noopener noreferrer">${source.title}</a>`}${source.year === undefined ? '' : ` (${source.year})`}.`}
      ${item.assumption === undefined ? nothing : html`<span class="assumption">${msg(str`Assumption: ${text(item.assumption)}`)}</span>`}
    </p>`;
  }

  #renderField(collection: Collection, spec: CollectionSpec, column: Column, item: Item, index: number): TemplateResult {
    const itemId = text(item.id);
    const field = column.field;
    const value = item[field];
    const idAttr = fieldId(collection, index, field);
    const errors = [
      ...this.#problemsAt(`${collection}[${index}].${field}`),
      ...(field === 'id' ? this.#problemsAt(`${collection}[${index}]`) : []),
    ];
    const invalid = errors.length > 0;
    const errorId = `${idAttr}-error`;
    const label = fieldLabel(spec, column, itemId);
    const describedBy = invalid ? errorId : nothing;
    const ariaInvalid = invalid ? 'true' : nothing;
    // Detail fields carry a visible <label for>; table cells name themselves by aria-label.
    const ariaLabel = column.detail === true ? nothing : label;
    const set = (v: unknown): void => this.#setField(collection, index, field, v);
    const onText = (e: Event): void => {
      const v = (e.target as HTMLInputElement).value;
      set(v === '' ? undefined : v);
    };
    let control: TemplateResult;
    const c = column.control;
    switch (c.kind) {
      case 'text':
        control = html`<input
          type="text"
          id=${idAttr}
          class=${field === 'id' ? 'mono' : ''}
          .value=${live(text(value))}
          placeholder=${c.placeholder ?? ''}
          aria-label=${ariaLabel}
          aria-invalid=${ariaInvalid}
          aria-describedby=${describedBy}
          @change=${onText}
        />`;
        break;
      case 'number':
        control = html`<input
          type="text"
          inputmode="decimal"
          class="num"
          id=${idAttr}
          .value=${live(formatNumberText(value, c.grouping ?? true, elementLocale(this)))}
          placeholder=${c.placeholder}
          aria-label=${ariaLabel}
          aria-invalid=${ariaInvalid}
          aria-describedby=${describedBy}
          @change=${(e: Event) => this.#onNumberChange(collection, index, field, e)}
        />`;
        break;
      case 'checkbox':
        control = html`<input
          type="checkbox"
          id=${idAttr}
          .checked=${live(value !== false)}
          aria-label=${ariaLabel}
          aria-invalid=${ariaInvalid}
          aria-describedby=${describedBy}
          @change=${(e: Event) => set((e.target as HTMLInputElement).checked)}
        />`;
        break;
      case 'choice':
        control = this.#renderSelect(idAttr, ariaLabel, ariaInvalid, describedBy, value, c.options, msg(str`${c.fallback} (default)`), set);
        break;
      case 'source': {
        const ids = this.#idsOf('sources');
        control = this.#renderSelect(idAttr, ariaLabel, ariaInvalid, describedBy, value, ids, msg('none'), set);
        break;
      }
      case 'node': {
        const nodes = itemsOf(this.scenario as Scenario, 'nodes');
        control =
          nodes.length > NODE_SELECT_LIMIT
            ? html`<input
                type="text"
                class="mono"
                list="node-ids"
                id=${idAttr}
                .value=${live(text(value))}
                aria-label=${ariaLabel}
                aria-invalid=${ariaInvalid}
                aria-describedby=${describedBy}
                @change=${onText}
              />`
            : this.#renderSelect(idAttr, ariaLabel, ariaInvalid, describedBy, value, this.#idsOf('nodes'), msg('choose'), set, true);
        break;
      }
      case 'color': {
        const swatch = corridorColor(item, index);
        control = html`<span class="color-field">
          <span class="swatch" style=${styleProps({ '--swatch': swatch })}></span>
          <input
            type="text"
            id=${idAttr}
            .value=${live(text(value))}
            placeholder="#3366aa"
            aria-label=${ariaLabel}
            aria-invalid=${ariaInvalid}
            aria-describedby=${describedBy}
            @change=${onText}
          />
        </span>`;
        break;
      }
      case 'gates': {
        const gates = Array.isArray(value) ? (value as readonly unknown[]) : [];
        control = html`<div class="gates">
          ${gates.map(
            (g, gi) => html`<span class="chip">
              <span class="mono">${text(g)}</span>
              <button
                type="button"
                class="chip-remove"
                aria-label=${msg(str`Remove gate ${text(g)} from corridor ${itemId}`)}
                @click=${() => this.#setGates(index, gates.filter((_, k) => k !== gi).map(text))}
              >
                ×
              </button>
            </span>`,
          )}
          <input
            type="text"
            class="mono gate-add"
            list="link-ids"
            id=${idAttr}
            placeholder=${msg('+ gate link')}
            aria-label=${msg(str`Add gate link to corridor ${itemId}`)}
            aria-invalid=${ariaInvalid}
            aria-describedby=${describedBy}
            @change=${(e: Event) => {
              const input = e.target as HTMLInputElement;
              const gate = input.value.trim();
              input.value = '';
              if (gate !== '') this.#setGates(index, [...gates.map(text), gate]);
            }}
          />
        </div>`;
        break;
      }
    }
    return html`${control}${field === 'cost' ? calibratedMark(item) : nothing}${invalid ? html`<div class="field-error" id=${errorId}>${errors.join('; ')}</div>` : nothing}`;
  }

  #renderSelect(
    idAttr: string,
    ariaLabel: string | typeof nothing,
    ariaInvalid: string | typeof nothing,
    describedBy: string | typeof nothing,
    value: unknown,
    options: readonly string[],
    emptyLabel: string,
    set: (v: unknown) => void,
    mono = false,
  ): TemplateResult {
    const current = value === undefined ? '' : text(value);
    // A value that is not among the options (an unknown node, a removed source) stays visible so it can be fixed.
    // `guard`: a page of links holds thousands of options; re-diff them only when the list or the value changes.
    const unknown = current !== '' && !options.includes(current);
    return html`<select
      id=${idAttr}
      class=${mono ? 'mono' : ''}
      aria-label=${ariaLabel}
      aria-invalid=${ariaInvalid}
      aria-describedby=${describedBy}
      @change=${(e: Event) => {
        const v = (e.target as HTMLSelectElement).value;
        set(v === '' ? undefined : v);
      }}
    >
      ${guard(
        [options, current, emptyLabel],
        () => html`<option value="" .selected=${live(current === '')}>${emptyLabel}</option>
          ${unknown ? html`<option value=${current} .selected=${live(true)}>${msg(str`${current} (unknown)`)}</option>` : nothing}
          ${options.map((o) => html`<option value=${o} .selected=${live(o === current)}>${o}</option>`)}`,
      )}
    </select>`;
  }

  // --- scenario fields --------------------------------------------------------

  #renderScenarioFields(scenario: Scenario): TemplateResult {
    const field = (name: 'name' | 'description', label: string, multiline: boolean): TemplateResult => {
      const errors = this.#problemsAt(name);
      const id = `f-scenario-${name}`;
      const onChange = (e: Event): void => {
        const v = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
        const next = setScenarioField(scenario, name, v === '' && name === 'description' ? undefined : v);
        if (!sameValue(scenario[name], next[name])) this.#emit(next, 'commit');
      };
      const attrs = {
        invalid: errors.length > 0 ? 'true' : nothing,
        describedBy: errors.length > 0 ? `${id}-error` : nothing,
      };
      return html`<div class="scenario-field">
        <label for=${id}>${label}</label>
        ${multiline
          ? html`<textarea id=${id} rows="3" .value=${live(text(scenario[name]))} aria-invalid=${attrs.invalid} aria-describedby=${attrs.describedBy} @change=${onChange}></textarea>`
          : html`<input type="text" id=${id} .value=${live(text(scenario[name]))} aria-invalid=${attrs.invalid} aria-describedby=${attrs.describedBy} @change=${onChange} />`}
        ${errors.length > 0 ? html`<div class="field-error" id=${`${id}-error`}>${errors.join('; ')}</div>` : nothing}
      </div>`;
    };
    const rootProblems = [...this.#problemsAt(''), ...this.#problemsAt('format')];
    return html`${field('name', msg('Name'), false)}${field('description', msg('Description'), true)}
      ${rootProblems.length > 0 ? html`<div class="field-error">${rootProblems.join('; ')}</div>` : nothing}
      <p class="hint">${msg(str`Format ${scenario.format}; volumes in t/yr, money in USD, time in days.`)}</p>`;
  }
}

function fieldId(collection: Collection, index: number, field: string): string {
  return `f-${collection}-${index}-${field}`;
}

function columnClass(c: Column): string {
  const kind = c.control.kind;
  if (kind === 'number') return 'col-num';
  if (kind === 'checkbox') return 'col-check';
  if (c.field === 'id') return 'col-id';
  return `col-${kind}`;
}

/** A corridor's paint for a swatch: `--corridor-color-<id>`, else its own `color` if it is a safe CSS colour, else a default. */
function corridorColor(corridor: Item, index: number): string {
  return paintCorridor({ id: text(corridor.id), color: typeof corridor.color === 'string' ? corridor.color : undefined }, index);
}

/** A fitted cost says so beside its value, so nobody mistakes it for a tariff (see isCalibrated). */
function calibratedMark(item: Item): TemplateResult | typeof nothing {
  if (!isCalibrated(item)) return nothing;
  return html`<span class="calibrated-mark" title=${calibratedTitle()}>${msg('calibrated')}</span>`;
}

defineElement('corridor-editor', CorridorEditor);

/**
 * The number parser (parse-number-input.ts, locales and units) is a chunk of its own, asked for as soon as an
 * editor connects: it is needed only once someone types, and the page's first script stays small.
 */
let numberParser: typeof ParseNumberInput | null = null;
function loadNumberParser(): Promise<typeof ParseNumberInput> {
  return import('../parse-number-input').then((module) => (numberParser = module.parseNumberInput));
}

/** Which units a field accepts, from the unit it shows. */
function numberUnit(unit: string | undefined): NumberUnit {
  // The unit is shown in the reader's language ('т/год' in Russian): compare with the same msg().
  if (unit === msg('t/yr') || unit === 't') return 'tonnes';
  if (unit === msg('USD/t') || unit === msg('USD/t/day')) return 'usd';
  if (unit === '0–1') return 'fraction';
  return 'plain';
}

declare global {
  interface HTMLElementTagNameMap {
    'corridor-editor': CorridorEditor;
  }
}

