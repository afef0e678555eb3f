import { itemElement, type ItemKey } from './map-item-key';

/** What the roving focus needs of its map. */
export interface RovingHost {
  /** Where the items are drawn. */
  root(): ParentNode;
  /** Some items are not drawn yet (a large network coming in chunks). */
  pending(): boolean;
  /** Draws every item now and resolves when they are. */
  drawAll(): Promise<unknown>;
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
      // Not drawn yet (a large network still coming in chunks): draw the rest, then move.
      if (this.#host.pending()) void this.#host.drawAll().then(() => this.focus(key));
      return;
    }
    this.moveTo(key);
    element.focus({ preventScroll: true });
  }
}
