import { describe, expect, it } from 'vitest';
import { onWire, TEXT_MIN_ITEMS } from '../../../src/client/solver-client';
import { scenarioOffWire } from '../../../workers/solve-methods';
import type { Scenario } from '../../../src/model/types';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { loadModel } from '../analysis/analysis-support';

describe('onWire (how SolverClient sends a scenario to its worker)', () => {
  it('should send a large scenario as its JSON text, which the worker reads back to the same scenario', () => {
    const large: Scenario = generateScenario({ seed: 20261206, width: 24, height: 24, demands: 3 });
    expect(large.nodes.length + large.links.length + large.demands.length).toBeGreaterThanOrEqual(TEXT_MIN_ITEMS);

    const sent = onWire(large);

    expect(sent).toBe(JSON.stringify(large));
    expect(scenarioOffWire(sent)).toStrictEqual(large);
  });

  it('should send a small scenario as it is', () => {
    const small = loadModel('caspian-2030');

    const sent = onWire(small);

    expect(sent).toBe(small);
    expect(scenarioOffWire(sent)).toBe(small);
  });
});
