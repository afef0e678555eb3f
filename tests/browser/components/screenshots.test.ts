import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../../src/components/corridor-split/corridor-split';
import '../../../src/components/corridor-map/corridor-map';
import '../../../src/components/corridor-bottlenecks/corridor-bottlenecks';
import '../../../src/components/corridor-status/corridor-status';
import { caspianInfeasibleResult, caspianResult, caspianScenario } from './fixtures';
import caspian2030 from '../../../models/caspian-2030.json';
import { parseScenario } from '../../../src/model/parse-scenario';
import { SolverClient } from '../../../src/client/solver-client';
import type { CorridorMap } from '../../../src/components/corridor-map/corridor-map';
import { loadCountryOutlines } from '../../../src/components/corridor-map/region-outline';
import { mount, unmountAll } from './mount';

/**
 * Screenshots of each component with the Caspian fixture, written to
 * `screenshots/components/` (ignored by git) for a person to look at.
 */
describe('component screenshots', () => {
  beforeAll(async () => {
    await page.viewport(1280, 1000);
    // The maps' country outline is a lazily loaded chunk: loaded up front, so every map is drawn with it.
    await loadCountryOutlines();
  });
  afterEach(unmountAll);

  it('should render <corridor-split> with the Caspian result', async () => {
    const el = await mount(document.createElement('corridor-split'), { scenario: caspianScenario, result: caspianResult }, 760);
    const path = await page.screenshot({ element: el, path: '../../../screenshots/components/corridor-split.png' });
    expect(path).toMatch(/corridor-split\.png$/);
  });

  it('should render <corridor-map> with the Caspian result', async () => {
    const el = await mount(document.createElement('corridor-map'), { scenario: caspianScenario, result: caspianResult }, 1100);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    const path = await page.screenshot({ element: el, path: '../../../screenshots/components/corridor-map.png' });
    expect(path).toMatch(/corridor-map\.png$/);
  });

  it('should show the map tooltip of a focused link and the selection', async () => {
    const el = await mount(
      document.createElement('corridor-map'),
      { scenario: caspianScenario, result: caspianResult, selected: { kind: 'node', id: 'baku' } },
      1100,
    );
    el.shadowRoot!.querySelector<SVGGElement>('[data-kind="link"][data-id="sarakhs-tehran"]')!.focus();
    const path = await page.screenshot({ element: el, path: '../../../screenshots/components/corridor-map-tooltip.png' });
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!.hidden).toBe(false);
    expect(path).toMatch(/tooltip\.png$/);
  });

  it('should render <corridor-bottlenecks> with the Caspian result', async () => {
    const el = await mount(document.createElement('corridor-bottlenecks'), { scenario: caspianScenario, result: caspianResult }, 720);
    const path = await page.screenshot({ element: el, path: '../../../screenshots/components/corridor-bottlenecks.png' });
    expect(path).toMatch(/corridor-bottlenecks\.png$/);
  });

  it('should render <corridor-bottlenecks> with an infeasible result', async () => {
    const el = await mount(document.createElement('corridor-bottlenecks'), { scenario: caspianScenario, result: caspianInfeasibleResult }, 720);
    const path = await page.screenshot({ element: el, path: '../../../screenshots/components/corridor-bottlenecks-infeasible.png' });
    expect(path).toMatch(/infeasible\.png$/);
  });

  it('should render <corridor-status> in each state', async () => {
    const box = document.createElement('div');
    box.style.display = 'grid';
    box.style.gap = '8px';
    const states = [
      { state: 'idle' },
      { state: 'solving' },
      { state: 'solved', ms: 4 },
      { state: 'infeasible', message: '1 demand cannot be served in full', diagnosis: caspianInfeasibleResult.diagnosis ?? [] },
      { state: 'error', message: 'the solver did not answer within 30 s' },
    ] as const;
    const elements = states.map((props) => Object.assign(document.createElement('corridor-status'), props));
    box.append(...elements);
    await mount(box, {}, 560);
    await Promise.all(elements.map((e) => e.updateComplete));
    const path = await page.screenshot({ element: box, path: '../../../screenshots/components/corridor-status.png' });
    expect(path).toMatch(/corridor-status\.png$/);
  });

  it('should render every component empty', async () => {
    const box = document.createElement('div');
    box.style.display = 'grid';
    box.style.gap = '12px';
    const elements = [
      document.createElement('corridor-split'),
      document.createElement('corridor-map'),
      document.createElement('corridor-bottlenecks'),
      document.createElement('corridor-status'),
    ];
    box.append(...elements);
    await mount(box, {}, 720);
    await Promise.all(elements.map((e) => e.updateComplete));
    const path = await page.screenshot({ element: box, path: '../../../screenshots/components/empty.png' });
    expect(path).toMatch(/empty\.png$/);
  });

  it('should render <corridor-map> with the caspian-2030 model, whole and zoomed on the Caucasus', async () => {
    // The real model, solved here: the crowded case (Dostyk to Istanbul at one scale, Baku/Alat close together).
    const parsed = parseScenario(caspian2030);
    if (!parsed.ok) throw new Error('models/caspian-2030.json does not parse');
    // Solved in the project's worker: glpk.js/node cannot load its wasm on the main thread.
    const client = new SolverClient();
    const outcome = await client.solve(parsed.scenario);
    client.dispose();
    if (outcome.stale) throw new Error('the only solve came back stale');
    const result = outcome.result;
    expect(result.status).toBe('optimal');
    for (const [width, name] of [[1100, 'wide'], [360, 'phone']] as const) {
      const el: CorridorMap = await mount(document.createElement('corridor-map'), { scenario: parsed.scenario, result }, width);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
      await page.screenshot({ element: el, path: `../../../screenshots/components/corridor-map-caspian-${name}.png` });
      el.bounds = [[38.3, 43.5], [42.6, 51.5]];
      await el.updateComplete;
      const path = await page.screenshot({ element: el, path: `../../../screenshots/components/corridor-map-caspian-${name}-caucasus.png` });
      expect(path).toMatch(/caucasus\.png$/);
      unmountAll();
    }
  });
});
