import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { LinkResult, NodeResult, Result, Scenario, ScenarioLink, ScenarioNode } from '../../model/types';
import { elementLocale } from '../element-locale';
import { sharedStyles } from '../shared.styles';
import { styleProps } from '../style-props';
import { WidthController } from '../width-controller';
import { corridorMapStyles } from './corridor-map.styles';
import { ChunkedDrawing, PROGRESSIVE_ITEMS } from './map-chunks';
import { MapDescriptions, type DescriptionSource } from './map-descriptions';
import { itemOf, type ItemKey } from './map-item-key';
import { keyboardOrder, mapKeyAction, type KeyboardOrder } from './map-keyboard';
import { chooseMapLabels } from './map-label-choice';
import type { MapLabels } from './map-labels';
import { renderBackdrop, renderLabelLayers, renderLinks, renderNodes, type ItemFigures } from './map-layers';
import { layoutMap, sameLayoutInput, type MapLayout } from './map-layout';
import { stageLayout, type StagedLayout } from './map-staged-layout';
import { MapTooltip } from './map-tooltip';
import { renderZoomControls } from './map-zoom-controls';
import { labelLevel, panView, type MapBounds } from './map-view';
import { MapViewport } from './map-viewport';
import { RovingFocus } from './map-roving-focus';
import { countriesWithin, countryOutlinesLoaded, loadCountryOutlines } from './region-outline';
import { defineElement } from '../define-element';
import { MapGestures } from './map-gestures';
import { renderMapLegend } from './map-legend';
import { demandLinks, flowChanges } from './map-emphasis';
import { getLocale, localized, msg, str } from '../i18n';

export type { MapBounds } from './map-view';

/** A region the zoom buttons offer to jump to (e.g. the Caucasus, whose links crowd together on a phone). */
export interface MapRegion {
  /** The button's words, e.g. "Caucasus". */
  readonly label: string;
  readonly bounds: MapBounds;
}

/** What the map can select: a node or a link, by id. */
export interface MapSelection {
  readonly kind: 'node' | 'link';
  readonly id: string;
}

/** Detail of `corridor-select`. */
export type CorridorSelectDetail = MapSelection;

/**
 * @summary The network on a map of the region: flows as line widths, how
 * full each link is as its shade, binding capacities marked, corridor gates
 * in their corridor's colour.
 *
 * Offline: the country outline ships with the package (Natural Earth 1:110m
 * via `world-atlas`, cut to the region; loaded from beside the module when
 * the first map is drawn), the projection is computed here. Geometry is computed
 * once per scenario and width; a new result only restyles.
 *
 * Zoom and pan: the wheel or a pinch zooms, dragging pans, the +, − and
 * reset buttons do the same; with the map focused, + and − zoom, the arrow
 * keys pan and 0 resets. All of it only moves the SVGs' viewBox; lines,
 * symbols and labels keep their size on screen. Names and flow figures that
 * would overlap are left out, the least busy node's (lowest throughput)
 * first, and come back when zoomed in. `bounds` starts the map zoomed on a
 * region.
 *
 * Every node and link has an accessible name with its flow, capacity,
 * utilisation and marginal value; hovering or focusing one shows the same in
 * a tooltip. The items are one tab stop (a roving tabindex): the arrow keys
 * move from item to item (each node, then the links leaving it), Home and
 * End go to the first and last, and the map pans to follow. Click, Enter or
 * Space selects it.
 *
 * @event corridor-select - The user picked a node or a link. `detail: { kind: 'node' | 'link', id: string }`.
 *
 * @csspart base - The outer box.
 * @csspart map - The top SVG: names and flow labels, and the focusable zoom-and-pan view. Links and nodes are drawn in SVG layers stacked beneath it with the same size and viewBox (style them through the custom properties below).
 * @csspart zoom - The zoom buttons.
 * @csspart tooltip - The tooltip shown on hover and focus.
 * @csspart legend - The legend below the map.
 *
 * @cssproperty --corridor-font - Font family.
 * @cssproperty --corridor-accent - Colour of the selection and focus ring.
 * @cssproperty --corridor-spacing - Base spacing unit (default 0.75rem).
 * @cssproperty --corridor-color-titr - Colour of the gate links of the corridor with id `titr` (any id: `--corridor-color-<id>`); default: the corridor's `color`.
 * @cssproperty --corridor-color-tripp - Colour of the gate links of corridor `tripp`.
 * @cssproperty --corridor-color-iran - Colour of the gate links of corridor `iran`.
 * @cssproperty --corridor-color-other - Not used by the map (links outside corridors use --corridor-map-link-color).
 * @cssproperty --corridor-color-unmet - Not used by the map.
 * @cssproperty --corridor-map-link-color - Colour of links that are no corridor's gate (default slate).
 * @cssproperty --corridor-map-land - Land fill.
 * @cssproperty --corridor-map-water - Water (background) fill.
 * @cssproperty --corridor-map-border - Country border colour.
 * @cssproperty --corridor-map-binding - Colour of the binding-capacity marker (default: the danger red).
 * @cssproperty --corridor-map-gain - Halo of links that carry more than in the pinned base (default green).
 * @cssproperty --corridor-map-loss - Halo of links that carry less than in the pinned base (default orange).
 */
