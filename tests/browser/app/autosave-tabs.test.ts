/**
 * Several tabs of the app on one origin share localStorage. Each tab is told
 * apart by its id in sessionStorage (its own per tab); here the "tabs" are
 * apps started one after another with a different id set before each.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CorridorFlow, CorridorSolvedDetail } from '../../../src/app/corridor-flow';
import { setWorkerFactory } from '../../../src/client';
import type { Scenario } from '../../../src/model/types';
import { fakeScenario } from '../client/fixtures/fake-solver';
import { until } from './analyses-fixture';
import { editFromEditor, jsonUrl, makeApp, nextEvent, shadow, uniqueKey } from './app-fixture';

const TAB_ID_KEY = 'corridor-flow:tab';
const apps: CorridorFlow[] = [];
let key: string;
let ownTab: string | null;

afterEach(() => {
  for (const app of apps.splice(0)) app.remove();
  for (const k of Object.keys(localStorage)) if (k.startsWith(key)) localStorage.removeItem(k);
  setWorkerFactory(null);
  if (ownTab === null) sessionStorage.removeItem(TAB_ID_KEY);
  else sessionStorage.setItem(TAB_ID_KEY, ownTab);
});

function fresh(): void {
  key = uniqueKey();
  ownTab = sessionStorage.getItem(TAB_ID_KEY);
  setWorkerFactory(() => new Worker(new URL('../client/fixtures/fake-solver.worker.ts', import.meta.url), { type: 'module' }));
}

/**
 * Opens the app in "tab" `tab` (its id set in sessionStorage first), with
 * `src` for when nothing is saved, and waits for its first solve.
 */
async function openTab(tab: string, src?: Scenario): Promise<CorridorFlow> {
  sessionStorage.setItem(TAB_ID_KEY, tab);
  const app = makeApp(key);
  if (src) app.src = jsonUrl(src);
  apps.push(app);
  const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
  document.body.append(app);
  await solved;
  await app.updateComplete;
  return app;
}

async function edit(app: CorridorFlow, name: string, volume: number): Promise<void> {
  const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
  editFromEditor(app, { ...app.scenario!, name, demands: [{ ...app.scenario!.demands[0]!, volume }] });
  await solved;
}

const noticeTexts = (app: CorridorFlow) => [...shadow(app).querySelectorAll('.notice')].map((n) => n.textContent ?? '');
const offerFor = (app: CorridorFlow, name: string) =>
  [...shadow(app).querySelectorAll('.notice')].find((n) => n.textContent?.includes(`"${name}"`))?.querySelector<HTMLButtonElement>('button.notice-action');

describe('autosave across tabs', () => {
  it('should keep each tab`s work, offer the other tab`s newer save, and let a new tab choose', async () => {
    fresh();
    const a = await openTab('taba', fakeScenario('start', 1));
    await edit(a, 'A work', 11);
    const b = await openTab('tabb');
    await edit(b, 'B work', 22);

    // Tab A is told of B's newer save and offered it; its own work stays as it was.
    await until(() => offerFor(a, 'B work'), 'the offer of B`s work in tab A');
    expect(a.scenario?.name).toBe('A work');

    // A new tab opens the newest work and offers the other: nothing is lost, nothing replaced unasked.
    const c = await openTab('tabc');
    expect(c.scenario?.name).toBe('B work');
    const offer = offerFor(c, 'A work');
    expect(offer).toBeDefined();
    const solved = nextEvent<CorridorSolvedDetail>(c, 'corridor-solved');
    offer!.click();
    expect((await solved).scenario.name).toBe('A work');

    // A reload of tab A (same tab id) restores A's own work, not the newer one of B.
    a.remove();
    const reloaded = await openTab('taba');
    expect(reloaded.scenario?.name).toBe('A work');
    expect(reloaded.scenario?.demands[0]?.volume).toBe(11);
  });

  it('should keep a second unreadable autosave beside the first backup, never over it', async () => {
    fresh();
    localStorage.setItem(key, '{"first": broken');
    const first = await openTab('tabx', fakeScenario('fresh', 1));
    first.remove();
    localStorage.setItem(key, '{"second": broken');
    const second = await openTab('taby', fakeScenario('fresh', 2));

    expect(localStorage.getItem(`${key}:unreadable`)).toBe('{"first": broken');
    expect(localStorage.getItem(`${key}:unreadable-2`)).toBe('{"second": broken');
    expect(noticeTexts(second).join(' ')).toMatch(new RegExp(`kept in localStorage under "${key}:unreadable-2"`));
  });
});
