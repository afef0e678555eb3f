/**
 * Issue 16: the results stay in view while the levers move, a pinned base's
 * change shows in the summary, the split and the map, and a demand picked in
 * "Why" is traced on the map.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { CorridorFlow, CorridorSolvedDetail } from '../../../src/app/corridor-flow';
import type { Scenario } from '../../../src/model/types';
import { MODEL_FILES } from '../../../src/app/model-files';
import { twoCorridors } from '../client/fixtures/two-corridors';
import { editFromEditor, makeApp, nextEvent, shadow } from './app-fixture';
import { until } from './analyses-fixture';

const apps: CorridorFlow[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) {
    localStorage.removeItem(app.storageKey);
    app.remove();
  }
});

async function appWith(setup: (app: CorridorFlow) => void): Promise<{ app: CorridorFlow; solved: CorridorSolvedDetail }> {
  const app = makeApp();
  setup(app);
  const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved', 60_000);
  apps.push(app);
  document.body.append(app);
  const detail = await solved;
  await app.updateComplete;
  return { app, solved: detail };
}

/** twoCorridors with places, so the map draws it. */
function placed(scenario: Scenario): Scenario {
  const at: Record<string, [number, number]> = { a: [43, 45], b: [44, 48], c: [41, 48], d: [42, 51] };
  return { ...scenario, nodes: scenario.nodes.map((n) => ({ ...n, lat: at[n.id]![0], lon: at[n.id]![1] })) };
}

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Elements whose right edge passes a 390 px screen outside any scrolling box (for the failure message). */
function overflowing(root: Document | ShadowRoot = document, clipped = false): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const scrolls = /(auto|scroll|hidden|clip)/.test(getComputedStyle(el).overflowX);
    if (!clipped && el.getBoundingClientRect().right > 390.5) found.push(`${el.localName}.${[...el.classList].join('.')}`);
    if (el.shadowRoot) found.push(...overflowing(el.shadowRoot, clipped || scrolls));
  }
  return found.slice(0, 12);
}

