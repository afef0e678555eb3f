/**
 * An accessibility scan (axe-core, Deque's rule engine) of every view of the
 * app in Chromium: the main screen with the editor, each tab of the
 * analyses (Plan and Calibrate included) and the workspace. Serious and
 * critical violations fail the test, each listed with its rule and the
 * elements it names; minor and moderate ones are left to review.
 */
import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorridorFlow, CorridorSolvedDetail } from '../../../src/app/corridor-flow';
import { ANALYSIS_TABS } from '../../../src/app/analyses/analysis-tabs';
import { analysesOf, until } from './analyses-fixture';
import { makeApp, nextEvent, shadow } from './app-fixture';

let app: CorridorFlow;

beforeAll(async () => {
  app = makeApp();
  app.workspaceDb = `corridor-flow-test-axe:${Date.now()}`;
  app.src = new URL('/models/teaching-two-routes.json', document.baseURI).href;
  const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved', 60_000);
  document.body.append(app);
  await solved;
  await until(() => shadow(app).querySelector('button.workspace-toggle'), 'the Workspace button');
}, 90_000);

afterAll(() => {
  app.remove();
});

/** The serious and critical violations axe finds in the app as it is on screen, one readable line each. */
async function seriousViolations(): Promise<string[]> {
  await app.updateComplete;
  // The answer fades while a solve runs (corridor-split's stale look); the scan reads the settled screen.
  const split = shadow(app).querySelector('corridor-split')!;
  const base = split.shadowRoot!.querySelector('[part="base"]') ?? split;
  await until(() => !split.hasAttribute('stale') && getComputedStyle(base).opacity === '1', 'the answer settled');
  const results = await axe.run(app, { resultTypes: ['violations'] });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5).join(', ')}`);
}

describe('accessibility (axe-core)', () => {
  it('should find no serious or critical violation on the main screen with the editor', async () => {
    expect(await seriousViolations()).toEqual([]);
  });

  for (const tab of ANALYSIS_TABS) {
    it(`should find none in the ${tab.label} tab`, async () => {
      const analyses = analysesOf(app);
      analyses.shadowRoot!.querySelector<HTMLButtonElement>(`#tab-${tab.id}`)!.click();
      await analyses.updateComplete;
      const panel = analyses.shadowRoot!.querySelector(`[role="tabpanel"]:not([hidden])`)!;
      await customElements.whenDefined(panel.localName);
      await (panel as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(await seriousViolations()).toEqual([]);
    });
  }

  it('should find none in the workspace, with an entry listed', async () => {
    shadow(app).querySelector<HTMLButtonElement>('button.workspace-toggle')!.click();
    const panel = await until(() => shadow(app).querySelector('corridor-workspace'), 'the workspace panel');
    await customElements.whenDefined('corridor-workspace');
    panel.shadowRoot!.querySelector<HTMLFormElement>('form.save')!.requestSubmit();
    await until(() => panel.shadowRoot!.querySelector('tbody tr'), 'the saved entry');
    expect(await seriousViolations()).toEqual([]);
  });
});
