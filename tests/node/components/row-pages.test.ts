import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pageOf, rowPage, rowsPerPage } from '../../../src/components/corridor-why/row-pages';
import { propertySettings } from '../../support/property-settings';

describe('rowsPerPage', () => {
  it('should take a positive size rounded down (at least 1) and every row for 0, a negative size or no number', () => {
    expect([50, 40.9, 0.5].map(rowsPerPage)).toEqual([50, 40, 1]);
    expect([0, -1, Number.NaN].map(rowsPerPage)).toEqual([Infinity, Infinity, Infinity]);
  });
});

describe('rowPage', () => {
  it('should cut 120 rows into pages of 50, 50 and 20, a page past the last being the last', () => {
    expect(rowPage(120, 50, 0)).toEqual({ index: 0, pages: 3, start: 0, end: 50 });
    expect(rowPage(120, 50, 1)).toEqual({ index: 1, pages: 3, start: 50, end: 100 });
    expect(rowPage(120, 50, 7)).toEqual({ index: 2, pages: 3, start: 100, end: 120 });
    expect(rowPage(0, 50, 2)).toEqual({ index: 0, pages: 1, start: 0, end: 0 });
    expect(rowPage(120, Infinity, 2)).toEqual({ index: 0, pages: 1, start: 0, end: 120 });
  });

  it('should show every row on exactly one page, the page pageOf names', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.oneof(fc.integer({ min: 1, max: 80 }), fc.constant(Infinity)), (total, perPage) => {
        const { pages } = rowPage(total, perPage, 0);
        const shown = Array.from({ length: pages }, (_, i) => rowPage(total, perPage, i)).flatMap((p) => Array.from({ length: p.end - p.start }, (_, k) => p.start + k));
        expect(shown).toEqual(Array.from({ length: total }, (_, row) => row));
        for (let row = 0; row < total; row++) {
          const page = rowPage(total, perPage, pageOf(row, perPage));
          expect(row >= page.start && row < page.end, `row ${row} on page ${page.index}`).toBe(true);
        }
      }),
      propertySettings(200),
    );
  });
});
