import { afterEach, describe, expect, it } from 'vitest';
import type { CorridorFlow, CorridorSolvedDetail } from '../../../src/app/corridor-flow';
import type { CorridorWorkspace } from '../../../src/app/workspace/corridor-workspace';
import { memoryStore, openWorkspaceStore } from '../../../src/app/workspace/workspace-store';
import { newEntry } from '../../../src/app/workspace/workspace-entries';
import { parseWorkspaceFile } from '../../../src/app/workspace/workspace-file';
import { writeAutosave } from '../../../src/app/autosave-write';
import { setWorkerFactory } from '../../../src/client';
import type { Scenario } from '../../../src/model/types';
import { fakeScenario } from '../client/fixtures/fake-solver';
import { until } from './analyses-fixture';
import { editFromEditor, jsonUrl, makeApp, nextEvent, press, shadow, uniqueKey } from './app-fixture';
import { captureDownloads } from './capture-downloads';

const apps: CorridorFlow[] = [];
const dbs: string[] = [];
let key = '';

afterEach(async () => {
  for (const app of apps.splice(0)) app.remove();
  for (const k of Object.keys(localStorage)) if (key !== '' && k.startsWith(key)) localStorage.removeItem(k);
  for (const k of Object.keys(sessionStorage)) if (key !== '' && k.startsWith(key)) sessionStorage.removeItem(k);
  setWorkerFactory(null);
  await Promise.all(dbs.splice(0).map((name) => new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = req.onerror = req.onblocked = () => resolve(undefined);
  })));
});

function freshDb(): string {
  const name = `corridor-flow-test-workspace:${uniqueKey()}`;
  dbs.push(name);
  return name;
}

/** Starts the app on `key` and `db` (what a reload of the page gives) and waits for its first solve and its workspace. */
async function start(db: string, src?: Scenario): Promise<CorridorFlow> {
  setWorkerFactory(() => new Worker(new URL('../client/fixtures/fake-solver.worker.ts', import.meta.url), { type: 'module' }));
  const app = makeApp(key);
  app.workspaceDb = db;
  if (src) app.src = jsonUrl(src);
  apps.push(app);
  const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
  document.body.append(app);
  await solved;
  await app.updateComplete;
  await until(() => shadow(app).querySelector('button.workspace-toggle'), 'the Workspace button');
  return app;
}

async function openPanel(app: CorridorFlow): Promise<CorridorWorkspace> {
  shadow(app).querySelector<HTMLButtonElement>('button.workspace-toggle')!.click();
  const panel = await until(() => shadow(app).querySelector('corridor-workspace'), 'the workspace panel');
  await customElements.whenDefined('corridor-workspace');
  await panel.updateComplete;
  return panel;
}

function rows(panel: CorridorWorkspace): string[] {
  return [...panel.shadowRoot!.querySelectorAll('tbody tr .entry-name')].map((b) => b.textContent!.trim());
}

function rowButton(panel: CorridorWorkspace, name: string, label: RegExp): HTMLButtonElement {
  const row = [...panel.shadowRoot!.querySelectorAll('tbody tr')].find((r) => r.querySelector('.entry-name')?.textContent?.trim() === name);
  if (!row) throw new Error(`no row "${name}" in ${rows(panel).join(', ')}`);
  const found = [...row.querySelectorAll('button')].find((b) => label.test(b.textContent ?? ''));
  if (!found) throw new Error(`no button ${label} in row "${name}"`);
  return found;
}

async function saveAs(app: CorridorFlow, panel: CorridorWorkspace, name: string, notes: string): Promise<void> {
  const root = panel.shadowRoot!;
  root.querySelector<HTMLInputElement>('form.save input[name="name"]')!.value = name;
  root.querySelector<HTMLTextAreaElement>('form.save textarea[name="notes"]')!.value = notes;
  root.querySelector<HTMLFormElement>('form.save')!.requestSubmit();
  await until(() => rows(panel).includes(name) && app.scenario?.name === name, `"${name}" saved and on screen`);
}

/** An edit of the demand's volume as the editor sends a finished one (its own undo step). */
async function edit(app: CorridorFlow, volume: number): Promise<void> {
  const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
  const editor = shadow(app).querySelector('corridor-editor')!;
  const scenario = { ...app.scenario!, demands: [{ ...app.scenario!.demands[0]!, volume }] };
  editor.dispatchEvent(new CustomEvent('corridor-change', { detail: { scenario, phase: 'commit' }, bubbles: true, composed: true }));
  await solved;
}

