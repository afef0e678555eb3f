/**
 * A sweep's variants in the solver worker start from the last basis: the
 * worker's API over a MessageChannel (as between threads), its warm starts
 * read from `ping`.
 */
import { describe, expect, it } from 'vitest';
import { workerApi } from './solver-api-channel';
import { createSolver } from '../../../src/solver/create-solver';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { closeTo } from '../../support/tolerance';


/** About 5,000 LP columns: large enough for the warm path (small LPs always solve cold). */
const base = generateScenario({ seed: 20261127, width: 10, height: 10, demands: 14 });
const swept = base.links.find((l) => l.capacity !== undefined)!;
const changes = [0.25, 0.5, 1, 1.5].map((f) => [{ path: `links.${swept.id}.capacity`, value: swept.capacity! * f }]);

describe('the solver worker\'s variants', () => {
  it('should start every variant after the first from the last basis, with the cold answers', async () => {
    const api = workerApi(createSolver);
    const cold = await createSolver();

    const results = await api.solveVariants({ key: 1, base, changes });
    const ping = await api.ping();

    expect(ping.solver?.warmStarts).toBe(changes.length - 1);
    results.forEach((result, i) => {
      const expected = cold.solve({ ...base, links: base.links.map((l) => (l.id === swept.id ? { ...l, capacity: changes[i]![0]!.value } : l)) });
      expect(result.status).toBe(expected.status);
      expect(closeTo(result.objective, expected.objective, 1e-7), `${result.objective} vs ${expected.objective}`).toBe(true);
    });
  });

  it('should report no warm starts with a solver that has no warm path', async () => {
    const api = workerApi(async () => {
      const { warmSolver: _, ...solver } = await createSolver();
      return solver;
    });

    await api.solveVariants({ key: 1, base, changes });

    const ping = await api.ping();

    expect(ping.solver?.name).toBe('glpk.js');
    expect(ping.solver?.warmStarts).toBeUndefined();
  });
});
