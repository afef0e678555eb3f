/**
 * If the large scenarios' chunk (src/app/large-scenario-chunk.ts) cannot be
 * loaded, a large scenario cannot be checked: that is said like any problem
 * of the scenario, nothing changes, and a small scenario still works.
 */
import { describe, expect, it, vi } from 'vitest';
import type { CorridorErrorDetail } from '../../../src/app/corridor-flow-events';
import { fakeScenario } from '../client/fixtures/fake-solver';
import { nextEvent } from './app-fixture';
import { fakeSolverApps } from './fake-solver-apps';
import { largeScenario, settle, solvedFor, solvedNames, statusText } from './large-scenario-fixture';

vi.mock('../../../src/app/large-scenario-chunk', async () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const { attach } = fakeSolverApps();

describe('<corridor-flow> whose large scenarios\' chunk cannot be loaded', () => {
  it('should report that a large scenario could not be checked, keep the one on screen, and still take a small one', async () => {
    const { app } = attach();
    app.scenario = fakeScenario('small', 7);
    await solvedFor(app, 'small');
    const solved = solvedNames(app);

    const error = nextEvent<CorridorErrorDetail>(app, 'corridor-error');
    app.scenario = largeScenario('large', 13);
    const detail = await error;
    expect(detail.message).toBe('The scenario is not a valid scenario (1 problem); nothing was changed.');
    // Vitest words a failed mocked import its own way; the reason is whatever the import rejected with.
    expect(detail.problems?.[0]?.message).toMatch(/^could not check the scenario: .+/);
    expect(app.scenario?.name).toBe('small');
    expect(await statusText(app)).not.toContain('Checking the scenario…');

    app.scenario = fakeScenario('newer', 23);
    await solvedFor(app, 'newer');
    await settle(100);
    expect(solved).toEqual(['newer']);
  });
});