@localized()
export class CorridorMap extends LitElement {
  /** The language the cached descriptions and legend were worded in. */
  #language = '';
  static override styles = [sharedStyles, corridorMapStyles];

  static override properties = {
    scenario: { attribute: false },
    result: { attribute: false },
    selected: { attribute: false },
    bounds: { attribute: false },
    demand: { type: String },
    base: { attribute: false },
    regions: { attribute: false },
    _level: { state: true },
  };

  /** The network to draw (node positions, links, corridors); null shows a placeholder. */
  declare scenario: Scenario | null;
  /** Flows to draw on it (widths, shades, binding marks); null draws the network without flows. */
  declare result: Result | null;
  /** Highlighted item; setting it does not fire `corridor-select`. */
  declare selected: MapSelection | null;
  /**
   * The region to start zoomed on, `[[latMin, lonMin], [latMax, lonMax]]` in
   * degrees (e.g. `[[38.5, 44], [42.5, 51]]` for the Caucasus); the reset
   * button returns to it. `null` (default): the whole network. Setting it
   * moves the view at once.
   */
  declare bounds: MapBounds | null;
  /**
   * Id of a demand whose routes are traced: the links carrying its freight
   * (the result's per-demand `flows`) stand out and the rest fade. null or
   * '' (default): none.
   */
  declare demand: string | null;
  /**
   * A pinned base result: links whose flow grew are haloed green, those
   * whose flow shrank orange, and each link's tooltip gives the change.
   * null (default): no comparison.
   */
  declare base: Result | null;
  /** Regions offered beside the zoom buttons (one button each); default none. */
  declare regions: readonly MapRegion[];
  /** Zoom level the labels are placed for (a power of two); changes re-place them. */
  declare _level: number;

  /** Floored, and kept while hidden: a zero width would redo the layout for nothing. */
  private readonly size = new WidthController(this, Math.floor, true);
  private layout: MapLayout | null = null;
  private layoutKey: { scenario: Scenario | null; width: number; outline: boolean } = { scenario: null, width: -1, outline: false };
  /** The part on screen and the zoom (map-viewport.ts). */
  private readonly viewport = new MapViewport({
    layout: () => this.layout,
    root: () => this.renderRoot,
    bounds: () => this.bounds,
    moved: () => (this.gestures.active ? this.tooltip.hide() : this.tooltip.refresh()),
    levelChanged: (level) => {
      if (level !== this._level) this._level = level;
    },
  });
  private linkResults = new Map<string, LinkResult>();
  /** Links of the traced demand, or null. */
  private routeLinks: ReadonlySet<string> | null = null;
  /** Flow changes against the base, t/yr, by link id. */
  private changes: ReadonlyMap<string, number> = new Map();
  private nodeResults = new Map<string, NodeResult>();
  private linkById = new Map<string, ScenarioLink>();
  private nodeById = new Map<string, ScenarioNode>();
  /** Accessible names and tooltips (map-descriptions.ts): a new one per scenario or result. */
  private descriptions = new MapDescriptions();
  /** The locale of this update (elementLocale walks up the page: once per update, not once per item). */
  private locale = '';
  /** The nodes and links in chunks, drawn a few per frame when the network is large (map-chunks.ts). */
  private readonly chunks = new ChunkedDrawing(this);
  private maxFlow = 0;
  private labelCache = new Map<number, MapLabels>();
  private labels: MapLabels = { names: [], flows: [] };
  /** Items in keyboard order, and where each is. */
  private keys: KeyboardOrder = keyboardOrder(null);
  /** A large network's layout worked out in tasks before its update (map-staged-layout.ts); taken by that update. */
  private staged: StagedLayout | null = null;
  /** The one item in the tab order (map-roving-focus.ts). */
  private readonly roving = new RovingFocus({
    root: () => this.renderRoot,
    pending: () => this.chunks.pending,
    drawAll: () => {
      this.chunks.drawAll();
      return this.updateComplete;
    },
  });
  /** Wheel, drag and pinch (map-gestures.ts). */
  private readonly gestures = new MapGestures({
    view: () => this.viewport.view,
    layout: () => this.layout,
    zoom: () => this.zoom,
    setView: (view, settle) => this.viewport.set(view, settle),
    svg: () => this.svgElement(),
    onItem: (event) => itemOf(event) !== null,
  });
  /** The tooltip of the hovered, else the focused item (map-tooltip.ts). */
  private readonly tooltip = new MapTooltip({
    element: () => this.renderRoot.querySelector<HTMLDivElement>('.tooltip'),
    describe: (key) => this.describe(key),
    position: (key) => this.keys.positions.get(key),
    frame: () => (this.layout === null ? null : { view: this.viewport.view, zoom: this.zoom, width: this.layout.width, height: this.layout.height }),
  });

