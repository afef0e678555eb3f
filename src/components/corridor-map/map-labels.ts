import type { MapLayout } from './map-layout';
import { drain } from './map-steps';

/**
 * Where the names and flow figures go at one zoom level, so none covers
 * another or a node symbol. Labels keep their size on screen while the map
 * zooms (they are drawn at their anchor with the inverse of the zoom), so
 * the same network has room for more of them the further it is zoomed in:
 * the pass runs in screen pixels at the level's zoom.
 *
 * Greedy, most important first: a name tries eight places around its node,
 * a flow figure the two sides of its link's middle; a label with no free
 * place is left out at that level (its item keeps its name in the tooltip
 * and the accessible name) and comes back at a closer level.
 */

/** A node's name: drawn at the node (`x`, `y`, map pixels) moved by (`dx`, `dy`) screen pixels. */
export interface NameLabel {
  readonly id: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly dx: number;
  readonly dy: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

/** A link's flow figure: drawn at the link's middle (`x`, `y`, map pixels) moved by (`dx`, `dy`) screen pixels, centred. */
export interface FlowLabel {
  readonly id: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly dx: number;
  readonly dy: number;
}

export interface WantedFlowLabel {
  readonly id: string;
  readonly text: string;
  /** Half the line's width on screen, px: the figure sits clear of it. */
  readonly halfWidth: number;
}

export interface MapLabels {
  readonly names: readonly NameLabel[];
  readonly flows: readonly FlowLabel[];
}

export interface LabelOptions {
  /** Node ids, most important first (the caller ranks by throughput); others are not named. */
  readonly nameOrder: readonly string[];
  /** Flow figures, most important first. */
  readonly flows: readonly WantedFlowLabel[];
  /** Zoom of the level (1: the whole map). */
  readonly zoom: number;
  /** Font sizes, px; widths are estimated from them. */
  readonly nameSize?: number;
  readonly flowSize?: number;
}

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const NODE_RADIUS = 6;
/** Side of a cell of the spatial index, screen px. */
const CELL = 48;

/** A grid cell's key: columns and rows stay far below 2²⁰ (a 32× zoom of a wide map is some 1,000 cells across). */
const cellKey = (gx: number, gy: number): number => gx * 2 ** 21 + gy;

/** Boxes already taken, indexed by grid cell (by number: a string per cell was most of the time at 1M) so a test looks at neighbours only. */
class Occupancy {
  private readonly cells = new Map<number, Box[]>();

  constructor(
    private readonly width: number,
    private readonly height: number,
  ) {}

  add(b: Box): void {
    for (let gx = Math.floor(b.x0 / CELL); gx <= Math.floor(b.x1 / CELL); gx++) {
      for (let gy = Math.floor(b.y0 / CELL); gy <= Math.floor(b.y1 / CELL); gy++) {
        const key = cellKey(gx, gy);
        const list = this.cells.get(key);
        if (list === undefined) this.cells.set(key, [b]);
        else list.push(b);
      }
    }
  }

