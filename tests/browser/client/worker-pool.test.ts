import { describe, it, expect } from 'vitest';
import { WorkerPool } from '../../../src/client';
import { fakeScenario } from './fixtures/fake-solver';

const createFake = (): Worker =>
  new Worker(new URL('./fixtures/fake-solver.worker.ts', import.meta.url), { type: 'module' });

describe('WorkerPool', () => {
  it('should solve a batch in input order and report progress after each scenario', async () => {
    const pool = new WorkerPool({ size: 3, createWorker: createFake });
    const scenarios = Array.from({ length: 10 }, (_, i) => fakeScenario(`slow:${(i % 3) * 20}`, i + 1));
    const progress: [number, number][] = [];

    const results = await pool.solveMany(scenarios, { onProgress: (done, total) => progress.push([done, total]) });
    pool.dispose();

    expect(results.map((r) => r.objective)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(progress).toEqual(Array.from({ length: 10 }, (_, i) => [i + 1, 10]));
  });

  it('should spread a batch over its workers and keep them for the next batch', async () => {
    let started = 0;
    const pool = new WorkerPool({ size: 2, createWorker: () => (started++, createFake()) });
    const scenarios = Array.from({ length: 6 }, (_, i) => fakeScenario('slow:60', i));

    await pool.solveMany(scenarios);
    await pool.solveMany(scenarios);
    pool.dispose();

    expect(started).toBe(2);
  });

  it('should reject with an AbortError when cancelled and stop handing out scenarios', async () => {
    const pool = new WorkerPool({ size: 2, createWorker: createFake });
    const controller = new AbortController();
    const scenarios = Array.from({ length: 40 }, (_, i) => fakeScenario('slow:50', i));
    let lastProgress = 0;

    const batch = pool.solveMany(scenarios, {
      signal: controller.signal,
      onProgress: (done) => {
        lastProgress = done;
        if (done === 3) controller.abort();
      },
    });

    await expect(batch).rejects.toSatisfy((e) => e instanceof DOMException && e.name === 'AbortError');
    await new Promise((r) => setTimeout(r, 200));
    expect(lastProgress).toBeLessThan(6);

    const after = await pool.solveMany([fakeScenario('plain', 11)]);
    expect(after.map((r) => r.objective)).toEqual([11]);
    pool.dispose();
  });

  it('should reject at once when the signal is already aborted', async () => {
    const pool = new WorkerPool({ size: 1, createWorker: createFake });
    await expect(pool.solveMany([fakeScenario('plain', 1)], { signal: AbortSignal.abort() })).rejects.toSatisfy(
      (e) => e instanceof DOMException && e.name === 'AbortError',
    );
    pool.dispose();
  });

  it('should give a timed-out scenario an error result and still solve the rest', async () => {
    const pool = new WorkerPool({ size: 2, timeoutMs: 300, createWorker: createFake });
    const scenarios = [fakeScenario('plain', 1), fakeScenario('hang', 2), fakeScenario('plain', 3), fakeScenario('crash', 4), fakeScenario('plain', 5)];

    const results = await pool.solveMany(scenarios);
    pool.dispose();

    expect(results.map((r) => r.status)).toEqual(['optimal', 'error', 'optimal', 'error', 'optimal']);
    expect(results[1]!.diagnosis?.[0]).toMatch(/took longer than 300 ms/);
    expect(results[3]!.diagnosis?.[0]).toMatch(/simulated crash/);
    expect(results.filter((r) => r.status === 'optimal').map((r) => r.objective)).toEqual([1, 3, 5]);
  });

  it('should default to the number of cores, capped', () => {
    const pool = new WorkerPool({ createWorker: createFake });
    expect(pool.size).toBe(Math.min(navigator.hardwareConcurrency, 8));
    pool.dispose();
  });
});
