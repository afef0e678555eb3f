import { describe, expect, it } from 'vitest';
import { knownFieldsOnly } from '../../../src/model/known-fields-only';
import type { Scenario } from '../../../src/model/types';
import { generateScenario } from '../../../scripts/generate-scenario.js';

const network = (): Scenario => generateScenario({ seed: 7, width: 4, height: 4, demands: 3 }) as Scenario;

describe('knownFieldsOnly', () => {
  it('should return a scenario without unknown fields as it is', () => {
    const scenario = network();

    expect(knownFieldsOnly(scenario)).toBe(scenario);
  });

  it('should leave out the unknown fields of an item that an edit added, its other items shared, after the same items were seen clean', () => {
    // Arrange: the first solve sees every item clean.
    const before = network();
    expect(knownFieldsOnly(before)).toBe(before);
    const changed = { ...before.links[2]!, capacity: 7, note: { deep: true } } as Scenario['links'][number];
    const after: Scenario = { ...before, links: before.links.map((l, i) => (i === 2 ? changed : l)) };

    // Act
    const sent = knownFieldsOnly(after);

    // Assert: the edited item without its note, its capacity as edited; every other item the same object.
    expect(sent.links[2]).toEqual({ ...before.links[2], capacity: 7 });
    expect(sent.links[2]).not.toHaveProperty('note');
    expect(sent.links.filter((l, i) => i !== 2 && l !== before.links[i])).toEqual([]);
    expect(after.links[2]).toHaveProperty('note');
  });

  it('should leave out an unknown field of an item it found unknown fields on before, every time', () => {
    const scenario = network();
    const noted: Scenario = { ...scenario, nodes: scenario.nodes.map((n, i) => (i === 0 ? { ...n, memo: 'x' } : n)) } as Scenario;

    expect(knownFieldsOnly(noted).nodes[0]).not.toHaveProperty('memo');
    expect(knownFieldsOnly(noted).nodes[0]).not.toHaveProperty('memo');
  });
});