describe('workspace store (IndexedDB)', () => {
  it('should keep entries across a reopening, and forget deleted ones', async () => {
    const db = freshDb();
    const a = newEntry({ name: 'A', notes: 'first', scenario: fakeScenario('A', 1), view: { tab: 'compare' } });
    const b = newEntry({ name: 'B', scenario: fakeScenario('B', 2) });
    const store = await openWorkspaceStore(db);
    expect(store.kind).toBe('indexeddb');
    expect(await store.put(a)).toEqual({ ok: true });
    expect(await store.put(b)).toEqual({ ok: true });
    store.close();

    const reopened = await openWorkspaceStore(db);
    expect((await reopened.list()).map((e) => e.name).sort()).toEqual(['A', 'B']);
    expect((await reopened.list()).find((e) => e.id === a.id)).toEqual(a);
    await reopened.remove(a.id);
    reopened.close();

    const again = await openWorkspaceStore(db);
    expect((await again.list()).map((e) => e.name)).toEqual(['B']);
    again.close();
  });

  it('should fall back to memory, saying why, when IndexedDB cannot be opened', async () => {
    const store = await openWorkspaceStore('x', () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    });
    expect(store.kind).toBe('memory');
    expect(store.unavailable).toBe('the browser does not allow storage for this page');
    expect(memoryStore(null).unavailable).toBeNull();
  });
});

