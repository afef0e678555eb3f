import { afterEach } from 'vitest';
import type { CorridorErrorDetail, CorridorFlow } from '../../../src/app/corridor-flow';
import { setWorkerFactory } from '../../../src/client';
import { makeApp } from './app-fixture';

/**
 * Apps whose solver is the fake worker (`../client/fixtures/fake-solver.worker.ts`), for tests of how the app
 * copes with its solver. Call once at a test file's top level: every app it mounted, its autosave and the
 * worker factory are removed after each test.
 */
export function fakeSolverApps(): {
  /** Mounts an app (with `solveTimeoutMs` if given) and collects its corridor-error events. */
  readonly attach: (solveTimeoutMs?: number) => { readonly app: CorridorFlow; readonly errors: CorridorErrorDetail[] };
  /** Every fake worker the apps started in this test, in order. */
  readonly workers: () => readonly Worker[];
} {
  let workers: Worker[] = [];
  const apps: CorridorFlow[] = [];
  afterEach(() => {
    for (const app of apps.splice(0)) {
      localStorage.removeItem(app.storageKey);
      app.remove();
    }
    setWorkerFactory(null);
    workers = [];
  });
  const attach = (solveTimeoutMs?: number): { app: CorridorFlow; errors: CorridorErrorDetail[] } => {
    setWorkerFactory(() => {
      const worker = new Worker(new URL('../client/fixtures/fake-solver.worker.ts', import.meta.url), { type: 'module' });
      workers.push(worker);
      return worker;
    });
    const app = makeApp();
    if (solveTimeoutMs !== undefined) app.solveTimeoutMs = solveTimeoutMs;
    const errors: CorridorErrorDetail[] = [];
    app.addEventListener('corridor-error', (e) => errors.push((e as CustomEvent<CorridorErrorDetail>).detail));
    apps.push(app);
    document.body.append(app);
    return { app, errors };
  };
  return { attach, workers: () => workers };
}
