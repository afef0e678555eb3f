/**
 * Issue 16: a pinned base is kept with the tab's work — a reload shows the
 * same comparison with the same numbers — and travels in a share link, which
 * opens to the same delta view.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { CorridorFlow, CorridorSolvedDetail } from '../../../src/app/corridor-flow';
import type { Scenario } from '../../../src/model/types';
import { pinnedKey } from '../../../src/app/saved-pinned-base';
import { twoCorridors } from '../client/fixtures/two-corridors';
import { editFromEditor, jsonUrl, makeApp, nextEvent, shadow, uniqueKey } from './app-fixture';
import { button, until } from './analyses-fixture';

const apps: CorridorFlow[] = [];
const original = location.href;
afterEach(() => {
  history.replaceState(history.state, '', original);
  for (const app of apps.splice(0)) {
    localStorage.removeItem(app.storageKey);
    sessionStorage.removeItem(pinnedKey(app.storageKey));
    app.remove();
  }
});

/** twoCorridors with places, so the map draws it. */
function placed(scenario: Scenario): Scenario {
  const at: Record<string, [number, number]> = { a: [43, 45], b: [44, 48], c: [41, 48], d: [42, 51] };
  return { ...scenario, nodes: scenario.nodes.map((n) => ({ ...n, lat: at[n.id]![0], lon: at[n.id]![1] })) };
}

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function open(setup: (app: CorridorFlow) => void, key = uniqueKey()): Promise<CorridorFlow> {
  const app = makeApp(key);
  setup(app);
  const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved', 60_000);
  apps.push(app);
  document.body.append(app);
  await solved;
  await app.updateComplete;
  return app;
}

/** Pins the answer to twoCorridors(60) and edits TITR's link to 100 t/yr (two-corridors.ts: TITR 60 → 100 %, cost 1,700 → 1,500 USD/yr). */
async function pinThenEdit(app: CorridorFlow): Promise<void> {
  button(shadow(app), '.pin-bar button.pin').click();
  await app.updateComplete;
  const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
  editFromEditor(app, placed(twoCorridors(100)));
  await solved;
  await app.updateComplete;
}

/** The comparison as the split, the summary bar and the map's halos show it, once the split shows one. */
async function deltaView(app: CorridorFlow): Promise<{ split: string; summary: string; halos: (string | null | undefined)[] }> {
  const root = shadow(app);
  const split = root.querySelector('corridor-split')!;
  const delta = await until(() => split.shadowRoot!.querySelector('[part="delta"]'), 'the delta in the split', 20_000);
  const map = root.querySelector('corridor-map')!;
  await map.updateComplete;
  const halo = (id: string) => map.shadowRoot!.querySelector(`[data-kind="link"][data-id="${id}"] .change`)?.getAttribute('class');
  return { split: text(delta), summary: text(root.querySelector('.summary-bar .change')), halos: ['ab', 'bd', 'ac', 'cd'].map(halo) };
}

const EXPECTED = {
  split: 'Against Two corridors +40 pp TITR, −USD 200/yr',
  summary: 'vs base: +40 pp TITR, −USD 200/yr',
  halos: ['change gained', 'change gained', 'change lost', 'change lost'],
};

describe('<corridor-flow> pinned base kept and shared', () => {
  it('should show the same comparison with the same numbers after a reload', async () => {
    await page.viewport(1440, 900);
    const key = uniqueKey();
    const before = await open((a) => (a.scenario = placed(twoCorridors(60))), key);
    await pinThenEdit(before);
    expect(await deltaView(before)).toEqual(EXPECTED);
    before.remove();

    // A reload: a new app on the same storage key, restoring the autosave (the edited scenario).
    const after = await open(() => undefined, key);

    expect(after.scenario).toEqual(placed(twoCorridors(100)));
    expect(await deltaView(after)).toEqual(EXPECTED);
    expect(text(shadow(after).querySelector('.pin-bar .pinned'))).toBe('Comparing against the pinned base: Two corridors');
    await page.screenshot({ path: '../../../screenshots/app/pinned-base-after-reload-1440x900.png' });

    // Unpinned, it stays unpinned over the next reload.
    button(shadow(after), '.pin-bar button.unpin').click();
    await after.updateComplete;
    after.remove();
    const again = await open(() => undefined, key);
    expect(shadow(again).querySelector('.pin-bar .pinned')).toBeNull();
  });

  it('should open a share link made with a pinned base to the same comparison', async () => {
    await page.viewport(1440, 900);
    const sender = await open((a) => (a.scenario = placed(twoCorridors(60))));
    await pinThenEdit(sender);
    button(shadow(sender), 'button.share').click();
    await until(() => shadow(sender).querySelector('.share-box input'), 'the share box', 60_000);
    expect(shadow(sender).querySelector('.share-pinned-left-out')).toBeNull();

    // Another reader opens the link (their page's own src says otherwise).
    const receiver = await open((a) => (a.src = jsonUrl(twoCorridors(5))));

    expect(receiver.scenario).toEqual(placed(twoCorridors(100)));
    expect(await deltaView(receiver)).toEqual(EXPECTED);
    expect(text(shadow(receiver).querySelector('.pin-bar .pinned'))).toBe('Comparing against the pinned base: Two corridors');
  });
});
