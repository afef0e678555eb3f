/**
 * Progress and Cancel of a path-method solve in the real solver worker
 * (glpk.js), on a mid-size generated network: the rounds arrive while the
 * worker is busy, Cancel resolves the call at once as cancelled, and the
 * next solve, in a fresh worker, gives the optimum with its bound met.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createSolverWorker, SolverClient, type SolveProgress } from '../../../src/client';
import type { Scenario } from '../../../src/model/types';
import { generateScenario } from '../../../scripts/generate-scenario.js';

/** About 45,000 arc-LP columns: the path method by `auto`, a second or so of rounds. */
const network = (): Scenario => generateScenario({ seed: 20261127, width: 20, height: 20, demands: 30 }) as Scenario;

let client: SolverClient | null = null;
afterEach(() => {
  client?.dispose();
  client = null;
});

describe('SolverClient with the solver worker on a path-method solve', () => {
  it('should report rounds while solving, each bound at most the optimum', async () => {
    client = new SolverClient({ timeoutMs: 120_000 });
    const events: SolveProgress[] = [];
    const outcome = await client.solve(network(), { onProgress: (p) => events.push(p) });

    expect(outcome.stale).toBe(false);
    if (outcome.stale) return;
    expect(outcome.result.status).toBe('optimal');
    expect(events.length).toBeGreaterThan(0);
    for (let i = 1; i < events.length; i++) expect(events[i]!.round).toBeGreaterThan(events[i - 1]!.round);
    for (const e of events) if (e.bound !== null) expect(e.bound).toBeLessThanOrEqual(outcome.result.objective * (1 + 1e-6));
  });

  it('should resolve a cancelled solve at once as cancelled, and solve the next one in a fresh worker', async () => {
    let started = 0;
    client = new SolverClient({
      timeoutMs: 120_000,
      createWorker: () => {
        started++;
        return createSolverWorker();
      },
    });
    const scenario = network();
    let heard: () => void = () => undefined;
    const firstProgress = new Promise<void>((resolve) => (heard = resolve));
    const running = client.solve(scenario, { onProgress: () => heard() });
    await firstProgress;

    expect(client.cancel()).toBe(true);
    expect(await running).toEqual({ stale: true, cancelled: true });
    expect(client.cancel()).toBe(false);
    expect(started).toBe(2);

    const again = await client.solve(scenario);
    expect(again.stale).toBe(false);
    if (!again.stale) expect(again.result.status).toBe('optimal');
  });
});
