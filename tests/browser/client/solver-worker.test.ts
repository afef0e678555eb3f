/**
 * The real worker (`workers/solver.worker.ts` with glpk.js) behind the client,
 * on a scenario whose optimum is known by hand.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { SolverClient, WorkerPool } from '../../../src/client';
import { closeTo } from '../../support/tolerance';
import type { Result } from '../../../src/model/types';
import { twoCorridors, twoCorridorsAnswer } from './fixtures/two-corridors';
import { PACK_MIN_RECORDS, recordCount } from '../../../src/client/solve-answer';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { UNPACK_RECORDS_PER_SLICE } from '../../../src/client/packed-result';

const client = new SolverClient();
afterAll(() => client.dispose());

describe('the solver worker', () => {
  it('should solve a scenario with glpk.js inside the worker', async () => {
    const outcome = await client.solve(twoCorridors(60));

    expect(outcome.stale).toBe(false);
    if (outcome.stale) return;
    const { result } = outcome;
    const expected = twoCorridorsAnswer(60);
    expect(result.status).toBe('optimal');
    expect(closeTo(result.objective, expected.objective)).toBe(true);
    expect(closeTo(result.corridors.find((c) => c.id === 'titr')!.flow, expected.titr)).toBe(true);
    expect(closeTo(result.corridors.find((c) => c.id === 'tripp')!.flow, expected.tripp)).toBe(true);
    // One more t/yr through `ab` saves 20 − 15 = 5 USD/yr.
    expect(closeTo(result.links.find((l) => l.id === 'ab')!.marginalValue, 5)).toBe(true);
  });

  it('should name glpk.js and its version in ping once loaded', async () => {
    await client.solve(twoCorridors(10));
    const reply = await client.ping();

    expect(reply.solver?.name).toBe('glpk.js');
    expect(reply.solver?.version).toMatch(/5\.0\.0/);
    // glpk.js's wasm instance was caught in the worker, and GLPK is called on it directly.
    expect(reply.solver?.direct).toBe(true);
  });

  it('should give back a large result, which crosses packed, exactly as a plain solve of the worker sends it', async () => {
    const large = generateScenario({ seed: 20261206, width: 20, height: 20, demands: 25 });
    const untimed = (r: Result) => ({ ...r, solver: { ...r.solver, ms: 0 } });

    const outcome = await client.solve(large);
    // The pool sends a lone scenario through the worker's `solve`: the structured clone of the plain result.
    const pool = new WorkerPool({ size: 1 });
    const [plain] = await pool.solveMany([large]);
    pool.dispose();

    expect(outcome.stale).toBe(false);
    if (outcome.stale) return;
    expect(outcome.result.status).toBe('optimal');
    expect(recordCount(outcome.result)).toBeGreaterThanOrEqual(PACK_MIN_RECORDS);
    expect(untimed(outcome.result)).toStrictEqual(untimed(plain!));
    expect(JSON.stringify(untimed(outcome.result))).toBe(JSON.stringify(untimed(plain!)));
  });

  it('should unpack a large answer in slices, pausing between them, when given a pause', async () => {
    const large = generateScenario({ seed: 20261206, width: 30, height: 30, demands: 40 });
    const untimed = (r: Result) => ({ ...r, solver: { ...r.solver, ms: 0 } });
    let pauses = 0;
    const pausing = new SolverClient({ pause: () => new Promise((resolve) => setTimeout(() => resolve(void pauses++), 0)) });

    const sliced = await pausing.solve(large);
    pausing.dispose();
    const whole = await client.solve(large);

    expect(sliced.stale || whole.stale).toBe(false);
    if (sliced.stale || whole.stale) return;
    expect(recordCount(sliced.result)).toBeGreaterThan(2 * UNPACK_RECORDS_PER_SLICE);
    expect(pauses).toBeGreaterThanOrEqual(2);
    expect(untimed(sliced.result)).toStrictEqual(untimed(whole.result));
  });

  it('should solve a batch over a pool of real workers, in order', async () => {
    const pool = new WorkerPool({ size: 2 });
    const capacities = [0, 20, 40, 60, 80, 100, 120];

    const results = await pool.solveMany(capacities.map((c) => twoCorridors(c)));
    pool.dispose();

    expect(results.map((r) => r.objective)).toEqual(capacities.map((c) => expect.closeTo(twoCorridorsAnswer(c).objective, 6)));
  });

  it('should solve variants of a base over a pool of real workers exactly as solveMany solves the built scenarios', async () => {
    const pool = new WorkerPool({ size: 2 });
    const capacities = Array.from({ length: 40 }, (_, i) => (i % 20) * 6);
    const untimed = (r: Result) => ({ ...r, solver: { ...r.solver, ms: 0 } });

    const variants = await pool.solveVariants({ base: twoCorridors(60), changes: capacities.map((value) => [{ path: 'links.ab.capacity', value }]) });
    const built = await pool.solveMany(capacities.map((c) => twoCorridors(c)));
    pool.dispose();

    // Neighbouring results share unchanged entries as objects; the values are the same, to the last bit.
    expect(variants.map(untimed)).toStrictEqual(built.map(untimed));
    expect(variants.map((r) => r.objective)).toEqual(capacities.map((c) => expect.closeTo(twoCorridorsAnswer(c).objective, 6)));
  });
});
