import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How a {@link WidthController} turns a measured width into the width it keeps. */
export interface WidthControllerOptions {
  /** Rounds the content-box width to whole pixels (default `Math.round`). */
  readonly round?: (px: number) => number;
  /**
   * Keep the last width when the host measures 0 (hidden, `display: none`)
   * instead of taking 0: for a view whose layout is costly to redo and
   * should come back as it was (default false).
   */
  readonly keepWhileHidden?: boolean;
}

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

  constructor(host: ReactiveControllerHost & Element, options: WidthControllerOptions = {}) {
    const round = options.round ?? Math.round;
    const keepWhileHidden = options.keepWhileHidden ?? false;
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
