import { html, LitElement, nothing, render, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { LinkResult, NodeKind, NodeResult, Result, Scenario, ScenarioLink, ScenarioNode } from '../../model/types';
import { elementLocale } from '../element-locale';
import { formatTonnes } from '../format';
import { nodeLabel } from '../item-names';
import { sharedStyles } from '../shared.styles';
import { styleProps } from '../style-props';
import { WidthController } from '../width-controller';
import { corridorMapStyles } from './corridor-map.styles';
import { describeLink, describeNode, isBinding } from './map-describe';
import { placeMapLabels, type MapLabels, type WantedFlowLabel } from './map-labels';
import { layoutMap, sameLayoutInput, type LinkPlace, type MapLayout, type NodePlace } from './map-layout';
import {
  boundsView,
  clampView,
  labelLevel,
  MAX_ZOOM,
  panView,
  revealPoint,
  sameView,
  viewZoom,
  zoomView,
  type MapBounds,
  type MapView,
} from './map-view';
import { countriesWithin, countryOutlinesLoaded, loadCountryOutlines } from './region-outline';
import { defineElement } from '../define-element';
import { arrowPath, nodeSymbol, origin } from './map-symbols';
import { MapGestures } from './map-gestures';
import { FramePacer } from './map-frame-pacer';
import { NEUTRAL_LINK, renderMapLegend } from './map-legend';
import { demandLinks, flowChanges } from './map-emphasis';
import { formatTonnesChange } from '../format-change';
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

const MIN_WIDTH = 1.25;
const MAX_WIDTH = 12;
/** Lightest shade (share of the full colour) of an idle link; full links get 100%. */
const MIN_SHADE = 40;
/** At the whole-map zoom, links carrying at least this share of the largest flow get their flow written beside them. */
const FLOW_LABEL_SHARE = 0.12;
/** Flow figures at the whole-map zoom; each label level (zoom doubling) allows twice as many, smaller ones too. */
const MAX_FLOW_LABELS = 24;
/** One step of the zoom buttons and keys. */
const ZOOM_STEP = 1.6;
/** One arrow-key pan, as a share of the view. */
const PAN_STEP = 0.15;
/** Quiet time after the last wheel turn before symbols and labels are fitted to the new zoom, ms. */
const SETTLE_MS = 150;
const KIND_RANK: Record<NodeKind, number> = { city: 0, port: 1, border: 2, hub: 3, rail: 4 };
/**
 * Above this many items (nodes and links) a new network or result is drawn
 * in chunks, one per animation frame, so no frame's task grows with the
 * network (500 nodes and 2,000 links take ~200 ms to draw at once here).
 */
const PROGRESSIVE_ITEMS = 400;
/**
 * Items per chunk, and so per layer (each chunk is an SVG of its own, so
 * drawing it repaints only it). Small, because a chunk first drawn while the
 * solver and other work share the CPU took ~0.4 ms an item (templates,
 * descriptions, style, layout, paint): at 60, frames of the bench's
 * 2,400-item network reached 50–70 ms on a busy machine.
 */
const CHUNK_ITEMS = 30;
type ItemKey = `${'node' | 'link'}:${string}`;

interface Described {
  readonly title: string;
  readonly lines: readonly string[];
  readonly aria: string;
}

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
  /** The drawn nodes' ids: a new set (another model) starts a new view; an edit keeps it. */
  private nodesKey = '';
  private view: MapView = { x: 0, y: 0, w: 1, h: 1 };
  private linkResults = new Map<string, LinkResult>();
  /** Links of the traced demand, or null. */
  private routeLinks: ReadonlySet<string> | null = null;
  /** Flow changes against the base, t/yr, by link id. */
  private changes: ReadonlyMap<string, number> = new Map();
  private nodeResults = new Map<string, NodeResult>();
  private linkById = new Map<string, ScenarioLink>();
  private nodeById = new Map<string, ScenarioNode>();
  /** Accessible names and tooltips, made when first asked for (an item drawn, hovered or focused): a new map per scenario or result. */
  private descriptions = new Map<ItemKey, Described>();
  /** The locale of this update (elementLocale walks up the page: once per update, not once per item). */
  private locale = '';
  /** Nodes then links, in chunks of CHUNK_ITEMS (one chunk each when the network is small); new arrays only with a new layout. */
  private nodeChunks: readonly (readonly NodePlace[])[] = [];
  private linkChunks: readonly (readonly LinkPlace[])[] = [];
  /** How many chunks (node chunks first, then link chunks) are drawn for the present layout and result; the rest show what they last drew. */
  private drawn = Number.POSITIVE_INFINITY;
  /** What each chunk was last drawn with (its `guard` dependencies), by `node:<i>` / `link:<i>`. */
  private chunkDeps = new Map<string, readonly unknown[]>();
  /** Paces the chunks of a large network, one step after each frame (map-frame-pacer.ts). */
  private readonly pacer = new FramePacer();
  private drawWaiters: (() => void)[] = [];
  private maxFlow = 0;
  private labelCache = new Map<number, MapLabels>();
  private labels: MapLabels = { names: [], flows: [] };
  /** Items in keyboard order, and where each is. */
  private order: readonly ItemKey[] = [];
  private orderIndex = new Map<ItemKey, number>();
  private positions = new Map<ItemKey, { readonly x: number; readonly y: number }>();
  /** The one item in the tab order. */
  private roving: ItemKey | null = null;
  /** Wheel, drag and pinch (map-gestures.ts). */
  private readonly gestures = new MapGestures({
    view: () => this.view,
    layout: () => this.layout,
    zoom: () => this.zoom,
    setView: (view, settle) => this.setView(view, settle),
    svg: () => this.svgElement(),
    onItem: (event) => this.itemOf(event) !== null,
  });
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Items whose tooltip shows: the one under the pointer first, else the focused one. */
  private hoverKey: ItemKey | null = null;
  private focusKey: ItemKey | null = null;

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
    clearTimeout(this.settleTimer);
    // Detached, frames stop: finish drawing at once so nothing waits on a map that is not shown.
    this.cancelDrawStep();
    if (this.drawn < this.chunkCount) this.drawAll();
  }

  /**
   * Also waits until a large network is drawn to its last chunk, so
   * `await map.updateComplete` sees every node and link.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.drawn < this.chunkCount) {
      await new Promise<void>((resolve) => this.drawWaiters.push(resolve));
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private get chunkCount(): number {
    return this.nodeChunks.length + this.linkChunks.length;
  }

  /** Draws the chunks not drawn yet in the next update (keyboard focus needs the item's element now). */
  private drawAll(): void {
    this.cancelDrawStep();
    this.drawn = Number.POSITIVE_INFINITY;
    this.requestUpdate();
  }

  private cancelDrawStep(): void {
    this.pacer.cancel();
  }

  /** One more step of chunks just after the next frame. */
  private scheduleDrawStep(): void {
    this.pacer.schedule((chunks) => {
      this.drawn += chunks;
      this.requestUpdate();
    });
  }

  protected override updated(): void {
    if (this.drawn < this.chunkCount) this.scheduleDrawStep();
    for (const resolve of this.drawWaiters.splice(0)) resolve();
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
    return this.layout === null ? 1 : viewZoom(this.view, this.layout.width);
  }

  /**
   * A new large network is laid out and started in a task of its own, after
   * the one that set it (which is already busy: the app delivering a result,
   * other parts re-rendering), so that neither grows long.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.needsNewLargeLayout()) await new Promise<void>((resolve) => setTimeout(resolve, 0));
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
    const width = this.size.width > 0 ? this.size.width : Math.floor(this.getBoundingClientRect().width) || 800;
    const scenarioChanged = changed.has('scenario');
    if (scenarioChanged) {
      this.linkById = new Map((this.scenario?.links ?? []).map((l) => [l.id, l]));
      this.nodeById = new Map((this.scenario?.nodes ?? []).map((n) => [n.id, n]));
    }
    const previous = this.layout;
    const outline = countryOutlinesLoaded();
    const sameInput =
      this.layoutKey.scenario === this.scenario ||
      (this.layoutKey.scenario !== null && this.scenario !== null && sameLayoutInput(this.layoutKey.scenario, this.scenario));
    const layoutChanged = !sameInput || this.layoutKey.width !== width || this.layoutKey.outline !== outline;
    // An edit of a number (a capacity, a cost) keeps the drawing: the same places, chunks and elements.
    if (!layoutChanged) this.layoutKey = { scenario: this.scenario, width, outline };
    if (layoutChanged) {
      this.layout = this.scenario === null ? null : layoutMap(this.scenario, width, countriesWithin);
      this.layoutKey = { scenario: this.scenario, width, outline };
      if (!outline && this.scenario !== null) this.loadOutline();
      this.orderItems();
      const layout = this.layout;
      const size = layout === null || layout.nodes.length + layout.links.length <= PROGRESSIVE_ITEMS ? Number.POSITIVE_INFINITY : CHUNK_ITEMS;
      this.nodeChunks = chunked(layout?.nodes ?? [], size);
      this.linkChunks = chunked(layout?.links ?? [], size);
    }
    if (changed.has('result')) {
      const solved = this.result !== null && this.result.status === 'optimal' ? this.result : null;
      this.linkResults = new Map((solved?.links ?? []).map((l) => [l.id, l]));
      this.nodeResults = new Map((solved?.nodes ?? []).map((n) => [n.id, n]));
      this.maxFlow = Math.max(0, ...(solved?.links ?? []).map((l) => l.flow));
    }
    if (changed.has('result') || changed.has('demand')) this.routeLinks = demandLinks(this.result, this.demand);
    if (changed.has('result') || changed.has('base')) this.changes = flowChanges(this.base, this.result);
    if (layoutChanged || changed.has('bounds')) this.settleView(previous, changed.has('bounds'));
    if (scenarioChanged || changed.has('result') || changed.has('base') || layoutChanged || wordsChanged) {
      this.descriptions = new Map();
      this.labelCache = new Map();
      // A large network is drawn anew chunk by chunk from the next frame on (this task already
      // laid it out); a small one at once.
      this.pacer.reset();
      this.drawn = this.chunkCount > 2 ? 0 : Number.POSITIVE_INFINITY;
    }
    this.labels = this.labelsAt(this._level);
    if (changed.has('selected') && this.selected !== null) {
      const key: ItemKey = `${this.selected.kind}:${this.selected.id}`;
      if (this.orderIndex.has(key)) {
        // Straight on the two elements: the others' templates do not re-run for a new selection.
        this.setRoving(key);
        const at = this.positions.get(key);
        if (at !== undefined && this.layout !== null && this.zoom > 1) {
          this.view = revealPoint(this.view, at, 40 / this.zoom, this.layout.width, this.layout.height);
          this._level = labelLevel(this.zoom);
          this.labels = this.labelsAt(this._level);
        }
      }
    }
    if (this.roving === null || !this.orderIndex.has(this.roving)) this.roving = this.order[0] ?? null;
  }

  /** Keeps the view across edits, starts afresh for another network or new `bounds`. */
  private settleView(previous: MapLayout | null, boundsChanged: boolean): void {
    const layout = this.layout;
    if (layout === null) return;
    const nodesKey = layout.nodes.map((n) => n.id).join('\u0000');
    if (nodesKey !== this.nodesKey) this.chunkDeps.clear(); // another network: nothing of the last one stays while this one is drawn
    if (boundsChanged || previous === null || nodesKey !== this.nodesKey) {
      this.view = boundsView(layout, this.bounds);
    } else if (previous.width !== layout.width || previous.height !== layout.height) {
      const sx = layout.width / previous.width;
      const sy = layout.height / previous.height;
      this.view = clampView({ x: this.view.x * sx, y: this.view.y * sy, w: this.view.w * sx, h: this.view.h * sy }, layout.width, layout.height);
    }
    this.nodesKey = nodesKey;
    this._level = labelLevel(this.zoom);
  }

  /** Keyboard order: each node, then the links leaving it, in the scenario's order. */
  private orderItems(): void {
    const layout = this.layout;
    const order: ItemKey[] = [];
    const positions = new Map<ItemKey, { x: number; y: number }>();
    if (layout !== null) {
      const leaving = new Map<string, LinkPlace[]>();
      for (const l of layout.links) {
        const list = leaving.get(l.from);
        if (list === undefined) leaving.set(l.from, [l]);
        else list.push(l);
      }
      for (const n of layout.nodes) {
        order.push(`node:${n.id}`);
        positions.set(`node:${n.id}`, { x: n.x, y: n.y });
        for (const l of leaving.get(n.id) ?? []) {
          order.push(`link:${l.id}`);
          positions.set(`link:${l.id}`, l.marker);
        }
      }
    }
    this.order = order;
    this.orderIndex = new Map(order.map((key, i) => [key, i]));
    this.positions = positions;
  }

  private lineWidth(flow: number): number {
    return flow > 1e-9 && this.maxFlow > 0
      ? MIN_WIDTH + 0.75 + (MAX_WIDTH - MIN_WIDTH - 0.75) * (flow / this.maxFlow)
      : MIN_WIDTH;
  }

  /** Names and flow figures for a label level; computed once per level, scenario and result. */
  private labelsAt(level: number): MapLabels {
    const layout = this.layout;
    if (layout === null) return { names: [], flows: [] };
    const cached = this.labelCache.get(level);
    if (cached !== undefined) return cached;
    const locale = elementLocale(this);
    const throughput = (id: string): number => this.nodeResults.get(id)?.throughput ?? 0;
    const index = new Map(layout.nodes.map((n, i) => [n.id, i]));
    const nameOrder = [...layout.nodes]
      .sort(
        (p, q) =>
          throughput(q.id) - throughput(p.id) ||
          (layout.degree.get(q.id) ?? 0) - (layout.degree.get(p.id) ?? 0) ||
          KIND_RANK[p.kind] - KIND_RANK[q.kind] ||
          (index.get(p.id) ?? 0) - (index.get(q.id) ?? 0),
      )
      .map((n) => n.id);
    const flows: WantedFlowLabel[] =
      this.maxFlow <= 0
        ? []
        : layout.links
            .map((place) => ({ place, flow: this.linkResults.get(place.id)?.flow ?? 0 }))
            .filter(({ place, flow }) => place.enabled && flow > 1e-9 && flow >= (this.maxFlow * FLOW_LABEL_SHARE) / level)
            .sort((a, b) => b.flow - a.flow)
            .slice(0, MAX_FLOW_LABELS * level)
            .map(({ place, flow }) => ({
              id: place.id,
              text: formatTonnes(flow, { locale }).replace('/yr', ''),
              halfWidth: this.lineWidth(flow) / 2,
            }));
    const placed = placeMapLabels(layout, { nameOrder, flows, zoom: level });
    // Drawn in the layout's order, not by rank (labels never overlap, so their order does not show):
    // a re-solve that re-ranks them keeps each one's element, and only those that moved change.
    const linkIndex = new Map(layout.links.map((l, i) => [l.id, i]));
    const byPlace: MapLabels = {
      names: [...placed.names].sort((p, q) => (index.get(p.id) ?? 0) - (index.get(q.id) ?? 0)),
      flows: [...placed.flows].sort((p, q) => (linkIndex.get(p.id) ?? 0) - (linkIndex.get(q.id) ?? 0)),
    };
    this.labelCache.set(level, byPlace);
    return byPlace;
  }

  /**
   * The accessible name and tooltip lines of an item, made when first asked
   * for and kept until the scenario or result changes: a large network's
   * thousands are made chunk by chunk as they are drawn, not all at once.
   */
  private describe(key: ItemKey): Described | undefined {
    const cached = this.descriptions.get(key);
    if (cached !== undefined) return cached;
    const scenario = this.scenario;
    if (scenario === null) return undefined;
    const [kind, ...rest] = key.split(':');
    const id = rest.join(':');
    const locale = this.locale || elementLocale(this);
    let d: { readonly title: string; readonly lines: readonly string[] } | undefined;
    if (kind === 'link') {
      const link = this.linkById.get(id);
      const place = this.layout?.links.find((l) => l.id === id);
      if (link === undefined || place === undefined) return undefined;
      d = this.describeLinkAt(link, place, locale);
    } else {
      const node = this.nodeById.get(id);
      if (node === undefined) return undefined;
      d = describeNode(node, this.nodeResults.get(id), this.result, locale);
    }
    const described: Described = { ...d, aria: `${d.title}. ${d.lines.join('. ')}` };
    this.descriptions.set(key, described);
    return described;
  }

  private describeLinkAt(link: ScenarioLink, place: LinkPlace, locale: string): { readonly title: string; readonly lines: readonly string[] } {
    // Ends by the map's own node index: item-names' lookup scans every node, once per link.
    const ends = `${nodeLabel(this.nodeById.get(link.from), link.from)} → ${nodeLabel(this.nodeById.get(link.to), link.to)}`;
    const title = link.name !== undefined && link.name.trim() !== '' ? link.name : ends;
    const described = describeLink(title, link, place, this.linkResults.get(place.id), this.result, locale, ends);
    const change = this.changes.get(place.id);
    return change === undefined ? described : { ...described, lines: [...described.lines, msg(str`${formatTonnesChange(change, { locale })} against the pinned base`)] };
  }

  /** A link's accessible name as it is drawn (its place is at hand, so no search). */
  private linkAria(place: LinkPlace): string {
    const key: ItemKey = `link:${place.id}`;
    const cached = this.descriptions.get(key);
    if (cached !== undefined) return cached.aria;
    const link = this.linkById.get(place.id);
    if (link === undefined) return place.id;
    const d = this.describeLinkAt(link, place, this.locale || elementLocale(this));
    const described: Described = { ...d, aria: `${d.title}. ${d.lines.join('. ')}` };
    this.descriptions.set(key, described);
    return described.aria;
  }

  protected override render(): TemplateResult {
    const layout = this.layout;
    if (this.scenario === null || layout === null) {
      return html`<figure part="base" class="base">
        <div class="frame empty-state">${msg('No scenario loaded: the network map appears here.')}</div>
      </figure>`;
    }
    const notes: string[] = [];
    if (this.result === null) notes.push(msg('Not solved yet: lines show the network without flows.'));
    else if (this.result.status === 'infeasible') notes.push(msg('No flows: the scenario is infeasible.'));
    else if (this.result.status !== 'optimal') notes.push(msg('No flows: the solve failed.'));
    if (layout.unplaced > 0) {
      notes.push(layout.unplaced === 1 ? msg('1 node has no coordinates and is not drawn.') : msg(str`${layout.unplaced} nodes have no coordinates and are not drawn.`));
    }
    const zoom = this.zoom;
    const v = this.view;
    const viewBox = `${v.x} ${v.y} ${v.w} ${v.h}`;
    // Every layer is an SVG of its own, stacked in the frame with the same size and viewBox: each is
    // a paint layer of the browser, so a chunk drawn anew repaints its layer, not the whole map.
    const layer = (kind: 'links' | 'nodes', content: unknown): TemplateResult =>
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
            <g class="flow-labels" aria-hidden="true">
              ${guard([this.labels.flows], () =>
                repeat(
                  this.labels.flows,
                  (l) => l.id,
                  (l) => svg`<text class="zs" x=${l.x + l.dx} y=${l.y + l.dy} text-anchor="middle" style=${styleProps({ 'transform-origin': origin(l) })}>${l.text}</text>`,
                ),
              )}
            </g>
            <g class="labels" aria-hidden="true">
              ${guard([this.labels.names], () =>
                repeat(
                  this.labels.names,
                  (l) => l.id,
                  (l) => svg`<text class="zs" x=${l.x + l.dx} y=${l.y + l.dy} text-anchor=${l.anchor} style=${styleProps({ 'transform-origin': origin(l) })}>${l.text}</text>`,
                ),
              )}
            </g>
          </svg>
          <svg class="layer backdrop" aria-hidden="true" width=${layout.width} height=${layout.height} viewBox=${viewBox}>
            <defs>
              <clipPath id="frame"><rect width=${layout.width} height=${layout.height}></rect></clipPath>
            </defs>
            <rect class="water" width=${layout.width} height=${layout.height}></rect>
            <g class="countries" clip-path="url(#frame)">
              ${guard([layout.countries], () => layout.countries.map((d) => svg`<path d=${d}></path>`))}
            </g>
          </svg>
          ${this.linkChunks.map((chunk, i) => layer('links', this.renderChunk('link', i, this.nodeChunks.length + i, chunk)))}
          ${this.nodeChunks.map((chunk, i) => layer('nodes', this.renderChunk('node', i, i, chunk)))}
          <p id="map-help" class="visually-hidden">
            ${msg('Scroll or pinch to zoom and drag to pan. With the map focused, plus and minus zoom, the arrow keys pan and 0 shows the whole network. Tab once more to reach the nodes and links; the arrow keys then move between them.')}
          </p>
          <div part="zoom" class="zoom">
            <button type="button" class="zoom-in" aria-label=${msg('Zoom in')} title=${msg('Zoom in (+)')} aria-disabled=${zoom >= MAX_ZOOM - 1e-6 ? 'true' : 'false'} @click=${() => this.zoomBy(ZOOM_STEP)}>+</button>
            <button type="button" class="zoom-out" aria-label=${msg('Zoom out')} title=${msg('Zoom out (−)')} aria-disabled=${zoom <= 1 + 1e-6 ? 'true' : 'false'} @click=${() => this.zoomBy(1 / ZOOM_STEP)}>−</button>
            <button type="button" class="zoom-reset" aria-label=${msg('Reset zoom')} title=${msg('Back to the start view (0)')} @click=${() => this.resetView()}>⟲</button>
            ${this.regions.map(
              (r) => html`<button type="button" class="zoom-region" title=${msg(str`Zoom to ${r.label}`)} @click=${() => this.zoomTo(r.bounds)}>${r.label}</button>`,
            )}
          </div>
          <div part="tooltip" class="tooltip" aria-hidden="true" hidden></div>
          ${notes.length === 0 ? nothing : html`<p class="note">${notes.join(' ')}</p>`}
        </div>
        ${guard([this.layout, this.maxFlow, this.locale, this.#language, this.changes.size > 0, this.tracingText()], () =>
          renderMapLegend(this.layout, this.maxFlow, this.locale || elementLocale(this), { comparing: this.changes.size > 0, tracing: this.tracingText() }),
        )}
      </figure>
    `;
  }

  /**
   * One chunk of a layer. Drawn chunks follow the present layout, result and
   * selection; one not reached yet keeps what it last drew (the previous
   * answer, restyled a frame later) or, for a new network, stays empty.
   * Within a chunk, items are kept by id (`repeat`) and each item's template
   * only re-runs when its place, outcome, selection or the width scale
   * changed (`guard`): a new result updates attributes, it does not rebuild
   * the geometry.
   */
  private renderChunk(layer: 'node' | 'link', index: number, ordinal: number, chunk: readonly (NodePlace | LinkPlace)[]): unknown {
    const key = `${layer}:${index}`;
    let deps: readonly unknown[] = [chunk, this.linkResults, this.nodeResults, this.maxFlow, this.descriptions, this.selected, this.routeLinks, this.changes];
    if (ordinal < this.drawn) this.chunkDeps.set(key, deps);
    else {
      const last = this.chunkDeps.get(key);
      if (last === undefined) return nothing;
      deps = last;
    }
    const selected = this.selected;
    const isSelected = (id: string): boolean => selected?.kind === layer && selected.id === id;
    return guard([...deps], () =>
      layer === 'link'
        ? repeat(
            chunk as readonly LinkPlace[],
            (place) => place.id,
            (place) => {
              const o = this.linkResults.get(place.id);
              // By value: a re-solve gives every link a new outcome object, but most carry the same numbers.
              const emphasis = [this.routeLinks?.has(place.id), this.changes.get(place.id)];
              return guard([place, this.linkById.get(place.id), o?.flow, o?.utilisation, o?.marginalValue, o?.reducedCost, this.maxFlow, isSelected(place.id), ...emphasis], () =>
                this.renderLink(place),
              );
            },
          )
        : repeat(
            chunk as readonly NodePlace[],
            (place) => place.id,
            (place) => {
              const o = this.nodeResults.get(place.id);
              return guard([place, this.nodeById.get(place.id), o?.throughput, o?.utilisation, o?.marginalValue, isSelected(place.id)], () => this.renderNode(place));
            },
          ),
    );
  }

  private tabIndexOf(key: ItemKey): string {
    return key === this.roving ? '0' : '-1';
  }

  private renderLink(place: LinkPlace): SVGTemplateResult {
    const outcome = this.linkResults.get(place.id);
    const flow = outcome?.flow ?? 0;
    const width = this.lineWidth(flow);
    const utilisation = Math.min(Math.max(outcome?.utilisation ?? 0, 0), 1);
    const shade = Math.round(MIN_SHADE + (100 - MIN_SHADE) * utilisation);
    const paint = place.gate?.paint ?? NEUTRAL_LINK;
    const color = place.enabled ? `color-mix(in srgb, ${paint} ${shade}%, white)` : '#9aa3ad';
    const binding = place.enabled && outcome !== undefined && isBinding(outcome.utilisation, outcome.marginalValue);
    const selected = this.selected?.kind === 'link' && this.selected.id === place.id;
    const change = this.changes.get(place.id);
    const onRoute = this.routeLinks?.has(place.id) === true;
    const classes = ['link', place.enabled ? '' : 'closed', place.gate === null ? '' : 'gate', selected ? 'selected' : '', onRoute ? 'on-route' : '']
      .filter((c) => c !== '')
      .join(' ');
    const arrowSize = Math.max(3.5, width * 0.55);
    // Arrow and marker are drawn at their point and, zoomed in, scaled back by the zoom about it (the
    // stylesheet's .zs), so they keep their size on screen. In map coordinates, with no transform of
    // their own: thousands of transforms would cost every frame of the browser's compositing.
    return svg`<g
      class=${classes}
      data-kind="link"
      data-id=${place.id}
      tabindex=${this.tabIndexOf(`link:${place.id}`)}
      role="button"
      aria-label=${this.linkAria(place)}
      aria-current=${selected ? 'true' : 'false'}
    >
      <path class="hit" d=${place.d} style=${styleProps({ 'stroke-width': `${Math.max(width + 8, 12)}px` })}></path>
      ${change === undefined
        ? nothing
        : svg`<path class=${change > 0 ? 'change gained' : 'change lost'} d=${place.d} style=${styleProps({ 'stroke-width': `${width + 6}px` })}></path>`}
      <path class="line" d=${place.d} style=${styleProps({ stroke: color, 'stroke-width': `${width}px` })}></path>
      ${flow > 1e-9
        ? svg`<path class="arrow zs" d=${arrowPath(place.arrow, arrowSize)} style=${styleProps({ stroke: width >= 5 ? '#fff' : color, 'transform-origin': origin(place.arrow) })}></path>`
        : nothing}
      ${binding
        ? svg`<circle class="binding zs centred" cx=${place.marker.x} cy=${place.marker.y} r=${Math.max(4, width / 2 + 1.5)}></circle>`
        : nothing}
    </g>`;
  }

  private renderNode(place: NodePlace): SVGTemplateResult {
    const outcome = this.nodeResults.get(place.id);
    const binding = place.enabled && outcome !== undefined && isBinding(outcome.utilisation, outcome.marginalValue);
    const selected = this.selected?.kind === 'node' && this.selected.id === place.id;
    const classes = ['node', `kind-${place.kind}`, place.enabled ? '' : 'closed', binding ? 'binding' : '', selected ? 'selected' : '']
      .filter((c) => c !== '')
      .join(' ');
    return svg`<g
      class=${classes}
      data-kind="node"
      data-id=${place.id}
      tabindex=${this.tabIndexOf(`node:${place.id}`)}
      role="button"
      aria-label=${this.describe(`node:${place.id}`)?.aria ?? place.id}
      aria-current=${selected ? 'true' : 'false'}
    >
      <g class="zs centred">
        <circle class="hit" cx=${place.x} cy=${place.y} r="11"></circle>
        ${binding ? svg`<circle class="binding-ring" cx=${place.x} cy=${place.y} r="9"></circle>` : nothing}
        ${nodeSymbol(place.kind, place.x, place.y)}
      </g>
    </g>`;
  }

  private itemOf(event: Event): { kind: 'node' | 'link'; id: string; element: SVGGElement } | null {
    for (const target of event.composedPath()) {
      if (!(target instanceof SVGGElement)) continue;
      const kind = target.dataset['kind'];
      const id = target.dataset['id'];
      if ((kind === 'node' || kind === 'link') && id !== undefined) return { kind, id, element: target };
    }
    return null;
  }

  private readonly onClick = (event: MouseEvent): void => {
    if (this.gestures.swallowClick) {
      this.gestures.swallowClick = false;
      return;
    }
    const item = this.itemOf(event);
    if (item !== null) this.select(item.kind, item.id);
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const item = this.itemOf(event);
    const key = event.key;
    const layout = this.layout;
    if (layout === null) return;
    if ((key === 'Enter' || key === ' ') && item !== null) {
      event.preventDefault();
      this.select(item.kind, item.id);
      return;
    }
    if (key === '+' || key === '=' || key === '-' || key === '_' || key === '−') {
      event.preventDefault();
      const at = item === null ? undefined : this.positions.get(`${item.kind}:${item.id}`);
      this.zoomBy(key === '+' || key === '=' ? ZOOM_STEP : 1 / ZOOM_STEP, at);
      return;
    }
    if (key === '0') {
      event.preventDefault();
      this.resetView();
      return;
    }
    const arrows: Record<string, readonly [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
    };
    if (item !== null) {
      // On an item the arrows walk the items: right and down to the next, left and up to the previous.
      const at = this.orderIndex.get(`${item.kind}:${item.id}`);
      if (at === undefined) return;
      let next: number | undefined;
      if (key === 'ArrowRight' || key === 'ArrowDown') next = Math.min(at + 1, this.order.length - 1);
      else if (key === 'ArrowLeft' || key === 'ArrowUp') next = Math.max(at - 1, 0);
      else if (key === 'Home') next = 0;
      else if (key === 'End') next = this.order.length - 1;
      if (next === undefined) return;
      event.preventDefault();
      const target = this.order[next];
      if (target !== undefined) this.focusItem(target);
      return;
    }
    const step = arrows[key];
    if (step === undefined || event.target !== this.svgElement()) return;
    event.preventDefault();
    this.setView(panView(this.view, step[0] * this.view.w * PAN_STEP, step[1] * this.view.h * PAN_STEP, layout.width, layout.height));
  };

  /** Moves the tab stop to an item, focuses it and pans the map to show it. */
  private focusItem(key: ItemKey): void {
    const [kind, ...rest] = key.split(':');
    const id = rest.join(':');
    const element = this.renderRoot.querySelector<SVGGElement>(`[data-kind="${kind}"][data-id="${CSS.escape(id)}"]`);
    if (element === null) {
      // Not drawn yet (a large network still coming in chunks): draw the rest, then move.
      if (this.drawn < this.chunkCount) {
        this.drawAll();
        void this.updateComplete.then(() => this.focusItem(key));
      }
      return;
    }
    this.setRoving(key);
    element.focus({ preventScroll: true });
  }

  /** The roving tabindex, set on the two elements it moves between rather than by a render of every item. */
  private setRoving(key: ItemKey): void {
    if (key === this.roving) return;
    const find = (k: ItemKey | null): SVGGElement | null => {
      if (k === null) return null;
      const [kind, ...rest] = k.split(':');
      return this.renderRoot.querySelector<SVGGElement>(`[data-kind="${kind}"][data-id="${CSS.escape(rest.join(':'))}"]`);
    };
    find(this.roving)?.setAttribute('tabindex', '-1');
    find(key)?.setAttribute('tabindex', '0');
    this.roving = key;
  }

  private select(kind: 'node' | 'link', id: string): void {
    const detail: CorridorSelectDetail = { kind, id };
    this.dispatchEvent(new CustomEvent<CorridorSelectDetail>('corridor-select', { detail, bubbles: true, composed: true }));
  }

  // ------------------------------------------------------------------ view

  /**
   * Applies a view straight to the SVG's viewBox: no render, so a drag or a
   * wheel costs no template work. `settle` (default) also applies what
   * depends on the zoom: the inverse scale that keeps symbols and labels
   * their size (a custom property every element of the map inherits, so
   * changing it restyles thousands of elements: once per gesture, not per
   * frame), and the label level (labels are re-placed when the zoom crosses
   * a level). A wheel settles a moment after its last turn, a pinch when a
   * finger lifts.
   */
  private setView(view: MapView, settle = true): void {
    const layout = this.layout;
    if (layout === null) return;
    if (!sameView(view, this.view)) {
      this.view = view;
      const zoom = this.zoom;
      const viewBox = `${view.x} ${view.y} ${view.w} ${view.h}`;
      for (const layer of this.renderRoot.querySelectorAll('svg.layer')) layer.setAttribute('viewBox', viewBox);
      this.renderRoot.querySelector('.zoom-in')?.setAttribute('aria-disabled', zoom >= MAX_ZOOM - 1e-6 ? 'true' : 'false');
      this.renderRoot.querySelector('.zoom-out')?.setAttribute('aria-disabled', zoom <= 1 + 1e-6 ? 'true' : 'false');
      // Positions moved: the tooltip follows its item when the view stops, and hides during a gesture.
      if (!this.gestures.active) this.refreshTooltip();
      else this.hideTooltip();
    }
    clearTimeout(this.settleTimer);
    if (settle) this.settle();
    else this.settleTimer = setTimeout(() => this.settle(), SETTLE_MS);
  }

  private settle(): void {
    const zoom = this.zoom;
    // On the frame, which every layer inherits from.
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    if (frame !== null) {
      const inverse = String(1 / zoom);
      if (frame.style.getPropertyValue('--_inv') !== inverse) frame.style.setProperty('--_inv', inverse);
      frame.classList.toggle('zoomed', zoom > 1 + 1e-9);
    }
    const level = labelLevel(zoom);
    if (level !== this._level) this._level = level;
  }

  private svgElement(): SVGSVGElement | null {
    return this.renderRoot.querySelector<SVGSVGElement>('svg[part="map"]');
  }

  /** Zooms by `factor` around a map point (default: the middle of the view). */
  private zoomBy(factor: number, at?: { readonly x: number; readonly y: number }): void {
    const layout = this.layout;
    if (layout === null) return;
    const point = at ?? { x: this.view.x + this.view.w / 2, y: this.view.y + this.view.h / 2 };
    this.setView(zoomView(this.view, factor, point, layout.width, layout.height));
  }

  /** Frames a region (a `regions` button). */
  private zoomTo(bounds: MapBounds): void {
    if (this.layout !== null) this.setView(boundsView(this.layout, bounds));
  }

  /** The legend's words for the traced demand, or null. */
  private tracingText(): string | null {
    if (this.routeLinks === null) return null;
    const demand = this.scenario?.demands.find((d) => d.id === this.demand);
    const name = demand?.label !== undefined && demand.label !== '' ? demand.label : (this.demand ?? '');
    return this.routeLinks.size === 0 ? msg(str`Demand ${name}: nothing served`) : msg(str`Routes of demand ${name}`);
  }

  private resetView(): void {
    if (this.layout !== null) this.setView(boundsView(this.layout, this.bounds));
  }

  // --------------------------------------------------------------- tooltip

  private readonly onPointerOver = (event: PointerEvent): void => {
    if (this.gestures.swallowClick) return;
    const item = this.itemOf(event);
    this.hoverKey = item === null ? null : `${item.kind}:${item.id}`;
    this.refreshTooltip();
  };

  private readonly onFocusIn = (event: FocusEvent): void => {
    const item = this.itemOf(event);
    if (item === null) return;
    const key: ItemKey = `${item.kind}:${item.id}`;
    this.setRoving(key);
    const at = this.positions.get(key);
    if (at !== undefined && this.layout !== null && this.zoom > 1) {
      this.setView(revealPoint(this.view, at, 40 / this.zoom, this.layout.width, this.layout.height));
    }
    this.focusKey = key;
    this.refreshTooltip();
  };

  private readonly onFocusOut = (): void => {
    this.focusKey = null;
    this.refreshTooltip();
  };

  private readonly onPointerLeave = (): void => {
    this.hoverKey = null;
    this.refreshTooltip();
  };

  /** The tooltip of the item under the pointer, else of the focused item, else none. */
  private refreshTooltip(): void {
    const key = this.hoverKey ?? this.focusKey;
    if (key === null) {
      this.hideTooltip();
      return;
    }
    const [kind, ...rest] = key.split(':');
    this.showTooltip(kind === 'node' ? 'node' : 'link', rest.join(':'));
  }

  private showTooltip(kind: 'node' | 'link', id: string): void {
    const tooltip = this.renderRoot.querySelector<HTMLDivElement>('.tooltip');
    const layout = this.layout;
    const described = this.describe(`${kind}:${id}`);
    const at = this.positions.get(`${kind}:${id}`);
    if (tooltip === null) return;
    if (layout === null || described === undefined || at === undefined) {
      tooltip.hidden = true;
      return;
    }
    // Map pixels to the frame's pixels through the view.
    const zoom = this.zoom;
    const x = (at.x - this.view.x) * zoom;
    const y = (at.y - this.view.y) * zoom;
    // Lit's render escapes names, so a hostile name shows as text.
    render(
      html`<strong>${described.title}</strong>${described.lines.map((line) => html`<span>${line}</span>`)}`,
      tooltip,
    );
    tooltip.hidden = false;
    const box = { w: tooltip.offsetWidth, h: tooltip.offsetHeight };
    const left = x + 14 + box.w > layout.width ? Math.max(4, x - 14 - box.w) : x + 14;
    const top = y + 14 + box.h > layout.height ? Math.max(4, y - 14 - box.h) : y + 14;
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${top}px`;
  }

  private readonly hideTooltip = (): void => {
    const tooltip = this.renderRoot.querySelector<HTMLDivElement>('.tooltip');
    if (tooltip !== null) tooltip.hidden = true;
  };
}

/** `items` in runs of `size` (one run when it is at least their number). */
function chunked<T>(items: readonly T[], size: number): readonly (readonly T[])[] {
  if (items.length <= size) return [items];
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

defineElement('corridor-map', CorridorMap);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-map': CorridorMap;
  }
}
