import { whenIdle } from '../staged-parts';
import type { ChunkedDrawing } from './map-chunks';
import { FramePacer } from './map-frame-pacer';
import { MapHitIndex } from './map-hit-index';
import type { ItemKey } from './map-item-key';
import type { MapLabels } from './map-labels';
import { LABELS_PER_STEP, labelsComplete, labelsStep } from './map-labels-in-steps';
import type { ItemFigures } from './map-layers';
import { MergedPathsInSteps, type MergedPaths } from './map-merged-paths-in-steps';
import { nextTask, Waiters } from './map-steps';
import { lineWidth } from './map-line-look';
import type { LinkPlace, MapLayout, NodePlace } from './map-layout';
import type { MapView } from './map-view';

/**
 * At most this many items in view are drawn as elements of their own over
 * the merged paths (with their arrows, exact symbols, names for screen
 * readers), in chunks; past it only the pinned items are.
 */
export const ITEMS_IN_VIEW = 200;
/** Items this close outside the view (a share of its width) are drawn too, so a short pan shows them at once. */
const VIEW_MARGIN = 0.2;
/** A node's hit circle and a link's reach beyond its line, screen px (as the elements' hit shapes). */
const NODE_HIT_PX = 11;
const LINK_HIT_PX = 5;

/** Some of a layout's items, in the layout's order. */
export interface ItemSubset {
  readonly nodes: readonly NodePlace[];
  readonly links: readonly LinkPlace[];
}

const EMPTY: ItemSubset = { nodes: [], links: [] };
/** The part of a layout in a view widened by VIEW_MARGIN: its nodes, and its links by their middle. */
function inView(layout: MapLayout, view: MapView): MapLayout {
  const margin = view.w * VIEW_MARGIN;
  const within = (p: { readonly x: number; readonly y: number }): boolean => p.x >= view.x - margin && p.x <= view.x + view.w + margin && p.y >= view.y - margin && p.y <= view.y + view.h + margin;
  return { ...layout, nodes: layout.nodes.filter(within), links: layout.links.filter((l) => within(l.mid)) };
}

/** Quiet time after the view last settled (a drag settles at every move) before the items in view follow it, ms. */
const FOLLOW_MS = 120;

/** What the merged view needs of its map. */
export interface MergedViewHost {
  /** The items drawn one by one, in chunks (map-chunks.ts). */
  readonly chunks: ChunkedDrawing;
  view(): MapView;
  zoom(): number;
  requestUpdate(): void;
}

/**
 * A large network drawn as merged paths (map-merged-drawing.ts): which of its
 * items are drawn as elements of their own — those in view when few enough
 * are, and always the pinned ones (focused, selected, hovered), so that the
 * keyboard reaches every item and each has its accessible name when it is
 * met — and which item is under the pointer, found by geometry.
 */
export class MergedView {
  readonly #layout: MapLayout;
  #index: MapHitIndex | null = null;
  /** Each item's place in the layout's nodes or links, by key (#placesByKey). */
  #places: ReadonlyMap<ItemKey, number> | null = null;
  /** The items in view drawn one by one; null: too many (or no merged drawing). */
  #visible: ReadonlySet<ItemKey> | null = null;
  #visibleItems: ItemSubset = EMPTY;
  /** The view the items and labels in view were last worked out for. */
  #view: MapView | null = null;
  #labels: { readonly level: number; readonly token: unknown; readonly view: MapView | null; readonly chosen: MapLabels } | null = null;
  /** Labels being chosen; null: none. */
  #labelJob: { readonly level: number; readonly token: unknown; readonly view: MapView | null } | null = null;
  readonly #labelsWaiting = new Waiters();
  /** The labels drawn, a step towards the chosen ones at a time (map-labels-in-steps.ts); null: none yet. */
  #shown: { readonly target: MapLabels; readonly labels: MapLabels } | null = null;
  readonly #labelPacer = new FramePacer();
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The map left the page (or was given another layout): nothing more to prepare. */
  #stopped = false;
  readonly #host: MergedViewHost;
  readonly #paths: MergedPathsInSteps;

