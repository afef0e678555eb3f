import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BaselineValues } from '../../../src/components/corridor-editor/baseline-values';
import { problemLocation } from '../../../src/components/corridor-editor/index-problems';
import { detailsAfterRemoval, newItem } from '../../../src/components/corridor-editor/row-actions';
import { filteredIndices } from '../../../src/components/corridor-editor/table-pages';
import type { Scenario } from '../../../src/model/types';
import { propertySettings } from '../../support/property-settings';

const scenario = {
  format: 'corridor-flow/scenario@1',
  name: 'rows',
  nodes: [
    { id: 'aktau', name: 'Aktau', kind: 'port' },
    { id: 'baku', name: 'Baku', kind: 'port' },
  ],
  links: [
    { id: 'link_1', from: 'aktau', to: 'baku', mode: 'ferry', cost: 38 },
    { id: 'baku-tbilisi', from: 'baku', to: 'tbilisi', mode: 'rail', cost: 20 },
  ],
  demands: [],
} as unknown as Scenario;

describe('detailsAfterRemoval', () => {
  it('should keep the detail rows before the removed item, drop its own and move those after it up one', () => {
    const open = new Set(['links:0', 'links:2', 'links:5', 'nodes:2']);
    expect([...detailsAfterRemoval(open, 'links', 2)].sort()).toEqual(['links:0', 'links:4', 'nodes:2']);
  });

  it('should leave every detail row open on the item it was open on, as removing from the list does', () => {
    // The answer is known by construction: mark the open items in a list, remove one, read the marks back.
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }), fc.nat(), (marks, at) => {
        const removed = at % marks.length;
        const open = new Set(marks.flatMap((m, i) => (m ? [`demands:${i}`] : [])));
        const after = marks.filter((_, i) => i !== removed);
        const expected = after.flatMap((m, i) => (m ? [`demands:${i}`] : []));
        expect([...detailsAfterRemoval(open, 'demands', removed)].sort()).toEqual(expected.sort());
      }),
      propertySettings(100),
    );
  });
});

describe('newItem', () => {
  it('should give a new link a fresh id and the first two nodes as its ends', () => {
    expect(newItem(scenario, 'links')).toEqual({ id: 'link_2', from: 'aktau', to: 'baku', cost: 0 });
    expect(newItem(scenario, 'demands')).toEqual({ id: 'demand_1', from: 'aktau', to: 'baku', volume: 1_000_000 });
    expect(newItem(scenario, 'corridors')).toEqual({ id: 'corridor_1', gates: [] });
  });
});

describe('filteredIndices', () => {
  const links = scenario.links as unknown as readonly Record<string, unknown>[];

  it('should let every item through without a filter, and match ids, ends and modes ignoring case and spaces', () => {
    expect(filteredIndices(links, '  ')).toEqual([0, 1]);
    expect(filteredIndices(links, ' TBILISI')).toEqual([1]);
    expect(filteredIndices(links, 'ferry')).toEqual([0]);
    expect(filteredIndices(links, 'baku')).toEqual([0, 1]);
    expect(filteredIndices(links, 'istanbul')).toEqual([]);
  });
});

describe('problemLocation', () => {
  it('should name the item and field of a problem, an item alone by its id, a deeper path by its field', () => {
    expect(problemLocation('links[3].capacity')).toEqual({ collection: 'links', index: 3, field: 'capacity' });
    expect(problemLocation('links[3]')).toEqual({ collection: 'links', index: 3, field: 'id' });
    expect(problemLocation('corridors[1].gates[2]')).toEqual({ collection: 'corridors', index: 1, field: 'gates' });
  });

  it("should have no item for the scenario's own fields", () => {
    expect(problemLocation('name')).toBeNull();
    expect(problemLocation('')).toBeNull();
    expect(problemLocation('links')).toBeNull();
  });
});

describe('BaselineValues', () => {
  it('should find a value by item id, wherever the item has moved, and follow a new baseline', () => {
    const values = new BaselineValues();
    expect(values.valueOf(scenario, 'links', 'baku-tbilisi', 'cost')).toBe(20);
    expect(values.valueOf(scenario, 'links', 'nowhere', 'cost')).toBeUndefined();
    expect(values.valueOf(null, 'links', 'baku-tbilisi', 'cost')).toBeUndefined();
    const moved = { ...scenario, links: [{ id: 'baku-tbilisi', cost: 25 }] } as unknown as Scenario;
    expect(values.valueOf(moved, 'links', 'baku-tbilisi', 'cost')).toBe(25);
  });
});
