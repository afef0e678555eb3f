import type { MapLayout } from './map-layout';
import { boundsView, clampView, labelLevel, revealPoint, sameView, viewTransform, viewTranslation, viewZoom, zoomView, type MapBounds, type MapView } from './map-view';
import { updateZoomControls } from './map-zoom-controls';

/** Quiet time after the last wheel turn before symbols and labels are fitted to the new zoom, ms. */
const SETTLE_MS = 150;

/** What the viewport needs of its map. */
export interface ViewportHost {
  layout(): MapLayout | null;
  /** Where the layers, the frame and the zoom buttons are. */
  root(): ParentNode;
  /** The start view's region (`bounds`), or null for the whole network. */
  bounds(): MapBounds | null;
  /** The view moved without a render: the tooltip follows its item, or hides during a gesture. */
  moved(): void;
  /** The zoom crossed a label level: the labels are placed again. */
  levelChanged(level: number): void;
  /** The view came to rest (after a gesture, a button, a key): what is drawn for the view may follow it. */
  settled(): void;
}

/**
 * The part of the map on screen (the SVGs' viewBox) and the zoom: moved by
 * the buttons, keys and gestures straight on the layers, without a render;
 * kept across edits, fitted anew for another network or new `bounds`.
 */
export class MapViewport {
  view: MapView = { x: 0, y: 0, w: 1, h: 1 };
  /** The drawn nodes' ids: a new set (another model) starts a new view; an edit keeps it. */
  #nodesKey = '';
  #settleTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #host: ViewportHost;

  constructor(host: ViewportHost) {
    this.#host = host;
  }

  /** How far the map is zoomed in: 1 shows the whole network, at most 32. */
  get zoom(): number {
    const layout = this.#host.layout();
    return layout === null ? 1 : viewZoom(this.view, layout.width);
  }

  /**
   * Keeps the view across edits, starts afresh for another network or new `bounds`. True when the layout is
   * of another network (nothing drawn of the last one should stay).
   */
  fit(previous: MapLayout | null, layout: MapLayout, boundsChanged: boolean): boolean {
    const nodesKey = layout.nodes.map((n) => n.id).join('\u0000');
    const another = nodesKey !== this.#nodesKey;
    if (boundsChanged || previous === null || another) {
      this.view = boundsView(layout, this.#host.bounds());
    } else if (previous.width !== layout.width || previous.height !== layout.height) {
      const sx = layout.width / previous.width;
      const sy = layout.height / previous.height;
      this.view = clampView({ x: this.view.x * sx, y: this.view.y * sy, w: this.view.w * sx, h: this.view.h * sy }, layout.width, layout.height);
    }
    this.#nodesKey = nodesKey;
    return another;
  }

  /** The view panned, when zoomed in, so that a point (a focused or selected item) is in it. */
  revealing(at: { readonly x: number; readonly y: number }): MapView {
    const layout = this.#host.layout();
    if (layout === null || this.zoom <= 1) return this.view;
    return revealPoint(this.view, at, 40 / this.zoom, layout.width, layout.height);
  }

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
  set(view: MapView, settle = true): void {
    if (this.#host.layout() === null) return;
    if (!sameView(view, this.view)) {
      this.view = view;
      const root = this.#host.root();
      const viewBox = `${view.x} ${view.y} ${view.w} ${view.h}`;
      const layout = this.#host.layout()!;
      const transform = viewTransform(view, layout.width);
      const translation = viewTranslation(view, layout.width);
      const zoom = this.zoom;
      for (const layer of root.querySelectorAll<SVGSVGElement>('svg.layer')) {
        if (layer.classList.contains('sized')) {
          // Sized to the zoom (map-frame.ts, the labels): a new size only when the zoom changed, as a pan must not lay its texts out again.
          const w = String(layout.width * zoom);
          if (layer.getAttribute('width') !== w) {
            layer.setAttribute('width', w);
            layer.setAttribute('height', String(layout.height * zoom));
          }
          layer.style.transform = translation;
        } else if (layer.classList.contains('whole')) layer.style.transform = transform;
        else layer.setAttribute('viewBox', viewBox);
      }
      updateZoomControls(root, this.zoom);
      this.#host.moved();
    }
    clearTimeout(this.#settleTimer);
    if (settle) this.#settle();
    else this.#settleTimer = setTimeout(() => this.#settle(), SETTLE_MS);
  }

  /** Zooms by `factor` around a map point (default: the middle of the view). */
  zoomBy(factor: number, at?: { readonly x: number; readonly y: number }): void {
    const layout = this.#host.layout();
    if (layout === null) return;
    const point = at ?? { x: this.view.x + this.view.w / 2, y: this.view.y + this.view.h / 2 };
    this.set(zoomView(this.view, factor, point, layout.width, layout.height));
  }

  /** Frames a region (a `regions` button), or with null the whole network. */
  zoomTo(bounds: MapBounds | null): void {
    const layout = this.#host.layout();
    if (layout !== null) this.set(boundsView(layout, bounds));
  }

  /** Back to the start view (`bounds`). */
  reset(): void {
    this.zoomTo(this.#host.bounds());
  }

  /** The map was taken off the page: no settling left to do. */
  stop(): void {
    clearTimeout(this.#settleTimer);
  }

  #settle(): void {
    const zoom = this.zoom;
    // On the frame, which every layer inherits from.
    const frame = this.#host.root().querySelector<HTMLElement>('.frame');
    if (frame !== null) {
      const inverse = String(1 / zoom);
      if (frame.style.getPropertyValue('--_inv') !== inverse) frame.style.setProperty('--_inv', inverse);
      frame.classList.toggle('zoomed', zoom > 1 + 1e-9);
    }
    this.#host.levelChanged(labelLevel(zoom));
    this.#host.settled();
  }
}
