import { itemElement, type ItemKey } from './map-item-key';

/** What the roving focus needs of its map. */
export interface RovingHost {
  /** Where the items are drawn. */
  root(): ParentNode;
  /**
   * Draws an item not drawn yet (a large network still coming in chunks, or
   * drawn merged) and resolves when it is; null when it cannot be drawn.
   */
  draw(key: ItemKey): Promise<unknown> | null;
}

/**
 * The map's items are one tab stop (a roving tabindex): the stop is on one
 * item, moved straight on the two elements it moves between rather than by a
 * render of every item.
 */
export class RovingFocus {
  /** The one item in the tab order. */
  key: ItemKey | null = null;
  readonly #host: RovingHost;

  constructor(host: RovingHost) {
    this.#host = host;
  }

  tabIndexOf(key: ItemKey): string {
    return key === this.key ? '0' : '-1';
  }

  /** Moves the tab stop to an item. */
  moveTo(key: ItemKey): void {
    if (key === this.key) return;
    const root = this.#host.root();
    if (this.key !== null) itemElement(root, this.key)?.setAttribute('tabindex', '-1');
    itemElement(root, key)?.setAttribute('tabindex', '0');
    this.key = key;
  }

  /** Moves the tab stop to an item and focuses it (the map pans to it on focus). */
  focus(key: ItemKey): void {
    const element = itemElement(this.#host.root(), key);
    if (element === null) {
      // Not drawn yet: draw it, then move (once: an item that still is not there is not waited for again).
      void this.#host.draw(key)?.then(() => {
        if (itemElement(this.#host.root(), key) !== null) this.focus(key);
      });
      return;
    }
    this.moveTo(key);
    element.focus({ preventScroll: true });
  }
}
