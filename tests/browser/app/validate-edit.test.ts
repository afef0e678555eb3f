import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateEdit, type Validated } from '../../../src/app/validate-edit';
import { parseScenario } from '../../../src/model/parse-scenario';
import { NUMERIC_FIELDS } from '../../../src/model/numeric-fields';
import type { Scenario } from '../../../src/model/types';
import { scenarioArbitrary } from '../../../src/testing';

type Collection = keyof typeof NUMERIC_FIELDS;

function validated(scenario: Scenario): Validated {
  const outcome = parseScenario(scenario);
  if (!outcome.ok) throw new Error(`the arbitrary made an invalid scenario: ${JSON.stringify(outcome.errors)}`);
  return { scenario, outcome };
}

/** `scenario` with `collection[index][field] = value`, sharing every other item (as the editor's edits do). */
function withField(scenario: Scenario, collection: Collection, index: number, field: string, value: unknown): Scenario {
  const items = (scenario[collection] ?? []) as unknown as readonly Record<string, unknown>[];
  return { ...scenario, [collection]: items.map((item, i) => (i === index ? { ...item, [field]: value } : item)) } as Scenario;
}

/** Numbers in and out of every field's range, and values that are no finite number at all. */
const anyValue = fc.oneof(
  fc.double({ min: -2, max: 2, noNaN: true }),
  fc.double({ min: -200, max: 2e9, noNaN: true }),
  fc.constantFrom(0, -0, 1, -1, 90, 90.5, -180, 181, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '5', null, undefined, true),
);

describe('validateEdit', () => {
  it('should give exactly what validating the whole scenario gives, for any one field of any item set to any value', () => {
    const edit = fc.record({
      collection: fc.constantFrom<Collection>('nodes', 'links', 'demands', 'corridors'),
      at: fc.nat(),
      field: fc.nat(),
      value: anyValue,
    });
    fc.assert(
      fc.property(scenarioArbitrary(), edit, (scenario, { collection, at, field, value }) => {
        // Arrange: a valid scenario, one field of one item changed.
        const items = scenario[collection] ?? [];
        fc.pre(items.length > 0);
        const fields = Object.keys(NUMERIC_FIELDS[collection]);
        const name = fields[field % fields.length]!;
        const next = withField(scenario, collection, at % items.length, name, value);

        // Act
        const quick = validateEdit(validated(scenario), next);

        // Assert
        expect(quick).toEqual(parseScenario(next));
      }),
      // Not tests/support's propertySettings: it reads FC_SEED from `process`, which a browser test has not; fast-check prints the seed of any failure.
      { numRuns: 300, includeErrorInReport: true },
    );
  });

  it('should check in full an edit of two numbers, of a corridor share, or of anything but a number', () => {
    const grid: Scenario = {
      format: 'corridor-flow/scenario@1',
      name: 'two',
      nodes: [{ id: 'a' }, { id: 'b' }],
      links: [{ id: 'ab', from: 'a', to: 'b', cost: 1, capacity: 10 }],
      corridors: [{ id: 'c', gates: ['ab'], minShare: 0.2, maxShare: 0.5 }],
      demands: [{ id: 'd', from: 'a', to: 'b', volume: 5 }],
    };
    const before = validated(grid);
    // minShare above maxShare: valid on its own range (0…1), invalid against its pair.
    const share = { ...grid, corridors: [{ ...grid.corridors![0]!, minShare: 0.8 }] };
    expect(validateEdit(before, share)).toEqual(parseScenario(share));
    expect(validateEdit(before, share).ok).toBe(false);
    // A link to a node that does not exist: a reference, not a number.
    const dangling = withField(grid, 'links', 0, 'to', 'nowhere');
    expect(validateEdit(before, dangling).ok).toBe(false);
    expect(validateEdit(before, dangling)).toEqual(parseScenario(dangling));
  });

  it('should answer an in-range number edit with the edited scenario itself, valid', () => {
    const { scenario } = validated({
      format: 'corridor-flow/scenario@1',
      name: 'two',
      nodes: [{ id: 'a' }, { id: 'b' }],
      links: [{ id: 'ab', from: 'a', to: 'b', cost: 1, capacity: 10 }],
      demands: [{ id: 'd', from: 'a', to: 'b', volume: 5 }],
    });
    const next = withField(scenario, 'links', 0, 'capacity', 4);

    const outcome = validateEdit(validated(scenario), next);

    expect(outcome.ok && outcome.scenario).toBe(next);
  });
});
