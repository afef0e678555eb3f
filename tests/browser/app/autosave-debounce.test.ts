import { afterEach, describe, expect, it } from 'vitest';
import { AUTOSAVE_DEBOUNCE_ITEMS, AUTOSAVE_DELAY_MS, type CorridorFlow, type CorridorSolvedDetail } from '../../../src/app/corridor-flow';
import { readAutosave } from '../../../src/app/autosave';
import { PART_CHARS } from '../../../src/app/autosave-parts-write';
import type { Scenario } from '../../../src/model/types';
import { editFromEditor, makeApp, nextEvent, press } from './app-fixture';
import { until } from './analyses-fixture';

/**
 * A scenario over AUTOSAVE_DEBOUNCE_ITEMS items that still solves at once:
 * one link from a to b carries the demand, and 400 more nodes stand apart.
 */
function large(capacity: number, standing = 400): Scenario {
  return {
    format: 'corridor-flow/scenario@1',
    name: 'Large',
    nodes: [{ id: 'a' }, { id: 'b' }, ...Array.from({ length: standing }, (_, i) => ({ id: `s${i}`, ...(standing > 400 ? { name: `Standing node number ${i}` } : {}) }))],
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
    for (const key of Object.keys(localStorage)) if (key === app.storageKey || key.startsWith(`${app.storageKey}:`)) localStorage.removeItem(key);
  }
});

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, AUTOSAVE_DELAY_MS + 100));

/** An app showing `large(10)`, solved once and autosaved (a large scenario, even one set whole, is written after a pause). */
async function openLarge(storageKey?: string, standing?: number): Promise<CorridorFlow> {
  const app = makeApp(storageKey);
  apps.push(app);
  app.scenario = large(10, standing);
  const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
  document.body.append(app);
  await solved;
  await pause();
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
    await pause();

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

  it('should never let a waiting edit overwrite a newer scenario set by the page', async () => {
    const app = await openLarge();
    editFromEditor(app, large(40));
    // The scenario set by the page replaces the waiting edit: the older edit must not land after it.
    app.scenario = large(50);
    await pause();

    expect(savedCapacity(app)).toBe(50);
  });

  it('should write a large scenario set whole after a pause, not in the task that set it', async () => {
    const app = await openLarge();
    app.scenario = large(60);
    expect(savedCapacity(app)).toBe(10);
    await pause();

    expect(savedCapacity(app)).toBe(60);
  });

  it('should restore a large scenario set whole and closed before its pause ran out', async () => {
    const first = await openLarge();
    first.scenario = large(70);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    first.remove();
    const reloaded = makeApp(first.storageKey);
    apps.push(reloaded);
    const restored = nextEvent<CorridorSolvedDetail>(reloaded, 'corridor-solved');
    document.body.append(reloaded);

    const { scenario } = await restored;
    expect(scenario.links[0]?.capacity).toBe(70);
    expect(scenario.nodes).toHaveLength(large(70).nodes.length);
  });

  describe('one too long for a single storage entry (written in parts, a task each)', () => {
    /** Standing nodes that make the entry several parts long. */
    const STANDING = 4_000;
    const saved = (app: CorridorFlow): Scenario | null => {
      const read = readAutosave(() => localStorage, app.storageKey);
      return read.kind === 'restored' ? read.scenario : null;
    };

    it('should be written in parts once the edits pause, and read back exactly', async () => {
      const app = await openLarge(undefined, STANDING);
      expect(JSON.stringify(large(10, STANDING)).length).toBeGreaterThan(2 * PART_CHARS);
      editFromEditor(app, large(11, STANDING));
      await until(() => saved(app)?.links[0]?.capacity === 11, 'the edit autosaved');

      expect(saved(app)).toEqual(large(11, STANDING));
      expect(localStorage.getItem(app.storageKey)!.length).toBeLessThan(300);
    });

    it('should finish at once a write under way when the page is hidden, and leave no parts of a replaced one', async () => {
      const app = await openLarge(undefined, STANDING);
      const parts = () => Object.keys(localStorage).filter((k) => k.startsWith(`${app.storageKey}:part:`)).length;
      editFromEditor(app, large(21, STANDING));
      // The pause runs out and the write starts, in slices: a newer edit replaces it, and the page is then hidden.
      await new Promise((resolve) => setTimeout(resolve, AUTOSAVE_DELAY_MS + 5));
      editFromEditor(app, large(22, STANDING));
      await new Promise((resolve) => setTimeout(resolve, AUTOSAVE_DELAY_MS + 5));
      window.dispatchEvent(new PageTransitionEvent('pagehide'));

      expect(saved(app)?.links[0]?.capacity).toBe(22);
      // Only the parts the entry names (the scenario and its baseline): none of the writes replaced or cut short.
      expect(parts()).toBe((JSON.parse(localStorage.getItem(app.storageKey)!) as { parts: { count: number } }).parts.count);
    });

    it('should undo and redo every step exactly after a reload', async () => {
      const app = await openLarge(undefined, STANDING);
      const states: Scenario[] = [large(10, STANDING)];
      for (let i = 1; i <= 8; i++) {
        const previous = states.at(-1)!;
        // Capacity and volume in turn: each edit is a step of its own (two edits of one field in a second are one).
        const next =
          i % 2 === 1 ? { ...previous, links: [{ ...previous.links[0]!, capacity: 10 + i }] } : { ...previous, demands: [{ ...previous.demands[0]!, volume: 5 + i }] };
        editFromEditor(app, next);
        await until(() => JSON.stringify(app.scenario) === JSON.stringify(next), `edit ${i} taken`);
        states.push(next);
      }
      app.remove();
      const reloaded = makeApp(app.storageKey);
      apps.push(reloaded);
      const restored = nextEvent<CorridorSolvedDetail>(reloaded, 'corridor-solved');
      document.body.append(reloaded);
      await restored;
      expect(reloaded.scenario).toEqual(states[8]);
      const undo = () => [...reloaded.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Undo')!;
      await until(() => !undo().disabled, 'Undo enabled after the reload');

      for (let i = 7; i >= 0; i--) {
        press(reloaded, 'z');
        await until(() => JSON.stringify(reloaded.scenario) === JSON.stringify(states[i]), `undone to step ${i}`);
      }
      for (let i = 1; i <= 8; i++) {
        press(reloaded, 'z', { shift: true });
        await until(() => JSON.stringify(reloaded.scenario) === JSON.stringify(states[i]), `redone to step ${i}`);
      }
    });
  });
});
