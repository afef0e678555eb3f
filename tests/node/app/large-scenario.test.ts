import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { isLargeScenarioInput, SLICED_VALIDATION_ITEMS } from '../../../src/app/large-scenario';

const MODELS = new URL('../../../models/', import.meta.url);

describe('isLargeScenarioInput', () => {
  it.each(readdirSync(MODELS).filter((name) => name.endsWith('.json')))('should keep the model %s synchronous, as object and as text', (name) => {
    const text = readFileSync(new URL(name, MODELS), 'utf8');
    expect(isLargeScenarioInput(text)).toBe(false);
    expect(isLargeScenarioInput(JSON.parse(text))).toBe(false);
  });

  it('should count nodes, links and demands together, from the threshold on', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `x${i}` }));
    const third = Math.floor(SLICED_VALIDATION_ITEMS / 3);
    const rest = SLICED_VALIDATION_ITEMS - 2 * third;
    expect(isLargeScenarioInput({ nodes: items(third), links: items(third), demands: items(rest) })).toBe(true);
    expect(isLargeScenarioInput({ nodes: items(third), links: items(third), demands: items(rest - 1) })).toBe(false);
    expect(isLargeScenarioInput({ nodes: 'many', links: { length: 1e6 } })).toBe(false);
    expect(isLargeScenarioInput(null)).toBe(false);
  });

  it('should find the 1M-variable benchmark network large, as object and as text', () => {
    const network = generateScenario({ seed: 1, width: 50, height: 50, demands: 105 });
    expect(isLargeScenarioInput(network)).toBe(true);
    expect(isLargeScenarioInput(JSON.stringify(network))).toBe(true);
  });

  it('should not run a getter to count', () => {
    let read = false;
    const input = {
      get links() {
        read = true;
        return [];
      },
    };
    expect(isLargeScenarioInput(input)).toBe(false);
    expect(read).toBe(false);
  });
});
