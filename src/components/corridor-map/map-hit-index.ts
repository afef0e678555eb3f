import type { ItemKey } from './map-item-key';
import type { LinkPlace, MapLayout, NodePlace } from './map-layout';
import type { MapView } from './map-view';

/** Side of a cell of the index, map pixels. */
const CELL = 24;
/** Items indexed per step of the filling: a few ms a step (all 12,250 of the 1M network at once: 20–40 ms). */
const ITEMS_PER_STEP = 2000;
/** Straight pieces a link's curve is cut into for the distance to it. */
const PIECES = 8;

interface Segment {
  readonly ax: number;
  readonly ay: number;
  readonly bx: number;
  readonly by: number;
}

/** A link's curve as straight pieces: its ends and the quadratic's control point, `c = (4·mid − a − b) / 2`. */
function linkSegments(link: LinkPlace, from: NodePlace, to: NodePlace): readonly Segment[] {
  const cx = (4 * link.mid.x - from.x - to.x) / 2;
  const cy = (4 * link.mid.y - from.y - to.y) / 2;
  const at = (t: number): readonly [number, number] => [
    (1 - t) * (1 - t) * from.x + 2 * (1 - t) * t * cx + t * t * to.x,
    (1 - t) * (1 - t) * from.y + 2 * (1 - t) * t * cy + t * t * to.y,
  ];
  const segments: Segment[] = [];
  let [ax, ay] = at(0);
  for (let i = 1; i <= PIECES; i++) {
    const [bx, by] = at(i / PIECES);
    segments.push({ ax, ay, bx, by });
    [ax, ay] = [bx, by];
  }
  return segments;
}

function distanceToSegment(x: number, y: number, s: Segment): number {
  const dx = s.bx - s.ax;
  const dy = s.by - s.ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.min(1, Math.max(0, ((x - s.ax) * dx + (y - s.ay) * dy) / length2));
  return Math.hypot(x - (s.ax + t * dx), y - (s.ay + t * dy));
}

/**
 * Where the map's items are, in a grid of cells: which item is under a point
 * (hover and click on a network drawn as merged paths, where no element per
 * item is there to be hit) and which items lie in a view (those drawn as
 * elements of their own when few enough are on screen). Built once per layout,
 * in steps (`step`) or at once when first used.
 */
export class MapHitIndex {
  readonly #cells = new Map<number, ItemKey[]>();
  /** A link's curve as pieces, made when a point is first tested against it. */
  readonly #segments = new Map<ItemKey, readonly Segment[]>();
  readonly #links = new Map<ItemKey, { readonly link: LinkPlace; readonly from: NodePlace; readonly to: NodePlace }>();
  readonly #points = new Map<ItemKey, { readonly x: number; readonly y: number }>();
  readonly #columns: number;

  /** The rest of the filling under way (`step`); null once the index is complete. */
  #filling: Generator<void, void> | null;

  /** An index of `layout`, filled by `step()` or, at once, at its first use. */
  constructor(layout: MapLayout) {
    this.#columns = Math.ceil(layout.width / CELL) + 1;
    this.#filling = this.#fill(layout);
  }

  /** Fills some of the index (ITEMS_PER_STEP items); true once it is complete. */
  step(): boolean {
    if (this.#filling !== null && this.#filling.next().done === true) this.#filling = null;
    return this.#filling === null;
  }

  #complete(): void {
    while (!this.step());
  }

