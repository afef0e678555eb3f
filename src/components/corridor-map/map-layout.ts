import type { NodeKind, Scenario } from '../../model/types';
import { corridorColor, corridorFallbackColor } from '../corridor-colors';
import { corridorLabel, nodeLabel } from '../item-names';
import type { CountryOutline } from './region-outline';

/**
 * Everything of the map that depends only on the scenario and the map's
 * width: projected positions, link curves, label places, the country
 * outline. Computed once per scenario (and per resize), never per solve or
 * per frame; a result only changes widths and shades.
 */
export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly NodePlace[];
  readonly links: readonly LinkPlace[];
  readonly labels: readonly LabelPlace[];
  /** One SVG path per country, already projected. */
  readonly countries: readonly string[];
  /** Nodes with no lat/lon (not drawn, nor their links). */
  readonly unplaced: number;
  /** Boxes taken by node symbols and labels, for placing flow labels later. */
  readonly occupied: readonly Box[];
}

export interface NodePlace {
  readonly id: string;
  readonly label: string;
  readonly kind: NodeKind;
  readonly x: number;
  readonly y: number;
  readonly enabled: boolean;
}

export interface LinkPlace {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** SVG path from the `from` node to the `to` node. */
  readonly d: string;
  /** Point and direction (radians) a little past the middle, for the arrow. */
  readonly arrow: { readonly x: number; readonly y: number; readonly angle: number };
  /** Point a little before the middle, for the binding marker. */
  readonly marker: { readonly x: number; readonly y: number };
  /** The curve's middle and the unit normal there (towards the side it bends to). */
  readonly mid: { readonly x: number; readonly y: number; readonly nx: number; readonly ny: number };
  /** Whether the link is drawn as open: itself and both ends enabled. */
  readonly enabled: boolean;
  /** The corridor whose gate this link is, with the paint to draw it in. */
  readonly gate: { readonly id: string; readonly label: string; readonly paint: string; readonly fallback: string } | null;
}

