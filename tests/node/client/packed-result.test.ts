import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { packedBuffers, packResult, unpackResult } from '../../../src/client/packed-result';
import type { Result } from '../../../src/model/types';
import type { SolveOne } from '../../../src/analysis/types';
import { propertySettings } from '../../support/property-settings';
import { inProcessSolve, loadModel } from '../analysis/analysis-support';

let solve: SolveOne;
beforeAll(async () => {
  solve = await inProcessSolve();
});

/** Every object's keys in order, nested: what a JSON export of the value would list (toStrictEqual ignores order). */
function keyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keyOrder);
  if (value !== null && typeof value === 'object') return Object.entries(value).map(([k, v]) => [k, keyOrder(v)]);
  return null;
}

/** As it crosses to the page: packed in the worker, cloned with its buffers transferred, unpacked. */
function acrossTheWire(result: Result): Result {
  const packed = packResult(result);
  return unpackResult(structuredClone(packed, { transfer: packedBuffers(packed) }));
}

describe('packResult / unpackResult (a plan year\'s result as it crosses to the page)', () => {
  it('should give back the default model\'s result exactly, key order included', async () => {
    const result = await solve(loadModel('caspian-2030'));
    const copy = structuredClone(result);

    const back = acrossTheWire(result);

    expect(back).toStrictEqual(copy);
    expect(keyOrder(back)).toEqual(keyOrder(copy));
    expect(JSON.stringify(back)).toBe(JSON.stringify(copy));
  });

  it('should hold the lists of records in typed arrays and each id once', async () => {
    const result = await solve(loadModel('caspian-2030'));

    const packed = packResult(result);

    expect(packed.lists).toEqual(['corridors', 'links', 'nodes', 'demands']);
    expect(Object.keys(packed.plain)).not.toContain('links');
    const ids = new Set([...result.links, ...result.nodes, ...result.demands, ...result.corridors].map((x) => x.id));
    expect(packed.strings.length).toBeLessThanOrEqual(ids.size);
    // Ids named again by the per-demand flows are the same strings, not copies.
    const back = unpackResult(packed);
    const linkIds = new Map(back.links.map((l) => [l.id, l.id]));
    for (const d of back.demands) for (const f of d.flows ?? []) expect(Object.is(f.link, linkIds.get(f.link))).toBe(true);
  });

  it('should keep a field that is not a list of flat records as it is', () => {
    const odd = { status: 'optimal', objective: 1, nested: [{ id: 'a', deep: [{ x: [{ y: 1 }] }] }], diagnosis: ['one', 'two'], when: new Date(0) };

    const packed = packResult(odd as unknown as Result);

    expect(packed.lists).toEqual([]);
    expect(unpackResult(packed)).toStrictEqual(odd);
  });

  it('should give back any result-shaped value exactly (-0, NaN, null, undefined, missing keys, booleans, nested lists)', () => {
    const number = fc.oneof(fc.double(), fc.constantFrom(-0, 0, NaN, Infinity, -Infinity));
    const flat = fc.oneof(number, fc.constant(null), fc.constant(undefined), fc.boolean(), fc.string({ maxLength: 4 }));
    const flow = fc.record({ link: fc.string({ maxLength: 3 }), flow: number }, { requiredKeys: ['link'], noNullPrototype: true });
    const record = fc.record(
      { id: fc.string({ maxLength: 3 }), flow: flat, utilisation: flat, marginalValue: number, flows: fc.array(flow, { maxLength: 3 }) },
      { requiredKeys: ['id'], noNullPrototype: true },
    );
    const result = fc.record(
      {
        status: fc.constantFrom('optimal', 'infeasible'),
        objective: number,
        links: fc.array(record, { maxLength: 5 }),
        demands: fc.array(record, { maxLength: 5 }),
        diagnosis: fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }),
        other: fc.record({ flow: number, share: number }, { noNullPrototype: true }),
      },
      { requiredKeys: ['status', 'links'], noNullPrototype: true },
    );
    fc.assert(
      fc.property(result, (r) => {
        const back = acrossTheWire(r as unknown as Result);
        expect(back).toStrictEqual(r);
        expect(keyOrder(back)).toEqual(keyOrder(r));
      }),
      propertySettings(200),
    );
  });
});
