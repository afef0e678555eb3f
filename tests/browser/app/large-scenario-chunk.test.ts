/**
 * What only a large scenario uses (its validation in slices, its answer
 * handed to the results column one part a task) is a chunk of its own,
 * src/app/large-scenario-chunk.ts, asked for with the first large scenario.
 * Here its download is held until a test lets it arrive: a small scenario
 * never asks for it and is validated inside the setter; a large one waits
 * for it, checking, and is then validated, solved and drawn in stages.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeScenario } from '../client/fixtures/fake-solver';
import { fakeSolverApps } from './fake-solver-apps';
import { largeScenario, partsDrawing, partsOverTasks, settle, solvedFor, solvedNames, statusText } from './large-scenario-fixture';

/** The chunk's download: how often it was asked for, and held until `arrive()`. */
const download = vi.hoisted(() => {
  let asked = 0;
  let arrive: () => void = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { arrived, arrive: () => arrive(), ask: () => void asked++, asked: () => asked };
});
vi.mock('../../../src/app/large-scenario-chunk', async (importOriginal) => {
  download.ask();
  await download.arrived;
  return importOriginal();
});

const { attach } = fakeSolverApps();

describe('<corridor-flow> and the large scenarios\' chunk', () => {
  it('should validate a small scenario inside the setter and draw its answer in one update, never asking for the chunk', async () => {
    const { app, errors } = attach();
    const small = fakeScenario('small', 7);
    app.scenario = small;
    expect(app.scenario).toBe(small);
    await solvedFor(app, 'small');
    // Drawn by every part in the update that followed the answer, before any other task.
    expect(await partsOverTasks(app, 7)).toEqual(['split=7 bottlenecks=7 why=7 map=7']);
    expect(download.asked()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('should keep a large scenario checking while the chunk downloads, then validate, solve and draw it in stages', async () => {
    const { app, errors } = attach();
    app.scenario = fakeScenario('small', 7);
    await solvedFor(app, 'small');
    const solved = solvedNames(app);

    const large = largeScenario('large', 13);
    app.scenario = large;
    await settle(300);
    expect(download.asked()).toBe(1);
    expect(app.scenario?.name).toBe('small');
    expect(app.result?.objective).toBe(7);
    expect(solved).toEqual([]);
    expect(await statusText(app)).toContain('Checking the scenario…');

    const detail = solvedFor(app, 'large');
    download.arrive();
    expect((await detail).scenario).toBe(large);
    expect(app.scenario).toBe(large);
    // The staged answer came with the chunk: the split first, then the bottlenecks, the why and the map (until
    // its turn a part draws what it drew while the large scenario was solved: no answer).
    expect(await partsOverTasks(app, 13)).toEqual([
      'split=– bottlenecks=– why=– map=–',
      'split=13 bottlenecks=– why=– map=–',
      'split=13 bottlenecks=13 why=– map=–',
      'split=13 bottlenecks=13 why=13 map=–',
      'split=13 bottlenecks=13 why=13 map=13',
    ]);
    expect(await statusText(app)).not.toContain('Checking the scenario…');
    expect(download.asked()).toBe(1);
    expect(errors).toEqual([]);
  });
});
