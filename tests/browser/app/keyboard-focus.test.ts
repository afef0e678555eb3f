import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { CorridorFlow, CorridorSolvedDetail } from '../../../src/app/corridor-flow';
import { MODEL_FILES } from '../../../src/app/model-files';
import { twoCorridors } from '../client/fixtures/two-corridors';
import { makeApp, nextEvent } from './app-fixture';
import { openTab, typeInto, until } from './analyses-fixture';

const apps: CorridorFlow[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) {
    localStorage.removeItem(app.storageKey);
    app.remove();
  }
});

async function started(configure: (app: CorridorFlow) => void): Promise<CorridorFlow> {
  const app = makeApp();
  configure(app);
  const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved', 60_000);
  apps.push(app);
  document.body.append(app);
  await solved;
  return app;
}

/** The element that has focus, through every shadow root. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('keyboard focus', () => {
  it('should keep focus on a Run button pressed with Enter while it runs and after, and not start a second run', async () => {
    const app = await started((a) => (a.scenario = twoCorridors(60)));
    const panel = await openTab(app, 'sweep', 'corridor-sweep-panel');
    typeInto(panel.shadowRoot!, 'steps', '40');
    await panel.updateComplete;
    const run = panel.shadowRoot!.querySelector<HTMLButtonElement>('button.run')!;
    run.focus();
    await userEvent.keyboard('{Enter}');
    await panel.updateComplete;
    expect(panel.running).toBe(true);
    expect(run.getAttribute('aria-busy')).toBe('true');
    expect(run.getAttribute('aria-disabled')).toBe('true');
    expect(deepActive()).toBe(run);
    const first = panel.sweep;
    await userEvent.keyboard('{Enter}'); // ignored while running
    await until(() => panel.sweep, 'the sweep', 60_000);
    await panel.updateComplete;
    expect(first).toBeNull();
    expect(panel.sweep!.points).toHaveLength(40);
    expect(deepActive()).toBe(run);
    expect(run.getAttribute('aria-busy')).toBe('false');
  });

  it('should leave focus on the capacity field in the editor after Enter on a "What binds" row', async () => {
    const app = await started((a) => (a.src = MODEL_FILES.find((m) => m.id === 'caspian-2030')!.url));
    const bottlenecks = app.shadowRoot!.querySelector('corridor-bottlenecks')!;
    const row = await until(() => bottlenecks.shadowRoot!.querySelector<HTMLButtonElement>('button.row[data-kind="link"]'), 'a binding link');
    const id = row.dataset.id!;
    row.focus();
    await userEvent.keyboard('{Enter}');
    const editor = app.shadowRoot!.querySelector('corridor-editor')!;
    const field = await until(() => (deepActive()?.id.startsWith('f-links-') ? deepActive() : null), 'focus in the editor');
    expect(field.getAttribute('aria-label')).toBe(`Capacity of link ${id}, t/yr`);
    expect(editor.shadowRoot!.contains(field)).toBe(true);
    // And it is on screen, where the page scrolled to.
    const box = field.getBoundingClientRect();
    expect(box.bottom).toBeGreaterThan(0);
    expect(box.top).toBeLessThan(window.innerHeight);
  });
});
