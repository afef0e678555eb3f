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

  it('should name only the changed fields when the same ids stay in the same order, items kept as they were shared', () => {
    const base = { links: items(['a', 'b', 'c'], 1) };
    const target = { links: [base.links[0]!, { ...base.links[1]!, capacity: 5 }, base.links[2]!] };

    expect(diffJson(base, target)).toEqual([{ p: ['links', 'b', 'capacity'], v: 5 }]);
  });

  it('should give, for an edit in place of the same ids in the same order, the operations that turn the base into the edit', () => {
    const edit = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { minLength: 1, maxLength: 6 }).chain((ids) =>
      fc.tuple(
        fc.constant(ids),
        fc.array(fc.option(fc.record({ capacity: fc.integer({ min: 0, max: 3 }), mode: fc.option(fc.constantFrom('rail', 'sea'), { nil: undefined }) }), { nil: null }), {
          minLength: ids.length,
          maxLength: ids.length,
        }),
      ),
    );
    fc.assert(
      fc.property(edit, ([ids, changes]) => {
        const base = { links: ids.map((id) => ({ id, capacity: 1 })) };
        // null keeps the item itself (shared, as an editor's edit leaves it); otherwise a changed copy, a field added or not.
        const target = {
          links: base.links.map((item, i) => {
            const change = changes[i];
            if (change === null || change === undefined) return item;
            return change.mode === undefined ? { ...item, capacity: change.capacity } : { ...item, capacity: change.capacity, mode: change.mode };
          }),
        };
        expect(applyJsonDiff(base, diffJson(base, target))).toEqual({ ok: true, value: target });
        expect(diffJson(base, target).every((op) => op.p.length === 3 && op.p[0] === 'links')).toBe(true);
      }),
      propertySettings(300),
    );
  });
});

