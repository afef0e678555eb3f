import { describe, it, expect, afterEach } from 'vitest';
import type { CorridorFlow, CorridorSolvedDetail } from '../../../src/app/corridor-flow';
import { SolverClient } from '../../../src/client';
import { setParameter } from '../../../src/model/parameter-path';
import { closeTo } from '../../support/tolerance';
import { twoCorridors, twoCorridorsAnswer } from '../client/fixtures/two-corridors';
import { readAutosave } from '../../../src/app/autosave';
import { writeAutosave } from '../../../src/app/autosave-write';
import { RELATIONS } from '../../../src/testing/types';
import { editFromEditor, jsonUrl, makeApp, nextEvent, press } from './app-fixture';
import { analysesOf, button, openTab, rendered, typeInto, until } from './analyses-fixture';

const apps: CorridorFlow[] = [];
async function started(scenario = twoCorridors(60)): Promise<CorridorFlow> {
  const app = makeApp();
  app.scenario = scenario;
  const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
  apps.push(app);
  document.body.append(app);
  await solved;
  return app;
}
afterEach(() => {
  for (const app of apps.splice(0)) {
    localStorage.removeItem(app.storageKey);
    app.remove();
  }
});

describe('<corridor-flow> Analyses: sweep', () => {
  it('should solve nothing until asked, then draw one point per value equal to a single solve of that value', async () => {
    const app = await started();
    const panel = await openTab(app, 'sweep', 'corridor-sweep-panel');
    const root = panel.shadowRoot!;
    expect(panel.sweep).toBeNull();
    // Prefilled: the first corridor's gate capacity, 0 → 2 × 60 in 21 steps.
    expect(panel.parameter).toBe('links.ab.capacity');
    expect(root.querySelector<HTMLInputElement>('input[name="to"]')!.value).toBe('120');

    typeInto(root, 'steps', '7');
    button(root, 'button.run').click();
    const sweep = await until(() => panel.sweep, 'the sweep');

    // 0, 20, …, 120: titr = min(value, 100) and the objective by hand (fixture's comment).
    expect(sweep.points.map((p) => p.value)).toEqual([0, 20, 40, 60, 80, 100, 120]);
    const single = new SolverClient();
    try {
      for (const point of sweep.points) {
        const outcome = await single.solve(setParameter(twoCorridors(60), 'links.ab.capacity', point.value));
        if (outcome.stale) throw new Error('a lone solve cannot be stale');
        expect(point.result.objective).toBe(outcome.result.objective);
        expect(point.result.corridors.map((c) => c.share)).toEqual(outcome.result.corridors.map((c) => c.share));
        expect(closeTo(point.result.objective, twoCorridorsAnswer(point.value).objective)).toBe(true);
      }
    } finally {
      single.dispose();
    }
    const chart = root.querySelector('corridor-sweep')!;
    expect(chart.sweep).toBe(sweep);
  });

  it('should show progress while it runs and drop everything when cancelled', async () => {
    const app = await started();
    const panel = await openTab(app, 'sweep', 'corridor-sweep-panel');
    const root = panel.shadowRoot!;
    typeInto(root, 'steps', '1000');
    button(root, 'button.run').click();

    const chart = root.querySelector('corridor-sweep')!;
    const progress = await until(() => (chart.progress !== null && chart.progress.done > 0 ? chart.progress : undefined), 'progress');
    expect(progress.total).toBe(1000);
    expect(progress.done).toBeLessThan(1000);
    await chart.updateComplete;
    const bar = chart.shadowRoot!.querySelector('[role="progressbar"]')!;
    expect(Number(bar.getAttribute('aria-valuemax'))).toBe(1000);

    chart.shadowRoot!.querySelector<HTMLButtonElement>('button.cancel')!.click();
    await panel.updateComplete;

    expect(panel.running).toBe(false);
    expect(panel.sweep).toBeNull();
    expect(chart.progress).toBeNull();
    expect(root.querySelector('.message')?.textContent).toMatch(/Cancelled after \d+ of 1000 solves/);
  });

  it('should refuse a range the format forbids, naming the value, and solve nothing', async () => {
    const app = await started();
    const panel = await openTab(app, 'sweep', 'corridor-sweep-panel');
    const root = panel.shadowRoot!;
    typeInto(root, 'from', '-10');
    typeInto(root, 'steps', '3');
    button(root, 'button.run').click();
    await until(() => panel.problems.length > 0, 'problems');
    await panel.updateComplete;

    expect(panel.running).toBe(false);
    expect(panel.sweep).toBeNull();
    expect(root.querySelector('.problems')!.textContent).toContain('links.ab.capacity = -10');
  });
});

