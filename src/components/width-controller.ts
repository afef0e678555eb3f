import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The host element's content width, px, kept up to date by a
 * `ResizeObserver` while the host is connected; the host re-renders when it
 * changes. `width` is 0 until the first measurement (and where the browser
 * has no `ResizeObserver`), so hosts fall back to a default width.
 *
 * ```ts
 * private readonly size = new WidthController(this);
 * // in render: const width = this.size.width > 0 ? this.size.width : 720;
 * ```
 */
export class WidthController implements ReactiveController {
  /** The host's content width, px (0: not measured yet). */
  width = 0;
  private readonly host: ReactiveControllerHost & Element;
  private readonly observer: ResizeObserver | undefined;

  /**
   * @param round - Rounds the measured width to whole pixels.
   * @param keepWhileHidden - Keep the last width when the host measures 0
   *   (hidden, `display: none`) instead of taking 0: for a view whose layout
   *   is costly to redo and should come back as it was.
   */
  constructor(host: ReactiveControllerHost & Element, round: (px: number) => number = Math.round, keepWhileHidden = false) {
    this.host = host;
    this.observer =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver((entries) => {
            const width = round(entries[0]?.contentRect.width ?? 0);
            if ((width > 0 || !keepWhileHidden) && width !== this.width) {
              this.width = width;
              host.requestUpdate();
            }
          });
    host.addController(this);
  }

  hostConnected(): void {
    this.observer?.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
