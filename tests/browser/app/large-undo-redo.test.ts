/**
 * Issue 18: on a large network the undo history is diffed item by item
 * (json-diff.ts, changed-paths.ts skip the items an edit kept); undo and
 * redo still give back exactly each state, and the history written to
 * sessionStorage reads back to the same states.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CorridorFlow } from '../../../src/app/corridor-flow';
import type { Scenario } from '../../../src/model/types';
import { historyKey, readSavedHistory } from '../../../src/app/saved-history';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { editFromEditor, makeApp, press } from './app-fixture';
import { until } from './analyses-fixture';

const apps: CorridorFlow[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) {
    localStorage.removeItem(app.storageKey);
    sessionStorage.removeItem(historyKey(app.storageKey));
    app.remove();
  }
});

/** 16 × 16 grid: 960 links, past the sizes whose autosave and history are written after a pause. */
const network = (): Scenario => generateScenario({ seed: 20261127, width: 16, height: 16, demands: 12 }) as Scenario;

const setLink = (scenario: Scenario, index: number, field: 'capacity' | 'cost', value: number): Scenario => ({
  ...scenario,
  links: scenario.links.map((l, i) => (i === index ? { ...l, [field]: value } : l)),
});

describe('<corridor-flow> undo and redo on a large network', () => {
  it('should step back and forth through three edits of far-apart links exactly, and keep those steps over a reload', async () => {
    // Arrange
    const app = makeApp();
    const opened = network();
    app.scenario = opened;
    apps.push(app);
    document.body.append(app);
    await app.updateComplete;
    const start = structuredClone(app.scenario!);
    const states: Scenario[] = [start];
    for (const [index, field, value] of [
      [3, 'capacity', 1234],
      [900, 'cost', 9.5],
      [3, 'cost', 0.25],
    ] as const) {
      const next = setLink(app.scenario!, index, field, value);
      editFromEditor(app, next);
      await app.updateComplete;
      states.push(structuredClone(next));
    }
    expect(app.scenario).toEqual(states[3]);

    // Act + Assert: back to the start, one exact state per step, then forward again.
    for (let i = 2; i >= 0; i--) {
      press(app, 'z');
      await app.updateComplete;
      expect(app.scenario).toEqual(states[i]);
    }
    for (let i = 1; i <= 3; i++) {
      press(app, 'Z', { shift: true });
      await app.updateComplete;
      expect(app.scenario).toEqual(states[i]);
    }

    // The history as written for a reload: the same three steps back from the present.
    const saved = await until(() => sessionStorage.getItem(historyKey(app.storageKey)), 'the saved history', 10_000);
    expect(saved.length).toBeLessThan(5_000);
    const read = readSavedHistory(() => sessionStorage, app.storageKey, app.scenario!);
    expect(read.past).toEqual(states.slice(0, 3));
    expect(read.future).toEqual([]);
  });
});