  free(b: Box): boolean {
    if (b.x0 < 2 || b.y0 < 2 || b.x1 > this.width - 2 || b.y1 > this.height - 2) return false;
    for (let gx = Math.floor(b.x0 / CELL); gx <= Math.floor(b.x1 / CELL); gx++) {
      for (let gy = Math.floor(b.y0 / CELL); gy <= Math.floor(b.y1 / CELL); gy++) {
        const list = this.cells.get(cellKey(gx, gy));
        if (list === undefined) continue;
        for (const o of list) if (b.x0 < o.x1 && b.x1 > o.x0 && b.y0 < o.y1 && b.y1 > o.y0) return false;
      }
    }
    return true;
  }
}

/** Names and flow figures that fit at `options.zoom`, without overlaps. */
export function placeMapLabels(layout: MapLayout, options: LabelOptions): MapLabels {
  return drain(placeMapLabelsInSteps(layout, options));
}

/** Labels tried per step of `placeMapLabelsInSteps`: a few ms a step (a 1M network's names at once: 20–40 ms). */
const LABELS_PER_STEP = 500;

/** `placeMapLabels` in steps (it yields every LABELS_PER_STEP labels tried), the same labels in the same places. */
export function* placeMapLabelsInSteps(layout: MapLayout, options: LabelOptions): Generator<void, MapLabels> {
  const z = Math.max(options.zoom, 1e-6);
  const nameSize = options.nameSize ?? 11;
  const flowSize = options.flowSize ?? 10.5;
  const taken = new Occupancy(layout.width * z, layout.height * z);
  const nodeById = new Map(layout.nodes.map((n) => [n.id, n]));
  for (const n of layout.nodes) {
    const x = n.x * z;
    const y = n.y * z;
    taken.add({ x0: x - NODE_RADIUS, y0: y - NODE_RADIUS, x1: x + NODE_RADIUS, y1: y + NODE_RADIUS });
  }

  const names: NameLabel[] = [];
  const charWidth = nameSize * 0.58;
  const gap = NODE_RADIUS + 3;
  const h = nameSize;
  // Baseline offsets from the node; boxes span [y − 0.85h, y + 0.25h].
  const candidates: readonly { dx: number; dy: number; anchor: NameLabel['anchor'] }[] = [
    { dx: gap, dy: h * 0.35, anchor: 'start' },
    { dx: -gap, dy: h * 0.35, anchor: 'end' },
    { dx: 0, dy: -gap - 1, anchor: 'middle' },
    { dx: 0, dy: gap + h * 0.8, anchor: 'middle' },
    { dx: gap - 2, dy: -gap + 2, anchor: 'start' },
    { dx: gap - 2, dy: gap + h * 0.6, anchor: 'start' },
    { dx: -gap + 2, dy: -gap + 2, anchor: 'end' },
    { dx: -gap + 2, dy: gap + h * 0.6, anchor: 'end' },
  ];
  yield;
  for (const [i, id] of options.nameOrder.entries()) {
    if (i > 0 && i % LABELS_PER_STEP === 0) yield;
    const n = nodeById.get(id);
    if (n === undefined || n.label === '') continue;
    const w = n.label.length * charWidth;
    for (const c of candidates) {
      const ax = n.x * z + c.dx;
      const ay = n.y * z + c.dy;
      const x0 = c.anchor === 'start' ? ax : c.anchor === 'end' ? ax - w : ax - w / 2;
      const box = { x0: x0 - 1, y0: ay - h * 0.85, x1: x0 + w + 1, y1: ay + h * 0.25 };
      if (taken.free(box)) {
        taken.add(box);
        names.push({ id: n.id, text: n.label, x: n.x, y: n.y, dx: c.dx, dy: c.dy, anchor: c.anchor });
        break;
      }
    }
  }

  const flows: FlowLabel[] = [];
  const linkById = new Map(layout.links.map((l) => [l.id, l]));
  yield;
  for (const [i, wanted] of options.flows.entries()) {
    if (i > 0 && i % LABELS_PER_STEP === 0) yield;
    const link = linkById.get(wanted.id);
    if (link === undefined) continue;
    const width = wanted.text.length * flowSize * 0.56;
    const fh = flowSize;
    const distance = wanted.halfWidth + 3 + fh * 0.6;
    // First the side the link bends to, where a two-way pair leaves room; then the other.
    for (const side of [1, -1]) {
      const ox = side * link.mid.nx * (distance + Math.abs(link.mid.nx) * width * 0.5);
      const oy = side * link.mid.ny * distance;
      const cx = link.mid.x * z + ox;
      const cy = link.mid.y * z + oy;
      const box = { x0: cx - width / 2, y0: cy - fh / 2, x1: cx + width / 2, y1: cy + fh / 2 };
      if (taken.free(box)) {
        taken.add(box);
        flows.push({ id: wanted.id, text: wanted.text, x: link.mid.x, y: link.mid.y, dx: ox, dy: oy + fh * 0.35 });
        break;
      }
    }
  }
  return { names, flows };
}
