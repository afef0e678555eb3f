import { describe, expect, it } from 'vitest';
import { MapHitIndex } from '../../../src/components/corridor-map/map-hit-index';
import { keyboardOrder, keyboardOrderInSteps } from '../../../src/components/corridor-map/map-keyboard';
import type { ItemFigures } from '../../../src/components/corridor-map/map-layers';
import { layoutMap, type MapLayout } from '../../../src/components/corridor-map/map-layout';
import { mergedLinkPaths, mergedNodePaths } from '../../../src/components/corridor-map/map-merged-paths';
import { MergedPathsInSteps } from '../../../src/components/corridor-map/map-merged-paths-in-steps';
import { nextTask } from '../../../src/components/corridor-map/map-steps';
import type { Result } from '../../../src/model/types';
import { gridScenario } from '../../browser/components/fixtures';

// 30 × 40 grid: 1,200 nodes and 4,660 links, several steps of each computation.
const { scenario, result } = gridScenario(30, 40);
const layout: MapLayout = layoutMap(scenario, 1000, () => []);

/** What the merged paths read of a result (the rest of ItemFigures is for the items drawn one by one). */
function figures(answer: Result): ItemFigures {
  return {
    linkById: new Map(),
    nodeById: new Map(),
    linkResults: new Map(answer.links.map((l) => [l.id, l])),
    nodeResults: new Map(answer.nodes.map((n) => [n.id, n])),
    maxFlow: Math.max(...answer.links.map((l) => l.flow)),
    selected: null,
    routeLinks: null,
    changes: new Map(),
    tabIndexOf: () => '-1',
    linkAria: (place) => place.id,
    nodeAria: (place) => place.id,
  };
}

/** Another answer: link i carries (37·i·k mod 1001) t/yr, so nearly every width and shade differs. */
const answer = (k: number): Result => ({
  ...result,
  links: result.links.map((l, i) => ({ ...l, flow: (i * 37 * k) % 1001, utilisation: ((i * 37 * k) % 1001) / 1000 })),
});

describe('the map’s work in steps', () => {
  it('should work out the keyboard order over several steps, the same as at once', () => {
    const steps = keyboardOrderInSteps(layout);
    let count = 0;
    let next = steps.next();
    for (; next.done !== true; next = steps.next()) count += 1;
    expect(count).toBeGreaterThan(2);
    const atOnce = keyboardOrder(layout);
    expect(next.value.order).toEqual(atOnce.order);
    expect([...next.value.index]).toEqual([...atOnce.index]);
    expect([...next.value.positions]).toEqual([...atOnce.positions]);
  });

  it('should fill the hit index in steps and answer as one filled at its first use', () => {
    const stepped = new MapHitIndex(layout);
    let steps = 1;
    while (!stepped.step()) steps += 1;
    expect(steps).toBeGreaterThan(2);
    const atOnce = new MapHitIndex(layout);
    const reach = (): number => 3;
    for (const link of layout.links.filter((_, i) => i % 97 === 0)) {
      expect(stepped.at(link.mid.x, link.mid.y, 2, reach)).toBe(atOnce.at(link.mid.x, link.mid.y, 2, reach));
    }
    const view = { x: 100, y: 80, w: 120, h: 90 };
    expect(stepped.within(view, 10, 1000)).toEqual(atOnce.within(view, 10, 1000));
  });

  it('should give an answer’s merged paths once worked out in tasks, the same as worked out at once', async () => {
    let asked = 0;
    const paths = new MergedPathsInSteps(() => (asked += 1));
    const f = figures(result);
    expect(paths.pathsFor(layout, f)).toBeNull();
    expect(paths.pending).toBe(true);
    await paths.done();
    expect(asked).toBe(1);
    expect(paths.pathsFor(layout, f)).toEqual({ links: mergedLinkPaths(layout, f), nodes: mergedNodePaths(layout, f) });
    // The same answer again: nothing more to work out.
    expect(paths.pending).toBe(false);
  });

  it('should keep the last paths while a new answer’s are worked out, and never make ready those of an answer replaced midway', async () => {
    const drawn: unknown[] = [];
    const first = figures(answer(1));
    const second = figures(answer(3));
    const third = figures(answer(5));
    // As the map does: asked to draw, it draws the paths for the answer it has now.
    let current = first;
    const paths: MergedPathsInSteps = new MergedPathsInSteps(() => drawn.push(paths.pathsFor(layout, current)));
    paths.pathsFor(layout, current);
    await paths.done();
    const firstPaths = paths.pathsFor(layout, first);
    current = second;
    expect(paths.pathsFor(layout, current)).toBe(firstPaths);
    // Midway through the second answer's steps, the third arrives.
    await nextTask();
    await nextTask();
    expect(paths.pending).toBe(true);
    current = third;
    expect(paths.pathsFor(layout, current)).toBe(firstPaths);
    await paths.done();
    await nextTask();
    const thirdPaths = { links: mergedLinkPaths(layout, third), nodes: mergedNodePaths(layout, third) };
    // Asked to draw twice: once for the first answer, once for the third; the second's paths never.
    expect(drawn).toHaveLength(2);
    expect(drawn[1]).toEqual(thirdPaths);
    expect(paths.pathsFor(layout, third)).toEqual(thirdPaths);
    expect(thirdPaths).not.toEqual({ links: mergedLinkPaths(layout, second), nodes: mergedNodePaths(layout, second) });
  });

  it('should drop the work under way when cancelled, and release whoever waits for it', async () => {
    const paths = new MergedPathsInSteps(() => undefined);
    paths.pathsFor(layout, figures(result));
    const waited = paths.done();
    paths.cancel();
    await waited;
    expect(paths.pending).toBe(false);
    expect(paths.pathsFor(layout, figures(answer(2)))).toBeNull();
  });
});