  *#fill(layout: MapLayout): Generator<void, void> {
    const nodeById = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const [i, n] of layout.nodes.entries()) {
      if (i > 0 && i % ITEMS_PER_STEP === 0) yield;
      const key: ItemKey = `node:${n.id}`;
      this.#points.set(key, n);
      this.#add(key, n.x, n.y, n.x, n.y);
    }
    for (const [i, l] of layout.links.entries()) {
      if (i % ITEMS_PER_STEP === 0) yield;
      const from = nodeById.get(l.from);
      const to = nodeById.get(l.to);
      if (from === undefined || to === undefined) continue;
      const key: ItemKey = `link:${l.id}`;
      this.#links.set(key, { link: l, from, to });
      this.#points.set(key, l.marker);
      // The curve lies in the box of its ends and control point (a quadratic stays in its hull).
      const cx = (4 * l.mid.x - from.x - to.x) / 2;
      const cy = (4 * l.mid.y - from.y - to.y) / 2;
      this.#add(key, Math.min(from.x, to.x, cx), Math.min(from.y, to.y, cy), Math.max(from.x, to.x, cx), Math.max(from.y, to.y, cy));
    }
  }

  #segmentsOf(key: ItemKey): readonly Segment[] | undefined {
    const known = this.#segments.get(key);
    if (known !== undefined) return known;
    const link = this.#links.get(key);
    if (link === undefined) return undefined;
    const segments = linkSegments(link.link, link.from, link.to);
    this.#segments.set(key, segments);
    return segments;
  }

  #cell(cx: number, cy: number): number {
    return cy * this.#columns + cx;
  }

  #add(key: ItemKey, x0: number, y0: number, x1: number, y1: number): void {
    for (let cy = Math.floor(y0 / CELL); cy <= Math.floor(y1 / CELL); cy++) {
      for (let cx = Math.floor(x0 / CELL); cx <= Math.floor(x1 / CELL); cx++) {
        const cell = this.#cell(cx, cy);
        const list = this.#cells.get(cell);
        if (list === undefined) this.#cells.set(cell, [key]);
        else if (list.at(-1) !== key) list.push(key);
      }
    }
  }

  /** Keys in the cells a box touches (each once). */
  #near(x0: number, y0: number, x1: number, y1: number): Set<ItemKey> {
    const found = new Set<ItemKey>();
    for (let cy = Math.floor(y0 / CELL); cy <= Math.floor(y1 / CELL); cy++) {
      for (let cx = Math.floor(x0 / CELL); cx <= Math.floor(x1 / CELL); cx++) {
        for (const key of this.#cells.get(this.#cell(cx, cy)) ?? []) found.add(key);
      }
    }
    return found;
  }

  /**
   * The item under a map point: a node within `nodeRadius` (nodes lie over
   * links, so they win), else the nearest link within its own reach
   * (`linkReach(key)`: half its line's width and a margin), map pixels.
   */
  at(x: number, y: number, nodeRadius: number, linkReach: (key: ItemKey) => number): ItemKey | null {
    this.#complete();
    const r = Math.max(nodeRadius, 16);
    let best: { key: ItemKey; distance: number; node: boolean } | null = null;
    for (const key of this.#near(x - r, y - r, x + r, y + r)) {
      const segments = this.#segmentsOf(key);
      if (segments === undefined) {
        const p = this.#points.get(key)!;
        const distance = Math.hypot(p.x - x, p.y - y);
        if (distance <= nodeRadius && (best === null || !best.node || distance < best.distance)) best = { key, distance, node: true };
        continue;
      }
      if (best?.node === true) continue;
      let distance = Number.POSITIVE_INFINITY;
      for (const s of segments) distance = Math.min(distance, distanceToSegment(x, y, s));
      if (distance <= linkReach(key) && (best === null || distance < best.distance)) best = { key, distance, node: false };
    }
    return best?.key ?? null;
  }

  /** The items whose point (a node's centre, a link's marker) lies in a view widened by `margin` on each side; null past `limit`. */
  within(view: MapView, margin: number, limit: number): ReadonlySet<ItemKey> | null {
    this.#complete();
    const x0 = view.x - margin;
    const y0 = view.y - margin;
    const x1 = view.x + view.w + margin;
    const y1 = view.y + view.h + margin;
    // Too many cells to look at means too many items to draw one by one.
    if (((x1 - x0) / CELL) * ((y1 - y0) / CELL) > limit * 4) return null;
    const found = new Set<ItemKey>();
    for (const key of this.#near(x0, y0, x1, y1)) {
      const p = this.#points.get(key)!;
      if (p.x < x0 || p.x > x1 || p.y < y0 || p.y > y1) continue;
      found.add(key);
      if (found.size > limit) return null;
    }
    return found;
  }
}
