import { describe, it, expect, afterEach } from 'vitest';
import type { CorridorFlow, CorridorSolvedDetail, CorridorErrorDetail, CorridorChangeDetail } from '../../../src/app/corridor-flow';
import type { Scenario } from '../../../src/model/types';
import { closeTo } from '../../support/tolerance';
import { twoCorridors, twoCorridorsAnswer } from '../client/fixtures/two-corridors';
import { editFromEditor, jsonUrl, makeApp, nextEvent, press, shadow, uniqueKey } from './app-fixture';

const flowOf = (result: CorridorSolvedDetail['result'] | null, id: string) => result?.corridors.find((c) => c.id === id)?.flow;

const withCapacity = (scenario: Scenario, capacity: number): Scenario => ({
  ...scenario,
  links: scenario.links.map((l) => (l.id === 'ab' ? { ...l, capacity } : l)),
});

const apps: CorridorFlow[] = [];
function attach(app: CorridorFlow): CorridorFlow {
  apps.push(app);
  document.body.append(app);
  return app;
}
afterEach(() => {
  for (const app of apps.splice(0)) {
    localStorage.removeItem(app.storageKey);
    localStorage.removeItem(`${app.storageKey}:unreadable`);
    app.remove();
  }
});

describe('<corridor-flow>', () => {
  it('should fire corridor-solved with the optimum of a scenario set by property', async () => {
    const app = makeApp();
    app.scenario = twoCorridors(60);
    const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
    attach(app);

    const { scenario, result } = await solved;

    const expected = twoCorridorsAnswer(60);
    expect(scenario.name).toBe('Two corridors');
    expect(result.status).toBe('optimal');
    expect(closeTo(result.objective, expected.objective)).toBe(true);
    expect(closeTo(flowOf(result, 'titr')!, expected.titr)).toBe(true);
    expect(app.result).toBe(result);
  });

  it('should load the scenario file named by src', async () => {
    const app = makeApp();
    app.src = jsonUrl(twoCorridors(30));
    const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
    attach(app);

    const { result } = await solved;

    expect(closeTo(result.objective, twoCorridorsAnswer(30).objective)).toBe(true);
  });

  it('should solve a user edit and re-fire it as corridor-change with no problems', async () => {
    const app = makeApp();
    app.scenario = twoCorridors(60);
    const first = nextEvent(app, 'corridor-solved');
    attach(app);
    await first;

    const changed = nextEvent<CorridorChangeDetail>(app, 'corridor-change');
    const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
    editFromEditor(app, withCapacity(twoCorridors(60), 25));

    expect((await changed).problems).toEqual([]);
    expect(closeTo(flowOf((await solved).result, 'titr')!, 25)).toBe(true);
  });

  it('should keep the last valid result and pass the problems to the editor while an edit is invalid', async () => {
    const app = makeApp();
    app.scenario = twoCorridors(60);
    const first = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
    attach(app);
    const { result: valid } = await first;
    let solves = 0;
    app.addEventListener('corridor-solved', () => solves++);

    const invalid = withCapacity(twoCorridors(60), -5);
    const changed = nextEvent<CorridorChangeDetail>(app, 'corridor-change');
    editFromEditor(app, invalid);
    const { problems } = await changed;
    await app.updateComplete;
    await new Promise((r) => setTimeout(r, 300));

    expect(problems.map((p) => p.path)).toContain('links[0].capacity');
    expect(app.scenario).toBe(invalid);
    expect(app.result).toBe(valid);
    expect(solves).toBe(0);
    const editor = shadow(app).querySelector('corridor-editor') as unknown as { problems: readonly { path: string }[] };
    expect(editor.problems.map((p) => p.path)).toContain('links[0].capacity');
    expect(shadow(app).querySelector('.notices')?.textContent).toMatch(/last\s+valid scenario/);
    const status = shadow(app).querySelector('corridor-status') as unknown as { state: string; message: string };
    expect(status.state).toBe('error');
    expect(status.message).toBe('1 invalid value in the editor; showing the last valid scenario');
  });

  it('should not change anything when an invalid scenario is set by property, and say why', async () => {
    const app = makeApp();
    app.scenario = twoCorridors(60);
    const first = nextEvent(app, 'corridor-solved');
    attach(app);
    await first;

    const error = nextEvent<CorridorErrorDetail>(app, 'corridor-error');
    app.scenario = { ...twoCorridors(60), demands: [] } as Scenario;

    const { message, problems } = await error;
    expect(message).toMatch(/not a valid scenario/);
    expect(problems?.length).toBeGreaterThan(0);
    expect(app.scenario?.demands).toHaveLength(1);
  });

  it('should undo and redo with the keyboard and solve each state again', async () => {
    const app = makeApp();
    app.scenario = twoCorridors(60);
    const first = nextEvent(app, 'corridor-solved');
    attach(app);
    await first;
    let solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
    editFromEditor(app, withCapacity(twoCorridors(60), 30));
    await solved;

    solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
    press(app, 'z');
    expect(closeTo(flowOf((await solved).result, 'titr')!, 60)).toBe(true);
    expect(app.scenario?.links[0]?.capacity).toBe(60);

    solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
    press(app, 'Z', { shift: true });
    expect(closeTo(flowOf((await solved).result, 'titr')!, 30)).toBe(true);
  });

  it('should make one undo step of a drag on one field, and a new one for another field', async () => {
    const app = makeApp();
    app.scenario = twoCorridors(60);
    const first = nextEvent(app, 'corridor-solved');
    attach(app);
    await first;

    for (const capacity of [55, 50, 45, 40]) editFromEditor(app, withCapacity(twoCorridors(60), capacity));
    const dragged = withCapacity(twoCorridors(60), 40);
    editFromEditor(app, { ...dragged, demands: [{ ...dragged.demands[0]!, volume: 90 }] });
    await app.updateComplete;

    press(app, 'z');
    expect(app.scenario?.links[0]?.capacity).toBe(40);
    expect(app.scenario?.demands[0]?.volume).toBe(100);
    press(app, 'z');
    expect(app.scenario?.links[0]?.capacity).toBe(60);
    await app.updateComplete;
    const undoButton = [...shadow(app).querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Undo')!;
    expect(undoButton.disabled).toBe(true);
  });

  it('should leave Ctrl+Z inside a text field to the field', async () => {
    const app = makeApp();
    app.scenario = twoCorridors(60);
    const first = nextEvent(app, 'corridor-solved');
    attach(app);
    await first;
    editFromEditor(app, withCapacity(twoCorridors(60), 30));
    await app.updateComplete;
    const editor = shadow(app).querySelector('corridor-editor')!;
    const field = editor.shadowRoot!.querySelector('input[type=text], input:not([type])')!;

    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, composed: true, cancelable: true }));

    expect(app.scenario?.links[0]?.capacity).toBe(30);
  });

  it('should undo and redo with the buttons', async () => {
    const app = makeApp();
    app.scenario = twoCorridors(60);
    const first = nextEvent(app, 'corridor-solved');
    attach(app);
    await first;
    editFromEditor(app, withCapacity(twoCorridors(60), 10));
    await app.updateComplete;
    const button = (label: string) => [...shadow(app).querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!;

    button('Undo').click();
    expect(app.scenario?.links[0]?.capacity).toBe(60);
    await app.updateComplete;
    button('Redo').click();
    expect(app.scenario?.links[0]?.capacity).toBe(10);
  });

  for (const order of ['before', 'after'] as const) {
  it(`should restore the autosaved scenario after a reload, in preference to src set ${order} attaching`, async () => {
    const key = uniqueKey();
    const before = makeApp(key);
    before.scenario = twoCorridors(60);
    const first = nextEvent(before, 'corridor-solved');
    attach(before);
    await first;
    const solved = nextEvent(before, 'corridor-solved');
    editFromEditor(before, withCapacity(twoCorridors(60), 35));
    await solved;
    before.remove();

    const after = makeApp(key);
    const restored = nextEvent<CorridorSolvedDetail>(after, 'corridor-solved');
    if (order === 'before') after.src = jsonUrl(twoCorridors(80));
    attach(after);
    if (order === 'after') after.src = jsonUrl(twoCorridors(80));

    const { scenario, result } = await restored;
    expect(scenario.links[0]?.capacity).toBe(35);
    expect(closeTo(flowOf(result, 'titr')!, 35)).toBe(true);
    await after.updateComplete;
    expect(shadow(after).querySelector('.notices')?.textContent).toMatch(/Restored your autosaved scenario/);
    await new Promise((r) => setTimeout(r, 200));
    expect(after.scenario?.links[0]?.capacity).toBe(35);
  });
  }

  it("should keep the editor's baseline at the scenario as set, through edits and across a reload", async () => {
    const key = uniqueKey();
    const before = makeApp(key);
    before.scenario = twoCorridors(60);
    const first = nextEvent(before, 'corridor-solved');
    attach(before);
    await first;
    const editor = () => shadow(before).querySelector('corridor-editor')!;
    const solved = nextEvent(before, 'corridor-solved');
    editFromEditor(before, withCapacity(twoCorridors(60), 35));
    await solved;
    await before.updateComplete;
    expect(editor().baseline?.links[0]?.capacity).toBe(60);
    before.remove();

    const after = makeApp(key);
    const restored = nextEvent(after, 'corridor-solved');
    attach(after);
    await restored;
    await after.updateComplete;
    const restoredEditor = shadow(after).querySelector('corridor-editor')!;
    expect(restoredEditor.scenario?.links[0]?.capacity).toBe(35);
    expect(restoredEditor.baseline?.links[0]?.capacity).toBe(60);
  });

  it('should show a message, keep the unreadable text aside and open src when the autosave is corrupt', async () => {
    const key = uniqueKey();
    localStorage.setItem(key, '{"savedAt": "2026-01-01", "scenario": {"format": "nope"');
    const app = makeApp(key);
    app.src = jsonUrl(twoCorridors(50));
    const error = nextEvent<CorridorErrorDetail>(app, 'corridor-error');
    const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
    attach(app);

    expect((await error).message).toMatch(/Autosave could not be read: it is not JSON/);
    expect(closeTo(flowOf((await solved).result, 'titr')!, 50)).toBe(true);
    await app.updateComplete;
    const notice = shadow(app).querySelector('.notice.warning');
    expect(notice?.textContent).toMatch(/could not be read/);
    expect(localStorage.getItem(`${key}:unreadable`)).toMatch(/"nope"/);
  });

  it('should show a message and keep working when storage is full', async () => {
    const app = makeApp();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    try {
      app.scenario = twoCorridors(60);
      const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
      attach(app);
      expect((await solved).result.status).toBe('optimal');
    } finally {
      Storage.prototype.setItem = setItem;
    }
    await app.updateComplete;
    expect(shadow(app).querySelector('.notice.warning')?.textContent).toMatch(/Autosave failed: the browser's storage for this page is full/);
  });

  it('should list a bad file’s problems with their paths in a dialog and leave the scenario alone', async () => {
    const app = makeApp();
    app.scenario = twoCorridors(60);
    const first = nextEvent(app, 'corridor-solved');
    attach(app);
    await first;
    const before = app.scenario;
    const broken = { ...twoCorridors(60), links: [{ id: 'ab', from: 'a', to: 'nowhere', cost: -1 }] };
    const input = shadow(app).querySelector<HTMLInputElement>('input[type=file]')!;
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify(broken)], 'broken.json', { type: 'application/json' }));

    const error = nextEvent<CorridorErrorDetail>(app, 'corridor-error');
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    const { problems } = await error;
    await app.updateComplete;

    const dialog = shadow(app).querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    expect(dialog.textContent).toMatch(/"broken\.json" was not imported/);
    expect(problems?.map((p) => p.path)).toContain('links[0].cost');
    expect(dialog.querySelector('.problems')?.textContent).toMatch(/links\[0\]\.cost/);
    expect(app.scenario).toBe(before);
    expect(localStorage.getItem(app.storageKey)).toMatch(/"capacity":60/);
  });

  it('should import a dropped scenario file as one undo step', async () => {
    const app = makeApp();
    app.scenario = twoCorridors(60);
    const first = nextEvent(app, 'corridor-solved');
    attach(app);
    await first;
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify(twoCorridors(20))], 'other.json', { type: 'application/json' }));

    const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
    app.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));

    expect(closeTo(flowOf((await solved).result, 'titr')!, 20)).toBe(true);
    press(app, 'z');
    expect(app.scenario?.links[0]?.capacity).toBe(60);
  });

  it('should show untrusted names as text', async () => {
    const app = makeApp();
    const name = '<img src=x onerror="window.__pwned = true">';
    app.scenario = { ...twoCorridors(60), name };
    const solved = nextEvent(app, 'corridor-solved');
    attach(app);
    await solved;
    await app.updateComplete;

    expect(shadow(app).querySelector('h1')?.textContent).toBe(name);
    expect(shadow(app).querySelector('img')).toBeNull();
  });
});