describe('<corridor-flow> workspace', () => {
  it('should save, follow edits, duplicate, rename and delete entries, and keep them across a reload', async () => {
    key = uniqueKey();
    const db = freshDb();
    let app = await start(db, fakeScenario('start', 10));
    let panel = await openPanel(app);
    expect(panel.shadowRoot!.querySelector('h2')).toBe(panel.shadowRoot!.activeElement);

    await saveAs(app, panel, 'Base case', 'volumes of 2024');
    await edit(app, 42);
    // The open entry follows the edit (written with the autosave).
    const controller = panel.controller!;
    await until(() => controller.active?.scenario.demands[0]?.volume === 42, 'the entry following the edit');

    rowButton(panel, 'Base case', /Duplicate/).click();
    await until(() => rows(panel).includes('Base case (copy)'), 'the duplicate');
    rowButton(panel, 'Base case (copy)', /Rename/).click();
    await panel.updateComplete;
    const input = panel.shadowRoot!.querySelector<HTMLInputElement>('tr input[name="name"]')!;
    expect(panel.shadowRoot!.activeElement).toBe(input);
    input.value = 'High demand';
    input.form!.requestSubmit();
    await until(() => rows(panel).includes('High demand'), 'the renamed entry');
    // Focus stays on the renamed row, not the top of the page.
    await until(() => panel.shadowRoot!.activeElement?.textContent?.trim() === 'High demand', 'focus on the renamed row');

    // Reload: a new app on the same storage finds both, with their notes and the edit.
    app.remove();
    app = await start(db);
    panel = await openPanel(app);
    await until(() => rows(panel).length === 2, 'both entries after the reload');
    expect(rows(panel).sort()).toEqual(['Base case', 'High demand']);
    const base = panel.controller!.entries.find((e) => e.name === 'Base case')!;
    expect(base.notes).toBe('volumes of 2024');
    expect(base.scenario.demands[0]!.volume).toBe(42);
    expect(panel.controller!.activeId).toBe(base.id);

    rowButton(panel, 'High demand', /Delete/).click();
    await panel.updateComplete;
    const confirm = [...panel.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Delete it')!;
    confirm.click();
    await until(() => rows(panel).length === 1, 'the deletion');
    app.remove();
    const store = await openWorkspaceStore(db);
    expect((await store.list()).map((e) => e.name)).toEqual(['Base case']);
    store.close();
  });

  it('should open an entry with its analysis settings, and offer entries in Compare', async () => {
    key = uniqueKey();
    const db = freshDb();
    const store = await openWorkspaceStore(db);
    const saved = newEntry({ name: 'Iran closed, my numbers', scenario: fakeScenario('Iran closed, my numbers', 7), view: { tab: 'compare' } });
    await store.put(saved);
    store.close();
    const app = await start(db, fakeScenario('start', 10));
    const panel = await openPanel(app);
    await until(() => rows(panel).includes(saved.name), 'the stored entry');
    panel.shadowRoot!.querySelector<HTMLButtonElement>('.entry-name')!.click();
    await until(() => app.result !== null && app.scenario?.demands[0]?.volume === 7, 'the entry solved on screen');
    expect(app.scenario?.name).toBe(saved.name);
    const analyses = shadow(app).querySelector('corridor-analyses')!;
    await until(() => analyses.tab === 'compare', 'the Compare tab the entry was saved with');
    const compare = await until(() => analyses.shadowRoot!.querySelector('corridor-compare-panel'), 'the Compare panel');
    await customElements.whenDefined('corridor-compare-panel');
    await compare.updateComplete;
    const labels = [...compare.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(labels).toContain(saved.name);
  });

  it('should export the workspace as one file and import it back beside what is kept, settings and ranges included', async () => {
    key = uniqueKey();
    const db = freshDb();
    const store = await openWorkspaceStore(db);
    const ranged = { ...fakeScenario('Ranged', 3), uncertainty: [{ set: 'demands.d.volume', min: 1, mode: 3, max: 5 }] } as Scenario;
    await store.put(newEntry({ name: 'Ranged', notes: 'with ranges', scenario: ranged, view: { tab: 'sweep', sweep: { parameter: 'demands.d.volume', from: 1, to: 9, steps: 5 } } }));
    store.close();
    const app = await start(db, fakeScenario('start', 10));
    const panel = await openPanel(app);
    await until(() => rows(panel).length === 1, 'the stored entry');
    const downloads = captureDownloads();
    try {
      [...panel.shadowRoot!.querySelectorAll('button')].find((b) => /Export workspace/.test(b.textContent ?? ''))!.click();
    } finally {
      downloads.restore();
    }
    expect(downloads.files).toHaveLength(1);
    expect(downloads.files[0]!.name).toMatch(/^corridor-flow-workspace-\d{4}-\d\d-\d\d\.json$/);
    const text = await downloads.files[0]!.blob.text();
    const parsed = parseWorkspaceFile(text);
    expect(parsed.ok && parsed.entries[0]).toMatchObject({ name: 'Ranged', notes: 'with ranges', view: { sweep: { parameter: 'demands.d.volume', steps: 5 } } });
    expect(parsed.ok && parsed.entries[0]!.scenario.uncertainty).toEqual(ranged.uncertainty);

    // Imported back: a copy beside the kept entry, never over it.
    const fileInput = panel.shadowRoot!.querySelector<HTMLInputElement>('input.file-input')!;
    const data = new DataTransfer();
    data.items.add(new File([text], 'workspace.json', { type: 'application/json' }));
    fileInput.files = data.files;
    fileInput.dispatchEvent(new Event('change'));
    await until(() => rows(panel).length === 2, 'the imported copy');
    expect(rows(panel).sort()).toEqual(['Ranged', 'Ranged (2)']);
    const copy = panel.controller!.entries.find((e) => e.name === 'Ranged (2)')!;
    expect(copy.scenario.uncertainty).toEqual(ranged.uncertainty);
    expect(copy.view?.sweep?.to).toBe(9);

    // A broken file adds nothing and lists its problems with their JSON paths.
    const broken = JSON.parse(text) as { entries: { name: unknown }[] };
    broken.entries[0]!.name = 7;
    const bad = new DataTransfer();
    bad.items.add(new File([JSON.stringify(broken)], 'broken.json'));
    fileInput.files = bad.files;
    fileInput.dispatchEvent(new Event('change'));
    const alert = await until(() => panel.shadowRoot!.querySelector('.problems'), 'the import problems');
    expect(alert.textContent).toContain('entries[0].name');
    expect(rows(panel)).toHaveLength(2);
  });

  it('should move autosaves from before the workspace into it on the first start', async () => {
    key = uniqueKey();
    const db = freshDb();
    writeAutosave(() => localStorage, key, fakeScenario('Older work', 5), new Date('2026-01-02T03:04:05Z'));
    const app = await start(db);
    expect(app.scenario?.name).toBe('Older work');
    const panel = await openPanel(app);
    await until(() => rows(panel).includes('Older work'), 'the migrated autosave');
    const notices = [...shadow(app).querySelectorAll('.notice')].map((n) => n.textContent ?? '');
    expect(notices.some((t) => t.includes('now in the workspace'))).toBe(true);
  });
});

describe('<corridor-flow> across a reload', () => {
  it('should undo edits made before the reload', async () => {
    key = uniqueKey();
    const db = freshDb();
    let app = await start(db, fakeScenario('start', 10));
    await edit(app, 20);
    await edit(app, 30);
    app.remove();
    // Written on leaving (the page hiding or the element being removed).
    await until(() => sessionStorage.getItem(`${key}:history`), 'the stored history');

    app = await start(db);
    expect(app.scenario?.demands[0]?.volume).toBe(30);
    const undo = () => [...shadow(app).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Undo')!;
    await until(() => !undo().disabled, 'Undo enabled after the reload');
    const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
    undo().click();
    expect((await solved).scenario.demands[0]!.volume).toBe(20);
    undo().click();
    expect(app.scenario?.demands[0]?.volume).toBe(10);
  });

  it('should keep the uncertainty ranges with the scenario: written into it, undone with it, restored after a reload', async () => {
    key = uniqueKey();
    const db = freshDb();
    let app = await start(db, fakeScenario('start', 10));
    const analyses = shadow(app).querySelector('corridor-analyses')!;
    analyses.shadowRoot!.querySelector<HTMLButtonElement>('#tab-uncertainty')!.click();
    await analyses.updateComplete;
    let panel = analyses.shadowRoot!.querySelector('corridor-uncertainty-panel')!;
    await customElements.whenDefined('corridor-uncertainty-panel');
    await panel.updateComplete;
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!.click();
    const written = await until(() => app.scenario?.uncertainty?.[0], 'the range in the scenario');
    await panel.updateComplete;
    const max = panel.shadowRoot!.querySelector<HTMLInputElement>('input[name="max"]')!;
    max.value = '99';
    max.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await until(() => app.scenario?.uncertainty?.[0]?.max === 99, 'the typed max in the scenario');
    expect(app.scenario!.uncertainty![0]!.set).toBe(written.set);
    // Undo takes the typed number back, in the scenario and in the table; redo brings it again.
    press(app, 'z');
    await until(() => app.scenario?.uncertainty?.[0]?.max === written.max, 'the range undone');
    await until(() => panel.shadowRoot!.querySelector<HTMLInputElement>('input[name="max"]')?.value !== '99', 'the table following the undo');
    press(app, 'z', { shift: true });
    await until(() => app.scenario?.uncertainty?.[0]?.max === 99, 'the range redone');

    // Reload: the autosaved scenario brings its ranges, and the panel shows them.
    app.remove();
    app = await start(db);
    expect(app.scenario?.uncertainty?.[0]?.max).toBe(99);
    const reloaded = shadow(app).querySelector('corridor-analyses')!;
    reloaded.shadowRoot!.querySelector<HTMLButtonElement>('#tab-uncertainty')!.click();
    await reloaded.updateComplete;
    panel = reloaded.shadowRoot!.querySelector('corridor-uncertainty-panel')!;
    await customElements.whenDefined('corridor-uncertainty-panel');
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelector<HTMLInputElement>('input[name="max"]')!.value).toBe('99');
  });

  it('should not call an edited shipped model by the file`s name', async () => {
    key = uniqueKey();
    const db = freshDb();
    const app = await start(db, fakeScenario('start', 10));
    const select = shadow(app).querySelector<HTMLSelectElement>('.picker select')!;
    const first = [...select.options].find((o) => o.value === 'caspian-2030')!;
    const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved', 60_000);
    select.value = 'caspian-2030';
    select.dispatchEvent(new Event('change'));
    await solved;
    await app.updateComplete;
    expect(first.textContent?.trim()).toBe('caspian-2030');
    const original = app.scenario!.name;
    editFromEditor(app, { ...app.scenario!, demands: app.scenario!.demands.map((d, i) => (i === 0 ? { ...d, volume: d.volume + 1 } : d)) });
    await app.updateComplete;
    expect(select.selectedOptions[0]!.textContent?.trim()).toBe('caspian-2030 (edited)');
    const downloads = captureDownloads();
    try {
      [...shadow(app).querySelectorAll<HTMLButtonElement>('.menu-items button')].find((b) => b.textContent?.includes('Scenario (JSON)'))!.click();
      await until(() => downloads.files.length > 0, 'the exported scenario');
    } finally {
      downloads.restore();
    }
    const exported = JSON.parse(await downloads.files[0]!.blob.text()) as Scenario;
    expect(exported.name).toBe(`${original} (edited)`);
    expect(downloads.files[0]!.name).toMatch(/-edited\.json$/);
  });
});