describe('<corridor-flow> Share', () => {
  const original = location.href;
  afterEach(() => history.replaceState(history.state, '', original));

  it('should put the scenario and the open analysis in the address hash, and open them from there ahead of the autosave', async () => {
    // Arrange: a scenario with the sweep tab open at 7 steps, shared.
    const sender = await started(twoCorridors(37));
    const panel = await openTab(sender, 'sweep', 'corridor-sweep-panel');
    typeInto(panel.shadowRoot!, 'steps', '7');
    await panel.updateComplete;
    button(sender.shadowRoot!, 'button.share').click();
    const input = await until(() => sender.shadowRoot!.querySelector<HTMLInputElement>('.share-box input'), 'the share box');
    expect(location.hash.startsWith('#share=1.')).toBe(true);
    expect(input.value.endsWith(location.hash)).toBe(true);

    // A second app whose own autosave holds other work.
    const receiver = makeApp();
    writeAutosave(() => localStorage, receiver.storageKey, twoCorridors(80));
    const saved = localStorage.getItem(receiver.storageKey);
    receiver.src = jsonUrl(twoCorridors(5));
    const solved = nextEvent<CorridorSolvedDetail>(receiver, 'corridor-solved');
    apps.push(receiver);
    document.body.append(receiver);

    // Act / Assert: the link's scenario wins; the autosave is untouched.
    const { scenario } = await solved;
    expect(scenario).toEqual(twoCorridors(37));
    expect(localStorage.getItem(receiver.storageKey)).toBe(saved);
    const analyses = analysesOf(receiver);
    await analyses.updateComplete;
    expect(analyses.tab).toBe('sweep');
    const restored = await rendered(analyses.shadowRoot!.querySelector('corridor-sweep-panel')!);
    expect(restored.settings).toEqual({ parameter: 'links.ab.capacity', from: 0, to: 74, steps: 7 });

    // The first edit makes it the user's: autosaved, and the link leaves the address bar.
    const edited = nextEvent<CorridorSolvedDetail>(receiver, 'corridor-solved');
    editFromEditor(receiver, twoCorridors(45));
    await edited;
    expect(readAutosave(() => localStorage, receiver.storageKey)).toMatchObject({ kind: 'restored', scenario: twoCorridors(45) });
    expect(location.hash).toBe('');
  });

  it('should say so when a link is damaged and open the app as usual', async () => {
    history.replaceState(history.state, '', '#share=1.AAAA-cut-short');
    const app = makeApp();
    app.src = jsonUrl(twoCorridors(30));
    const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
    apps.push(app);
    document.body.append(app);

    const { result } = await solved;
    await app.updateComplete;

    expect(closeTo(result.objective, twoCorridorsAnswer(30).objective)).toBe(true);
    const alert = app.shadowRoot!.querySelector('.notice.error')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('The shared link could not be opened: the link is damaged');
  });

  it('should offer the file instead of a link when the scenario is too big, giving the length', async () => {
    // Text no compressor can shrink (a seeded random walk over letters) makes the link long.
    let seed = 7;
    const noise = Array.from({ length: 12_000 }, () => String.fromCharCode(97 + ((seed = (seed * 16807) % 2147483647) % 26))).join('');
    const big = { ...twoCorridors(60), nodes: twoCorridors(60).nodes.map((n, i) => (i === 0 ? { ...n, assumption: noise } : n)) };
    const app = await started(big);
    const hashBefore = location.hash;

    button(app.shadowRoot!, 'button.share').click();
    const message = await until(() => app.shadowRoot!.querySelector('.share-too-big'), 'the too-big message');

    expect(message.textContent).toMatch(/it would be [\d,]+ characters/);
    expect(message.querySelector('button')!.textContent).toContain('Export scenario (JSON)');
    expect(location.hash).toBe(hashBefore);
  });
});

