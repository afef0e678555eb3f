import type { ItemFigures } from './map-layers';
import type { MapLayout } from './map-layout';
import { drain } from './map-steps';
import { isBinding, lineWidth, NEUTRAL_LINK } from './map-line-look';

/** One merged path: its class, look and the items' geometry joined. */
export interface MergedPath {
  readonly key: string;
  readonly className: string;
  readonly stroke: string;
  /** Line width on screen, px (the stroke does not scale with the zoom). */
  readonly width: number;
  readonly d: string;
}

/** Widths are rounded to this (px) and shades to SHADE_STEP (%), so that a network's links fall into a few looks. */
const WIDTH_STEP = 0.5;
const SHADE_STEP = 5;
const MIN_SHADE = 40;

const quantise = (value: number, step: number): number => Math.round(value / step) * step;

/** Adds a piece of geometry to the path of a look. */
function collect(paths: Map<string, { className: string; stroke: string; width: number; parts: string[] }>, key: string, look: () => { className: string; stroke: string; width: number }, d: string): void {
  const path = paths.get(key);
  if (path !== undefined) path.parts.push(d);
  else paths.set(key, { ...look(), parts: [d] });
}

/** Pieces joined per step of `joinedInSteps` (joining the geometry of thousands of links flattens long strings: 10–25 ms at 1M). */
const PARTS_PER_STEP = 3000;

/** Each look's pieces joined into its path; it yields every PARTS_PER_STEP pieces. */
function* joinedInSteps(paths: Map<string, { className: string; stroke: string; width: number; parts: string[] }>): Generator<void, MergedPath[]> {
  const joined: MergedPath[] = [];
  let since = 0;
  for (const [key, p] of paths) {
    since += p.parts.length;
    if (since > PARTS_PER_STEP) {
      since = p.parts.length;
      yield;
    }
    joined.push({ key, className: p.className, stroke: p.stroke, width: p.width, d: p.parts.join('') });
  }
  return joined;
}

/**
 * The links as merged paths, drawn in this order: the pinned base's halos,
 * the lines (shade by utilisation, width by flow, dashed when closed, faded
 * off a traced demand's routes), then the binding markers as dots. Arrows
 * are left to the items drawn one by one (zoomed in, or focused, hovered,
 * selected): at the whole-network view of a network this size they cannot
 * be told apart.
 */
export function mergedLinkPaths(layout: MapLayout, f: ItemFigures): readonly MergedPath[] {
  return drain(mergedLinkPathsInSteps(layout, f));
}

/** Links gathered per step of `mergedLinkPathsInSteps`: a few ms a step at 1M on a quiet machine (all at once, 30–70 ms). */
const LINKS_PER_STEP = 2000;