describe('<corridor-flow> results beside the levers', () => {
  it('should show the change against a pinned base in the summary, the split and the map after an edit', async () => {
    await page.viewport(1280, 900);
    const { app } = await appWith((a) => (a.scenario = placed(twoCorridors(60))));
    const root = shadow(app);
    const pin = root.querySelector<HTMLButtonElement>('.pin-bar button.pin')!;
    expect(pin.disabled).toBe(false);
    pin.click();
    await app.updateComplete;
    expect(text(root.querySelector('.pin-bar .pinned'))).toBe('Comparing against the pinned base: Two corridors');

    // TITR's link from 60 to 100 t/yr: by hand (two-corridors.ts) TITR 60 → 100 % (+40 pp), cost 1,700 → 1,500 USD/yr.
    const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
    editFromEditor(app, placed(twoCorridors(100)));
    await solved;
    await app.updateComplete;

    const split = root.querySelector('corridor-split')!;
    await split.updateComplete;
    expect(text(split.shadowRoot!.querySelector('[part="delta"]'))).toBe('Against Two corridors +40 pp TITR, −USD 200/yr');
    expect(text(root.querySelector('.summary-bar .change'))).toBe('vs base: +40 pp TITR, −USD 200/yr');
    const map = root.querySelector('corridor-map')!;
    await map.updateComplete;
    const halo = (id: string) => map.shadowRoot!.querySelector(`[data-kind="link"][data-id="${id}"] .change`)?.getAttribute('class');
    expect([halo('ab'), halo('bd'), halo('ac'), halo('cd')]).toEqual(['change gained', 'change gained', 'change lost', 'change lost']);

    await page.screenshot({ element: root.querySelector('.results')!, path: '../../../screenshots/app/results-pinned-base.png' });
    root.querySelector<HTMLButtonElement>('.pin-bar button.unpin')!.click();
    await app.updateComplete;
    await split.updateComplete;
    expect(split.shadowRoot!.querySelector('[part="delta"]')).toBeNull();
    expect(root.querySelector('.summary-bar .change')).toBeNull();
  });

  it('should keep the answer in the viewport at 1440×900 while the binding Caspian ferry capacity is focused in the editor', async () => {
    await page.viewport(1440, 900);
    const { app } = await appWith((a) => (a.src = MODEL_FILES.find((m) => m.id === 'caspian-2030')!.url));
    const root = shadow(app);
    const bottlenecks = root.querySelector('corridor-bottlenecks')!;
    await bottlenecks.updateComplete;
    const ferry = [...bottlenecks.shadowRoot!.querySelectorAll<HTMLButtonElement>('.binding .row')].find((row) => /ferry/i.test(row.textContent ?? ''));
    expect(ferry, 'a binding Caspian ferry in What binds').toBeDefined();
    expect(text(ferry!.querySelector('.lever'))).toBe('Edit capacity');
    ferry!.click();
    const editor = root.querySelector('corridor-editor')!;
    const focused = await until(() => editor.shadowRoot!.activeElement as HTMLInputElement | null, 'focus in the editor');
    expect(focused.id).toMatch(/^f-links-\d+-capacity$/);
    // Let the page's scroll to the field settle.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

    const inView = (el: Element): boolean => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
    };
    expect(inView(focused), 'the capacity field').toBe(true);
    const split = root.querySelector('corridor-split')!;
    expect(inView(split.shadowRoot!.querySelector('[part="figures"]')!), 'the split figures').toBe(true);
    expect(inView(split.shadowRoot!.querySelector('[part="bar"]')!), 'the split bar').toBe(true);
    await page.screenshot({ path: '../../../screenshots/app/results-1440x900-capacity-focused.png' });
  });

  it('should trace exactly the picked demand\'s links on the map', async () => {
    await page.viewport(1440, 900);
    const { app, solved } = await appWith((a) => (a.src = MODEL_FILES.find((m) => m.id === 'caspian-2030')!.url));
    const root = shadow(app);
    await customElements.whenDefined('corridor-why');
    const why = root.querySelector('corridor-why')!;
    await why.updateComplete;
    const demand = solved.result.demands.find((d) => (d.flows ?? []).length > 2)!;
    why.shadowRoot!.querySelector<HTMLButtonElement>(`tr[data-id="${CSS.escape(demand.id)}"] button.pick`)!.click();
    await app.updateComplete;
    const map = root.querySelector('corridor-map')!;
    await map.updateComplete;

    const traced = [...map.shadowRoot!.querySelectorAll('.link.on-route')].map((g) => g.getAttribute('data-id')).sort();
    const expected = (demand.flows ?? []).filter((f) => f.flow > 1e-6).map((f) => f.link).sort();
    expect(traced).toEqual(expected);
    expect(map.shadowRoot!.querySelector('.frame')!.classList.contains('tracing')).toBe(true);
    expect(why.shadowRoot!.querySelector(`tr[data-id="${CSS.escape(demand.id)}"]`)!.getAttribute('aria-current')).toBe('true');
    await page.screenshot({ path: '../../../screenshots/app/results-1440x900-demand-traced.png' });
    await page.screenshot({ element: root.querySelector('section.why')!, path: '../../../screenshots/app/results-1440x900-why.png' });
  });

  it('should keep the summary in view on a 390 px phone while the editor is scrolled, and offer the Caucasus on the map', async () => {
    await page.viewport(390, 844);
    const { app } = await appWith((a) => (a.src = MODEL_FILES.find((m) => m.id === 'caspian-2030')!.url));
    const root = shadow(app);
    root.querySelector('.pin-bar button.pin')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await app.updateComplete;
    root.querySelector('section.editor')!.scrollIntoView({ block: 'start' });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const bar = root.querySelector('.summary-bar')!.getBoundingClientRect();
    expect(bar.top).toBeGreaterThanOrEqual(0);
    expect(bar.bottom).toBeLessThan(844 / 4);
    expect(document.scrollingElement!.scrollWidth, overflowing().join(', ')).toBeLessThanOrEqual(390);
    await page.screenshot({ element: root.querySelector('.summary-bar')!, path: '../../../screenshots/app/results-390x844-summary-bar.png' });

    window.scrollTo(0, 0);
    const map = root.querySelector('corridor-map')!;
    const caucasus = map.shadowRoot!.querySelector<HTMLButtonElement>('.zoom-region')!;
    expect(text(caucasus)).toBe('Caucasus');
    caucasus.click();
    expect(map.zoom).toBeGreaterThan(2);
    root.querySelector('section.map')!.scrollIntoView({ block: 'start' });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await page.screenshot({ element: root.querySelector('section.map')!, path: '../../../screenshots/app/results-390x844-caucasus.png' });
    await customElements.whenDefined('corridor-why');
    await page.screenshot({ element: root.querySelector('section.why')!, path: '../../../screenshots/app/results-390x844-why.png' });
  });
});
