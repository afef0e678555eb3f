/**
 * The benchmark generator's grouping of demands by origin
 * (scripts/generate-scenario.js, `demandsPerOrigin`).
 */
import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { parseScenario } from '../../../src/model/parse-scenario';

describe('generateScenario with demandsPerOrigin', () => {
  const size = { seed: 9, width: 8, height: 6, demands: 10 };

  it('should give each group of consecutive demands its first demand’s origin and value of time', () => {
    const grouped = generateScenario({ ...size, demandsPerOrigin: 4 });

    const lead = (k: number) => grouped.demands[k - (k % 4)]!;
    grouped.demands.forEach((d, k) => {
      expect(d.from).toBe(lead(k).from);
      expect(d.valueOfTime).toBe(lead(k).valueOfTime);
    });
  });

  it('should leave the network, destinations and volumes as the ungrouped scenario has them', () => {
    const plain = generateScenario(size);
    const grouped = generateScenario({ ...size, demandsPerOrigin: 3 });

    expect(grouped.nodes).toEqual(plain.nodes);
    expect(grouped.links).toEqual(plain.links);
    expect(grouped.corridors).toEqual(plain.corridors);
    expect(grouped.demands.map((d) => [d.id, d.to, d.volume])).toEqual(plain.demands.map((d) => [d.id, d.to, d.volume]));
  });

  it('should be the ungrouped scenario with demandsPerOrigin 1', () => {
    expect(generateScenario({ ...size, demandsPerOrigin: 1 })).toEqual(generateScenario(size));
  });

  it('should give a valid scenario', () => {
    expect(parseScenario(generateScenario({ ...size, demandsPerOrigin: 5 }))).toMatchObject({ ok: true, warnings: [] });
  });

  it('should refuse a group size that is not a whole number ≥ 1, saying so', () => {
    expect(() => generateScenario({ ...size, demandsPerOrigin: 0 })).toThrow(/demandsPerOrigin must be a whole number ≥ 1, got 0/);
  });
});
