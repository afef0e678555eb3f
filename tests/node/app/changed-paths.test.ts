import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { changedPaths } from '../../../src/app/changed-paths';
import { propertySettings } from '../../support/property-settings';

describe('changedPaths', () => {
  it('should name the one field an edit changed among items kept as they were', () => {
    const links = Array.from({ length: 5 }, (_, i) => ({ id: `l${i}`, capacity: i }));
    const edited = links.map((l, i) => (i === 3 ? { ...l, capacity: 30 } : l));

    expect(changedPaths({ links }, { links: edited })).toEqual(['links[3].capacity']);
  });

  it('should compare items that are equal copies structurally: no path', () => {
    const links = [{ id: 'a', capacity: 1 }];

    expect(changedPaths({ links }, { links: [{ id: 'a', capacity: 1 }] })).toEqual([]);
  });

  it('should name every changed item of a list in order, and a list of another length as a whole', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 8 }), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (values, flips) => {
        const before = values.map((v) => ({ v }));
        const after = before.map((item, i) => (flips[i] ? { v: item.v + 1 } : item));

        expect(changedPaths(before, after)).toEqual(before.flatMap((_, i) => (flips[i] ? [`[${i}].v`] : [])));
        expect(changedPaths(before, [...after, { v: 0 }])).toEqual(['']);
      }),
      propertySettings(200),
    );
  });
});