  constructor() {
    super();
    this.scenario = null;
    this.result = null;
    this.selected = null;
    this.bounds = null;
    this.demand = null;
    this.base = null;
    this.regions = [];
    this._level = 1;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.viewport.stop();
  }

  /**
   * Also waits until a large network is drawn to its last chunk, so
   * `await map.updateComplete` sees every node and link.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.chunks.pending) {
      await this.chunks.drawn();
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The country outline is a chunk of its own (region-outline.ts): drawn once it arrives. */
  private loadOutline(): void {
    loadCountryOutlines().then(
      () => this.requestUpdate(),
      (error: unknown) => {
        // Only the backdrop is missing: the network is drawn on water, and the page learns why.
        console.warn(`<corridor-map>: the country outline could not be loaded (${error instanceof Error ? error.message : String(error)}); is assets/ served beside the module?`);
      },
    );
  }

  /** How far the map is zoomed in: 1 shows the whole network, at most 32. */
  get zoom(): number {
    return this.viewport.zoom;
  }

  /**
   * A new large network is laid out and started in a task of its own, after
   * the one that set it (which is already busy: the app delivering a result,
   * other parts re-rendering), so that neither grows long.
   */
  protected override async scheduleUpdate(): Promise<void> {
    const scenario = this.scenario;
    if (scenario !== null && this.needsNewLargeLayout()) {
      this.staged = await stageLayout(scenario, this.layoutWidth(), countryOutlinesLoaded(), () => this.scenario);
    }
    super.scheduleUpdate();
  }

  private needsNewLargeLayout(): boolean {
    const scenario = this.scenario;
    if (scenario === null || scenario === this.layoutKey.scenario) return false;
    if (scenario.nodes.length + scenario.links.length <= PROGRESSIVE_ITEMS) return false;
    return this.layoutKey.scenario === null || !sameLayoutInput(this.layoutKey.scenario, scenario);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The language joins the number locale as the key of what is cached in words (legend, descriptions).
    const wordsChanged = this.#language !== getLocale();
    this.#language = getLocale();
    this.locale = elementLocale(this);
    const scenarioChanged = changed.has('scenario');
    if (scenarioChanged) {
      this.linkById = new Map((this.scenario?.links ?? []).map((l) => [l.id, l]));
      this.nodeById = new Map((this.scenario?.nodes ?? []).map((n) => [n.id, n]));
    }
    const previous = this.layout;
    const layoutChanged = this.updateLayout();
    if (changed.has('result')) {
      const solved = this.result !== null && this.result.status === 'optimal' ? this.result : null;
      this.linkResults = new Map((solved?.links ?? []).map((l) => [l.id, l]));
      this.nodeResults = new Map((solved?.nodes ?? []).map((n) => [n.id, n]));
      this.maxFlow = Math.max(0, ...(solved?.links ?? []).map((l) => l.flow));
    }
    if (changed.has('result') || changed.has('demand')) this.routeLinks = demandLinks(this.result, this.demand);
    if (changed.has('result') || changed.has('base')) this.changes = flowChanges(this.base, this.result);
    if ((layoutChanged || changed.has('bounds')) && this.layout !== null) {
      if (this.viewport.fit(previous, this.layout, changed.has('bounds'))) this.chunks.forget();
      this._level = labelLevel(this.zoom);
    }
    if (scenarioChanged || changed.has('result') || changed.has('base') || layoutChanged || wordsChanged) {
      this.descriptions = new MapDescriptions();
      this.labelCache = new Map();
      this.chunks.restart();
    }
    this.labels = this.labelsAt(this._level);
    if (changed.has('selected') && this.selected !== null) this.followSelection(this.selected);
    if (this.roving.key === null || !this.keys.index.has(this.roving.key)) this.roving.key = this.keys.order[0] ?? null;
  }

