import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Scenario } from '../../../src/model/types';
import { parseScenario } from '../../../src/model/index';
import { scenarioVariantArbitrary } from '../../../src/testing/index';
import { propertySettings } from '../../support/property-settings';

const scenario: Scenario = {
  format: 'corridor-flow/scenario@1',
  name: 'mine',
  nodes: [{ id: 'baku', capacity: 1000, cost: 5 }, { id: 'aktau', days: 2 }, { id: 'poti' }],
  links: [
    { id: 'ferry', from: 'aktau', to: 'baku', cost: 40, capacity: 800, days: 3, mode: 'ferry' },
    { id: 'rail', from: 'baku', to: 'poti', cost: 20 },
  ],
  corridors: [{ id: 'titr', gates: ['ferry'], maxFlow: 600 }],
  demands: [{ id: 'grain', from: 'aktau', to: 'poti', volume: 500, unmetPenalty: 300 }],
};

describe('scenarioVariantArbitrary', () => {
  it('should move every stated number within its relative range and keep everything else', () => {
    fc.assert(
      fc.property(scenarioVariantArbitrary(scenario, { capacity: 0.2, cost: 0.5, days: 0.1, volume: 0.3 }), (variant) => {
        const within = (value: number | undefined, original: number, range: number): void => {
          expect(value).toBeGreaterThanOrEqual(original * (1 - range) - 1e-9);
          expect(value).toBeLessThanOrEqual(original * (1 + range) + 1e-9);
        };
        within(variant.links[0]!.capacity, 800, 0.2);
        within(variant.links[0]!.cost, 40, 0.5);
        within(variant.links[0]!.days, 3, 0.1);
        within(variant.nodes[0]!.capacity, 1000, 0.2);
        within(variant.nodes[0]!.cost, 5, 0.5);
        within(variant.corridors![0]!.maxFlow, 600, 0.2);
        within(variant.demands[0]!.volume, 500, 0.3);
        within(variant.demands[0]!.unmetPenalty, 300, 0.5);
        // Unlimited stays unlimited; ids, structure and other fields stay.
        expect(variant.links[1]!.capacity).toBeUndefined();
        expect(variant.nodes[2]).toEqual({ id: 'poti' });
        expect(variant.links[0]!.mode).toBe('ferry');
        expect(variant.links.map((l) => l.enabled)).toEqual([undefined, undefined]);
        expect(parseScenario(variant).ok).toBe(true);
      }),
      propertySettings(100),
    );
  });

  it('should switch links and corridors off only when asked', () => {
    const switched = fc.sample(scenarioVariantArbitrary(scenario, { switchOff: true }), { numRuns: 200, seed: 3 });
    expect(switched.some((v) => v.links.some((l) => l.enabled === false) || v.corridors!.some((c) => c.enabled === false))).toBe(true);
  });

  it('should shrink to the original scenario', () => {
    const details = fc.check(fc.property(scenarioVariantArbitrary(scenario), () => false), { seed: 5 });
    expect(details.counterexample?.[0]).toEqual(scenario);
  });

  it('should refuse a negative range, naming it', () => {
    expect(() => scenarioVariantArbitrary(scenario, { cost: -1 })).toThrow(/options\.cost/);
  });
});
