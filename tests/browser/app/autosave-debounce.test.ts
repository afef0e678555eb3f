import { afterEach, describe, expect, it } from 'vitest';
import { AUTOSAVE_DEBOUNCE_ITEMS, AUTOSAVE_DELAY_MS, type CorridorFlow, type CorridorSolvedDetail } from '../../../src/app/corridor-flow';
import { readAutosave } from '../../../src/app/autosave';
import type { Scenario } from '../../../src/model/types';
import { editFromEditor, makeApp, nextEvent } from './app-fixture';

/**
 * A scenario over AUTOSAVE_DEBOUNCE_ITEMS items that still solves at once:
 * one link from a to b carries the demand, and 400 more nodes stand apart.
 */
function large(capacity: number): Scenario {
  return {
    format: 'corridor-flow/scenario@1',
    name: 'Large',
    nodes: [{ id: 'a' }, { id: 'b' }, ...Array.from({ length: 400 }, (_, i) => ({ id: `s${i}` }))],
    links: [{ id: 'ab', from: 'a', to: 'b', cost: 1, capacity }],
    demands: [{ id: 'd', from: 'a', to: 'b', volume: 5, unmetPenalty: 100 }],
  };
}

const savedCapacity = (app: CorridorFlow): number | undefined => {
  const saved = readAutosave(() => localStorage, app.storageKey);
  return saved.kind === 'restored' ? saved.scenario.links[0]?.capacity : undefined;
};

const apps: CorridorFlow[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) {
    app.remove();
    localStorage.removeItem(app.storageKey);
  }
});

/** An app showing `large(10)`, solved once (that first scenario is autosaved at once). */
async function openLarge(): Promise<CorridorFlow> {
  const app = makeApp();
  apps.push(app);
  app.scenario = large(10);
  const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
  document.body.append(app);
  await solved;
  return app;
}

describe('<corridor-flow> autosave of a large scenario', () => {
  it('should be large enough to be autosaved after a pause', () => {
    const scenario = large(10);
    expect(scenario.nodes.length + scenario.links.length + scenario.demands.length).toBeGreaterThan(AUTOSAVE_DEBOUNCE_ITEMS);
  });

  it('should write the last of a burst of edits once they pause, not each one', async () => {
    const app = await openLarge();
    expect(savedCapacity(app)).toBe(10);

    editFromEditor(app, large(11));
    editFromEditor(app, large(12));
    // Not yet: the edits have not paused.
    expect(savedCapacity(app)).toBe(10);
    await new Promise((resolve) => setTimeout(resolve, AUTOSAVE_DELAY_MS + 100));

    expect(savedCapacity(app)).toBe(12);
  });

  it('should write a waiting edit at once when the page is hidden or closed', async () => {
    const app = await openLarge();
    editFromEditor(app, large(20));
    expect(savedCapacity(app)).toBe(10);

    window.dispatchEvent(new PageTransitionEvent('pagehide'));

    expect(savedCapacity(app)).toBe(20);
  });

  it('should write a waiting edit at once when the app leaves the page', async () => {
    const app = await openLarge();
    editFromEditor(app, large(30));
    expect(savedCapacity(app)).toBe(10);

    app.remove();

    expect(savedCapacity(app)).toBe(30);
  });

  it('should never let a waiting edit overwrite a newer scenario written at once', async () => {
    const app = await openLarge();
    editFromEditor(app, large(40));
    // A scenario set by the page is written at once; the older edit must not land after it.
    app.scenario = large(50);
    expect(savedCapacity(app)).toBe(50);
    await new Promise((resolve) => setTimeout(resolve, AUTOSAVE_DELAY_MS + 100));

    expect(savedCapacity(app)).toBe(50);
  });
});