export interface LabelPlace {
  readonly id: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface LayoutOptions {
  readonly minHeight?: number;
  readonly maxHeight?: number;
  /** Label font size, px; the label widths are estimated from it. */
  readonly fontSize?: number;
}

const PADDING = 28;

/**
 * Equirectangular projection scaled by cos(φ0) at the network's middle
 * latitude, so shapes are right at that latitude; for a region a few
 * thousand km across that is as faithful as a conic and needs no library.
 */
export function layoutMap(
  scenario: Scenario,
  width: number,
  countries: (west: number, east: number, south: number, north: number) => readonly CountryOutline[],
  options: LayoutOptions = {},
): MapLayout {
  const minHeight = options.minHeight ?? 280;
  const maxHeight = options.maxHeight ?? 640;
  const fontSize = options.fontSize ?? 11;

  const located = scenario.nodes.filter(
    (n) => typeof n.lat === 'number' && typeof n.lon === 'number' && Number.isFinite(n.lat) && Number.isFinite(n.lon),
  );
  const unplaced = scenario.nodes.length - located.length;
  if (located.length === 0) {
    return { width, height: minHeight, nodes: [], links: [], labels: [], countries: [], unplaced, occupied: [] };
  }

  // Bounding box of the network, with room for labels and at least a degree.
  let west = Math.min(...located.map((n) => n.lon!));
  let east = Math.max(...located.map((n) => n.lon!));
  let south = Math.min(...located.map((n) => n.lat!));
  let north = Math.max(...located.map((n) => n.lat!));
  const marginLon = Math.max(0.6, (east - west) * 0.04);
  const marginLat = Math.max(0.6, (north - south) * 0.06);
  west -= marginLon;
  east += marginLon;
  south -= marginLat;
  north += marginLat;

  const lat0 = ((south + north) / 2) * (Math.PI / 180);
  const k = Math.max(Math.cos(lat0), 0.1);
  const spanX = (east - west) * k;
  const spanY = north - south;
  const innerWidth = Math.max(width - 2 * PADDING, 10);
  let scale = innerWidth / spanX;
  let height = spanY * scale + 2 * PADDING;
  if (height > maxHeight) {
    // Too tall for the width: fit the height instead and centre horizontally.
    height = maxHeight;
    scale = (maxHeight - 2 * PADDING) / spanY;
  } else if (height < minHeight) {
    height = minHeight;
  }
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  const project = (lon: number, lat: number): [number, number] => [
    offsetX + (lon - west) * k * scale,
    offsetY + (north - lat) * scale,
  ];
  // The visible window in degrees (wider than the network when the height was clamped).
  const viewWest = west - offsetX / (k * scale);
  const viewEast = west + (width - offsetX) / (k * scale);
  const viewNorth = north + offsetY / scale;
  const viewSouth = north - (height - offsetY) / scale;

  const nodes: NodePlace[] = located.map((n) => {
    const [x, y] = project(n.lon!, n.lat!);
    return {
      id: n.id,
      label: nodeLabel(n, n.id),
      kind: n.kind ?? 'hub',
      x,
      y,
      enabled: n.enabled !== false,
    };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));

  const gateOf = new Map<string, LinkPlace['gate']>();
  (scenario.corridors ?? []).forEach((c, index) => {
    const gate = {
      id: c.id,
      label: corridorLabel(c, c.id),
      paint: corridorColor(c, index),
      fallback: corridorFallbackColor(c, index),
    };
    for (const g of c.gates) if (!gateOf.has(g)) gateOf.set(g, gate);
  });
  const closedCorridorGates = new Set(
    (scenario.corridors ?? []).filter((c) => c.enabled === false).flatMap((c) => c.gates),
  );

  // Links between the same two nodes are fanned out so each stays visible:
  // when both directions exist each bends to its own right-hand side.
  const pairs = new Map<string, string[]>();
  for (const l of scenario.links) {
    if (!byId.has(l.from) || !byId.has(l.to)) continue;
    const key = l.from < l.to ? `${l.from}\u0000${l.to}` : `${l.to}\u0000${l.from}`;
    const list = pairs.get(key);
    if (list === undefined) pairs.set(key, [l.id]);
    else list.push(l.id);
  }
  const linkById = new Map(scenario.links.map((l) => [l.id, l]));
  const offsets = new Map<string, number>();
  for (const ids of pairs.values()) {
    const members = ids.map((id) => linkById.get(id)!);
    const forward = members.filter((l) => l.from < l.to);
    const backward = members.filter((l) => l.from >= l.to);
    const both = forward.length > 0 && backward.length > 0;
    for (const side of [forward, backward]) {
      side.forEach((l, i) => offsets.set(l.id, both ? i + 1 : i - (side.length - 1) / 2));
    }
  }

  const links: LinkPlace[] = [];
  for (const l of scenario.links) {
    const a = byId.get(l.from);
    const b = byId.get(l.to);
    if (a === undefined || b === undefined) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length = Math.hypot(dx, dy) || 1;
    // Right-hand normal of the direction of travel (screen y points down).
    const nx = -dy / length;
    const ny = dx / length;
    const bend = (offsets.get(l.id) ?? 0) * Math.min(Math.max(length * 0.12, 5), 16);
    const cx = (a.x + b.x) / 2 + nx * bend * 2;
    const cy = (a.y + b.y) / 2 + ny * bend * 2;
    const d =
      bend === 0
        ? `M${r(a.x)} ${r(a.y)}L${r(b.x)} ${r(b.y)}`
        : `M${r(a.x)} ${r(a.y)}Q${r(cx)} ${r(cy)} ${r(b.x)} ${r(b.y)}`;
    const at = (t: number): { x: number; y: number } => ({
      x: (1 - t) * (1 - t) * a.x + 2 * (1 - t) * t * cx + t * t * b.x,
      y: (1 - t) * (1 - t) * a.y + 2 * (1 - t) * t * cy + t * t * b.y,
    });
    const tArrow = 0.6;
    const arrowPoint = at(tArrow);
    // Tangent of the quadratic at t: 2(1−t)(C−A) + 2t(B−C).
    const tx = 2 * (1 - tArrow) * (cx - a.x) + 2 * tArrow * (b.x - cx);
    const ty = 2 * (1 - tArrow) * (cy - a.y) + 2 * tArrow * (b.y - cy);
    links.push({
      id: l.id,
      from: l.from,
      to: l.to,
      d,
      arrow: { x: arrowPoint.x, y: arrowPoint.y, angle: Math.atan2(ty, tx) },
      marker: at(0.4),
      mid: { ...at(0.5), nx: bend < 0 ? -nx : nx, ny: bend < 0 ? -ny : ny },
      enabled: l.enabled !== false && a.enabled && b.enabled && !closedCorridorGates.has(l.id),
      gate: gateOf.get(l.id) ?? null,
    });
  }

  const occupied: Box[] = [];
  const labels = placeLabels(scenario, nodes, width, height, fontSize, occupied);

  const countryPaths = countries(viewWest, viewEast, viewSouth, viewNorth).map((c) =>
    c.rings
      .map((ring) => {
        let path = '';
        ring.forEach(([lon, lat], i) => {
          const [x, y] = project(lon, lat);
          path += `${i === 0 ? 'M' : 'L'}${r(x)} ${r(y)}`;
        });
        return `${path}Z`;
      })
      .join(''),
  );

  return { width, height, nodes, links, labels, countries: countryPaths, unplaced, occupied };
}

function r(value: number): string {
  return (Math.round(value * 10) / 10).toString();
}

export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const NODE_RADIUS = 6;

/**
 * Greedy label placement: busiest nodes first (most links), each label
 * tries eight places around its node and takes the first that overlaps no
 * node and no label already placed; a label with no free place is left out
 * (the node still has its name in its tooltip and accessible name).
 */
function placeLabels(
  scenario: Scenario,
  nodes: readonly NodePlace[],
  width: number,
  height: number,
  fontSize: number,
  occupied: Box[],
): LabelPlace[] {
  const degree = new Map<string, number>();
  for (const l of scenario.links) {
    degree.set(l.from, (degree.get(l.from) ?? 0) + 1);
    degree.set(l.to, (degree.get(l.to) ?? 0) + 1);
  }
  const kindRank: Record<NodeKind, number> = { city: 0, port: 1, border: 2, hub: 3, rail: 4 };
  const order = [...nodes].sort(
    (p, q) => (degree.get(q.id) ?? 0) - (degree.get(p.id) ?? 0) || kindRank[p.kind] - kindRank[q.kind],
  );

  const cell = 48;
  const grid = new Map<string, Box[]>();
  const cellsOf = (b: Box): string[] => {
    const keys: string[] = [];
    for (let gx = Math.floor(b.x0 / cell); gx <= Math.floor(b.x1 / cell); gx++) {
      for (let gy = Math.floor(b.y0 / cell); gy <= Math.floor(b.y1 / cell); gy++) keys.push(`${gx},${gy}`);
    }
    return keys;
  };
  const add = (b: Box): void => {
    occupied.push(b);
    for (const key of cellsOf(b)) {
      const list = grid.get(key);
      if (list === undefined) grid.set(key, [b]);
      else list.push(b);
    }
  };
  const free = (b: Box): boolean => {
    if (b.x0 < 2 || b.y0 < 2 || b.x1 > width - 2 || b.y1 > height - 2) return false;
    for (const key of cellsOf(b)) {
      for (const o of grid.get(key) ?? []) {
        if (b.x0 < o.x1 && b.x1 > o.x0 && b.y0 < o.y1 && b.y1 > o.y0) return false;
      }
    }
    return true;
  };
  for (const n of nodes) add({ x0: n.x - NODE_RADIUS, y0: n.y - NODE_RADIUS, x1: n.x + NODE_RADIUS, y1: n.y + NODE_RADIUS });

  const charWidth = fontSize * 0.58;
  const gap = NODE_RADIUS + 3;
  const labels: LabelPlace[] = [];
  for (const n of order) {
    const text = n.label.length > 28 ? `${n.label.slice(0, 27)}…` : n.label;
    const w = text.length * charWidth;
    const h = fontSize;
    // Baseline positions; boxes span [y − h·0.8, y + h·0.2].
    const candidates: { x: number; y: number; anchor: LabelPlace['anchor'] }[] = [
      { x: n.x + gap, y: n.y + h * 0.35, anchor: 'start' },
      { x: n.x - gap, y: n.y + h * 0.35, anchor: 'end' },
      { x: n.x, y: n.y - gap - 1, anchor: 'middle' },
      { x: n.x, y: n.y + gap + h * 0.8, anchor: 'middle' },
      { x: n.x + gap - 2, y: n.y - gap + 2, anchor: 'start' },
      { x: n.x + gap - 2, y: n.y + gap + h * 0.6, anchor: 'start' },
      { x: n.x - gap + 2, y: n.y - gap + 2, anchor: 'end' },
      { x: n.x - gap + 2, y: n.y + gap + h * 0.6, anchor: 'end' },
    ];
    for (const c of candidates) {
      const x0 = c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x - w : c.x - w / 2;
      const box = { x0: x0 - 1, y0: c.y - h * 0.85, x1: x0 + w + 1, y1: c.y + h * 0.25 };
      if (free(box)) {
        add(box);
        labels.push({ id: n.id, text, x: c.x, y: c.y, anchor: c.anchor });
        break;
      }
    }
  }
  return labels;
}

/** A number written beside a link (its flow), placed where it hides no name. */
export interface FlowLabel {
  readonly id: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/**
 * Flow labels for the links given (most important first), each beside its
 * link's middle on the side the link bends to, else the other side; a label
 * that would cover a node, a name or another flow label is left out.
 */
export function placeFlowLabels(
  layout: MapLayout,
  wanted: readonly { readonly id: string; readonly text: string; readonly halfWidth: number }[],
  fontSize = 10.5,
): FlowLabel[] {
  const byId = new Map(layout.links.map((l) => [l.id, l]));
  const taken: Box[] = [];
  const overlaps = (b: Box): boolean =>
    b.x0 < 2 ||
    b.y0 < 2 ||
    b.x1 > layout.width - 2 ||
    b.y1 > layout.height - 2 ||
    layout.occupied.some((o) => b.x0 < o.x1 && b.x1 > o.x0 && b.y0 < o.y1 && b.y1 > o.y0) ||
    taken.some((o) => b.x0 < o.x1 && b.x1 > o.x0 && b.y0 < o.y1 && b.y1 > o.y0);
  const placed: FlowLabel[] = [];
  for (const w of wanted) {
    const link = byId.get(w.id);
    if (link === undefined) continue;
    const width = w.text.length * fontSize * 0.56;
    const h = fontSize;
    for (const side of [1, -1]) {
      const distance = w.halfWidth + 3 + h * 0.6;
      const cx = link.mid.x + side * link.mid.nx * (distance + Math.abs(link.mid.nx) * width * 0.5);
      const cy = link.mid.y + side * link.mid.ny * distance;
      const box = { x0: cx - width / 2, y0: cy - h / 2, x1: cx + width / 2, y1: cy + h / 2 };
      if (!overlaps(box)) {
        taken.push(box);
        placed.push({ id: w.id, text: w.text, x: cx, y: cy + h * 0.35 });
        break;
      }
    }
  }
  return placed;
}