  private layoutWidth(): number {
    return this.size.width > 0 ? this.size.width : Math.floor(this.getBoundingClientRect().width) || 800;
  }

  /** Lays the network out again when its places or the width changed; true if it did. */
  private updateLayout(): boolean {
    const width = this.layoutWidth();
    const outline = countryOutlinesLoaded();
    const sameInput =
      this.layoutKey.scenario === this.scenario ||
      (this.layoutKey.scenario !== null && this.scenario !== null && sameLayoutInput(this.layoutKey.scenario, this.scenario));
    const layoutChanged = !sameInput || this.layoutKey.width !== width || this.layoutKey.outline !== outline;
    // An edit of a number (a capacity, a cost) keeps the drawing: the same places, chunks and elements.
    this.layoutKey = { scenario: this.scenario, width, outline };
    if (!layoutChanged) return false;
    const staged = this.staged;
    this.staged = null;
    const ready = staged !== null && staged.scenario === this.scenario && staged.width === width && staged.outline === outline;
    this.layout = this.scenario === null ? null : ready ? staged.layout : layoutMap(this.scenario, width, countriesWithin);
    if (!outline && this.scenario !== null) this.loadOutline();
    this.keys = ready ? staged.keys : keyboardOrder(this.layout);
    this.chunks.split(this.layout);
    return true;
  }

  /** A new selection takes the tab stop and, zoomed in, is panned into view. */
  private followSelection(selected: MapSelection): void {
    const key: ItemKey = `${selected.kind}:${selected.id}`;
    if (!this.keys.index.has(key)) return;
    // Straight on the two elements: the others' templates do not re-run for a new selection.
    this.roving.moveTo(key);
    const at = this.keys.positions.get(key);
    if (at !== undefined && this.layout !== null && this.zoom > 1) {
      this.viewport.view = this.viewport.revealing(at);
      this._level = labelLevel(this.zoom);
      this.labels = this.labelsAt(this._level);
    }
  }

  /** Names and flow figures for a label level; computed once per level, scenario and result. */
  private labelsAt(level: number): MapLabels {
    const layout = this.layout;
    if (layout === null) return { names: [], flows: [] };
    const cached = this.labelCache.get(level);
    if (cached !== undefined) return cached;
    const labels = chooseMapLabels(layout, level, {
      throughput: (id) => this.nodeResults.get(id)?.throughput ?? 0,
      flow: (id) => this.linkResults.get(id)?.flow ?? 0,
      maxFlow: this.maxFlow,
      locale: elementLocale(this),
    });
    this.labelCache.set(level, labels);
    return labels;
  }

  /** What descriptions are made from, as it is now. */
  private descriptionSource(scenario: Scenario): DescriptionSource {
    return {
      scenario,
      result: this.result,
      layout: this.layout,
      linkById: this.linkById,
      nodeById: this.nodeById,
      linkResults: this.linkResults,
      nodeResults: this.nodeResults,
      changes: this.changes,
      locale: this.locale || elementLocale(this),
    };
  }

  private describe(key: ItemKey): ReturnType<MapDescriptions['describe']> {
    return this.scenario === null ? undefined : this.descriptions.describe(key, this.descriptionSource(this.scenario));
  }

