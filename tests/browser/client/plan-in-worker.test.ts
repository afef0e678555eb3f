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

/** A worker factory that tells whether its (last) worker was terminated. */
function watchTermination(): { readonly createWorker: () => Worker; readonly terminated: () => boolean } {
  let terminated = false;
  return {
    createWorker: () => {
      const worker = createWorker();
      const terminate = worker.terminate.bind(worker);
      worker.terminate = () => {
        terminated = true;
        terminate();
      };
      return worker;
    },
    terminated: () => terminated,
  };
}

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

  it('should keep its worker, idle, until the page has drawn the plan (holdWorkerUntil), and end it then', async () => {
    const { createWorker: watched, terminated } = watchTermination();
    let drawn!: () => void;
    const holdWorkerUntil = new Promise<void>((resolve) => (drawn = resolve));

    const plan = await planInWorker(fakeScenario('years', 500), {}, { createWorker: watched, holdWorkerUntil });
    const endedWithTheAnswer = terminated();
    drawn();
    await new Promise((r) => setTimeout(r, 0));

    expect(plan.years.map((y) => y.year)).toEqual([2030, 2035]);
    expect(endedWithTheAnswer).toBe(false);
    expect(terminated()).toBe(true);
  });

  it('should end its worker with the answer when nothing holds it', async () => {
    const { createWorker: watched, terminated } = watchTermination();
    await planInWorker(fakeScenario('years', 500), {}, { createWorker: watched });
    expect(terminated()).toBe(true);
  });

  it('should end a held worker at once when the plan is cancelled after its answer', async () => {
    const { createWorker: watched, terminated } = watchTermination();
    const controller = new AbortController();
    await planInWorker(fakeScenario('years', 500), {}, { createWorker: watched, signal: controller.signal, holdWorkerUntil: new Promise(() => undefined) });
    const before = terminated();
    controller.abort(new Error('user cancelled'));
    await new Promise((r) => setTimeout(r, 0));
    expect(before).toBe(false);
    expect(terminated()).toBe(true);
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
