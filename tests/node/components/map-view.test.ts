import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutMap } from '../../../src/components/corridor-map/map-layout';
import {
  boundsView,
  clampView,
  fitView,
  fullView,
  labelLevel,
  MAX_ZOOM,
  panView,
  revealPoint,
  viewZoom,
  zoomView,
} from '../../../src/components/corridor-map/map-view';
import type { Scenario } from '../../../src/model/types';
import { closeTo } from '../../support/tolerance';

const W = 1000;
const H = 500;

describe('zoomView', () => {
  it('should keep the point it zooms around where it was on screen', () => {
    const view = zoomView(fullView(W, H), 2, { x: 300, y: 200 }, W, H);
    expect(view).toEqual({ x: 150, y: 100, w: 500, h: 250 });
    // Screen position of a map point p: (p − view.x) · zoom. (300 − 0)·1 = (300 − 150)·2.
    expect((300 - view.x) * viewZoom(view, W)).toBe(300);
  });

  it('should stop at the whole map and at the closest zoom', () => {
    expect(zoomView(fullView(W, H), 0.5, { x: 10, y: 10 }, W, H)).toEqual(fullView(W, H));
    const closest = zoomView(fullView(W, H), 1000, { x: 500, y: 250 }, W, H);
    expect(closeTo(viewZoom(closest, W), MAX_ZOOM, 1e-12)).toBe(true);
  });

  it('should always give a view inside the map with the map’s aspect', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0, max: W, noNaN: true }),
        fc.double({ min: 0, max: H, noNaN: true }),
        fc.double({ min: 0.5, max: 40, noNaN: true }),
        (factor, x, y, start) => {
          const from = zoomView(fullView(W, H), start, { x: W / 2, y: H / 2 }, W, H);
          const v = zoomView(from, factor, { x, y }, W, H);
          return (
            v.x >= -1e-9 && v.y >= -1e-9 && v.x + v.w <= W + 1e-9 && v.y + v.h <= H + 1e-9 &&
            closeTo(v.h / v.w, H / W, 1e-9) && viewZoom(v, W) >= 1 - 1e-9 && viewZoom(v, W) <= MAX_ZOOM + 1e-9
          );
        },
      ),
    );
  });
});

describe('panView', () => {
  it('should move the view and stop at the map’s edge', () => {
    const half = zoomView(fullView(W, H), 2, { x: 500, y: 250 }, W, H);
    expect(panView(half, 100, -50, W, H)).toEqual({ x: 350, y: 75, w: 500, h: 250 });
    expect(panView(half, 10_000, 10_000, W, H)).toEqual({ x: 500, y: 250, w: 500, h: 250 });
    expect(panView(fullView(W, H), 100, 100, W, H)).toEqual(fullView(W, H));
  });
});

describe('fitView and clampView', () => {
  it('should fit a box with the map’s aspect, centred on it', () => {
    // A 100 × 100 box on a 2:1 map needs a 200 × 100 view.
    expect(fitView({ x0: 400, y0: 200, x1: 500, y1: 300 }, W, H)).toEqual({ x: 350, y: 200, w: 200, h: 100 });
  });

  it('should not go closer than the closest zoom nor out past the map', () => {
    expect(viewZoom(fitView({ x0: 10, y0: 10, x1: 10.001, y1: 10.001 }, W, H), W)).toBe(MAX_ZOOM);
    expect(clampView({ x: -500, y: -500, w: 5000, h: 2500 }, W, H)).toEqual(fullView(W, H));
    expect(clampView({ x: Number.NaN, y: 0, w: Number.NaN, h: 0 }, W, H)).toEqual(fullView(W, H));
  });
});

describe('boundsView', () => {
  const scenario: Scenario = {
    format: 'corridor-flow/scenario@1',
    name: 'Two',
    nodes: [
      { id: 'a', lat: 40, lon: 30 },
      { id: 'b', lat: 45, lon: 80 },
    ],
    links: [{ id: 'ab', from: 'a', to: 'b', cost: 1 }],
    demands: [{ id: 'd', from: 'a', to: 'b', volume: 1 }],
  };
  const layout = layoutMap(scenario, W, () => []);

  it('should show the region asked for, zoomed in', () => {
    const view = boundsView(layout, [[39, 29], [41, 31]]);
    const a = layout.nodes.find((n) => n.id === 'a')!;
    const b = layout.nodes.find((n) => n.id === 'b')!;
    expect(viewZoom(view, layout.width)).toBeGreaterThan(4);
    expect(a.x > view.x && a.x < view.x + view.w && a.y > view.y && a.y < view.y + view.h).toBe(true);
    expect(b.x > view.x && b.x < view.x + view.w).toBe(false);
  });

  it('should show the whole map for null, a box with NaN, or corners given the wrong way round the same as the right way', () => {
    const whole = fullView(layout.width, layout.height);
    expect(boundsView(layout, null)).toEqual(whole);
    expect(boundsView(layout, [[Number.NaN, 29], [41, 31]])).toEqual(whole);
    expect(boundsView(layout, [[41, 31], [39, 29]])).toEqual(boundsView(layout, [[39, 29], [41, 31]]));
  });
});

describe('revealPoint', () => {
  it('should move the view as little as needed to show a point, and not at all for one inside', () => {
    const view = { x: 0, y: 0, w: 250, h: 125 };
    expect(revealPoint(view, { x: 100, y: 50 }, 10, W, H)).toEqual(view);
    expect(revealPoint(view, { x: 400, y: 50 }, 10, W, H)).toEqual({ x: 160, y: 0, w: 250, h: 125 });
  });
});

describe('labelLevel', () => {
  it('should be the power of two at or below the zoom', () => {
    expect([0.5, 1, 1.6, 2, 3.99, 4, 7, 8.5, 31, 32, 64].map(labelLevel)).toEqual([1, 1, 1, 2, 2, 4, 4, 8, 16, 32, 32]);
  });
});
