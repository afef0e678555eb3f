/**
 * A large scenario set as a whole (here the property) is validated in
 * slices after the setter returns (src/app/large-scenario.ts): until it is
 * found valid the scenario on screen, its answer and what is solved stay as
 * they were; an invalid one is reported with its JSON paths and never
 * solved; a newer scenario drops one still being checked. The fake solver
 * answers with objective = the first demand's volume, so an answer says
 * whose it is.
 */
import { describe, expect, it } from 'vitest';
import caspian2024 from '../../../models/caspian-2024.json';
import type { CorridorFlow } from '../../../src/app/corridor-flow';
import type { CorridorErrorDetail } from '../../../src/app/corridor-flow-events';
import type { Result, Scenario } from '../../../src/model/types';
import { fakeScenario } from '../client/fixtures/fake-solver';
import { nextEvent } from './app-fixture';
import { fakeSolverApps } from './fake-solver-apps';
import { largeScenario, partsDrawing, partsOverTasks, settle, solvedFor, solvedNames } from './large-scenario-fixture';

const { attach } = fakeSolverApps();

const splitResult = (app: CorridorFlow): Result | null => (app.shadowRoot!.querySelector('corridor-split') as unknown as { result: Result | null }).result;

describe('<corridor-flow> given a large scenario', () => {
  it('should validate the default model at once, inside the setter', () => {
    const { app } = attach();
    const model = structuredClone(caspian2024) as unknown as Scenario;
    app.scenario = model;
    expect(app.scenario).toBe(model);
  });

  it('should keep the scenario on screen until a large one is validated, then solve the large one', async () => {
    const { app, errors } = attach();
    app.scenario = fakeScenario('small', 7);
    await solvedFor(app, 'small');
    const large = largeScenario('large', 13);

    app.scenario = large;
    expect(app.scenario?.name).toBe('small');
    expect(app.result?.objective).toBe(7);

    const detail = await solvedFor(app, 'large');
    expect(detail.scenario).toBe(large);
    expect(detail.result.objective).toBe(13);
    expect(app.scenario).toBe(large);
    // A large answer is drawn in the task after the one that read it off its message (until then the split,
    // which never shows another scenario's answer under this one's name, is empty).
    expect(splitResult(app)).toBeNull();
    await app.updateComplete;
    expect(splitResult(app)?.objective).toBe(13);
    expect(errors).toEqual([]);
  });

  it('should say in the status line that the scenario is being checked, until it is', async () => {
    const { app } = attach();
    app.scenario = fakeScenario('small', 7);
    await solvedFor(app, 'small');
    await app.updateComplete;
    const status = app.shadowRoot!.querySelector('corridor-status')!;
    expect(status.shadowRoot!.textContent).not.toContain('Checking the scenario…');

    app.scenario = largeScenario('large', 13);
    await app.updateComplete;
    await status.updateComplete;
    expect(status.shadowRoot!.textContent).toContain('Checking the scenario…');

    await solvedFor(app, 'large');
    await app.updateComplete;
    await status.updateComplete;
    expect(status.shadowRoot!.textContent).not.toContain('Checking the scenario…');
  });

  it('should import a large file as one step, saying in the status line that it is being checked', async () => {
    const { app, errors } = attach();
    app.scenario = fakeScenario('small', 7);
    await solvedFor(app, 'small');
    await app.updateComplete;
    const status = app.shadowRoot!.querySelector('corridor-status')!;

    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify(largeScenario('imported', 11))], 'large.json', { type: 'application/json' }));
    const solved = solvedFor(app, 'imported');
    app.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
    await app.updateComplete;
    await status.updateComplete;
    expect(status.shadowRoot!.textContent).toContain('Checking the scenario…');
    expect(app.scenario?.name).toBe('small');

    expect((await solved).result.objective).toBe(11);
    await app.updateComplete;
    await status.updateComplete;
    expect(status.shadowRoot!.textContent).not.toContain('Checking the scenario…');
    expect(app.scenario?.name).toBe('imported');
    expect(errors).toEqual([]);
  });

  it('should report the JSON path of an error deep in a large scenario, keep the last good one and solve nothing', async () => {
    const { app } = attach();
    app.scenario = fakeScenario('small', 7);
    await solvedFor(app, 'small');
    const solved = solvedNames(app);
    const large = largeScenario('broken', 13);
    const links = large.links as unknown as { capacity?: unknown }[];
    const deep = links.length - 3;
    links[deep]!.capacity = -5;
    links[deep - 1_000]!.capacity = 'wide';

    const error = nextEvent<CorridorErrorDetail>(app, 'corridor-error');
    app.scenario = large;
    const detail = await error;

    expect(detail.message).toBe('The scenario is not a valid scenario (2 problems); nothing was changed.');
    expect(detail.problems?.map((p) => p.path)).toEqual([`links[${deep - 1_000}].capacity`, `links[${deep}].capacity`]);
    expect(detail.problems?.[1]?.message).toMatch(/^expected .*, got -5$/);
    await settle(300);
    expect(app.scenario?.name).toBe('small');
    expect(app.result?.objective).toBe(7);
    expect(solved).toEqual([]);
  });

  it('should drop a large scenario still being validated when a newer one is set', async () => {
    const { app, errors } = attach();
    app.scenario = fakeScenario('small', 7);
    await solvedFor(app, 'small');
    const solved = solvedNames(app);

    app.scenario = largeScenario('stale', 13);
    app.scenario = largeScenario('newer', 17);
    await solvedFor(app, 'newer');
    app.scenario = largeScenario('dropped', 19);
    app.scenario = fakeScenario('newest', 23);
    expect(app.scenario?.name).toBe('newest');
    await solvedFor(app, 'newest');
    await settle(300);

    expect(solved).toEqual(['newer', 'newest']);
    expect(app.scenario?.name).toBe('newest');
    expect(app.result?.objective).toBe(23);
    expect(errors).toEqual([]);
  });

  it('should hand a large answer to the split, then the bottlenecks, the why and the map one task each', async () => {
    const { app, errors } = attach();
    app.scenario = fakeScenario('small', 7);
    await solvedFor(app, 'small');
    await app.updateComplete;

    app.scenario = largeScenario('large', 13);
    await solvedFor(app, 'large');
    // Each part's update of a 1M-variable network's answer is 7–25 ms of CPU: together they were one long task.
    // Until its turn a part draws what it drew while the large scenario was solved: no answer.
    expect(await partsOverTasks(app, 13)).toEqual([
      'split=– bottlenecks=– why=– map=–',
      'split=13 bottlenecks=– why=– map=–',
      'split=13 bottlenecks=13 why=– map=–',
      'split=13 bottlenecks=13 why=13 map=–',
      'split=13 bottlenecks=13 why=13 map=13',
    ]);
    expect(errors).toEqual([]);
  });

  it('should draw a small answer in every part in one update, and wait for the last part of a large one in updateComplete', async () => {
    const { app } = attach();
    app.scenario = fakeScenario('small', 7);
    await solvedFor(app, 'small');
    // Drawn by every part in the update that followed the answer, before any other task.
    expect(await partsOverTasks(app, 7)).toEqual(['split=7 bottlenecks=7 why=7 map=7']);

    app.scenario = largeScenario('large', 13);
    await solvedFor(app, 'large');
    await app.updateComplete;
    expect(partsDrawing(app)).toBe('split=13 bottlenecks=13 why=13 map=13');
  });
});
