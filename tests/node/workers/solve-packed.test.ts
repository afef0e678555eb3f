/**
 * `solvePacked`, the solve `SolverClient` calls: a large result crosses packed (typed arrays transferred) and
 * `resultOf` gives back exactly what `solve` sends plain; small results and failures cross as they are. Over a
 * MessageChannel, as between threads.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkerSolver } from '../../../workers/create-solver-api';
import { workerApi } from './solver-api-channel';
import { createSolver } from '../../../src/solver/create-solver';
import { PACK_MIN_RECORDS, recordCount, resultOf } from '../../../src/client/solve-answer';
import { onWire } from '../../../src/client/solver-client';
import type { Result, Scenario } from '../../../src/model/types';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { loadModel } from '../analysis/analysis-support';


/** Every object's keys in order, nested (toStrictEqual ignores order). */
function keyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keyOrder);
  if (value !== null && typeof value === 'object') return Object.entries(value).map(([k, v]) => [k, keyOrder(v)]);
  return null;
}

/** The result without its solve time, the one figure two solves of one scenario do not share. */
const untimed = (r: Result): Result => ({ ...r, solver: { ...r.solver, ms: 0 } });

/** Some 2,400 records (links, nodes, per-link flows of 25 demands): above `PACK_MIN_RECORDS`. */
const large: Scenario = generateScenario({ seed: 20261206, width: 20, height: 20, demands: 25 });
/** A grid of 2,800 links and nodes, its 3 demands hard and its gates (which every demand crosses) 1 t/yr: infeasible, its lists still full. */
const wide: Scenario = generateScenario({ seed: 20261206, width: 24, height: 24, demands: 3 });
const infeasible: Scenario = {
  ...wide,
  demands: wide.demands.map(({ unmetPenalty: _, ...demand }) => demand),
  links: wide.links.map((l) => (l.mode === 'sea' ? { ...l, capacity: 1 } : l)),
};

let solver: WorkerSolver;
beforeAll(async () => {
  solver = await createSolver();
});

describe('solvePacked (the solve SolverClient calls)', () => {
  it('should send a large result packed and give back exactly the in-process result, key order included', async () => {
    const api = workerApi(createSolver);
    const expected = solver.solve(large);
    expect(recordCount(expected)).toBeGreaterThanOrEqual(PACK_MIN_RECORDS);

    const answer = await api.solvePacked(large);
    const result = resultOf(answer);

    expect((answer as { packed?: unknown }).packed).toBe('result');
    expect(result.status).toBe('optimal');
    expect(untimed(result)).toStrictEqual(untimed(expected));
    expect(keyOrder(result)).toEqual(keyOrder(expected));
  });

  it('should solve a scenario sent as its JSON text (as SolverClient sends a large one) exactly as the scenario itself', async () => {
    const api = workerApi(createSolver);
    const expected = solver.solve(wide);
    const text = onWire(wide);
    expect(typeof text).toBe('string');

    const result = resultOf(await api.solvePacked(text));

    expect(untimed(result)).toStrictEqual(untimed(expected));
    expect(keyOrder(result)).toEqual(keyOrder(expected));
  });

  it('should give back an infeasible large result exactly', async () => {
    const api = workerApi(createSolver);
    const expected = solver.solve(infeasible);
    expect(expected.status).toBe('infeasible');
    expect(recordCount(expected)).toBeGreaterThanOrEqual(PACK_MIN_RECORDS);

    const result = resultOf(await api.solvePacked(infeasible));

    expect(untimed(result)).toStrictEqual(untimed(expected));
    expect(keyOrder(result)).toEqual(keyOrder(expected));
  });

  it('should send a small result and a failure as they are, the same as solve sends them', async () => {
    const api = workerApi(createSolver);
    const small = loadModel('caspian-2030');

    const answer = await api.solvePacked(small);
    const plain = await api.solve(small);

    expect((answer as { packed?: unknown }).packed).toBeUndefined();
    expect(untimed(resultOf(answer))).toStrictEqual(untimed(plain));

    const failing = workerApi(() => Promise.reject(new Error('no wasm here')));
    const failed = await failing.solvePacked(large);
    expect(failed).toMatchObject({ status: 'error', diagnosis: ['solver failed: Error: no wasm here'] });
    expect(untimed(resultOf(failed))).toStrictEqual(untimed(await failing.solve(large)));
  });
});
