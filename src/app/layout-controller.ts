import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The elements whose own rules read `--_top-bar-height` (layout.styles.ts): the summary bar and the results column. */
export const TOP_BAR_READERS = '.summary-bar, .results';

const PROPERTY = '--_top-bar-height';

/**
 * Registers `--_top-bar-height` as a length that is not inherited, once per page. An inherited custom property
 * changed on an element restyles everything under it: set on the host, each change (the bar growing by the
 * status line's Cancel button) restyled the whole app, a 15,800-element task of 0.25 s of work with a large
 * network's map. Not inherited, it restyles only the two elements that read it. Where registering is not
 * possible (registered already by the page, or no `CSS.registerProperty`) it is inherited from those two,
 * which is as correct, only slower.
 */
function registerOnce(): void {
  if (registered) return;
  registered = true;
  try {
    CSS.registerProperty({ name: PROPERTY, syntax: '<length>', inherits: false, initialValue: '0px' });
  } catch {
    // Already registered (another copy of the app on the page) or not supported: see above.
  }
}
let registered = false;

/**
 * Keeps `--_top-bar-height` at the top bar's height (it wraps to two or
 * three lines on narrow screens) on the elements that read it
 * (TOP_BAR_READERS), so that what sticks below it (the results column on a
 * wide screen, the summary bar on a narrow one) sits just under it rather
 * than behind it. Written only when it changed, and only on those elements,
 * never on the host (see `registerOnce`).
 */
export class LayoutController implements ReactiveController {
  #observer: ResizeObserver | null = null;
  #observed: Element | null = null;
  /** The height last measured, px (null before the first measure). */
  #height: number | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly topBar: () => Element | null,
  ) {
    host.addController(this);
    registerOnce();
  }

  hostUpdated(): void {
    // The readers may be new elements after an update (the workspace drawn in place of the empty page).
    this.#apply();
    const bar = this.topBar();
    if (bar === this.#observed) return;
    this.#observer?.disconnect();
    this.#observed = bar;
    if (bar === null || typeof ResizeObserver === 'undefined') return;
    this.#observer = new ResizeObserver(() => this.#measure());
    this.#observer.observe(bar);
    this.#measure();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#observed = null;
  }

  #measure(): void {
    const bar = this.#observed;
    // Under 600 px the bar scrolls away (it is not sticky there): nothing sits under it.
    const sticky = bar !== null && getComputedStyle(bar).position === 'sticky';
    const height = sticky ? Math.ceil(bar.getBoundingClientRect().height) : 0;
    if (height === this.#height) return;
    this.#height = height;
    this.#apply();
  }

  #apply(): void {
    if (this.#height === null) return;
    const value = `${this.#height}px`;
    for (const reader of this.host.shadowRoot?.querySelectorAll<HTMLElement>(TOP_BAR_READERS) ?? []) {
      if (reader.style.getPropertyValue(PROPERTY) !== value) reader.style.setProperty(PROPERTY, value);
    }
  }
}
