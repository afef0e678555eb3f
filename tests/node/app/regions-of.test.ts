import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regionsOf } from '../../../src/app/render-results';
import type { Scenario } from '../../../src/model/types';

const caspian = JSON.parse(readFileSync(new URL('../../../models/caspian-2030.json', import.meta.url), 'utf8')) as Scenario;
const at = (lat: number, lon: number, id: string) => ({ id, lat, lon });

describe('regionsOf', () => {
  it('should offer the Caucasus for the shipped model, the same array on every render of the same nodes', () => {
    const first = regionsOf(caspian);
    expect(first.map((r) => r.label)).toEqual(['Caucasus']);
    // A new array each render made the map render again with the app (every progress report).
    expect(regionsOf({ ...caspian })).toBe(first);
  });

  it('should need three places in the Caucasus, and give one empty array otherwise', () => {
    const two = { ...caspian, nodes: [at(40.4, 49.9, 'baku'), at(41.7, 44.8, 'tbilisi'), at(10, 10, 'far')] } as Scenario;
    const three = { ...caspian, nodes: [...two.nodes, at(40.2, 44.5, 'yerevan')] } as Scenario;
    expect(regionsOf(two)).toEqual([]);
    expect(regionsOf(three)).toHaveLength(1);
    expect(regionsOf(null)).toBe(regionsOf(two));
  });
});
