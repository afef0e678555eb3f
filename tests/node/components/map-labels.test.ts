import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeMapLabels } from '../../../src/components/corridor-map/map-labels';
import { layoutMap, mapLabelText } from '../../../src/components/corridor-map/map-layout';
import type { Scenario } from '../../../src/model/types';
import { propertySettings } from '../../support/property-settings';

/** Six nodes on one spot (0.001° apart) and one far away, on a 1000 px map. */
const crowd: Scenario = {
  format: 'corridor-flow/scenario@1',
  name: 'Crowd',
  nodes: [
    ...Array.from({ length: 6 }, (_, i) => ({ id: `n${i}`, name: `Node ${i}`, lat: 40, lon: 40 + i * 0.001 })),
    { id: 'far', name: 'Far', lat: 40, lon: 80 },
  ],
  links: Array.from({ length: 6 }, (_, i) => ({ id: `l${i}`, from: `n${i}`, to: 'far', cost: 1 })),
  demands: [{ id: 'd', from: 'n0', to: 'far', volume: 1 }],
};
const layout = layoutMap(crowd, 1000, () => []);
const ids = (order: readonly string[], zoom: number): string[] =>
  placeMapLabels(layout, { nameOrder: order, flows: [], zoom }).names.map((n) => n.id);

describe('placeMapLabels', () => {
  it('should name nodes in the order given, leaving out those with no free place', () => {
    const order = ['n5', 'n4', 'n3', 'n2', 'n1', 'n0', 'far'];
    const named = ids(order, 1);
    expect(named.length).toBeLessThan(7);
    expect(named.slice(0, -1)).toEqual(order.slice(0, named.length - 1));
    expect(named).toContain('far');
  });

  it('should name only the nodes it is asked to', () => {
    expect(ids(['far'], 1)).toEqual(['far']);
  });

  it('should place flow figures beside their links where no name is, at any level', () => {
    const placed = placeMapLabels(layout, {
      nameOrder: ['far'],
      flows: [{ id: 'l0', text: '4.2 Mt', halfWidth: 3 }],
      zoom: 4,
    });
    expect(placed.flows).toHaveLength(1);
    const link = layout.links.find((l) => l.id === 'l0')!;
    expect(placed.flows[0]).toMatchObject({ id: 'l0', x: link.mid.x, y: link.mid.y });
    // 3 px of half width + 3 px + 0.6 of the 10.5 px font: the figure sits off the line.
    expect(Math.hypot(placed.flows[0]!.dx, placed.flows[0]!.dy)).toBeGreaterThan(6);
  });
});

describe('mapLabelText', () => {
  it('should write the name up to its explanation in brackets, cut to 28 characters', () => {
    expect(mapLabelText('Kostanay (northern Kazakhstan grain belt)')).toBe('Kostanay');
    expect(mapLabelText('Baku International Sea Trade Port (Alat)')).toBe('Baku International Sea Trad…');
    expect(mapLabelText('(A) rail hub')).toBe('(A) rail hub');
    expect(mapLabelText('Tbilisi')).toBe('Tbilisi');
  });
});

describe('placeMapLabels on a crowded map', () => {
  /** The box a placed name covers, screen px at `zoom` (as placeMapLabels estimates it: 0.58 of the 11 px font a character). */
  const nameBox = (n: { x: number; y: number; dx: number; dy: number; anchor: string; text: string }, zoom: number) => {
    const w = n.text.length * 11 * 0.58;
    const ax = n.x * zoom + n.dx;
    const ay = n.y * zoom + n.dy;
    const x0 = n.anchor === 'start' ? ax : n.anchor === 'end' ? ax - w : ax - w / 2;
    return { x0: x0 - 1, y0: ay - 11 * 0.85, x1: x0 + w + 1, y1: ay + 11 * 0.25 };
  };
  const overlap = (a: ReturnType<typeof nameBox>, b: ReturnType<typeof nameBox>): boolean => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;

  it('should place no name over another nor over a node, wherever the nodes are and at any level', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ lat: fc.double({ min: 36, max: 44, noNaN: true }), lon: fc.double({ min: 40, max: 60, noNaN: true }), name: fc.string({ minLength: 1, maxLength: 12 }) }), { minLength: 2, maxLength: 60 }),
        fc.constantFrom(1, 2, 4, 8, 32),
        (places, zoom) => {
          const scenario: Scenario = { ...crowd, nodes: places.map((p, i) => ({ id: `p${i}`, ...p })), links: [], demands: [] };
          const placed = layoutMap(scenario, 700, () => []);
          const names = placeMapLabels(placed, { nameOrder: placed.nodes.map((n) => n.id), flows: [], zoom }).names;
          const boxes = names.map((n) => nameBox(n, zoom));
          const clashes = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlap(a, b)).map(() => names[i]!.id));
          const onNodes = names.filter((n) => placed.nodes.some((m) => overlap(nameBox(n, zoom), { x0: m.x * zoom - 6, y0: m.y * zoom - 6, x1: m.x * zoom + 6, y1: m.y * zoom + 6 })));
          expect(clashes).toEqual([]);
          expect(onNodes.map((n) => n.id)).toEqual([]);
          // The first asked finds a place: the map leaves room for labels around its nodes.
          expect(names.length > 0 || placed.nodes.every((n) => n.label === '')).toBe(true);
        },
      ),
      propertySettings(60),
    );
  });
});
