import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { formatProblem, parseScenario } from '../../../src/model';
import { parseScenarioInSlices } from '../../../src/model/parse-scenario-in-slices';
import type { Scenario } from '../../../src/model/types';
import { scenarioArbitrary } from '../../../src/testing/scenario-arbitrary';
import { propertySettings } from '../../support/property-settings';

const BROKEN = new URL('../../fixtures/broken/', import.meta.url);
const MODELS = new URL('../../../models/', import.meta.url);
const jsonFiles = (directory: URL): string[] => readdirSync(directory).filter((name) => name.endsWith('.json') && name !== 'expected.json');

/** parseScenarioInSlices with a pause that only counts. */
async function sliced(input: unknown): Promise<{ outcome: ReturnType<typeof parseScenario>; pauses: number }> {
  let pauses = 0;
  const outcome = await parseScenarioInSlices(input, async () => {
    pauses++;
  });
  return { outcome, pauses };
}

describe('parseScenarioInSlices', () => {
  it.each(jsonFiles(BROKEN))('should report what parseScenario reports for the broken fixture %s', async (name) => {
    const text = readFileSync(new URL(name, BROKEN), 'utf8');
    expect((await sliced(text)).outcome).toEqual(parseScenario(text));
  });

  it.each(jsonFiles(MODELS))('should accept the model %s as parseScenario does, with the same warnings', async (name) => {
    const value: unknown = JSON.parse(readFileSync(new URL(name, MODELS), 'utf8'));
    const { outcome, pauses } = await sliced(value);
    expect(outcome).toEqual(parseScenario(value));
    expect(outcome.ok && outcome.scenario).toBe(value);
    // The page is let draw between the checks, not only at the end.
    expect(pauses).toBeGreaterThan(3);
  });

  it('should give the outcome of parseScenario for generated scenarios with one field set to an odd value', async () => {
    const odd = fc.oneof(fc.jsonValue(), fc.constantFrom(undefined, Number.NaN, -1, Infinity, '', 'x'));
    const collection = fc.constantFrom('nodes', 'links', 'demands', 'corridors');
    const field = fc.constantFrom('id', 'from', 'to', 'cost', 'capacity', 'volume', 'gates', 'minShare', 'lat', 'extra');
    await fc.assert(
      fc.asyncProperty(scenarioArbitrary(), collection, fc.nat(5), field, odd, async (scenario, key, index, name, value) => {
        const copy = structuredClone(scenario) as unknown as Record<string, Record<string, unknown>[] | undefined>;
        const item = copy[key]?.[index % Math.max(1, copy[key]?.length ?? 1)];
        if (item !== undefined) item[name] = value;
        expect((await sliced(copy)).outcome).toEqual(parseScenario(copy));
      }),
      propertySettings(60),
    );
  });

  it('should name the JSON path of an error deep in a 12,000-item network', async () => {
    const network = generateScenario({ seed: 3, width: 50, height: 50, demands: 105 }) as Scenario & { links: { capacity?: unknown }[] };
    network.links[9_000]!.capacity = -5;
    const { outcome } = await sliced(network);
    expect(outcome.ok).toBe(false);
    const messages = outcome.ok ? [] : outcome.errors.map(formatProblem);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^links\[9000\]\.capacity: expected .*, got -5/);
  });

  it('should check nothing below the top level before its first pause: setting a large scenario returns at once', async () => {
    const network = generateScenario({ seed: 3, width: 10, height: 10, demands: 5 }) as Scenario;
    let reads = 0;
    const first = { ...network.links[0]! };
    Object.defineProperty(first, 'id', { enumerable: true, get: () => (reads++, network.links[0]!.id) });
    const input = { ...network, links: [first, ...network.links.slice(1)] };
    const readsAtPause: number[] = [];

    const outcome = await parseScenarioInSlices(input, async () => {
      readsAtPause.push(reads);
    });

    expect(outcome.ok).toBe(true);
    expect(readsAtPause[0]).toBe(0);
    expect(reads).toBeGreaterThan(0);
  });

  it('should not pause for input refused before its checks', async () => {
    expect(await sliced('[1, 2')).toMatchObject({ outcome: { ok: false }, pauses: 0 });
    expect(await sliced(42)).toMatchObject({ outcome: { ok: false, errors: [{ path: '', message: 'expected a scenario object, got 42' }] }, pauses: 0 });
  });
});
