import { describe, it, expect } from 'vitest';
import { wrap } from 'comlink';
import { WorkerPool } from '../../../src/client';
import { fakeScenario, HANG_VOLUME, type fakeState } from './fixtures/fake-solver';

const createFake = (): Worker =>
  new Worker(new URL('./fixtures/fake-solver.worker.ts', import.meta.url), { type: 'module' });

/**
 * A worker factory that keeps every fake worker it starts and counts the
 * messages the pool posts to each (one per call: one scenario or one chunk).
 */
function countingFactory() {
  const started: { worker: Worker; messages: number; variantMessages: number; bases: number }[] = [];
  const create = (): Worker => {
    const worker = createFake();
    const entry = { worker, messages: 0, variantMessages: 0, bases: 0 };
    const post = worker.postMessage.bind(worker) as (message: unknown, transfer?: Transferable[]) => void;
    // Counts the calls that carry scenarios (comlink APPLY messages of solve/solveBatch), not
    // the start-up ping every worker handle sends before its first call.
    worker.postMessage = ((message: unknown, transfer?: Transferable[]) => {
      const path = (message as { path?: readonly string[] } | null)?.path;
      if (path?.[0] === 'solve' || path?.[0] === 'solveBatch') entry.messages += 1;
      if (path?.[0] === 'solveVariants') {
        entry.variantMessages += 1;
        const batch = (message as { argumentList: { value: { base?: unknown } }[] }).argumentList[0]!.value;
        if (batch.base !== undefined) entry.bases += 1;
      }
      post(message, transfer);
    }) as Worker['postMessage'];
    started.push(entry);
    return worker;
  };
  /** The fake's counters (read over a second comlink proxy; call before `dispose`). */
  const stats = (index: number) => wrap<{ stats(): typeof fakeState & { batches: number[] } }>(started[index]!.worker).stats();
  return { create, started, stats };
}

/** A chunk target no fake solve comes near, so chunks grow at the sizer's fastest pace whatever the machine's load. */
const LONG_CHUNKS = 60_000;

