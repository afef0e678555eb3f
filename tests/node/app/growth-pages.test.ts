import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/model/types';
import { GROWTH_PAGE_SIZE, growthCounts, growthIndex, growthOpen, growthPage, growthRows, growthShown, revealGrowth, type GrowthView } from '../../../src/app/plan/growth-pages';
import { projectIndex, projectsAfterRemoval } from '../../../src/app/plan/open-projects';
import { propertySettings } from '../../support/property-settings';

/** `n` demands between named nodes: `d0` from Aktau to Baku, `d1` from Baku to Poti, … (the names cycle). */
function withDemands(n: number, growth: (i: number) => unknown = () => undefined): Scenario {
  const places = ['aktau', 'baku', 'poti', 'kars'];
  return {
    name: 'paging',
    nodes: places.map((id) => ({ id, name: id[0]!.toUpperCase() + id.slice(1) })),
    links: [],
    demands: Array.from({ length: n }, (_, i) => ({ id: `d${i}`, from: places[i % 4]!, to: places[(i + 1) % 4]!, volume: 1000, ...(growth(i) === undefined ? {} : { growth: growth(i) }) })),
  } as unknown as Scenario;
}

const views = (n: number): fc.Arbitrary<GrowthView> =>
  fc.record({ open: fc.constantFrom(true, false, undefined), filter: fc.constantFrom('', 'baku', 'd1', 'POTI', 'zzz', ` d${n - 1} `), page: fc.integer({ min: -1, max: 8 }) });

describe('growth pages', () => {
  it('should fold the growth table by default only when the demands pass a page', () => {
    expect(growthOpen(withDemands(GROWTH_PAGE_SIZE), { open: undefined, filter: '', page: 0 })).toBe(true);
    expect(growthOpen(withDemands(GROWTH_PAGE_SIZE + 1), { open: undefined, filter: '', page: 0 })).toBe(false);
    expect(growthOpen(withDemands(GROWTH_PAGE_SIZE + 1), { open: true, filter: '', page: 0 })).toBe(true);
  });

  it('should filter by id or by the names of the ends, whatever the case', () => {
    const s = withDemands(8);
    expect(growthRows(s, 'POTI')).toEqual([1, 2, 5, 6]);
    expect(growthRows(s, 'd7')).toEqual([7]);
    expect(growthRows(s, '  ')).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('should cut the rows a filter keeps into pages that hold each row once, in order, at most a page size each', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 260 }), fc.constantFrom('', 'baku', 'd1', 'zzz'), (n, filter) => {
        const rows = growthRows(withDemands(n), filter);
        const first = growthPage(rows, 0);
        const pages = Array.from({ length: first.pages }, (_, p) => growthPage(rows, p));
        expect(pages.flatMap((p) => p.indices)).toEqual(rows);
        for (const p of pages) {
          expect(p.indices.length).toBeLessThanOrEqual(GROWTH_PAGE_SIZE);
          expect(p.last - p.first + 1).toBe(p.indices.length === 0 ? 1 : p.indices.length);
        }
        // A page past either end shows the nearest one.
        expect(growthPage(rows, first.pages + 3)).toEqual(pages.at(-1));
        expect(growthPage(rows, -2)).toEqual(first);
      }),
      propertySettings(100),
    );
  });

  it('should show a demand’s row once revealed, whatever the view was, keeping a filter that lets it through', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 260 }).chain((n) => fc.tuple(fc.constant(n), views(n), fc.nat({ max: n - 1 }))),
        ([n, view, index]) => {
          const s = withDemands(n);
          const next = revealGrowth(s, view, index);
          expect(growthShown(s, next, index)).toBe(true);
          if (growthRows(s, view.filter).includes(index)) expect(next.filter).toBe(view.filter);
          else expect(next.filter).toBe('');
        },
      ),
      propertySettings(200),
    );
  });

  it('should count the demands set apart from 0 and the range of their growth, text typed included in the count', () => {
    const growth = [undefined, 0, 0.05, -0.01, 'fast', 0.02];
    expect(growthCounts(withDemands(6, (i) => growth[i]))).toEqual({ demands: 6, set: 4, lowest: -0.01, highest: 0.05 });
    expect(growthCounts(withDemands(3))).toEqual({ demands: 3, set: 0, lowest: null, highest: null });
  });

  it('should read the demand or project a problem’s path is in', () => {
    expect(growthIndex('demands[12].growth')).toBe(12);
    expect(growthIndex('demands[12].volume')).toBeNull();
    expect(projectIndex('projects[3].adds[0].set')).toBe(3);
    expect(projectIndex('projects[3]')).toBe(3);
    expect(projectIndex('projects')).toBeNull();
    expect(projectIndex('projects[3]x')).toBeNull();
  });

  it('should close a removed project and move the unfolded ones after it up one', () => {
    expect([...projectsAfterRemoval(new Set([0, 2, 5]), 2)].sort()).toEqual([0, 4]);
    expect([...projectsAfterRemoval(new Set([0, 2, 5]), 1)].sort()).toEqual([0, 1, 4]);
  });
});
