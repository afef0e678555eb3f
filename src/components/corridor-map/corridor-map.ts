import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { LinkResult, NodeResult, Result, Scenario, ScenarioLink, ScenarioNode } from '../../model/types';
import { elementLocale } from '../element-locale';
import { sharedStyles } from '../shared.styles';
import { WidthController } from '../width-controller';
import { corridorMapStyles } from './corridor-map.styles';
import { ChunkedDrawing } from './map-chunks';
import { MapDescriptions, type DescriptionSource } from './map-descriptions';
import { itemOf, type ItemKey } from './map-item-key';
import { renderMapFrame, type ChunkLayer } from './map-frame';
import { MapInteraction } from './map-interaction';
import { chooseMapLabelsInSteps } from './map-label-choice';
import { drain } from './map-steps';
import type { MapLabels } from './map-labels';
import type { ItemFigures } from './map-layers';
import { renderItemLayers } from './map-item-layers';
import type { MergedView } from './map-merged-view';
import { drawsMerged, mergedDrawing } from './map-merged-load';
import type { MapLayout } from './map-layout';
import { MapLayoutCache } from './map-layout-cache';
import { mapNotes, tracingText } from './map-notes';
import { MapTooltip } from './map-tooltip';
import { labelLevel, type MapBounds } from './map-view';
import { MapViewport } from './map-viewport';
import { RovingFocus } from './map-roving-focus';
import { countryOutlinesLoaded, loadOutlineFor } from './region-outline';
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
  /** The layout and keyboard order, kept while the places and width stay (map-layout-cache.ts). */
  private readonly layouts = new MapLayoutCache();
  /** The part on screen and the zoom (map-viewport.ts). */
  private readonly viewport = new MapViewport({
    layout: () => this.layout,
    root: () => this.renderRoot,
    bounds: () => this.bounds,
    moved: () => (this.gestures.active ? this.tooltip.hide() : this.tooltip.refresh()),
    levelChanged: (level) => {
      if (level !== this._level) this._level = level;
    },
    settled: () => this.merged?.settled(),
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
  /** A large network drawn as merged paths: its items in view and pinned, and hit-testing (map-merged-view.ts, loaded with it); else null. */
  private merged: MergedView | null = null;
  private maxFlow = 0;
  private labelCache = new Map<number, MapLabels>();
  private labels: MapLabels = { names: [], flows: [] };
  /** The one item in the tab order (map-roving-focus.ts). */
  private readonly roving = new RovingFocus({
    root: () => this.renderRoot,
    draw: (key) => this.drawItem(key),
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
  /** Click, keys, hover and focus (map-interaction.ts). */
  private readonly interaction = new MapInteraction({
    gestures: this.gestures,
    viewport: this.viewport,
    roving: this.roving,
    tooltip: this.tooltip,
    layout: () => this.layout,
    keys: () => this.keys,
    svg: () => this.svgElement(),
    select: (kind, id) => this.select(kind, id),
    hit: (at) => this.merged?.hit(at, this.zoom, (id) => this.linkResults.get(id)?.flow ?? 0, this.maxFlow) ?? null,
    hovered: () => void (this.merged !== null && this.requestUpdate()),
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
    this.merged?.stop();
  }

  /**
   * Also waits until a large network is drawn to its last chunk, and its
   * merged paths and labels are worked out and drawn, so `await map.updateComplete`
   * sees every node and link.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.chunks.pending || this.merged?.pathsPending === true || this.merged?.labelsPending === true) {
      await (this.chunks.pending ? this.chunks.drawn() : this.merged?.pathsPending === true ? this.merged.pathsDone() : this.merged?.labelsDone());
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private get layout(): MapLayout | null {
    return this.layouts.layout;
  }

  private get keys(): MapLayoutCache['keys'] {
    return this.layouts.keys;
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
    await this.layouts.stage(this.scenario, () => this.layoutWidth(), () => this.scenario);
    super.scheduleUpdate();
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
    this.merged?.follow();
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
    // An edit of a number (a capacity, a cost) keeps the drawing: the same places, chunks and elements.
    if (!this.layouts.update(this.scenario, this.layoutWidth())) return false;
    // The country outline is a chunk of its own (region-outline.ts): drawn once it arrives.
    if (!countryOutlinesLoaded() && this.scenario !== null) loadOutlineFor(this);
    const drawing = mergedDrawing();
    const layout = this.layout;
    this.merged?.stop();
    this.merged = drawing === null || layout === null || !drawsMerged(layout) ? null : new drawing.MergedView(layout, { chunks: this.chunks, view: () => this.viewport.view, zoom: () => this.zoom, requestUpdate: () => this.requestUpdate() });
    this.chunks.split(this.merged === null ? this.layout : null);
    return true;
  }

  /** Draws an item not drawn yet, for the keyboard to reach it: pinned (drawn merged), or the rest of the chunks. */
  private drawItem(key: ItemKey): Promise<unknown> | null {
    if (this.merged !== null) this.roving.moveTo(key);
    else if (this.chunks.pending) this.chunks.drawAll();
    else return null;
    this.requestUpdate();
    return this.updateComplete;
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
      this.merged?.follow();
      this.labels = this.labelsAt(this._level);
    }
  }

  /** Names and flow figures for a label level; computed once per level, scenario and result (drawn merged: and view). */
  private labelsAt(level: number): MapLabels {
    const layout = this.layout;
    if (layout === null) return { names: [], flows: [] };
    const choose = (among: MapLayout): Generator<void, MapLabels> =>
      chooseMapLabelsInSteps(among, level, {
        throughput: (id) => this.nodeResults.get(id)?.throughput ?? 0,
        flow: (id) => this.linkResults.get(id)?.flow ?? 0,
        maxFlow: this.maxFlow,
        locale: elementLocale(this),
      });
    const whole = (): MapLabels => this.labelCache.get(level) ?? this.labelCache.set(level, drain(choose(layout))).get(level)!;
    return this.merged?.labelsAt(level, this.labelCache, choose, layout) ?? whole();
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
    return html`
      <figure part="base" class="base">
        ${renderMapFrame({
          layout,
          view: this.viewport.view,
          zoom: this.zoom,
          tracing: this.routeLinks !== null,
          label: msg(str`Map of ${this.scenario.name}: ${layout.nodes.length} nodes, ${layout.links.length} links`),
          labels: this.labels,
          wholeLabels: this.merged !== null,
          regions: this.regions,
          notes: mapNotes(this.result, layout),
          interaction: this.interaction,
          gestures: this.gestures,
          zoomActions: {
            zoomBy: (factor) => this.viewport.zoomBy(factor),
            reset: () => this.viewport.reset(),
            zoomTo: (bounds) => this.viewport.zoomTo(bounds),
          },
          chunks: (kind, layer) => this.renderLayers(kind, layer),
        })}
        ${this.renderLegend()}
      </figure>
    `;
  }

  /** The legend, drawn again only when what it says changes. */
  private renderLegend(): unknown {
    const tracing = tracingText(this.routeLinks, this.scenario, this.demand);
    const comparing = this.changes.size > 0;
    return guard([this.layout, this.maxFlow, this.locale, this.#language, comparing, tracing], () =>
      renderMapLegend(this.layout, this.maxFlow, this.locale || elementLocale(this), { comparing, tracing }),
    );
  }

  /** The layers of links or nodes (map-item-layers.ts). */
  private renderLayers(kind: 'links' | 'nodes', layer: ChunkLayer): readonly TemplateResult[] {
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
    const selected: ItemKey | null = this.selected === null ? null : `${this.selected.kind}:${this.selected.id}`;
    const pinned = this.merged?.pinnedItems([this.roving.key, selected, this.tooltip.hover, this.tooltip.focus]) ?? null;
    const paths = this.merged?.pathsFor(figures) ?? null;
    return renderItemLayers(kind, layer, { figures, words: this.descriptions, chunks: this.chunks, pinned, paths });
  }

  private select(kind: 'node' | 'link', id: string): void {
    const detail: CorridorSelectDetail = { kind, id };
    this.dispatchEvent(new CustomEvent<CorridorSelectDetail>('corridor-select', { detail, bubbles: true, composed: true }));
  }

  /** The focusable top SVG, whose box is the map's box on screen. */
  private svgElement(): SVGSVGElement | null {
    return this.renderRoot.querySelector<SVGSVGElement>('svg[part="map"]');
  }
}

defineElement('corridor-map', CorridorMap);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-map': CorridorMap;
  }
}
