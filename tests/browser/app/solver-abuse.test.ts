/**
 * The app with a solver that misbehaves: slow, hung, dying, or sent a
 * scenario structured cloning cannot copy. The fake solver worker answers
 * with objective = the first demand's volume, so each answer says which
 * scenario it belongs to.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import type { CorridorErrorDetail, CorridorFlow, CorridorSolvedDetail } from '../../../src/app/corridor-flow';
import { setWorkerFactory } from '../../../src/client';
import type { Scenario } from '../../../src/model/types';
import { fakeScenario } from '../client/fixtures/fake-solver';
import { until } from './analyses-fixture';
import { makeApp, nextEvent, shadow } from './app-fixture';
import { fakeSolverApps } from './fake-solver-apps';

const { attach, workers } = fakeSolverApps();

/** The next corridor-solved for the scenario named `name`. */
async function solvedFor(app: CorridorFlow, name: string, timeoutMs = 15_000): Promise<CorridorSolvedDetail> {
  for (;;) {
    const detail = await nextEvent<CorridorSolvedDetail>(app, 'corridor-solved', timeoutMs);
    if (detail.scenario.name === name) return detail;
  }
}

const title = (app: CorridorFlow) => shadow(app).querySelector('h1.name')?.textContent;
const splitResult = (app: CorridorFlow) => (shadow(app).querySelector('corridor-split') as unknown as { result: unknown }).result;

describe('<corridor-flow> with a misbehaving solver', () => {
  it('should solve the newest scenario when an older one times out, and never show the older answer under its name', async () => {
    const { app, errors } = attach(1000);
    app.scenario = fakeScenario('first', 7);
    await solvedFor(app, 'first');

    // A slow scenario, then within 2 s a small one: the slow one times out while the small one waits.
    app.scenario = fakeScenario('slow:4000', 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    app.scenario = fakeScenario('small', 42);

    const solved = await solvedFor(app, 'small');
    expect(solved.result.objective).toBe(42);
    await app.updateComplete;
    expect(title(app)).toBe('small');
    expect(app.result?.objective).toBe(42);
    expect((splitResult(app) as { objective: number }).objective).toBe(42);
    // The slow scenario's timeout is not reported as the small one's failure.
    expect(errors.filter((e) => e.message.includes('small'))).toEqual([]);
  });

  it('should name the scenario that failed, and show no older answer as its answer', async () => {
    const { app, errors } = attach(500);
    app.scenario = fakeScenario('first', 7);
    await solvedFor(app, 'first');

    app.scenario = fakeScenario('hang', 3);
    const error = await nextEvent<CorridorErrorDetail>(app, 'corridor-error');
    await app.updateComplete;

    expect(error.message).toMatch(/took longer than 500 ms.*"hang"/);
    expect(errors).toHaveLength(1);
    expect(title(app)).toBe('hang');
    expect(app.result).toBeNull();
    expect(splitResult(app)).toBeNull();
  });

  it('should notice at once a worker that dies with no event, start a new one and solve the pending edit', async () => {
    // The timeout is far longer than the test may take: only noticing the death at once passes.
    const { app } = attach(60_000);
    app.scenario = fakeScenario('first', 7);
    await solvedFor(app, 'first');

    app.scenario = fakeScenario('slow:400', 3);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Killed as a browser kills a worker out of memory: no error event reaches the page.
    workers()[0]!.terminate();

    const solved = await solvedFor(app, 'slow:400', 10_000);
    expect(solved.result.objective).toBe(3);
    expect(workers()).toHaveLength(2);
  }, 15_000);

  it('should solve a scenario with an unknown field nested 10,000 levels deep, and keep the field for export', async () => {
    const { app, errors } = attach(20_000);
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const scenario = { ...fakeScenario('deep', 5), notes: deep } as Scenario;

    app.scenario = scenario;
    const solved = await solvedFor(app, 'deep');

    expect(solved.result.objective).toBe(5);
    expect(errors).toEqual([]);
    // The app's own copy keeps the field: what is exported and autosaved round-trips.
    expect((app.scenario as unknown as { notes: unknown }).notes).toBe(deep);
  });

  it('should open an autosave with deep nesting in an unknown field and solve it, not fail on every reload', async () => {
    let deep: unknown = 0;
    for (let i = 0; i < 10_000; i++) deep = { next: deep };
    const key = `corridor-flow-test:deep:${Date.now()}`;
    localStorage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), scenario: { ...fakeScenario('deep-saved', 8), notes: deep } }));

    setWorkerFactory(() => new Worker(new URL('../client/fixtures/fake-solver.worker.ts', import.meta.url), { type: 'module' }));
    const app = makeApp(key);
    onTestFinished(() => {
      localStorage.removeItem(key);
      app.remove();
    });
    const solved = solvedFor(app, 'deep-saved');
    document.body.append(app);

    expect((await solved).result.objective).toBe(8);
    await until(() => title(app) === 'deep-saved', 'the restored title');
  });
});
