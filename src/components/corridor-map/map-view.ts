import { projectPoint, type MapLayout } from './map-layout';

/**
 * The part of the map on screen, as an SVG viewBox in map pixels. Zooming
 * and panning only change these four numbers (the drawing itself is never
 * recomputed), and the viewBox keeps the map's aspect ratio: `h / w` is
 * always `height / width`, so the zoom is `width / w`.
 */
export interface MapView {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Geographic box to start zoomed on: `[[latMin, lonMin], [latMax, lonMax]]`, degrees. */
export type MapBounds = readonly [readonly [number, number], readonly [number, number]];

/** Closest zoom: about a Baku–Alat distance across a phone screen at the whole-network scale. */
export const MAX_ZOOM = 32;

export function fullView(width: number, height: number): MapView {
  return { x: 0, y: 0, w: width, h: height };
}

export function viewZoom(view: MapView, width: number): number {
  return view.w > 0 ? width / view.w : 1;
}

/** The view with its zoom between 1 and `MAX_ZOOM`, its aspect the map's, and inside the map. */
export function clampView(view: MapView, width: number, height: number): MapView {
  if (!(width > 0 && height > 0)) return fullView(width, height);
  const cx = view.x + view.w / 2;
  const cy = view.y + view.h / 2;
  const w = Math.min(Math.max(Number.isFinite(view.w) ? view.w : width, width / MAX_ZOOM), width);
  const h = (w * height) / width;
  const x = Math.min(Math.max((Number.isFinite(cx) ? cx : width / 2) - w / 2, 0), width - w);
  const y = Math.min(Math.max((Number.isFinite(cy) ? cy : height / 2) - h / 2, 0), height - h);
  return { x, y, w, h };
}

/** Zooms by `factor` (> 1: closer) keeping the map point `at` where it is on screen. */
export function zoomView(view: MapView, factor: number, at: { readonly x: number; readonly y: number }, width: number, height: number): MapView {
  const w = Math.min(Math.max(view.w / factor, width / MAX_ZOOM), width);
  const applied = view.w / w;
  const h = (w * height) / width;
  const x = at.x - (at.x - view.x) / applied;
  const y = at.y - (at.y - view.y) / applied;
  // Clamp the corner, not the centre: the point under the cursor stays put until an edge is reached.
  return {
    x: Math.min(Math.max(x, 0), width - w),
    y: Math.min(Math.max(y, 0), height - h),
    w,
    h,
  };
}

/** Moves the view by (`dx`, `dy`) map pixels. */
export function panView(view: MapView, dx: number, dy: number, width: number, height: number): MapView {
  return clampView({ ...view, x: view.x + dx, y: view.y + dy }, width, height);
}

/** The smallest view (with `padding` map pixels around) that holds the box, clamped. */
export function fitView(
  box: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number },
  width: number,
  height: number,
  padding = 0,
): MapView {
  const x0 = Math.min(box.x0, box.x1) - padding;
  const x1 = Math.max(box.x0, box.x1) + padding;
  const y0 = Math.min(box.y0, box.y1) - padding;
  const y1 = Math.max(box.y0, box.y1) + padding;
  const w = Math.max(x1 - x0, ((y1 - y0) * width) / height);
  const h = (w * height) / width;
  return clampView({ x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - h / 2, w, h }, width, height);
}

/** The view that shows a geographic box; the whole map when the box is not one. */
export function boundsView(layout: MapLayout, bounds: MapBounds | null): MapView {
  const full = fullView(layout.width, layout.height);
  if (bounds === null) return full;
  const [[latA, lonA], [latB, lonB]] = bounds;
  if (![latA, lonA, latB, lonB].every((v) => typeof v === 'number' && Number.isFinite(v))) return full;
  const a = projectPoint(layout.projection, lonA, latA);
  const b = projectPoint(layout.projection, lonB, latB);
  return fitView({ x0: a.x, y0: a.y, x1: b.x, y1: b.y }, layout.width, layout.height, 8);
}

/** The view moved as little as needed to show the point `margin` map pixels inside its edge. */
export function revealPoint(view: MapView, point: { readonly x: number; readonly y: number }, margin: number, width: number, height: number): MapView {
  const m = Math.min(margin, view.w / 4, view.h / 4);
  let { x, y } = view;
  if (point.x < x + m) x = point.x - m;
  else if (point.x > x + view.w - m) x = point.x - view.w + m;
  if (point.y < y + m) y = point.y - m;
  else if (point.y > y + view.h - m) y = point.y - view.h + m;
  return clampView({ ...view, x, y }, width, height);
}

/**
 * The zoom level labels are placed for: the power of two at or below the
 * zoom. Placements made at a level stay free of overlaps closer in (nodes
 * only move apart on screen), so labels are recomputed when the level
 * changes, not on every step of a zoom.
 */
export function labelLevel(zoom: number): number {
  if (!(zoom > 1)) return 1;
  return Math.min(2 ** Math.floor(Math.log2(zoom) + 1e-9), MAX_ZOOM);
}

/**
 * The CSS transform that shows a view of a layer drawn whole (viewBox the
 * whole map): moving it is the compositor's work, where a new viewBox has
 * the browser lay out and paint every path of the layer again.
 */
export function viewTransform(view: MapView, width: number): string {
  const zoom = viewZoom(view, width);
  return `translate(${-view.x * zoom}px, ${-view.y * zoom}px) scale(${zoom})`;
}

/** The translation that shows a view of a layer drawn whole and sized to the zoom (`zoom` times the map's size). */
export function viewTranslation(view: MapView, width: number): string {
  const zoom = viewZoom(view, width);
  return `translate(${-view.x * zoom}px, ${-view.y * zoom}px)`;
}

export function sameView(a: MapView, b: MapView): boolean {
  return Math.abs(a.x - b.x) < 1e-6 && Math.abs(a.y - b.y) < 1e-6 && Math.abs(a.w - b.w) < 1e-6 && Math.abs(a.h - b.h) < 1e-6;
}
