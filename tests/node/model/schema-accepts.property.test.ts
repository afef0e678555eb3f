import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { scenarioSchema, schemaAccepts } from '../../../src/model/scenario-schema';
import { scenarioArbitrary } from '../../../src/testing/scenario-arbitrary';
import { propertySettings } from '../../support/property-settings';
import { loadModel } from '../analysis/analysis-support';

const valibotAccepts = (value: unknown): boolean => v.safeParse(scenarioSchema, value).success;

/** Values a field may be set to: JSON values, and what only an object built in code can hold. */
const oddValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(undefined, Number.NaN, Infinity, -Infinity, -0, 0, 1, -1, 2, 91, -181, 1e300, '', 'KZ', 'kz', 'rail', 'sea', 'port', 'x'.repeat(65), 'a b', true, false, null, [], {}, ['x'], [1]),
  fc.double(),
  fc.string(),
);

const ITEM_FIELDS = ['id', 'name', 'from', 'to', 'cost', 'capacity', 'days', 'km', 'mode', 'enabled', 'kind', 'country', 'lat', 'lon', 'volume', 'valueOfTime', 'unmetPenalty', 'label', 'gates', 'minShare', 'maxShare', 'minFlow', 'maxFlow', 'color', 'source', 'assumption', 'title', 'url', 'year', 'set', 'min', 'mode', 'max'];
const COLLECTIONS = ['nodes', 'links', 'corridors', 'demands', 'sources', 'uncertainty'] as const;
const TOP_FIELDS = ['format', 'name', 'description', ...COLLECTIONS];

type Mutation =
  | { readonly kind: 'item'; readonly collection: (typeof COLLECTIONS)[number]; readonly index: number; readonly field: string; readonly value: unknown; readonly remove: boolean }
  | { readonly kind: 'top'; readonly field: string; readonly value: unknown; readonly remove: boolean }
  | { readonly kind: 'prototype'; readonly collection: (typeof COLLECTIONS)[number]; readonly index: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('item' as const), collection: fc.constantFrom(...COLLECTIONS), index: fc.nat(6), field: fc.constantFrom(...ITEM_FIELDS), value: oddValue, remove: fc.boolean() }),
  fc.record({ kind: fc.constant('top' as const), field: fc.constantFrom(...TOP_FIELDS), value: oddValue, remove: fc.boolean() }),
  fc.record({ kind: fc.constant('prototype' as const), collection: fc.constantFrom(...COLLECTIONS), index: fc.nat(6) }),
);

function mutate(base: unknown, changes: readonly Mutation[]): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  for (const change of changes) {
    if (change.kind === 'top') {
      if (change.remove) delete copy[change.field];
      else copy[change.field] = change.value;
      continue;
    }
    const items = copy[change.collection];
    if (!Array.isArray(items) || items.length === 0) continue;
    const at = change.index % items.length;
    if (change.kind === 'prototype') {
      items[at] = Object.assign(Object.create(null), items[at]);
      continue;
    }
    const item = items[at];
    if (typeof item !== 'object' || item === null) continue;
    if (change.remove) delete (item as Record<string, unknown>)[change.field];
    else (item as Record<string, unknown>)[change.field] = change.value;
  }
  return copy;
}

describe('schemaAccepts (the parser\'s check of a valid scenario without valibot)', () => {
  it('should never accept what the valibot schema refuses, whatever is changed in a valid scenario', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(scenarioArbitrary({ nodes: { min: 2, max: 5 } }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (scenario, changes) => {
        const value = mutate(scenario, changes);
        const fast = schemaAccepts(value);
        if (fast) accepted++;
        else refused++;
        if (fast) expect(valibotAccepts(value)).toBe(true);
      }),
      propertySettings(2000),
    );
    // Both answers were reached: the property said something about each.
    expect(accepted).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(50);
  });

  it('should accept every valid scenario, so a valid file skips valibot (generated scenarios and the models)', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ nodes: { min: 2, max: 6 } }), (scenario) => {
        expect(valibotAccepts(scenario)).toBe(true);
        expect(schemaAccepts(scenario)).toBe(true);
      }),
      propertySettings(300),
    );
    for (const name of ['caspian-2024', 'caspian-2030', 'caspian-2030-tripp-built', 'caspian-2030-iran-closed', 'caspian-2030-russia-closed', 'caspian-2030-both-closed', 'caspian-grain-armenia', 'teaching-share-cap', 'teaching-soft-demand', 'teaching-two-routes']) {
      expect(schemaAccepts(loadModel(name)), name).toBe(true);
    }
  });

  it('should refuse what is out of order across two fields, as valibot does', () => {
    const model = loadModel('caspian-2030');
    const corridors = model.corridors!.map((c, i) => (i === 0 ? { ...c, minShare: 0.6, maxShare: 0.4 } : c));
    expect(valibotAccepts({ ...model, corridors })).toBe(false);
    expect(schemaAccepts({ ...model, corridors })).toBe(false);
    const uncertainty = [{ set: 'links.caspian-ferry.cost', min: 10, mode: 5, max: 20 }];
    expect(valibotAccepts({ ...model, uncertainty })).toBe(false);
    expect(schemaAccepts({ ...model, uncertainty })).toBe(false);
  });
});
