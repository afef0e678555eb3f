import type { NodeKind, Scenario } from '../../model/types';
import { nodeLabel } from '../item-names';
import { placeLinksInSteps, tenth } from './map-link-places';
import { drain } from './map-steps';
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
  /** One SVG path per country, already projected. */
  readonly countries: readonly string[];
  /** Nodes with no lat/lon (not drawn, nor their links). */
  readonly unplaced: number;
  /** How degrees become map pixels: `x = offsetX + (lon − west)·k·scale`, `y = offsetY + (north − lat)·scale`. */
  readonly projection: Projection;
  /** Links per node (either direction), a label's priority before any flow is known. */
  readonly degree: ReadonlyMap<string, number>;
}

export interface Projection {
  readonly west: number;
  readonly north: number;
  /** cos of the middle latitude. */
  readonly k: number;
  /** Map pixels per degree of latitude. */
  readonly scale: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

/** Where a point (degrees) falls on the map, in map pixels. */
export function projectPoint(projection: Projection, lon: number, lat: number): { readonly x: number; readonly y: number } {
  return {
    x: projection.offsetX + (lon - projection.west) * projection.k * projection.scale,
    y: projection.offsetY + (projection.north - lat) * projection.scale,
  };
}

export interface NodePlace {
  readonly id: string;
  /** The name written on the map: short (see `mapLabelText`); the full name is in the tooltip. */
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

export interface LayoutOptions {
  readonly minHeight?: number;
  readonly maxHeight?: number;
}

/** Longest name written on the map, in characters; longer ones end in "…". */
export const MAX_LABEL_LENGTH = 28;

/**
 * The name written beside a node. Model names often explain themselves in
 * brackets ("Kostanay (northern Kazakhstan grain belt)"); at a region's scale
 * the part before the bracket names the place, and the whole name is in the
 * tooltip and the accessible name.
 */
export function mapLabelText(name: string): string {
  const bracket = name.indexOf(' (');
  const short = bracket >= 3 ? name.slice(0, bracket) : name;
  return short.length > MAX_LABEL_LENGTH ? `${short.slice(0, MAX_LABEL_LENGTH - 1)}…` : short;
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
  return drain(layoutMapInSteps(scenario, width, countries, options));
}

/** `layoutMap` in steps (it yields between them), so that a large network's layout can be worked out over several tasks. */
export function* layoutMapInSteps(
  scenario: Scenario,
  width: number,
  countries: (west: number, east: number, south: number, north: number) => readonly CountryOutline[],
  options: LayoutOptions = {},
): Generator<void, MapLayout> {
  const minHeight = options.minHeight ?? 280;
  const maxHeight = options.maxHeight ?? 640;

  const located = scenario.nodes.filter(
    (n) => typeof n.lat === 'number' && typeof n.lon === 'number' && Number.isFinite(n.lat) && Number.isFinite(n.lon),
  );
  const unplaced = scenario.nodes.length - located.length;
  if (located.length === 0) {
    const projection = { west: 0, north: 0, k: 1, scale: 1, offsetX: 0, offsetY: 0 };
    return { width, height: minHeight, nodes: [], links: [], countries: [], unplaced, projection, degree: new Map() };
  }

  const { projection, height, window } = fitProjection(located as readonly LocatedNode[], width, minHeight, maxHeight);
  const nodes: NodePlace[] = located.map((n) => {
    const { x, y } = projectPoint(projection, n.lon!, n.lat!);
    return {
      id: n.id,
      label: mapLabelText(nodeLabel(n, n.id)),
      kind: n.kind ?? 'hub',
      x,
      y,
      enabled: n.enabled !== false,
    };
  });
  yield;
  const links = yield* placeLinksInSteps(scenario, new Map(nodes.map((n) => [n.id, n])));
  yield;

  const degree = new Map<string, number>();
  for (const l of scenario.links) {
    degree.set(l.from, (degree.get(l.from) ?? 0) + 1);
    degree.set(l.to, (degree.get(l.to) ?? 0) + 1);
  }

  const outlines = countries(window.west, window.east, window.south, window.north);
  const countryPaths = projectedCountries(outlines, projection, () =>
    outlines.map((c) =>
      c.rings
        .map((ring) => {
          let path = '';
          ring.forEach(([lon, lat], i) => {
            const { x, y } = projectPoint(projection, lon, lat);
            path += `${i === 0 ? 'M' : 'L'}${tenth(x)} ${tenth(y)}`;
          });
          return `${path}Z`;
        })
        .join(''),
    ),
  );

  return { width, height, nodes, links, countries: countryPaths, unplaced, projection, degree };
}

type LocatedNode = Scenario['nodes'][number] & { readonly lat: number; readonly lon: number };

/**
 * The projection that fits the network's box (with room for labels, at least a degree) to the width, and the
 * map's height (between `minHeight` and `maxHeight`: too tall a network is fitted to the height and centred);
 * `window` is the part of the world on the map, in degrees (wider than the network when the height was clamped).
 */
function fitProjection(
  located: readonly LocatedNode[],
  width: number,
  minHeight: number,
  maxHeight: number,
): { readonly projection: Projection; readonly height: number; readonly window: { readonly west: number; readonly east: number; readonly south: number; readonly north: number } } {
  let west = Math.min(...located.map((n) => n.lon));
  let east = Math.max(...located.map((n) => n.lon));
  let south = Math.min(...located.map((n) => n.lat));
  let north = Math.max(...located.map((n) => n.lat));
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
    height = maxHeight;
    scale = (maxHeight - 2 * PADDING) / spanY;
  } else if (height < minHeight) {
    height = minHeight;
  }
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  const window = {
    west: west - offsetX / (k * scale),
    east: west + (width - offsetX) / (k * scale),
    north: north + offsetY / scale,
    south: north - (height - offsetY) / scale,
  };
  return { projection: { west, north, k, scale, offsetX, offsetY }, height, window };
}

/**
 * The last projected outline: an edit that moves no node keeps the
 * projection, and re-projecting thousands of border points on every edit
 * cost ~10 ms.
 */
let lastCountries: { readonly outlines: readonly CountryOutline[]; readonly projection: Projection; readonly paths: readonly string[] } | null = null;

function projectedCountries(outlines: readonly CountryOutline[], projection: Projection, project: () => readonly string[]): readonly string[] {
  const last = lastCountries;
  const same =
    last !== null &&
    last.outlines.length === outlines.length &&
    last.outlines.every((o, i) => o === outlines[i]) &&
    (Object.keys(projection) as (keyof Projection)[]).every((key) => last.projection[key] === projection[key]);
  if (same) return last.paths;
  const paths = project();
  lastCountries = { outlines, projection, paths };
  return paths;
}

/**
 * Whether `layoutMap` would give the same drawing for both scenarios (at the
 * same width): the same nodes (id, name, position, kind, open or closed),
 * the same links between them (id, ends, open or closed) and the same
 * corridors (id, name, colour, gates, open or closed). Everything else
 * (costs, capacities, demands) only changes the answer, never the geometry,
 * so an edit of a number keeps the layout and the drawn elements. Reads
 * exactly the fields `layoutMap` reads; keep the two in step.
 */
export function sameLayoutInput(a: Scenario, b: Scenario): boolean {
  if (a === b) return true;
  return (
    sameItems(a.nodes, b.nodes, (p, q) => p.id === q.id && p.name === q.name && p.lat === q.lat && p.lon === q.lon && p.kind === q.kind && p.enabled === q.enabled) &&
    sameItems(a.links, b.links, (p, q) => p.id === q.id && p.from === q.from && p.to === q.to && p.enabled === q.enabled) &&
    sameItems(a.corridors ?? [], b.corridors ?? [], (p, q) => p.id === q.id && p.name === q.name && p.color === q.color && p.enabled === q.enabled && sameItems(p.gates, q.gates, (g, h) => g === h))
  );
}

function sameItems<T>(a: readonly T[], b: readonly T[], same: (p: T, q: T) => boolean): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const p = a[i] as T;
    const q = b[i] as T;
    if (p !== q && !same(p, q)) return false;
  }
  return true;
}