describe('<corridor-flow> Check invariants', () => {
  it('should run every check in a worker and show the report: seven checks, the cases asked for, no failure on a correct solver', async () => {
    const app = await started();
    const panel = await openTab(app, 'check', 'corridor-check-panel');
    const root = panel.shadowRoot!;
    typeInto(root, 'runs', '4');
    typeInto(root, 'seed', '20261127');
    button(root, 'button.run').click();
    const report = await until(() => panel.report, 'the report', 60_000);
    await panel.updateComplete;

    expect(report.seed).toBe(20261127);
    expect(report.checks.map((c) => c.name)).toEqual(['result', ...RELATIONS]);
    for (const c of report.checks) expect(c.cases).toBe(4);
    expect(report.checks.every((c) => c.failures === 0)).toBe(true);
    const rows = [...root.querySelectorAll('table.checks tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-check'))).toEqual(['result', ...RELATIONS]);
    expect(root.querySelector('.summary')!.textContent).toContain('All 7 checks passed on 28 variants (seed 20261127)');
  });

  it('should open a counter-example as the current scenario, one undo step away from the previous one', async () => {
    const app = await started(twoCorridors(60));
    const panel = await openTab(app, 'check', 'corridor-check-panel');
    const counterExample = twoCorridors(11);
    panel.report = {
      seed: 1,
      checks: [{ name: 'more-capacity', cases: 1, failures: 1, skipped: 0 }],
      counterExample: { check: 'more-capacity', scenario: counterExample, violations: [{ invariant: 'more-capacity', message: 'cost rose' }] },
    };
    await panel.updateComplete;

    const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
    button(panel.shadowRoot!, 'button.open').click();
    expect((await solved).scenario).toEqual(counterExample);
    expect(app.scenario).toEqual(counterExample);

    const back = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
    press(app, 'z');
    expect((await back).scenario).toEqual(twoCorridors(60));
  });
});

describe('<corridor-flow> Analyses tabs', () => {
  it('should open no panel until a tab is chosen, and move between tabs with the arrow keys, Home and End', async () => {
    const app = await started();
    const analyses = analysesOf(app);
    await analyses.updateComplete;
    const root = analyses.shadowRoot!;
    expect(root.querySelector('[role="tabpanel"]')).toBeNull();

    await openTab(app, 'sweep', 'corridor-sweep-panel');
    const key = async (k: string) => {
      (root.activeElement ?? root.querySelector('#tab-sweep')!).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
      await analyses.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
    };
    root.querySelector<HTMLButtonElement>('#tab-sweep')!.focus();
    await key('ArrowRight');
    expect(analyses.tab).toBe('two-way');
    expect(root.activeElement?.id).toBe('tab-two-way');
    await key('End');
    expect(analyses.tab).toBe('check');
    await key('ArrowRight');
    expect(analyses.tab).toBe('sweep');
    await key('ArrowLeft');
    expect(analyses.tab).toBe('check');
    expect(root.querySelector('#tab-check')!.getAttribute('aria-selected')).toBe('true');
    expect(root.querySelector('#panel-sweep')!.hasAttribute('hidden')).toBe(true);
    expect(root.querySelector('#panel-check')!.hasAttribute('hidden')).toBe(false);
  });
});