  protected override render(): TemplateResult {
    const layout = this.layout;
    if (this.scenario === null || layout === null) {
      return html`<figure part="base" class="base">
        <div class="frame empty-state">${msg('No scenario loaded: the network map appears here.')}</div>
      </figure>`;
    }
    const zoom = this.zoom;
    const v = this.viewport.view;
    const viewBox = `${v.x} ${v.y} ${v.w} ${v.h}`;
    const notes = this.notes(layout);
    // Every layer is an SVG of its own, stacked in the frame with the same size and viewBox: each is
    // a paint layer of the browser, so a chunk drawn anew repaints its layer, not the whole map.
    const layer =
      (kind: 'links' | 'nodes') =>
      (content: unknown): TemplateResult =>
        html`<svg class="layer ${kind}" role="none" width=${layout.width} height=${layout.height} viewBox=${viewBox}>${content}</svg>`;
    return html`
      <figure part="base" class="base">
        <div
          class="frame ${zoom > 1 + 1e-9 ? 'zoomed' : ''} ${this.routeLinks !== null ? 'tracing' : ''}"
          style=${styleProps({ height: `${layout.height}px`, '--_inv': 1 / zoom })}
          role="group"
          aria-label=${msg(str`Map of ${this.scenario.name}: ${layout.nodes.length} nodes, ${layout.links.length} links`)}
          @click=${this.onClick}
          @keydown=${this.onKeyDown}
          @pointerover=${this.onPointerOver}
          @pointerleave=${this.onPointerLeave}
          @pointerdown=${this.gestures.down}
          @pointermove=${this.gestures.move}
          @pointerup=${this.gestures.end}
          @pointercancel=${this.gestures.end}
          @wheel=${this.gestures.wheel}
          @focusin=${this.onFocusIn}
          @focusout=${this.onFocusOut}
        >
          <svg
            part="map"
            class="layer top"
            width=${layout.width}
            height=${layout.height}
            viewBox=${viewBox}
            tabindex="0"
            role="img"
            aria-label=${msg('Zoom and pan view')}
            aria-describedby="map-help"
            @pointerleave=${this.onPointerLeave}
          >
            ${renderLabelLayers(this.labels)}
          </svg>
          <svg class="layer backdrop" aria-hidden="true" width=${layout.width} height=${layout.height} viewBox=${viewBox}>${renderBackdrop(layout)}</svg>
          ${this.renderChunks('links', layer('links'))}
          ${this.renderChunks('nodes', layer('nodes'))}
          <p id="map-help" class="visually-hidden">
            ${msg('Scroll or pinch to zoom and drag to pan. With the map focused, plus and minus zoom, the arrow keys pan and 0 shows the whole network. Tab once more to reach the nodes and links; the arrow keys then move between them.')}
          </p>
          ${renderZoomControls(zoom, this.regions, {
            zoomBy: (factor) => this.viewport.zoomBy(factor),
            reset: () => this.viewport.reset(),
            zoomTo: (bounds) => this.viewport.zoomTo(bounds),
          })}
          <div part="tooltip" class="tooltip" aria-hidden="true" hidden></div>
          ${notes.length === 0 ? nothing : html`<p class="note">${notes.join(' ')}</p>`}
        </div>
        ${this.renderLegend()}
      </figure>
    `;
  }

  /** What the map cannot show: no flows yet or none, nodes without coordinates. */
  private notes(layout: MapLayout): readonly string[] {
    const notes: string[] = [];
    if (this.result === null) notes.push(msg('Not solved yet: lines show the network without flows.'));
    else if (this.result.status === 'infeasible') notes.push(msg('No flows: the scenario is infeasible.'));
    else if (this.result.status !== 'optimal') notes.push(msg('No flows: the solve failed.'));
    if (layout.unplaced > 0) {
      notes.push(layout.unplaced === 1 ? msg('1 node has no coordinates and is not drawn.') : msg(str`${layout.unplaced} nodes have no coordinates and are not drawn.`));
    }
    return notes;
  }