/** `mergedLinkPaths` in steps (it yields every LINKS_PER_STEP links), so that a large network's can be worked out over several tasks. */
export function* mergedLinkPathsInSteps(layout: MapLayout, f: ItemFigures): Generator<void, readonly MergedPath[]> {
  const halos = new Map<string, { className: string; stroke: string; width: number; parts: string[] }>();
  const lines = new Map<string, { className: string; stroke: string; width: number; parts: string[] }>();
  const markers = new Map<string, { className: string; stroke: string; width: number; parts: string[] }>();
  for (const [i, place] of layout.links.entries()) {
    if (i > 0 && i % LINKS_PER_STEP === 0) yield;
    const o = f.linkResults.get(place.id);
    const width = quantise(lineWidth(o?.flow ?? 0, f.maxFlow), WIDTH_STEP);
    const faded = f.routeLinks !== null && !f.routeLinks.has(place.id) ? ' faded' : '';
    const change = f.changes.get(place.id);
    if (change !== undefined) {
      const kind = change > 0 ? 'gained' : 'lost';
      collect(halos, `halo|${kind}|${width}|${faded}`, () => ({ className: `merged-change ${kind}${faded}`, stroke: '', width: width + 6 }), place.d);
    }
    const shade = quantise(MIN_SHADE + (100 - MIN_SHADE) * Math.min(Math.max(o?.utilisation ?? 0, 0), 1), SHADE_STEP);
    const paint = place.gate?.paint ?? NEUTRAL_LINK;
    const stroke = place.enabled ? `color-mix(in srgb, ${paint} ${shade}%, white)` : '#9aa3ad';
    const closed = place.enabled ? '' : ' closed';
    collect(lines, `line|${stroke}|${width}|${closed}|${faded}`, () => ({ className: `merged-line${closed}${faded}`, stroke, width }), place.d);
    if (place.enabled && o !== undefined && isBinding(o.utilisation, o.marginalValue)) {
      const r = Math.max(4, width / 2 + 1.5);
      const dot = `M${place.marker.x.toFixed(1)} ${place.marker.y.toFixed(1)}h0`;
      // A red dot on a white one 3 px wider: the element drawing's circle with its white edge.
      collect(markers, `edge|${r}|${faded}`, () => ({ className: `merged-dot edge${faded}`, stroke: '#fff', width: 2 * r + 3 }), dot);
      collect(markers, `mark|${r}|${faded}`, () => ({ className: `merged-dot mark${faded}`, stroke: 'var(--_binding)', width: 2 * r }), dot);
    }
  }
  // Edges before marks, so that no edge covers another link's mark.
  yield;
  const dots = (yield* joinedInSteps(markers)).sort((a, b) => Number(a.className.includes('mark')) - Number(b.className.includes('mark')));
  return [...(yield* joinedInSteps(halos)), ...(yield* joinedInSteps(lines)), ...dots];
}

/**
 * The nodes as merged dots (round, or square for rail nodes), their
 * capacity's ring when it binds beneath: the symbols' size and weight on
 * screen at any zoom, not their exact shapes (those come with the items
 * drawn one by one).
 */
export function mergedNodePaths(layout: MapLayout, f: ItemFigures): readonly MergedPath[] {
  return drain(mergedNodePathsInSteps(layout, f));
}

/** Nodes gathered per step of `mergedNodePathsInSteps`. */
const NODES_PER_STEP = 1000;

/** `mergedNodePaths` in steps (it yields every NODES_PER_STEP nodes). */
export function* mergedNodePathsInSteps(layout: MapLayout, f: ItemFigures): Generator<void, readonly MergedPath[]> {
  const rings = new Map<string, { className: string; stroke: string; width: number; parts: string[] }>();
  const dots = new Map<string, { className: string; stroke: string; width: number; parts: string[] }>();
  for (const [i, place] of layout.nodes.entries()) {
    if (i > 0 && i % NODES_PER_STEP === 0) yield;
    const d = `M${place.x.toFixed(1)} ${place.y.toFixed(1)}h0`;
    const o = f.nodeResults.get(place.id);
    if (place.enabled && o !== undefined && isBinding(o.utilisation, o.marginalValue)) {
      collect(rings, 'ring', () => ({ className: 'merged-dot', stroke: 'var(--_binding)', width: 20.5 }), d);
      collect(rings, 'ring-gap', () => ({ className: 'merged-dot', stroke: '#fff', width: 15.5 }), d);
    }
    const shape = place.kind === 'rail' ? ' square' : '';
    const closed = place.enabled ? '' : ' closed';
    collect(dots, `outer|${shape}|${closed}`, () => ({ className: `merged-dot${shape}${closed}`, stroke: 'var(--_ink)', width: 11.6 }), d);
    if (place.kind !== 'city') collect(dots, `inner|${shape}|${closed}`, () => ({ className: `merged-dot${shape}${closed}`, stroke: '#fff', width: 8.4 }), d);
  }
  yield;
  const ordered = (yield* joinedInSteps(dots)).sort((a, b) => Number(a.key.startsWith('inner')) - Number(b.key.startsWith('inner')));
  return [...(yield* joinedInSteps(rings)), ...ordered];
}
