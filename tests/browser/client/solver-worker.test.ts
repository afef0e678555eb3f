/**
 * The real worker (`workers/solver.worker.ts` with glpk.js) behind the client,
 * on a scenario whose optimum is known by hand.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { SolverClient, WorkerPool } from '../../../src/client';
import { closeTo } from '../../support/tolerance';
import type { Result } from '../../../src/model/types';
import { twoCorridors, twoCorridorsAnswer } from './fixtures/two-corridors';

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
