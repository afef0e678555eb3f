import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelsComplete, labelsStep } from '../../../src/components/corridor-map/map-labels-in-steps';
import type { MapLabels, NameLabel } from '../../../src/components/corridor-map/map-labels';
import { propertySettings } from '../../support/property-settings';

/** Labels of a few ids with a few places: small enough to shrink to readable lists, varied enough to keep, move and drop. */
const name = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), text: fc.constantFrom('A', 'B'), x: fc.integer({ min: 0, max: 2 }), y: fc.constant(0), dx: fc.constant(4), dy: fc.constant(0), anchor: fc.constant('start' as const) });
const flow = fc.record({ id: fc.constantFrom('l1', 'l2', 'l3', 'l4'), text: fc.constantFrom('1', '2'), x: fc.integer({ min: 0, max: 2 }), y: fc.constant(0), dx: fc.constant(0), dy: fc.constant(-6) });
const labels: fc.Arbitrary<MapLabels> = fc.record({
  names: fc.uniqueArray(name, { selector: (l) => l.id, maxLength: 6 }),
  flows: fc.uniqueArray(flow, { selector: (l) => l.id, maxLength: 4 }),
});
const key = (l: { readonly id: string; readonly text: string; readonly x: number }): string => `${l.id}:${l.text}:${l.x}`;
const keys = (l: MapLabels): string[] => [...l.names.map(key), ...l.flows.map(key)];

describe('labels drawn in steps', () => {
  it('should reach the chosen labels, each step a part of them in their order, adding at most the budget, keeping what stays', () => {
    fc.assert(
      fc.property(labels, labels, fc.integer({ min: 1, max: 3 }), (before, target, budget) => {
        let shown = before;
        // `labelsComplete` holds of steps made towards the target (not of `before`): always one step first.
        for (let steps = 0; steps <= 10 / budget + 1 && (steps === 0 || !labelsComplete(shown, target)); steps++) {
          const next = labelsStep(shown, target, budget);
          // A part of the target, in its order: nothing the target would not draw, no label over another.
          const wanted = keys(target);
          const got = keys(next);
          expect(got).toEqual(wanted.filter((k) => got.includes(k)));
          // What was drawn as it is in the target stays; at most `budget` more.
          const had = new Set(keys(shown));
          expect(wanted.filter((k) => had.has(k)).every((k) => got.includes(k))).toBe(true);
          expect(got.filter((k) => !had.has(k)).length).toBeLessThanOrEqual(budget);
          shown = next;
        }
        expect(keys(shown)).toEqual(keys(target));
      }),
      propertySettings(300),
    );
  });

  it('should add the most important first: the names before the flow figures', () => {
    const n = (id: string): NameLabel => ({ id, text: id, x: 0, y: 0, dx: 0, dy: 0, anchor: 'start' });
    const target: MapLabels = { names: [n('a'), n('b'), n('c')], flows: [{ id: 'l', text: '1', x: 0, y: 0, dx: 0, dy: 0 }] };
    const first = labelsStep({ names: [], flows: [] }, target, 2);
    expect(first.names.map((l) => l.id)).toEqual(['a', 'b']);
    expect(first.flows).toEqual([]);
    const second = labelsStep(first, target, 2);
    expect(labelsComplete(second, target)).toBe(true);
  });
});
