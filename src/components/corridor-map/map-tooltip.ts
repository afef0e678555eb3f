import { html, render } from 'lit';
import type { Described } from './map-descriptions';
import type { ItemKey } from './map-item-key';
import type { MapView } from './map-view';

/** What the tooltip reads from its map. */
export interface TooltipHost {
  /** The tooltip's element, or null before the first render. */
  element(): HTMLDivElement | null;
  describe(key: ItemKey): Described | undefined;
  /** An item's point, map pixels. */
  position(key: ItemKey): { readonly x: number; readonly y: number } | undefined;
  /** The view and zoom, and the frame's size (px); null without a layout. */
  frame(): { readonly view: MapView; readonly zoom: number; readonly width: number; readonly height: number } | null;
}

/**
 * The tooltip of the item under the pointer, else of the focused item, else
 * none: the item's name and figures beside it, kept inside the frame, and
 * following it when the view moves.
 */
export class MapTooltip {
  /** The item under the pointer. */
  hover: ItemKey | null = null;
  /** The item with keyboard focus. */
  focus: ItemKey | null = null;
  readonly #host: TooltipHost;

  constructor(host: TooltipHost) {
    this.#host = host;
  }

  refresh(): void {
    const key = this.hover ?? this.focus;
    if (key === null) this.hide();
    else this.#show(key);
  }

  hide(): void {
    const tooltip = this.#host.element();
    if (tooltip !== null) tooltip.hidden = true;
  }

  #show(key: ItemKey): void {
    const tooltip = this.#host.element();
    if (tooltip === null) return;
    const frame = this.#host.frame();
    const described = this.#host.describe(key);
    const at = this.#host.position(key);
    if (frame === null || described === undefined || at === undefined) {
      tooltip.hidden = true;
      return;
    }
    // Map pixels to the frame's pixels through the view.
    const x = (at.x - frame.view.x) * frame.zoom;
    const y = (at.y - frame.view.y) * frame.zoom;
    // Lit's render escapes names, so a hostile name shows as text.
    render(html`<strong>${described.title}</strong>${described.lines.map((line) => html`<span>${line}</span>`)}`, tooltip);
    tooltip.hidden = false;
    const box = { w: tooltip.offsetWidth, h: tooltip.offsetHeight };
    const left = x + 14 + box.w > frame.width ? Math.max(4, x - 14 - box.w) : x + 14;
    const top = y + 14 + box.h > frame.height ? Math.max(4, y - 14 - box.h) : y + 14;
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${top}px`;
  }
}

