import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { keyboardOrder, mapKeyAction, ZOOM_STEP } from '../../../src/components/corridor-map/map-keyboard';
import type { MapItem } from '../../../src/components/corridor-map/map-item-key';
import { layoutMap } from '../../../src/components/corridor-map/map-layout';
import type { Scenario } from '../../../src/model/types';
import { propertySettings } from '../../support/property-settings';

const scenario = {
  format: 'corridor-flow/scenario@1',
  name: 'keys',
  nodes: [
    { id: 'a', kind: 'city', lat: 41, lon: 45 },
    { id: 'b', kind: 'port', lat: 40, lon: 50 },
    { id: 'c', kind: 'rail', lat: 42, lon: 60 },
  ],
  links: [
    { id: 'b-c', from: 'b', to: 'c', cost: 1 },
    { id: 'a-b', from: 'a', to: 'b', cost: 1 },
    { id: 'a-c', from: 'a', to: 'c', cost: 1 },
  ],
  corridors: [],
  demands: [],
} as unknown as Scenario;

const order = keyboardOrder(layoutMap(scenario, 800, () => []));
/** Events find items by their drawn element; the actions only read kind and id. */
const item = (kind: 'node' | 'link', id: string): MapItem => ({ kind, id, element: null as unknown as SVGGElement });

describe('keyboardOrder', () => {
  it('should put each node first, then the links leaving it, in the scenario order', () => {
    expect(order.order).toEqual(['node:a', 'link:a-b', 'link:a-c', 'node:b', 'link:b-c', 'node:c']);
    expect(order.index.get('node:b')).toBe(3);
  });

  it('should place a link at its marker and a node at its centre', () => {
    const layout = layoutMap(scenario, 800, () => []);
    expect(order.positions.get('node:a')).toEqual({ x: layout.nodes[0]!.x, y: layout.nodes[0]!.y });
    expect(order.positions.get('link:b-c')).toEqual(layout.links[0]!.marker);
  });

  it('should have nothing to order without a layout', () => {
    expect(keyboardOrder(null).order).toEqual([]);
  });
});

describe('mapKeyAction', () => {
  it('should select the item under Enter and Space, and do nothing with them on the map itself', () => {
    const a = item('node', 'a');
    expect(mapKeyAction('Enter', a, false, order)).toEqual({ kind: 'select', item: a });
    expect(mapKeyAction(' ', a, false, order)).toEqual({ kind: 'select', item: a });
    expect(mapKeyAction('Enter', null, true, order)).toBeNull();
  });

  it('should zoom in and out around a focused item, and around the middle on the map', () => {
    expect(mapKeyAction('+', item('link', 'b-c'), false, order)).toEqual({ kind: 'zoom', factor: ZOOM_STEP, at: order.positions.get('link:b-c') });
    expect(mapKeyAction('−', null, true, order)).toEqual({ kind: 'zoom', factor: 1 / ZOOM_STEP, at: undefined });
    expect(mapKeyAction('0', null, true, order)).toEqual({ kind: 'reset' });
  });

  it('should walk the items with the arrows, Home and End, and stop at both ends', () => {
    expect(mapKeyAction('ArrowRight', item('node', 'a'), false, order)).toEqual({ kind: 'focus', key: 'link:a-b' });
    expect(mapKeyAction('ArrowUp', item('node', 'b'), false, order)).toEqual({ kind: 'focus', key: 'link:a-c' });
    expect(mapKeyAction('ArrowLeft', item('node', 'a'), false, order)).toEqual({ kind: 'focus', key: 'node:a' });
    expect(mapKeyAction('ArrowDown', item('node', 'c'), false, order)).toEqual({ kind: 'focus', key: 'node:c' });
    expect(mapKeyAction('End', item('node', 'a'), false, order)).toEqual({ kind: 'focus', key: 'node:c' });
    expect(mapKeyAction('Home', item('link', 'b-c'), false, order)).toEqual({ kind: 'focus', key: 'node:a' });
  });

  it('should pan with the arrows only on the map itself, and leave other keys to the page', () => {
    expect(mapKeyAction('ArrowLeft', null, true, order)).toEqual({ kind: 'pan', dx: -0.15, dy: 0 });
    expect(mapKeyAction('ArrowDown', null, true, order)).toEqual({ kind: 'pan', dx: 0, dy: 0.15 });
    expect(mapKeyAction('ArrowLeft', null, false, order)).toBeNull();
    expect(mapKeyAction('a', item('node', 'a'), false, order)).toBeNull();
    expect(mapKeyAction('Tab', null, true, order)).toBeNull();
  });

  it('should always move focus to a neighbour in the order (or stay at an end) with the arrows', () => {
    fc.assert(
      fc.property(fc.nat({ max: order.order.length - 1 }), fc.constantFrom('ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'), (at, key) => {
        const [kind, id] = order.order[at]!.split(':') as ['node' | 'link', string];
        const action = mapKeyAction(key, item(kind, id), false, order);
        expect(action?.kind).toBe('focus');
        const next = order.index.get((action as { key: `${'node' | 'link'}:${string}` }).key)!;
        const forward = key === 'ArrowRight' || key === 'ArrowDown';
        expect(next).toBe(forward ? Math.min(at + 1, order.order.length - 1) : Math.max(at - 1, 0));
      }),
      propertySettings(50),
    );
  });
});
