import type { ReactiveControllerHost } from 'lit';
import type { Selection } from './render-results';

/**
 * What the user picked: the item selected (in the editor, "What binds", the
 * map, or from a share link) and the demand whose routes the map traces (a
 * pick in the Why table, which leaves the editor where it is). A pick from
 * "What binds" moves focus to the item's field in the editor; one from the
 * Why table brings the map into view.
 */
export class ResultSelection {
  #selected: Selection | null = null;
  /** The demand picked in the Why table; null: the selected demand, if any. */
  #traced: string | null = null;

  /** `root`: the element's shadow root (the map's section, the editor). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly root: () => ParentNode,
  ) {}

  get selected(): Selection | null {
    return this.#selected;
  }

  set selected(selected: Selection | null) {
    this.#selected = selected;
    this.host.requestUpdate();
  }

  /** The demand whose routes the map traces. */
  get traced(): string | null {
    return this.#traced ?? (this.#selected?.kind === 'demand' ? this.#selected.id : null);
  }

  /** A `corridor-select` from a result panel or the editor. */
  readonly onSelect = (event: CustomEvent<Selection>): void => {
    const from = (event.target as Element | null)?.localName;
    this.host.requestUpdate();
    if (from === 'corridor-why') {
      // Picked to be seen on the map, not edited: the editor stays where it is, the map comes into view.
      this.#traced = event.detail.id;
      void this.host.updateComplete.then(() => this.root().querySelector('section.map')?.scrollIntoView({ block: 'nearest' }));
      return;
    }
    this.#traced = null;
    this.#selected = { kind: event.detail.kind, id: event.detail.id };
    // From "What binds": focus follows to the item's field in the editor, where the page scrolls.
    if (from === 'corridor-bottlenecks') void this.root().querySelector('corridor-editor')?.focusItem(event.detail.kind, event.detail.id);
  };
}
