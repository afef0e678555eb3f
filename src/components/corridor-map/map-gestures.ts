import type { MapLayout } from './map-layout';
import { panView, zoomView, type MapView } from './map-view';

/** Pointer travel (px) before a press becomes a drag rather than a click. */
const DRAG_THRESHOLD = 4;

/** What the gestures need of the map they move. */
export interface GestureHost {
  view(): MapView;
  layout(): MapLayout | null;
  /** How far the map is zoomed in (1: the whole network). */
  zoom(): number;
  /** Applies a view; `settle` false waits for the gesture to pause before refitting labels. */
  setView(view: MapView, settle?: boolean): void;
  /** The focusable top SVG, whose box is the map's box on screen. */
  svg(): SVGSVGElement | null;
  /** Whether an event is on a node or a link (a press there is a click on it, not on the map). */
  onItem(event: Event): boolean;
}

/**
 * Wheel, drag and pinch on the map: they only move the view (through
 * `setView`), never render. A press that travels DRAG_THRESHOLD px becomes a
 * drag, and the click that ends it selects nothing (`swallowClick`).
 */
export class MapGestures {
  /** A press that became a drag: the click that follows selects nothing. */
  swallowClick = false;
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private gesture:
    | { kind: 'pan'; startX: number; startY: number; view: MapView; moved: boolean }
    | { kind: 'pinch'; distance: number; midX: number; midY: number; view: MapView }
    | null = null;

  constructor(private readonly host: GestureHost) {}

  /** True while a drag or pinch is under way (the tooltip hides meanwhile). */
  get active(): boolean {
    return this.gesture !== null;
  }

  /** The map point under a pointer. */
  mapPoint(clientX: number, clientY: number): { x: number; y: number } {
    const rect = this.host.svg()?.getBoundingClientRect();
    if (rect === undefined || rect.width === 0 || rect.height === 0) return { x: this.host.view().x + this.host.view().w / 2, y: this.host.view().y + this.host.view().h / 2 };
    return {
      x: this.host.view().x + ((clientX - rect.left) * this.host.view().w) / rect.width,
      y: this.host.view().y + ((clientY - rect.top) * this.host.view().h) / rect.height,
    };
  }

  /** Screen pixels per map pixel of a view. */
  private pixelsPerUnit(view: MapView): number {
    const rect = this.host.svg()?.getBoundingClientRect();
    return rect !== undefined && rect.width > 0 ? rect.width / view.w : 1;
  }

  // A wheel listener must not be passive to keep the page from scrolling while the map zooms.
  readonly wheel = {
    passive: false,
    handleEvent: (event: WheelEvent): void => {
      const layout = this.host.layout();
      if (layout === null || !onMap(event)) return;
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
      // A trackpad pinch arrives as a wheel with ctrlKey and small deltas.
      const factor = Math.exp(-event.deltaY * unit * (event.ctrlKey ? 0.01 : 0.002));
      const zoom = this.host.zoom();
      // Zoomed all the way out, a wheel down scrolls the page as usual.
      if (factor < 1 && zoom <= 1 + 1e-9) return;
      event.preventDefault();
      this.host.setView(zoomView(this.host.view(), factor, this.mapPoint(event.clientX, event.clientY), layout.width, layout.height), false);
    },
  };

  readonly down = (event: PointerEvent): void => {
    this.swallowClick = false;
    if ((event.pointerType === 'mouse' && event.button !== 0) || !onMap(event)) return;
    // A press on the map between items lands on the frame (the layers let it through): it focuses the
    // map, as a press on one SVG did, so that + and − work at once.
    if (!this.host.onItem(event)) this.host.svg()?.focus({ preventScroll: true });
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    this.startGesture();
  };

  private startGesture(): void {
    const points = [...this.pointers.values()];
    const [a, b] = points;
    if (points.length === 1 && a !== undefined) {
      this.gesture = { kind: 'pan', startX: a.x, startY: a.y, view: this.host.view(), moved: false };
    } else if (a !== undefined && b !== undefined) {
      this.gesture = {
        kind: 'pinch',
        distance: Math.max(Math.hypot(a.x - b.x, a.y - b.y), 1),
        midX: (a.x + b.x) / 2,
        midY: (a.y + b.y) / 2,
        view: this.host.view(),
      };
    } else {
      this.gesture = null;
    }
  }

  readonly move = (event: PointerEvent): void => {
    const layout = this.host.layout();
    if (!this.pointers.has(event.pointerId) || layout === null) return;
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    const gesture = this.gesture;
    const { width, height } = layout;
    if (gesture?.kind === 'pan') {
      const dx = event.clientX - gesture.startX;
      const dy = event.clientY - gesture.startY;
      if (!gesture.moved) {
        if (Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
        gesture.moved = true;
        // Captured only once it is a drag: a plain press must still click the item under it.
        try {
          (event.currentTarget as Element | null)?.setPointerCapture(event.pointerId);
        } catch {
          // A pointer the browser no longer tracks (lifted, or synthetic): the drag works without capture.
        }
      }
      this.swallowClick = true;
      const scale = this.pixelsPerUnit(gesture.view);
      this.host.setView(panView(gesture.view, -dx / scale, -dy / scale, width, height));
    } else if (gesture?.kind === 'pinch') {
      const [a, b] = [...this.pointers.values()];
      if (a === undefined || b === undefined) return;
      this.swallowClick = true;
      const scale = this.pixelsPerUnit(gesture.view);
      const rect = this.host.svg()?.getBoundingClientRect();
      const left = rect?.left ?? 0;
      const top = rect?.top ?? 0;
      const anchor = { x: gesture.view.x + (gesture.midX - left) / scale, y: gesture.view.y + (gesture.midY - top) / scale };
      const factor = Math.hypot(a.x - b.x, a.y - b.y) / gesture.distance;
      const zoomed = zoomView(gesture.view, factor, anchor, width, height);
      const moved = this.pixelsPerUnit(zoomed);
      this.host.setView(panView(zoomed, -((a.x + b.x) / 2 - gesture.midX) / moved, -((a.y + b.y) / 2 - gesture.midY) / moved, width, height), false);
    }
  };

  readonly end = (event: PointerEvent): void => {
    if (!this.pointers.delete(event.pointerId)) return;
    if (this.gesture?.kind === 'pinch') this.host.setView(this.host.view());
    // Lifting one finger of a pinch carries on as a pan from where things are.
    this.startGesture();
    if (this.gesture?.kind === 'pan') this.gesture.moved = true;
    if (this.pointers.size === 0) this.gesture = null;
  };
}

/**
 * Whether an event on the frame is on the map itself rather than on the
 * zoom buttons, the tooltip or the note drawn over it (the frame listens
 * for the gestures of every layer).
 */
export function onMap(event: Event): boolean {
  const target = event.composedPath()[0];
  return !(target instanceof Element && target.closest('.zoom, .tooltip, .note') !== null);
}
