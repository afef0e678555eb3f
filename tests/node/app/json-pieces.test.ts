import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonPieces } from '../../../src/app/json-pieces';
import { propertySettings } from '../../support/property-settings';
import { loadModel } from '../analysis/analysis-support';

const joined = (value: unknown, depth?: number) => [...jsonPieces(value, depth)].join('');

describe('jsonPieces', () => {
  it('should give a scenario as JSON.stringify does, an item of its lists per piece', () => {
    const scenario = loadModel('caspian-2030');
    const pieces = [...jsonPieces({ savedAt: 'now', scenario })];
    expect(pieces.join('')).toBe(JSON.stringify({ savedAt: 'now', scenario }));
    expect(pieces).toContain(JSON.stringify(scenario.links[0]));
  });

  it('should leave out what JSON cannot hold, or write null for it in an array, as JSON.stringify does', () => {
    const value = { a: undefined, b: [undefined, () => 1, Symbol('s'), 2], c: () => 1, d: new Date(0), e: { f: undefined } };
    expect(joined(value)).toBe(JSON.stringify(value));
  });

  it('should join to JSON.stringify of any JSON value at any depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 5 }), (value, depth) => {
        expect(joined(value, depth)).toBe(JSON.stringify(value));
      }),
      propertySettings(200),
    );
  });
});
