/**
 * A newer scenario set while the large scenarios' chunk
 * (src/app/large-scenario-chunk.ts) still downloads for an older, large
 * one wins: the older is never validated, solved or shown.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeScenario } from '../client/fixtures/fake-solver';
import { fakeSolverApps } from './fake-solver-apps';
import { largeScenario, settle, solvedFor, solvedNames } from './large-scenario-fixture';

/** The chunk's download, held until `arrive()`. */
const download = vi.hoisted(() => {
  let arrive: () => void = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { arrived, arrive: () => arrive() };
});
vi.mock('../../../src/app/large-scenario-chunk', async (importOriginal) => {
  await download.arrived;
  return importOriginal();
});

const { attach } = fakeSolverApps();

describe('<corridor-flow> given a newer scenario while the large scenarios\' chunk downloads', () => {
  it('should show and solve the newer one, drop the large one when the chunk arrives, and take the next large one', async () => {
    const { app, errors } = attach();
    app.scenario = fakeScenario('small', 7);
    await solvedFor(app, 'small');
    const solved = solvedNames(app);

    app.scenario = largeScenario('stale', 13);
    await settle(100);
    app.scenario = fakeScenario('newer', 23);
    expect(app.scenario?.name).toBe('newer');
    await solvedFor(app, 'newer');

    download.arrive();
    await settle(300);
    expect(app.scenario?.name).toBe('newer');
    expect(app.result?.objective).toBe(23);

    app.scenario = largeScenario('later', 17);
    expect((await solvedFor(app, 'later')).result.objective).toBe(17);
    expect(solved).toEqual(['newer', 'later']);
    expect(errors).toEqual([]);
  });
});