describe('WorkerPool', () => {
  it('should solve a batch in input order and report rising progress up to the total', async () => {
    const pool = new WorkerPool({ size: 3, createWorker: createFake });
    const scenarios = Array.from({ length: 10 }, (_, i) => fakeScenario(`slow:${(i % 3) * 20}`, i + 1));
    const progress: [number, number][] = [];

    const results = await pool.solveMany(scenarios, { onProgress: (done, total) => progress.push([done, total]) });
    pool.dispose();

    expect(results.map((r) => r.objective)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(progress.every(([, total]) => total === 10)).toBe(true);
    expect(progress.every(([done], i) => i === 0 || done > progress[i - 1]![0])).toBe(true);
    expect(progress.at(-1)).toEqual([10, 10]);
  });

  it('should hand a worker fast scenarios in chunks, keep input order and report progress after each chunk', async () => {
    const workers = countingFactory();
    const pool = new WorkerPool({ size: 1, chunkMs: LONG_CHUNKS, createWorker: workers.create });
    const scenarios = Array.from({ length: 200 }, (_, i) => fakeScenario('plain', i + 1));
    const progress: number[] = [];

    const results = await pool.solveMany(scenarios, { onProgress: (done) => progress.push(done) });
    const messages = workers.started[0]!.messages;
    const { batches, solves } = await workers.stats(0);
    pool.dispose();

    expect(results.map((r) => r.objective)).toEqual(scenarios.map((_, i) => i + 1));
    expect(solves).toBe(200);
    // One scenario, and one more sent ahead before anything is measured, then chunks growing at
    // most 4× a step: 1 + 1 + 4 + 16 + 64 + 114 = 200, six messages.
    expect(messages).toBeLessThanOrEqual(6);
    expect(batches.every((size) => size > 1)).toBe(true);
    expect(messages).toBe(batches.length + 2); // the two single scenarios, then one message per chunk
    const chunkEnds = batches.reduce<number[]>((ends, size) => [...ends, ends.at(-1)! + size], [1, 2]);
    expect(progress).toEqual(chunkEnds);
  });

  it('should keep every worker of the pool busy with chunks and the results in input order', async () => {
    const workers = countingFactory();
    const pool = new WorkerPool({ size: 2, chunkMs: LONG_CHUNKS, createWorker: workers.create });
    const scenarios = Array.from({ length: 300 }, (_, i) => fakeScenario('plain', i + 1));

    const results = await pool.solveMany(scenarios);
    const messages = workers.started.reduce((sum, w) => sum + w.messages, 0);
    const solves = [(await workers.stats(0)).solves, (await workers.stats(1)).solves];
    pool.dispose();

    expect(results.map((r) => r.objective)).toEqual(scenarios.map((_, i) => i + 1));
    expect(solves[0]! + solves[1]!).toBe(300);
    // Each lane takes at most a quarter of what is left, so neither can take the whole batch.
    expect(Math.min(...solves)).toBeGreaterThan(0);
    expect(messages).toBeLessThan(300);
  });

  it('should reject with an AbortError when cancelled while a chunk is being solved, and report nothing after', async () => {
    const workers = countingFactory();
    const pool = new WorkerPool({ size: 1, chunkMs: LONG_CHUNKS, createWorker: workers.create });
    const controller = new AbortController();
    // Chunks of 1, 1 (sent ahead), 4, then 16 scenarios of 40 ms: the abort comes while the chunk of 16 (640 ms) runs.
    const scenarios = Array.from({ length: 40 }, (_, i) => fakeScenario('slow:40', i));
    const progress: number[] = [];
    let progressAfterAbort = 0;

    const batch = pool.solveMany(scenarios, {
      signal: controller.signal,
      onProgress: (done) => {
        if (controller.signal.aborted) progressAfterAbort += 1;
        progress.push(done);
        if (done === 6) setTimeout(() => controller.abort(), 50);
      },
    });

    await expect(batch).rejects.toSatisfy((e) => e instanceof DOMException && e.name === 'AbortError');
    await new Promise((r) => setTimeout(r, 800));
    expect(progress).toEqual([1, 2, 6]);
    expect(progressAfterAbort).toBe(0);

    const after = await pool.solveMany([fakeScenario('plain', 11), fakeScenario('plain', 12)]);
    expect(after.map((r) => r.objective)).toEqual([11, 12]);
    expect(workers.started).toHaveLength(2);
    pool.dispose();
  });

  it('should give only the scenario that crashed the worker inside a chunk an error result', async () => {
    const workers = countingFactory();
    const pool = new WorkerPool({ size: 1, chunkMs: LONG_CHUNKS, createWorker: workers.create });
    const culprit = 12;
    const scenarios = Array.from({ length: 30 }, (_, i) => fakeScenario(i === culprit ? 'crash' : 'plain', i + 1));

    const results = await pool.solveMany(scenarios);
    const statuses = results.map((r) => r.status);
    pool.dispose();

    // The first worker took scenarios 0 … 12 in fewer messages than scenarios, so the crash came inside a chunk.
    expect(workers.started[0]!.messages).toBeLessThan(culprit + 1);
    expect(workers.started.length).toBeGreaterThanOrEqual(3); // the crashed one, the one the culprit crashed again, and the next
    expect(statuses).toEqual(scenarios.map((_, i) => (i === culprit ? 'error' : 'optimal')));
    expect(results[culprit]!.diagnosis?.[0]).toMatch(/simulated crash/);
    expect(results.filter((r) => r.status === 'optimal').map((r) => r.objective)).toEqual(
      scenarios.map((_, i) => i + 1).filter((v) => v !== culprit + 1),
    );
  });

  it('should give only the scenario that hung inside a chunk an error result', async () => {
    const workers = countingFactory();
    const pool = new WorkerPool({ size: 1, timeoutMs: 400, chunkMs: LONG_CHUNKS, createWorker: workers.create });
    const culprit = 7;
    const scenarios = Array.from({ length: 12 }, (_, i) => fakeScenario(i === culprit ? 'hang' : 'plain', i + 1));

    const results = await pool.solveMany(scenarios);
    pool.dispose();

    expect(workers.started[0]!.messages).toBeLessThan(culprit + 1);
    expect(results.map((r) => r.status)).toEqual(scenarios.map((_, i) => (i === culprit ? 'error' : 'optimal')));
    expect(results[culprit]!.diagnosis?.[0]).toMatch(/took longer than 400 ms/);
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

describe('WorkerPool.solveVariants (variants of one base, as the analyses send them)', () => {
  const volumeChanges = (volumes: readonly number[]) => volumes.map((value) => [{ path: 'demands.d.volume', value }]);

  it('should answer as solveMany does for the built variants, in order, with the base sent to each worker once', async () => {
    const workers = countingFactory();
    const pool = new WorkerPool({ size: 2, chunkMs: LONG_CHUNKS, createWorker: workers.create });
    const volumes = Array.from({ length: 60 }, (_, i) => i + 1);
    const progress: number[] = [];

    const results = await pool.solveVariants({ base: fakeScenario('plain', 0), changes: volumeChanges(volumes) }, { onProgress: (done) => progress.push(done) });
    // A second batch of another base: each worker is sent that base once too.
    const again = await pool.solveMany.variants({ base: fakeScenario('plain', 0), changes: volumeChanges([7, 8, 9]) });
    pool.dispose();

    expect(results.map((r) => r.objective)).toEqual(volumes);
    expect(again.map((r) => r.objective)).toEqual([7, 8, 9]);
    expect(progress.at(-1)).toBe(60);
    expect(workers.started).toHaveLength(2);
    // Chunks: fewer messages than variants. Both workers took part in both batches (each lane starts
    // with a chunk of one), so each was sent a base exactly twice: once per batch.
    expect(workers.started.reduce((sum, w) => sum + w.variantMessages, 0)).toBeLessThan(volumes.length + 3);
    expect(workers.started.map((w) => w.bases)).toEqual([2, 2]);
    expect(workers.started.reduce((sum, w) => sum + w.messages, 0)).toBe(0); // no whole scenario crossed per variant
  });

  it('should send the base again to the fresh worker that replaces one that hung, and give only the culprit an error', async () => {
    const workers = countingFactory();
    const pool = new WorkerPool({ size: 1, timeoutMs: 400, chunkMs: LONG_CHUNKS, createWorker: workers.create });
    const volumes = Array.from({ length: 12 }, (_, i) => (i === 7 ? HANG_VOLUME : i + 1));

    const results = await pool.solveVariants({ base: fakeScenario('plain', 0), changes: volumeChanges(volumes) });
    pool.dispose();

    expect(results.map((r) => r.status)).toEqual(volumes.map((v) => (v === HANG_VOLUME ? 'error' : 'optimal')));
    expect(results[7]!.diagnosis?.[0]).toMatch(/took longer than 400 ms/);
    expect(results.filter((r) => r.status === 'optimal').map((r) => r.objective)).toEqual(volumes.filter((v) => v !== HANG_VOLUME));
    // The first worker got the base once; every worker started after it got it again on its first message.
    expect(workers.started.length).toBeGreaterThanOrEqual(2);
    for (const w of workers.started.filter((w) => w.variantMessages > 0)) expect(w.bases).toBe(1);
  });

  it('should start another batch of the same base at the chunk size measured on the last one, and a new base with one variant', async () => {
    const pool = new WorkerPool({ size: 1, chunkMs: LONG_CHUNKS, createWorker: createFake });
    const base = fakeScenario('plain', 0);
    const firstReport = async (variants: Parameters<WorkerPool['solveVariants']>[0]): Promise<number> => {
      const progress: number[] = [];
      const results = await pool.solveVariants(variants, { onProgress: (done) => progress.push(done) });
      expect(results.map((r) => r.objective)).toEqual(variants.changes.map((c) => c[0]!.value));
      return progress[0]!;
    };
    const volumes = Array.from({ length: 100 }, (_, i) => i + 1);

    const first = await firstReport({ base, changes: volumeChanges(volumes) });
    const again = await firstReport({ base, changes: volumeChanges(volumes.map((v) => v + 100)) });
    const otherBase = await firstReport({ base: fakeScenario('plain', 0), changes: volumeChanges(volumes) });
    pool.dispose();

    expect(first).toBe(1);
    expect(again).toBe(100); // the whole batch in one message: the target is far off and one lane takes all
    expect(otherBase).toBe(1);
  });

  it('should hand each worker its even part of another batch of the same base in one message', async () => {
    const workers = countingFactory();
    const pool = new WorkerPool({ size: 2, chunkMs: LONG_CHUNKS, createWorker: workers.create });
    const base = fakeScenario('plain', 0);
    const volumes = Array.from({ length: 100 }, (_, i) => i + 1);
    await pool.solveVariants({ base, changes: volumeChanges(volumes) });
    const before = workers.started.map((w) => w.variantMessages);

    const results = await pool.solveVariants({ base, changes: volumeChanges(volumes.map((v) => v + 100)) });
    const messages = workers.started.map((w, i) => w.variantMessages - before[i]!);
    pool.dispose();

    expect(results.map((r) => r.objective)).toEqual(volumes.map((v) => v + 100));
    expect(messages).toEqual([1, 1]);
  });

  it('should forget the measured size of a base after a chunk of it failed', async () => {
    const pool = new WorkerPool({ size: 1, timeoutMs: 400, chunkMs: LONG_CHUNKS, createWorker: createFake });
    const base = fakeScenario('plain', 0);
    const progress: number[] = [];
    await pool.solveVariants({ base, changes: volumeChanges([1, 2, 3, 4, 5, 6]) });
    await pool.solveVariants({ base, changes: volumeChanges([1, 2, HANG_VOLUME, 4]) });
    const results = await pool.solveVariants({ base, changes: volumeChanges([7, 8, 9]) }, { onProgress: (done) => progress.push(done) });
    pool.dispose();

    expect(results.map((r) => r.objective)).toEqual([7, 8, 9]);
    expect(progress[0]).toBe(1);
  });

  it('should give a variant whose change does not apply an error result saying why, and solve the rest', async () => {
    const pool = new WorkerPool({ size: 1, createWorker: createFake });

    const results = await pool.solveVariants({
      base: fakeScenario('plain', 0),
      changes: [[{ path: 'demands.d.volume', value: 3 }], [{ path: 'demands.nowhere.volume', value: 4 }], [{ path: 'demands.d.volume', value: 5 }]],
    });
    pool.dispose();

    expect(results.map((r) => r.status)).toEqual(['optimal', 'error', 'optimal']);
    expect(results[1]!.diagnosis?.[0]).toMatch(/unknown parameter path "demands\.nowhere\.volume"/);
    expect([results[0]!.objective, results[2]!.objective]).toEqual([3, 5]);
  });
});
