import { itemOf, type ItemKey } from './map-item-key';
import { mapKeyAction, type KeyboardOrder } from './map-keyboard';
import type { MapGestures } from './map-gestures';
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
    const item = itemOf(event);
    if (item !== null) this.#host.select(item.kind, item.id);
  };

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
    const tooltip = this.#host.tooltip;
    tooltip.hover = item === null ? null : `${item.kind}:${item.id}`;
    tooltip.refresh();
  };

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
    this.#host.tooltip.hover = null;
    this.#host.tooltip.refresh();
  };
}