  /** For one layout: another is another merged view. */
  constructor(layout: MapLayout, host: MergedViewHost) {
    this.#layout = layout;
    this.#host = host;
    this.#paths = new MergedPathsInSteps(() => host.requestUpdate());
    // Ready before the pointer first moves over the map (built then, it made that move a task of 20 ms and more),
    // in steps once the page is idle.
    void whenIdle().then(async () => {
      if (this.#stopped) return;
      const index = this.#hitIndex();
      while (!this.#stopped && !index.step()) await nextTask();
    });
  }

  /** The items in view drawn as elements (an empty subset when too many are in view). */
  get visibleItems(): ItemSubset {
    return this.#visibleItems;
  }

  /** Built when the page is first idle after the layout (or at first need, if sooner), not in the update that draws it. */
  #hitIndex(): MapHitIndex {
    this.#index ??= new MapHitIndex(this.#layout);
    return this.#index;
  }

  /** The items in view follow the view (drawn anew, chunk by chunk, when they changed); true if they did. */
  follow(): boolean {
    const chunks = this.#host.chunks;
    if (!this.refreshVisible(this.#host.view(), this.#host.zoom())) return false;
    chunks.split(this.#visibleItems);
    chunks.forget();
    chunks.restart();
    return true;
  }

  /** The view came to rest: the next update, a moment later, follows it (items and labels in view). */
  settled(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#host.requestUpdate(), FOLLOW_MS);
  }

  /** The map left the page. */
  stop(): void {
    this.#stopped = true;
    this.#paths.cancel();
    this.#labelJob = null;
    this.#labelPacer.cancel();
    this.#shown = null;
    this.#labelsWaiting.release();
    clearTimeout(this.#timer);
  }

  /** Works out the items in view anew; true when they changed. */
  refreshVisible(view: MapView, zoom: number): boolean {
    this.#view = zoom > 1 + 1e-9 ? view : null;
    const index = zoom > 1 + 1e-9 ? this.#hitIndex() : null;
    const next = index === null ? null : index.within(view, view.w * VIEW_MARGIN, ITEMS_IN_VIEW);
    const same = next === null ? this.#visible === null : this.#visible !== null && next.size === this.#visible.size && [...next].every((k) => this.#visible!.has(k));
    if (same) return false;
    this.#visible = next;
    this.#visibleItems = next === null ? EMPTY : this.#subset(next);
    return true;
  }

  /** Where each item is in the layout's lists, made at first need (a pass over every item: once per layout, not per update). */
  #placesByKey(): ReadonlyMap<ItemKey, number> {
    if (this.#places === null) {
      const places = new Map<ItemKey, number>();
      this.#layout.nodes.forEach((n, i) => places.set(`node:${n.id}`, i));
      this.#layout.links.forEach((l, i) => places.set(`link:${l.id}`, i));
      this.#places = places;
    }
    return this.#places;
  }

  /** Some items by key, in the layout's order: found by their place, not by a pass over the whole layout at every update (20 ms at 1M). */
  #subset(keys: Iterable<ItemKey>): ItemSubset {
    const places = this.#placesByKey();
    const nodes: number[] = [];
    const links: number[] = [];
    for (const key of keys) {
      const at = places.get(key);
      if (at !== undefined) (key.startsWith('node:') ? nodes : links).push(at);
    }
    const byPlace = (a: number, b: number): number => a - b;
    return { nodes: nodes.sort(byPlace).map((i) => this.#layout.nodes[i]!), links: links.sort(byPlace).map((i) => this.#layout.links[i]!) };
  }

  /**
   * The names and flow figures of a zoom level, chosen (`choose`) among the
   * items in view and the margin only: a large network's labels for a level
   * span the whole map, thousands of texts to choose (tens of ms) and for
   * the browser to lay out again at every step of a pan. At the
   * whole-network view, those among all of `layout`, kept in `cache` by
   * level (a new cache when what the labels say changed: a new result).
   * Chosen in steps (`choose`), a step a task: until then the last chosen.
   */
  labelsAt(level: number, cache: Map<number, MapLabels>, choose: (layout: MapLayout) => Generator<void, MapLabels>, layout: MapLayout): MapLabels {
    return this.#drawnInSteps(this.#chosenAt(level, cache, choose, layout));
  }

  /**
   * The labels to draw now on the way to `target`: those already drawn that
   * stay, and LABELS_PER_STEP more each frame.
   */
  #drawnInSteps(target: MapLabels): MapLabels {
    const shown = this.#shown;
    if (shown !== null && shown.target === target && labelsComplete(shown.labels, target)) return target;
    const next = labelsStep(shown?.labels ?? { names: [], flows: [] }, target, LABELS_PER_STEP);
    const complete = labelsComplete(next, target);
    this.#shown = { target, labels: complete ? target : next };
    if (complete) {
      this.#labelPacer.cancel();
      if (this.#labelJob === null) this.#labelsWaiting.release();
    } else {
      this.#labelPacer.schedule(() => this.#host.requestUpdate());
    }
    return this.#shown.labels;
  }

  /** The labels chosen for a level (and view), or while they are being chosen the last ones. */
  #chosenAt(level: number, cache: Map<number, MapLabels>, choose: (layout: MapLayout) => Generator<void, MapLabels>, layout: MapLayout): MapLabels {
    const view = this.#view;
    const token = cache;
    const last = this.#labels;
    if (last !== null && last.level === level && last.token === token && last.view === view) return last.chosen;
    const known = view === null ? cache.get(level) : undefined;
    if (known !== undefined) {
      this.#labels = { level, token, view, chosen: known };
      return known;
    }
    // Chosen in tasks of their own, not in the update that draws a new network, answer or view.
    const job = this.#labelJob;
    if (job === null || job.level !== level || job.token !== token || job.view !== view) {
      void this.#chooseInSteps({ level, token, view }, () => choose(view === null ? layout : inView(layout, view)), cache);
    }
    return last?.chosen ?? { names: [], flows: [] };
  }

  /** Chooses labels a step a task; a newer wish (another level, view or answer) drops the choice under way. */
  async #chooseInSteps(wanted: { readonly level: number; readonly token: unknown; readonly view: MapView | null }, steps: () => Generator<void, MapLabels>, cache: Map<number, MapLabels>): Promise<void> {
    const job = { ...wanted };
    this.#labelJob = job;
    await nextTask();
    if (this.#labelJob !== job) return;
    const choice = steps();
    for (let next = choice.next(); ; next = choice.next()) {
      if (next.done === true) {
        this.#labelJob = null;
        if (wanted.view === null) cache.set(wanted.level, next.value);
        this.#labels = { ...wanted, chosen: next.value };
        this.#host.requestUpdate();
        return;
      }
      await nextTask();
      if (this.#labelJob !== job) return;
    }
  }

  /** Whether labels are being chosen, or drawn in steps. */
  get labelsPending(): boolean {
    return this.#labelJob !== null || (this.#shown !== null && this.#shown.labels !== this.#shown.target);
  }

  /** Resolves once they are chosen and drawn (at once if none are under way). */
  labelsDone(): Promise<void> {
    return this.labelsPending ? this.#labelsWaiting.wait() : Promise.resolve();
  }

  /** The merged paths of the answer in `f`, once worked out (map-merged-paths-in-steps.ts); until then the last ones, or null. */
  pathsFor(f: ItemFigures): MergedPaths | null {
    return this.#paths.pathsFor(this.#layout, f);
  }

  /** Whether the merged paths of an answer are being worked out. */
  get pathsPending(): boolean {
    return this.#paths.pending;
  }

  /** Resolves once they are (at once if none are). */
  pathsDone(): Promise<void> {
    return this.#paths.done();
  }

  /** The pinned items not already drawn as in view, each once, in the layout's order. */
  pinnedItems(keys: readonly (ItemKey | null)[]): ItemSubset {
    const wanted = new Set(keys.filter((k): k is ItemKey => k !== null && !(this.#visible?.has(k) ?? false)));
    return wanted.size === 0 ? EMPTY : this.#subset(wanted);
  }

  /** The item under a map point at a zoom, with the links' flows (for their widths); null if none. */
  hit(at: { readonly x: number; readonly y: number }, zoom: number, flowOf: (id: string) => number, maxFlow: number): ItemKey | null {
    const index = this.#hitIndex();
    if (index === null) return null;
    return index.at(at.x, at.y, NODE_HIT_PX / zoom, (key) => (lineWidth(flowOf(key.slice('link:'.length)), maxFlow) / 2 + LINK_HIT_PX) / zoom);
  }
}
