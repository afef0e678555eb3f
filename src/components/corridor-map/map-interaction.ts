import { itemOf, splitItemKey, type ItemKey } from './map-item-key';
import { mapKeyAction, type KeyboardOrder } from './map-keyboard';
import { onMap, type MapGestures } from './map-gestures';
import type { MapLayout } from './map-layout';
import type { RovingFocus } from './map-roving-focus';
import type { MapTooltip } from './map-tooltip';
import { panView } from './map-view';
import type { MapViewport } from './map-viewport';

/** What the pointer and key handlers read from, and act on, in their map. */
export interface InteractionHost {
  readonly gestures: MapGestures;
  readonly viewport: MapViewport;
  readonly roving: RovingFocus;
  readonly tooltip: MapTooltip;
  layout(): MapLayout | null;
  keys(): KeyboardOrder;
  /** The focusable top SVG. */
  svg(): SVGSVGElement | null;
  /** Fires `corridor-select` (the element makes its own events). */
  select(kind: 'node' | 'link', id: string): void;
  /** The item at a map point of a network drawn merged, where no element of its own is there to be hit; null if none. */
  hit(at: { readonly x: number; readonly y: number }): ItemKey | null;
  /** The item under the pointer changed (drawn merged, it then gets an element of its own). */
  hovered(): void;
}

/**
 * The frame's pointer and key handlers: a click or Enter selects, the keys
 * zoom, pan and move the roving focus, hover and focus show the tooltip.
 */
export class MapInteraction {
  readonly #host: InteractionHost;

  constructor(host: InteractionHost) {
    this.#host = host;
  }

  readonly onClick = (event: MouseEvent): void => {
    const gestures = this.#host.gestures;
    if (gestures.swallowClick) {
      gestures.swallowClick = false;
      return;
    }
    // A click on a control (zoom, a note) is no click on the map: no item under it is selected, and the
    // geometry is not asked for (its box read right after the view moved laid out the page, 0.15 s at 1M).
    const item = itemOf(event) ?? (onMap(event) ? this.#hitAt(event) : null);
    if (item !== null) this.#host.select(item.kind, item.id);
  };

  /** The item under the pointer found by geometry (a network drawn merged), or null. */
  #hitAt(event: MouseEvent): { readonly kind: 'node' | 'link'; readonly id: string } | null {
    const key = this.#host.hit(this.#host.gestures.mapPoint(event.clientX, event.clientY));
    return key === null ? null : splitItemKey(key);
  }

  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const layout = this.#host.layout();
    if (layout === null) return;
    const viewport = this.#host.viewport;
    const action = mapKeyAction(event.key, itemOf(event), event.target === this.#host.svg(), this.#host.keys());
    if (action === null) return;
    event.preventDefault();
    switch (action.kind) {
      case 'select':
        this.#host.select(action.item.kind, action.item.id);
        break;
      case 'zoom':
        viewport.zoomBy(action.factor, action.at);
        break;
      case 'reset':
        viewport.reset();
        break;
      case 'focus':
        this.#host.roving.focus(action.key);
        break;
      case 'pan': {
        const view = viewport.view;
        viewport.set(panView(view, action.dx * view.w, action.dy * view.h, layout.width, layout.height));
        break;
      }
    }
  };

  readonly onPointerOver = (event: PointerEvent): void => {
    if (this.#host.gestures.swallowClick) return;
    const item = itemOf(event);
    this.#hover(item === null ? null : `${item.kind}:${item.id}`);
  };

  /** Moves the view in a gesture; else, over a network drawn merged, finds the item under the pointer. */
  readonly onPointerMove = (event: PointerEvent): void => {
    const gestures = this.#host.gestures;
    gestures.move(event);
    if (gestures.active || gestures.swallowClick || itemOf(event) !== null) return;
    const key = this.#host.hit(gestures.mapPoint(event.clientX, event.clientY));
    if (key !== this.#host.tooltip.hover) this.#hover(key);
  };

  #hover(key: ItemKey | null): void {
    const tooltip = this.#host.tooltip;
    const changed = key !== tooltip.hover;
    tooltip.hover = key;
    tooltip.refresh();
    if (changed) this.#host.hovered();
  }

  readonly onFocusIn = (event: FocusEvent): void => {
    const item = itemOf(event);
    if (item === null) return;
    const key: ItemKey = `${item.kind}:${item.id}`;
    this.#host.roving.moveTo(key);
    const at = this.#host.keys().positions.get(key);
    const viewport = this.#host.viewport;
    if (at !== undefined && this.#host.layout() !== null && viewport.zoom > 1) viewport.set(viewport.revealing(at));
    this.#host.tooltip.focus = key;
    this.#host.tooltip.refresh();
  };

  readonly onFocusOut = (): void => {
    this.#host.tooltip.focus = null;
    this.#host.tooltip.refresh();
  };

  readonly onPointerLeave = (): void => {
    this.#hover(null);
  };
}
