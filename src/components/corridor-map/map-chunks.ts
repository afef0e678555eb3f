import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { LinkPlace, MapLayout, NodePlace } from './map-layout';
import type { FramePacer } from './map-frame-pacer';
import { loadedFramePacer } from './map-pacer-load';

/**
 * Above this many items (nodes and links) a new network or result is drawn
 * in chunks, one per animation frame, so no frame's task grows with the
 * network (500 nodes and 2,000 links take ~200 ms to draw at once here).
 */
export const PROGRESSIVE_ITEMS = 400;
/**
 * Items per chunk, and so per layer (each chunk is an SVG of its own, so
 * drawing it repaints only it). Small, because a chunk first drawn while the
 * solver and other work share the CPU took ~0.4 ms an item (templates,
 * descriptions, style, layout, paint): at 60, frames of the bench's
 * 2,400-item network reached 50–70 ms on a busy machine.
 */
const CHUNK_ITEMS = 30;

/** `items` in runs of `size` (one run when it is at least their number). */
function chunked<T>(items: readonly T[], size: number): readonly (readonly T[])[] {
  if (items.length <= size) return [items];
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/**
 * The map's nodes and links in chunks, each drawn in an SVG layer of its own,
 * and how many of them are drawn for the present layout and result: a large
 * network is drawn anew chunk by chunk, one step after each frame
 * (map-frame-pacer.ts, loaded with it: map-pacer-load.ts); a small one at once.
 */
export class ChunkedDrawing implements ReactiveController {
  /** Nodes then links, in chunks of CHUNK_ITEMS (one chunk each when the network is small); new arrays only with a new layout. */
  nodeChunks: readonly (readonly NodePlace[])[] = [];
  linkChunks: readonly (readonly LinkPlace[])[] = [];
  /** How many chunks (node chunks first, then link chunks) are drawn; the rest show what they last drew. */
  #drawn = Number.POSITIVE_INFINITY;
  /** What each chunk was last drawn with (its `guard` dependencies), by `node:<i>` / `link:<i>`. */
  readonly #deps = new Map<string, readonly unknown[]>();
  /** Made with the first network drawn over frames. */
  #pacer: FramePacer | null = null;
  #waiters: (() => void)[] = [];
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  get count(): number {
    return this.nodeChunks.length + this.linkChunks.length;
  }

  /** Some chunks still show the previous answer (or nothing). */
  get pending(): boolean {
    return this.#drawn < this.count;
  }

  /** Cuts a new layout (or the part of one drawn item by item) into chunks. */
  split(layout: Pick<MapLayout, 'nodes' | 'links'> | null): void {
    const size = layout === null || layout.nodes.length + layout.links.length <= PROGRESSIVE_ITEMS ? Number.POSITIVE_INFINITY : CHUNK_ITEMS;
    this.nodeChunks = chunked(layout?.nodes ?? [], size);
    this.linkChunks = chunked(layout?.links ?? [], size);
  }

  /** Another network: nothing of the last one stays while this one is drawn. */
  forget(): void {
    this.#deps.clear();
  }

  /**
   * Something every item shows changed: a large network is drawn anew chunk by chunk from the next frame on
   * (this task already laid it out); a small one at once.
   */
  restart(): void {
    this.#pacer?.reset();
    this.#drawn = this.count > 2 && loadedFramePacer() !== null ? 0 : Number.POSITIVE_INFINITY;
  }

  /** Draws the chunks not drawn yet in the next update (keyboard focus needs the item's element now). */
  drawAll(): void {
    this.#pacer?.cancel();
    this.#drawn = Number.POSITIVE_INFINITY;
    this.#host.requestUpdate();
  }

  /**
   * One chunk's content: `draw()` kept by `guard` on `deps` once the chunk's turn has come; before that, what
   * it last drew (with the dependencies it was drawn with), or nothing for a new network.
   */
  render(key: string, ordinal: number, deps: readonly unknown[], draw: () => unknown): unknown {
    let used = deps;
    if (ordinal < this.#drawn) this.#deps.set(key, deps);
    else {
      const last = this.#deps.get(key);
      if (last === undefined) return nothing;
      used = last;
    }
    return guard([...used], draw);
  }

  /** Resolves once every chunk is drawn (for `updateComplete`). */
  drawn(): Promise<void> {
    return new Promise<void>((resolve) => this.#waiters.push(resolve));
  }

  hostUpdated(): void {
    // Pending only once the pacer has arrived (restart).
    if (this.pending) {
      (this.#pacer ??= new (loadedFramePacer()!)()).schedule((chunks) => {
        this.#drawn += chunks;
        this.#host.requestUpdate();
      });
    }
    for (const resolve of this.#waiters.splice(0)) resolve();
  }

  hostDisconnected(): void {
    // Detached, frames stop: finish drawing at once so nothing waits on a map that is not shown.
    this.#pacer?.cancel();
    if (this.pending) this.drawAll();
  }
}
