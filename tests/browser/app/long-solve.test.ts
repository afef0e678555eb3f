/**
 * A long solve in the app: after LONG_SOLVE_MS the status line shows how it
 * goes (round, routes, gap) and a Cancel button; Cancel stops it at once,
 * keeps the answer before it on screen (marked as such) and the next edit
 * solves in a fresh worker. The fake solver worker reports path-method
 * rounds for a scenario named `rounds:<n>:<ms>` and answers with
 * objective = the first demand's volume, so each answer says whose it is.
 */
import { describe, expect, it } from 'vitest';
import type { CorridorFlow, CorridorSolvedDetail } from '../../../src/app/corridor-flow';
import type { Result } from '../../../src/model/types';
import { fakeScenario } from '../client/fixtures/fake-solver';
import { until } from './analyses-fixture';
import { editFromEditor, nextEvent, shadow } from './app-fixture';
import { fakeSolverApps } from './fake-solver-apps';

const { attach, workers } = fakeSolverApps();

const status = (app: CorridorFlow): ShadowRoot => shadow(app).querySelector('corridor-status')!.shadowRoot!;
const statusText = (app: CorridorFlow): string => status(app).querySelector('[part="base"]')!.textContent!.replace(/\s+/g, ' ').trim();
const cancelButton = (app: CorridorFlow): HTMLButtonElement | null => status(app).querySelector<HTMLButtonElement>('button[part="cancel"]');
const splitResult = (app: CorridorFlow): Result | null => (shadow(app).querySelector('corridor-split') as unknown as { result: Result | null }).result;

async function solvedFor(app: CorridorFlow, name: string): Promise<CorridorSolvedDetail> {
  for (;;) {
    const detail = await nextEvent<CorridorSolvedDetail>(app, 'corridor-solved', 30_000);
    if (detail.scenario.name === name) return detail;
  }
}

describe('<corridor-flow> during a long solve', () => {
  it('should show the rounds, routes and gap with Cancel, and on Cancel keep the answer before it', async () => {
    const { app, errors } = attach();
    app.scenario = fakeScenario('quick', 7);
    await solvedFor(app, 'quick');
    expect(cancelButton(app)).toBeNull();

    // 100 rounds of 100 ms: ten seconds unless cancelled.
    editFromEditor(app, fakeScenario('rounds:100:100', 9));
    await until(() => cancelButton(app), 'the Cancel button of a long solve', 10_000);
    const progress = await until(() => status(app).querySelector('.progress')?.textContent, 'the progress of a long solve', 10_000);
    expect(status(app).querySelector('.text')!.textContent).toBe('Solving…');
    // The fake reports round r with 10·r routes and a gap of (50 / r) %.
    const round = Number(/^round (\d+),/.exec(progress)![1]);
    expect(progress).toBe(`round ${round}, ${10 * round} routes, gap ${(50 / round).toFixed(1)}%`);
    expect(splitResult(app)?.objective).toBe(7);

    cancelButton(app)!.click();
    await until(() => statusText(app).startsWith('Cancelled'), 'the cancelled status', 5_000);
    expect(statusText(app)).toBe('Cancelled: the figures shown are those before the last change.');
    expect(cancelButton(app)).toBeNull();
    expect(splitResult(app)?.objective).toBe(7);
    expect(shadow(app).querySelector('corridor-split')!.hasAttribute('stale')).toBe(true);
    expect(errors).toEqual([]);

    // The next edit solves, in a fresh worker (the cancelled one was terminated).
    const workersBefore = workers().length;
    editFromEditor(app, fakeScenario('after', 11));
    const after = await solvedFor(app, 'after');
    expect(after.result.objective).toBe(11);
    expect(workers().length).toBe(workersBefore);
    await until(() => statusText(app).startsWith('Solved'), 'the solved status', 5_000);
    expect(shadow(app).querySelector('corridor-split')!.hasAttribute('stale')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('should show no progress and no Cancel for a quick solve', async () => {
    const { app } = attach();
    app.scenario = fakeScenario('quick', 7);
    await solvedFor(app, 'quick');
    let sawCancel = false;
    const watch = setInterval(() => (sawCancel ||= cancelButton(app) !== null), 10);
    editFromEditor(app, fakeScenario('rounds:3:20', 8));
    await solvedFor(app, 'rounds:3:20');
    clearInterval(watch);
    expect(sawCancel).toBe(false);
  });
});
