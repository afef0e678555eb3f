import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertySettings } from '../../support/property-settings';
import {
  getParameter,
  listParameters,
  NUMERIC_FIELDS,
  parseScenario,
  resolveParameterPath,
  setParameter,
  type Scenario,
} from '../../../src/model';
import { smallScenario } from './small-scenario';

function scenario(): Scenario {
  return smallScenario() as Scenario;
}

describe('parameter paths', () => {
  describe('getParameter', () => {
    it('should read the number at links.<id>.<field>, nodes.…, demands.… and corridors.…', () => {
      // Arrange
      const s = scenario();

      // Act
      const values = [
        getParameter(s, 'links.ferry_aktau_alat.capacity'),
        getParameter(s, 'nodes.aktau.cost'),
        getParameter(s, 'demands.grain.volume'),
        getParameter(s, 'corridors.titr.maxShare'),
        getParameter(s, 'nodes.kz_grain.lat'),
      ];

      // Assert: the numbers of small-scenario.ts
      expect(values).toEqual([4_000_000, 8, 3_000_000, 0.8, 53.2]);
    });

    it('should give undefined for a field left at its default and for a path that names nothing', () => {
      // Arrange
      const s = scenario();

      // Act
      const values = [
        getParameter(s, 'links.rail_alat_mersin.capacity'),
        getParameter(s, 'links.nowhere.capacity'),
        getParameter(s, 'links.rail_alat_mersin.colour'),
        getParameter(s, 'capacity'),
        getParameter(s, 'sources.wb2024.year'),
      ];

      // Assert
      expect(values).toEqual([undefined, undefined, undefined, undefined, undefined]);
    });

    it('should find ids that contain dots', () => {
      // Arrange
      const s = { ...scenario(), links: [{ id: 'e.60.west', from: 'kz_grain', to: 'aktau', cost: 12 }] } as Scenario;

      // Act
      const cost = getParameter(s, 'links.e.60.west.cost');

      // Assert
      expect(cost).toBe(12);
    });
  });

  describe('setParameter', () => {
    it('should return a new scenario with the one number changed and leave the original alone', () => {
      // Arrange
      const s = scenario();
      const before = JSON.stringify(s);

      // Act
      const changed = setParameter(s, 'links.ferry_aktau_alat.cost', 55);

      // Assert
      expect(getParameter(changed, 'links.ferry_aktau_alat.cost')).toBe(55);
      expect(JSON.stringify(s)).toBe(before);
      expect(changed).not.toBe(s);
    });

    it('should share every untouched item and array with the original', () => {
      // Arrange
      const s = scenario();

      // Act
      const changed = setParameter(s, 'links.ferry_aktau_alat.cost', 55);

      // Assert
      expect(changed.links).not.toBe(s.links);
      expect(changed.links[1]).not.toBe(s.links[1]);
      for (const index of [0, 2, 3, 4]) expect(changed.links[index]).toBe(s.links[index]);
      expect(changed.nodes).toBe(s.nodes);
      expect(changed.corridors).toBe(s.corridors);
      expect(changed.demands).toBe(s.demands);
    });

    it('should set a field that was left at its default, keeping the item\'s other fields', () => {
      // Arrange
      const s = scenario();

      // Act
      const changed = setParameter(s, 'links.rail_alat_mersin.capacity', 2e6);

      // Assert
      expect(changed.links[2]).toEqual({ ...s.links[2], capacity: 2e6 });
    });

    it('should apply one change after another', () => {
      // Arrange
      const s = scenario();

      // Act
      const changed = setParameter(setParameter(s, 'links.ferry_aktau_alat.cost', 1), 'links.rail_grain_aktau.cost', 2);

      // Assert
      expect([getParameter(changed, 'links.ferry_aktau_alat.cost'), getParameter(changed, 'links.rail_grain_aktau.cost')]).toEqual([1, 2]);
    });

    it.each([
      ['an unknown id', 'links.nowhere.cost', 'setParameter: unknown parameter path "links.nowhere.cost": no link "nowhere"; links are "rail_grain_aktau", "ferry_aktau_alat", "rail_alat_mersin", "rail_grain_sarakhs", "rail_sarakhs_mersin"'],
      ['an unknown field', 'nodes.aktau.colour', 'setParameter: unknown parameter path "nodes.aktau.colour": nodes have no numeric field "colour"; they have capacity, cost, days, lat, lon'],
      ['an unknown collection', 'ports.aktau.cost', 'setParameter: unknown parameter path "ports.aktau.cost": expected <collection>.<id>.<field> with a collection of nodes, links, corridors, demands'],
      ['a path without an id', 'links.cost', 'setParameter: unknown parameter path "links.cost": expected <collection>.<id>.<field> with a collection of nodes, links, corridors, demands'],
    ])('should throw on %s, naming the path and what exists', (_, path, message) => {
      // Arrange
      const s = scenario();

      // Act
      const act = () => setParameter(s, path, 1);

      // Assert
      expect(act).toThrow(new Error(message));
    });

    it('should list five ids and count the rest when there are many', () => {
      // Arrange
      const s = { ...scenario(), demands: Array.from({ length: 8 }, (_, i) => ({ id: `d${i}`, from: 'kz_grain', to: 'aktau', volume: 1 })) } as Scenario;

      // Act
      const outcome = resolveParameterPath(s, 'demands.d9.volume');

      // Assert
      expect(outcome).toEqual({
        ok: false,
        message: 'unknown parameter path "demands.d9.volume": no demand "d9"; demands are "d0", "d1", "d2", "d3", "d4" and 3 more',
      });
    });

    it('should throw on a value that is not a finite number', () => {
      // Arrange
      const s = scenario();

      // Act
      const act = () => setParameter(s, 'demands.grain.volume', Number.NaN);

      // Assert
      expect(act).toThrow(new Error('setParameter: expected a finite number for "demands.grain.volume", got NaN'));
    });
  });

  describe('resolveParameterPath', () => {
    it('should say where a valid path points, as data', () => {
      // Act
      const outcome = resolveParameterPath(scenario(), 'corridors.iran.minFlow');

      // Assert
      expect(outcome).toEqual({ ok: true, ref: { collection: 'corridors', id: 'iran', field: 'minFlow', index: 1 } });
    });
  });

  describe('listParameters', () => {
    it('should list every numeric field of every item, present or not, in file order', () => {
      // Arrange
      const s = scenario();

      // Act
      const paths = listParameters(s);

      // Assert: 5 nodes × 5 fields, 5 links × 4, 2 corridors × 4, 1 demand × 3
      expect(paths).toHaveLength(25 + 20 + 8 + 3);
      expect(paths.slice(0, 5)).toEqual([
        'nodes.kz_grain.capacity',
        'nodes.kz_grain.cost',
        'nodes.kz_grain.days',
        'nodes.kz_grain.lat',
        'nodes.kz_grain.lon',
      ]);
      expect(paths.slice(-3)).toEqual(['demands.grain.volume', 'demands.grain.valueOfTime', 'demands.grain.unmetPenalty']);
    });

    it('should name exactly the fields of NUMERIC_FIELDS: capacity, cost, days, km, lat, lon, volume, valueOfTime, unmetPenalty, shares and flows', () => {
      // Act
      const fields = new Set(Object.values(NUMERIC_FIELDS).flatMap((fieldsOf) => Object.keys(fieldsOf)));

      // Assert
      expect([...fields].sort()).toEqual(
        ['capacity', 'cost', 'days', 'km', 'lat', 'lon', 'volume', 'valueOfTime', 'unmetPenalty', 'minShare', 'maxShare', 'minFlow', 'maxFlow'].sort(),
      );
    });

    it('should give paths that can all be set and read back, valid exactly when the value is in the field\'s range', () => {
      // Arrange
      const s = scenario();
      const paths = listParameters(s);

      fc.assert(
        fc.property(fc.constantFrom(...paths), fc.double({ min: 0, max: 0.5, noNaN: true }), (path, value) => {
          // Act
          const changed = setParameter(s, path, value);

          // Assert: 0 ≤ value ≤ 0.5 is in every field's range except volume's (> 0), and
          // a maxFlow that small falls below the iran corridor's minFlow of 100,000
          expect(getParameter(changed, path)).toBe(value);
          const valid = !(path.endsWith('.volume') && value === 0) && path !== 'corridors.iran.maxFlow';
          expect(parseScenario(changed).ok).toBe(valid);
        }),
        propertySettings(100),
      );
    });
  });
});
