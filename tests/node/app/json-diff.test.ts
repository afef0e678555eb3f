import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyJsonDiff, diffJson } from '../../../src/app/json-diff';
import { propertySettings } from '../../support/property-settings';

const items = (ids: readonly string[], tag: number) => ids.map((id) => ({ id, capacity: tag }));

describe('diffJson', () => {
  it('should set a list of items with ids whole when it has none of the items before it (another scenario opened)', () => {
    const base = { links: items(['a', 'b', 'c', 'd'], 1) };
    const target = { links: items(['x', 'y'], 2) };

    expect(diffJson(base, target)).toEqual([{ p: ['links'], v: target.links }]);
    expect(applyJsonDiff(base, diffJson(base, target))).toEqual({ ok: true, value: target });
  });

  it('should still change a list that keeps some of its items item by item', () => {
    const base = { links: items(['a', 'b'], 1) };
    const target = { links: [...items(['a'], 1), ...items(['x'], 2)] };

    expect(diffJson(base, target)).toEqual([{ p: ['links', 'b'] }, { p: ['links', 'x'], v: { id: 'x', capacity: 2 } }]);
  });

  it('should turn any list of items with ids into any other when applied', () => {
    const list = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 }).chain((ids) =>
      fc.tuple(fc.constant(ids), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: ids.length, maxLength: ids.length })),
    );
    fc.assert(
      fc.property(list, list, ([ids1, caps1], [ids2, caps2]) => {
        const base = { links: ids1.map((id, i) => ({ id, capacity: caps1[i] })) };
        const target = { links: ids2.map((id, i) => ({ id, capacity: caps2[i] })) };
        expect(applyJsonDiff(base, diffJson(base, target))).toEqual({ ok: true, value: target });
      }),
      propertySettings(300),
    );
  });
});
