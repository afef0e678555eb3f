import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps `--_top-bar-height` on the host at the top bar's height (it wraps
 * to two or three lines on narrow screens), so that what sticks below it
 * (the results column on a wide screen, the summary bar on a narrow one)
 * sits just under it rather than behind it.
 */
export class LayoutController implements ReactiveController {
  #observer: ResizeObserver | null = null;
  #observed: Element | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly topBar: () => Element | null,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
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
    this.host.style.setProperty('--_top-bar-height', `${height}px`);
  }
}
