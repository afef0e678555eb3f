/**
 * `<corridor-flow>` from the library entry solves in whatever worker
 * `setWorkerFactory` starts (the inline entry's way of starting its Blob-URL
 * worker), and tells the page each answer with `corridor-solved`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CorridorFlow, type CorridorSolvedDetail } from '../../../src/embed/index';
import { setWorkerFactory } from '../../../src/client/create-solver-worker';
import { twoCorridors } from '../client/fixtures/two-corridors';
import { mount, unmountAll } from '../components/mount';

afterEach(() => {
  setWorkerFactory(null);
  unmountAll();
});

function nextSolved(): Promise<{ detail: CorridorSolvedDetail; bubbles: boolean; composed: boolean }> {
  return new Promise((resolve) => {
    document.addEventListener(
      'corridor-solved',
      (e) => resolve({ detail: (e as CustomEvent<CorridorSolvedDetail>).detail, bubbles: e.bubbles, composed: e.composed }),
      { once: true },
    );
  });
}

describe('<corridor-flow> with a worker factory set by the page', () => {
  it('should solve in the factory\'s worker and fire corridor-solved { scenario, result } to the document', async () => {
    const names: string[] = [];
    setWorkerFactory(() => {
      names.push('fake');
      return new Worker(new URL('../client/fixtures/fake-solver.worker.ts', import.meta.url), { type: 'module' });
    });
    const scenario = twoCorridors(60);
    const solved = nextSolved();
    await mount(new CorridorFlow(), { storageKey: '', scenario });
    const { detail, bubbles, composed } = await solved;
    expect(names).toEqual(['fake']);
    expect(bubbles).toBe(true);
    expect(composed).toBe(true);
    expect(detail.scenario).toEqual(scenario);
    // The fake solver answers with objective = the first demand's volume (100 t/yr).
    expect(detail.result.status).toBe('optimal');
    expect(detail.result.objective).toBe(100);
    expect(detail.result.solver.version).toMatch(/^fake-/);
  });

  it('should fire corridor-solved again after the page sets a new scenario (every solve, not only user edits)', async () => {
    setWorkerFactory(() => new Worker(new URL('../client/fixtures/fake-solver.worker.ts', import.meta.url), { type: 'module' }));
    const first = nextSolved();
    const el = await mount(new CorridorFlow(), { storageKey: '', scenario: twoCorridors(60) });
    await first;
    const second = nextSolved();
    const bigger = { ...twoCorridors(60), demands: [{ id: 'ad', from: 'a', to: 'd', volume: 250 }] };
    el.scenario = bigger;
    const { detail } = await second;
    expect(detail.scenario.demands[0]!.volume).toBe(250);
    expect(detail.result.objective).toBe(250);
  });
});
