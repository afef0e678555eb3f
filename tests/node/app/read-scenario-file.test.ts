import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { readScenarioFile } from '../../../src/app/read-scenario-file';
import { parseScenario } from '../../../src/model';

const MODEL = new URL('../../../models/caspian-2024.json', import.meta.url);
const LIMIT = 20 * 1024 * 1024;

/** readScenarioFile of `text` with a pause that only counts. */
async function read(text: string): Promise<{ outcome: Awaited<ReturnType<typeof readScenarioFile>>; pauses: number }> {
  let pauses = 0;
  const outcome = await readScenarioFile(new File([text], 'scenario.json'), LIMIT, async () => {
    pauses++;
  });
  return { outcome, pauses };
}

describe('readScenarioFile', () => {
  it('should validate a shipped model at once, with the outcome parseScenario gives', async () => {
    const text = readFileSync(MODEL, 'utf8');
    const { outcome, pauses } = await read(text);
    expect(pauses).toBe(0);
    expect(outcome.ok && outcome.parsed).toEqual(parseScenario(text));
  });

  it('should validate a large file in slices, with the outcome parseScenario gives', async () => {
    const text = JSON.stringify(generateScenario({ seed: 3, width: 30, height: 30, demands: 40 }));
    const { outcome, pauses } = await read(text);
    expect(pauses).toBeGreaterThan(1);
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.parsed).toEqual(parseScenario(text));
    expect(outcome.ok && outcome.scenario).toBe(outcome.ok && outcome.parsed.scenario);
  });

  it('should list every problem of a large file with its JSON path', async () => {
    const network = generateScenario({ seed: 3, width: 30, height: 30, demands: 40 });
    const links = network.links as unknown as { capacity?: unknown }[];
    links[links.length - 2]!.capacity = -1;
    links[7]!.capacity = 'wide';
    const { outcome, pauses } = await read(JSON.stringify(network));
    expect(pauses).toBeGreaterThan(1);
    expect(outcome.ok ? [] : outcome.problems.map((p) => p.path)).toEqual(['links[7].capacity', `links[${links.length - 2}].capacity`]);
  });
});