  /** The legend, drawn again only when what it says changes. */
  private renderLegend(): unknown {
    const tracing = this.tracingText();
    const comparing = this.changes.size > 0;
    return guard([this.layout, this.maxFlow, this.locale, this.#language, comparing, tracing], () =>
      renderMapLegend(this.layout, this.maxFlow, this.locale || elementLocale(this), { comparing, tracing }),
    );
  }

  /**
   * The layers' chunks. Drawn chunks follow the present layout, result and
   * selection; one not reached yet keeps what it last drew (the previous
   * answer, restyled a frame later) or, for a new network, stays empty.
   */
  private renderChunks(kind: 'links' | 'nodes', layer: (content: unknown) => TemplateResult): readonly TemplateResult[] {
    const source = this.scenario === null ? null : this.descriptionSource(this.scenario);
    const figures: ItemFigures = {
      linkById: this.linkById,
      nodeById: this.nodeById,
      linkResults: this.linkResults,
      nodeResults: this.nodeResults,
      maxFlow: this.maxFlow,
      selected: this.selected,
      routeLinks: this.routeLinks,
      changes: this.changes,
      tabIndexOf: (key) => this.roving.tabIndexOf(key),
      linkAria: (place) => (source === null ? place.id : this.descriptions.linkAria(place, source)),
      nodeAria: (place) => this.describe(`node:${place.id}`)?.aria ?? place.id,
    };
    // What a chunk's items show besides their own places: a change redraws the chunk (its items by guard).
    const shared = [this.linkResults, this.nodeResults, this.maxFlow, this.descriptions, this.selected, this.routeLinks, this.changes];
    const deps = (chunk: readonly unknown[]): readonly unknown[] => [chunk, ...shared];
    const { nodeChunks, linkChunks } = this.chunks;
    return kind === 'links'
      ? linkChunks.map((chunk, i) => layer(this.chunks.render(`link:${i}`, nodeChunks.length + i, deps(chunk), () => renderLinks(chunk, figures))))
      : nodeChunks.map((chunk, i) => layer(this.chunks.render(`node:${i}`, i, deps(chunk), () => renderNodes(chunk, figures))));
  }

  // ------------------------------------------------------------- pointer and keys

  private readonly onClick = (event: MouseEvent): void => {
    if (this.gestures.swallowClick) {
      this.gestures.swallowClick = false;
      return;
    }
    const item = itemOf(event);
    if (item !== null) this.select(item.kind, item.id);
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const layout = this.layout;
    if (layout === null) return;
    const action = mapKeyAction(event.key, itemOf(event), event.target === this.svgElement(), this.keys);
    if (action === null) return;
    event.preventDefault();
    switch (action.kind) {
      case 'select':
        this.select(action.item.kind, action.item.id);
        break;
      case 'zoom':
        this.viewport.zoomBy(action.factor, action.at);
        break;
      case 'reset':
        this.viewport.reset();
        break;
      case 'focus':
        this.roving.focus(action.key);
        break;
      case 'pan': {
        const view = this.viewport.view;
        this.viewport.set(panView(view, action.dx * view.w, action.dy * view.h, layout.width, layout.height));
        break;
      }
    }
  };

  private select(kind: 'node' | 'link', id: string): void {
    const detail: CorridorSelectDetail = { kind, id };
    this.dispatchEvent(new CustomEvent<CorridorSelectDetail>('corridor-select', { detail, bubbles: true, composed: true }));
  }

  private readonly onPointerOver = (event: PointerEvent): void => {
    if (this.gestures.swallowClick) return;
    const item = itemOf(event);
    this.tooltip.hover = item === null ? null : `${item.kind}:${item.id}`;
    this.tooltip.refresh();
  };

  private readonly onFocusIn = (event: FocusEvent): void => {
    const item = itemOf(event);
    if (item === null) return;
    const key: ItemKey = `${item.kind}:${item.id}`;
    this.roving.moveTo(key);
    const at = this.keys.positions.get(key);
    if (at !== undefined && this.layout !== null && this.zoom > 1) this.viewport.set(this.viewport.revealing(at));
    this.tooltip.focus = key;
    this.tooltip.refresh();
  };

  private readonly onFocusOut = (): void => {
    this.tooltip.focus = null;
    this.tooltip.refresh();
  };

  private readonly onPointerLeave = (): void => {
    this.tooltip.hover = null;
    this.tooltip.refresh();
  };

  /** The focusable top SVG, whose box is the map's box on screen. */
  private svgElement(): SVGSVGElement | null {
    return this.renderRoot.querySelector<SVGSVGElement>('svg[part="map"]');
  }

  /** The legend's words for the traced demand, or null. */
  private tracingText(): string | null {
    if (this.routeLinks === null) return null;
    const demand = this.scenario?.demands.find((d) => d.id === this.demand);
    const name = demand?.label !== undefined && demand.label !== '' ? demand.label : (this.demand ?? '');
    return this.routeLinks.size === 0 ? msg(str`Demand ${name}: nothing served`) : msg(str`Routes of demand ${name}`);
  }
}

defineElement('corridor-map', CorridorMap);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-map': CorridorMap;
  }
}
