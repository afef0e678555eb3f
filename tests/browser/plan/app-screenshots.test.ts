/**
 * The Plan and Calibrate tabs inside the whole app at 1440×900, written to
 * `screenshots/plan/` and `screenshots/calibrate/` (ignored by git) for a
 * person to look at. The engines are not in this build: the plan and the
 * calibration are the fixtures', set on the panels as the worker would
 * answer them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { CorridorFlow, CorridorSolvedDetail } from '../../../src/app/corridor-flow';
import { makeApp, nextEvent, shadow } from '../app/app-fixture';
import { openTab, rendered, until } from '../app/analyses-fixture';
import { solvedCaspianPlan } from './plan-fixture';
import { caspianCalibration, observedCaspian } from '../calibrate/calibration-fixture';

let app: CorridorFlow;
beforeAll(async () => {
  await page.viewport(1440, 900);
});
afterAll(() => {
  localStorage.removeItem(app.storageKey);
  app.remove();
});

async function shoot(element: Element, path: string): Promise<void> {
  element.scrollIntoView({ block: 'start' });
  await new Promise((r) => setTimeout(r, 150));
  await page.screenshot({ path, fullPage: false });
}

describe('the Plan and Calibrate tabs in the app (screenshots)', () => {
  it('should show a plan, what binds and a what-if in the app', async () => {
    const { scenario, plan } = await solvedCaspianPlan();
    app = makeApp();
    app.scenario = { ...scenario, observed: observedCaspian().observed };
    const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved');
    document.body.style.margin = '0';
    document.body.append(app);
    await solved;
    const top = await rendered(shadow(app).querySelector('corridor-observations.observations')!);
    await page.screenshot({ path: '../../../screenshots/plan/app-top.png' });
    expect(top).not.toBeNull();

    const panel = await openTab(app, 'plan', 'corridor-plan-panel');
    await shoot(panel, '../../../screenshots/plan/app-plan-inputs.png');
    panel.plan = plan;
    panel.ranFor = panel.scenario;
    await panel.updateComplete;
    const report = await rendered(await until(() => panel.shadowRoot!.querySelector('corridor-plan.current'), 'the report'));
    await shoot(report, '../../../screenshots/plan/app-plan-report.png');
    await shoot(await until(() => panel.shadowRoot!.querySelector<HTMLElement>('section.binds'), 'what binds'), '../../../screenshots/plan/app-plan-binds.png');

    const calibrate = await openTab(app, 'calibrate', 'corridor-calibrate-panel');
    const result = await until(() => calibrate.result, 'the result');
    calibrate.calibration = caspianCalibration(calibrate.scenario!, result);
    calibrate.ranFor = calibrate.scenario;
    await calibrate.updateComplete;
    await shoot(calibrate, '../../../screenshots/calibrate/app-calibrate.png');
    calibrate.shadowRoot!.querySelector<HTMLButtonElement>('button.apply')!.click();
    await nextEvent(app, 'corridor-solved');
    const editor = shadow(app).querySelector('corridor-editor')!;
    await editor.updateComplete;
    await shoot(editor, '../../../screenshots/calibrate/app-editor-calibrated.png');
    await shoot(shadow(app).querySelector('corridor-bottlenecks')!, '../../../screenshots/calibrate/app-binds-calibrated.png');
  });
});
