/**
 * The workspace panel as a person sees it, at a desktop width, written to
 * `screenshots/app/` (ignored by git) for someone to look at.
 */
import { afterAll, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { CorridorFlow, CorridorSolvedDetail } from '../../../src/app/corridor-flow';
import { openWorkspaceStore } from '../../../src/app/workspace/workspace-store';
import { newEntry } from '../../../src/app/workspace/workspace-entries';
import { parseScenario } from '../../../src/model/parse-scenario';
import caspian2030 from '../../../models/caspian-2030.json';
import { until } from './analyses-fixture';
import { makeApp, nextEvent, shadow } from './app-fixture';

let app: CorridorFlow | null = null;
const db = `corridor-flow-test-screenshot:${Date.now()}`;

afterAll(() => {
  app?.remove();
  indexedDB.deleteDatabase(db);
});

it('should draw the workspace with its entries, notes and actions', async () => {
  await page.viewport(1280, 900);
  const parsed = parseScenario(caspian2030);
  if (!parsed.ok) throw new Error('caspian-2030 does not parse');
  const base = parsed.scenario;
  const store = await openWorkspaceStore(db);
  const when = (iso: string) => new Date(iso);
  const w1 = await store.put(newEntry({ name: 'Caspian 2030, base case', notes: 'Shipped model, volumes of the 2024 survey.', scenario: base }, when('2026-11-20T09:30:00Z')));
  await store.put(
    newEntry(
      { name: 'TRIPP doubled', notes: 'Meghri crossing at 2× capacity; ferry costs unchanged.', scenario: { ...base, name: 'TRIPP doubled' }, view: { tab: 'compare' } },
      when('2026-12-01T14:05:00Z'),
    ),
  );
  expect(w1).toEqual({ ok: true });
  expect((await store.list()).length).toBe(2);
  store.close();
  app = makeApp();
  app.workspaceDb = db;
  app.scenario = base;
  const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved', 60_000);
  document.body.append(app);
  await solved;
  const toggle = await until(() => shadow(app!).querySelector<HTMLButtonElement>('button.workspace-toggle'), 'the Workspace button');
  toggle.click();
  const panel = await until(() => shadow(app!).querySelector('corridor-workspace'), 'the panel');
  await until(() => panel.shadowRoot?.querySelectorAll('tbody tr').length === 2, `two entries (${panel.shadowRoot?.querySelectorAll('tbody tr').length}, ${JSON.stringify(panel.entries.map((e) => e.name))})`);
  const path = await page.screenshot({ element: panel, path: '../../../screenshots/app/workspace.png' });
  expect(path).toMatch(/workspace\.png$/);
});
