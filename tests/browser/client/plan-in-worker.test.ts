import { describe, expect, it } from 'vitest';
import { planInWorker } from '../../../src/client/plan-in-worker';
import { calibrateInWorker } from '../../../src/client/calibrate-in-worker';
import { SolverClientError } from '../../../src/client/solver-client-error';
import type { PlanProgress } from '../../../src/plan/types';
import { fakeScenario } from './fixtures/fake-solver';
import { errorResult } from '../../../src/client/error-result';

const workers: Worker[] = [];
const createWorker = (): Worker => {
  const worker = new Worker(new URL('./fixtures/fake-plan.worker.ts', import.meta.url), { type: 'module' });
  workers.push(worker);
  return worker;
};

describe('planInWorker', () => {
  it('should resolve with the worker’s plan and pass on its progress in order', async () => {
    const seen: PlanProgress[] = [];
    const plan = await planInWorker(fakeScenario('plan', 500), { gap: 0.01 }, { createWorker, onProgress: (p) => seen.push(p) });
    expect(plan.status).toBe('optimal');
    expect(plan.objective).toBe(500);
    expect(seen.map((p) => p.phase)).toEqual(['relaxation', 'branching', 'done']);
    expect(seen[1]).toMatchObject({ incumbent: 525, bound: 495 });
    expect(seen[1]!.gap).toBeCloseTo(30 / 525, 12);
  });

  it('should put back each model year, sent in a message of its own, in its place in the result', async () => {
    const plan = await planInWorker(fakeScenario('years', 500), {}, { createWorker });
    expect(plan.years).toEqual([2030, 2035].map((year) => ({ year, weight: 5, result: errorResult(`year ${year}`, 0) })));
    // The result reads as the worker's (same fields, same order): its JSON export is unchanged.
    expect(Object.keys(plan)).toEqual(['status', 'objective', 'gap', 'years', 'projects', 'appraisal', 'solver']);
  });

  it('should resolve once its worker has ended, so the page draws the plan without the worker’s teardown beside it', async () => {
    // Every worker holds a life lock until the browser has torn it down (worker-handle.ts).
    const workerLocks = async (): Promise<number> => ((await navigator.locks.query()).held ?? []).filter((l) => l.name?.startsWith('corridor-flow:worker:')).length;
    const before = await workerLocks();

    const plan = await planInWorker(fakeScenario('years', 500), {}, { createWorker });
    const held = await workerLocks();

    expect(plan.status).toBe('optimal');
    expect(held).toBe(before);
  });

  it('should reject with the signal’s reason when cancelled while the worker ends, after the plan came', async () => {
    const controller = new AbortController();
    // The worker is terminated once its answer is in: the user cancels right then, before the page has taken it.
    const cancelAtEnd = (): Worker => {
      const worker = createWorker();
      const terminate = worker.terminate.bind(worker);
      worker.terminate = () => {
        terminate();
        controller.abort(new Error('user cancelled at the hand-over'));
      };
      return worker;
    };
    const running = planInWorker(fakeScenario('years', 500), {}, { createWorker: cancelAtEnd, signal: controller.signal });
    await expect(running).rejects.toThrow('user cancelled at the hand-over');
  });

  it('should reject with the signal’s reason when cancelled, after progress has come in', async () => {
    const controller = new AbortController();
    const seen: PlanProgress[] = [];
    const running = planInWorker(fakeScenario('hang', 10), {}, {
      createWorker,
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p);
        if (seen.length === 3) controller.abort(new Error('user cancelled'));
      },
    });
    await expect(running).rejects.toThrow('user cancelled');
    const count = seen.length;
    await new Promise((r) => setTimeout(r, 150));
    // The worker was terminated: no progress after the cancel.
    expect(seen.length).toBe(count);
  });

  it('should reject with a timeout when the plan outlives its limit', async () => {
    const running = planInWorker(fakeScenario('hang', 10), {}, { createWorker, timeoutMs: 300 });
    await expect(running).rejects.toBeInstanceOf(SolverClientError);
    await expect(running).rejects.toMatchObject({ kind: 'timeout' });
  });

  it('should not start a worker for a signal already aborted', async () => {
    const before = workers.length;
    await expect(planInWorker(fakeScenario('plan', 1), {}, { createWorker, signal: AbortSignal.abort(new Error('no')) })).rejects.toThrow('no');
    expect(workers.length).toBe(before);
  });
});

describe('calibrateInWorker', () => {
  it('should resolve with the worker’s calibration', async () => {
    const c = await calibrateInWorker(fakeScenario('cal', 5), {}, { createWorker });
    expect(c.status).toBe('calibrated');
    expect(c.changes).toHaveLength(1);
  });
});

describe('a worker whose solver has no LP or MIP solver underneath', () => {
  it('should answer plan and calibrate with an error as data, not a rejection', async () => {
    const worker = (): Worker => new Worker(new URL('./fixtures/fake-solver.worker.ts', import.meta.url), { type: 'module' });
    const plan = await planInWorker(fakeScenario('plan', 1), {}, { createWorker: worker });
    expect(plan).toMatchObject({ status: 'error', diagnosis: ['this solver cannot plan (no MIP solver)'] });
    const calibration = await calibrateInWorker(fakeScenario('cal', 1), {}, { createWorker: worker });
    expect(calibration).toMatchObject({ status: 'error', scenario: null, diagnosis: [expect.stringContaining('no LP solver to calibrate with')] });
  });
});
