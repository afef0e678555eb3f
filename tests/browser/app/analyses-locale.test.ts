import { afterEach, describe, expect, it } from 'vitest';
import type { CorridorFlow, CorridorSolvedDetail } from '../../../src/app/corridor-flow';
import { twoCorridors } from '../client/fixtures/two-corridors';
import { makeApp, nextEvent } from './app-fixture';
import { button, openTab, typeInto, until } from './analyses-fixture';

const apps: CorridorFlow[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) {
    localStorage.removeItem(app.storageKey);
    app.remove();
  }
});

describe('<corridor-flow> analyses read numbers in the reader\'s locale', () => {
  it('should sweep from "0,5 kt" to "1.000" typed in German: 500 and 1,000 t/yr', async () => {
    const app = makeApp();
    app.lang = 'de';
    app.scenario = twoCorridors(60);
    const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
    apps.push(app);
    document.body.append(app);
    await solved;
    const panel = await openTab(app, 'sweep', 'corridor-sweep-panel');
    const root = panel.shadowRoot!;
    typeInto(root, 'from', '0,5 kt');
    typeInto(root, 'to', '1.000');
    typeInto(root, 'steps', '3');
    await panel.updateComplete;
    button(root, 'button.run').click();
    const sweep = await until(() => panel.sweep, 'the sweep', 60_000);
    expect(sweep.points.map((p) => p.value)).toEqual([500, 750, 1000]);
  });

  it('should run N−1 at the value of lost load typed (German "1.500,5" USD/t) and state it', async () => {
    const app = makeApp();
    app.lang = 'de';
    app.scenario = twoCorridors(60);
    const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
    apps.push(app);
    document.body.append(app);
    await solved;
    const panel = await openTab(app, 'resilience', 'corridor-resilience-panel');
    typeInto(panel.shadowRoot!, 'value-of-lost-load', '1.500,5');
    await panel.updateComplete;
    button(panel.shadowRoot!, 'button.run').click();
    const r = await until(() => panel.resilience, 'N−1', 60_000);
    expect(r.valueOfLostLoad).toBe(1500.5);
  });
});
