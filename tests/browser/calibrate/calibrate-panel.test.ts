import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../../src/app/calibrate/calibrate-panel';
import type { CorridorCalibratePanel } from '../../../src/app/calibrate/calibrate-panel';
import type { CalibrationResult } from '../../../src/calibrate/types';
import type { Result, Scenario } from '../../../src/model/types';
import { WorkerPool } from '../../../src/client/worker-pool';
import { mount, shadowQuery, shadowQueryAll, unmountAll } from '../components/mount';
import { rendered, until } from '../app/analyses-fixture';
import { fakeRunner } from '../plan/plan-fixture';
import { caspianCalibration, observedCaspian } from './calibration-fixture';

let pool: WorkerPool;
let scenario: Scenario;
let result: Result;
let calibration: CalibrationResult;
beforeAll(async () => {
  await page.viewport(1440, 900);
  pool = new WorkerPool({ size: 1, timeoutMs: 60_000 });
  scenario = observedCaspian();
  result = (await pool.solveMany([scenario]))[0]!;
  calibration = caspianCalibration(scenario, result);
});
afterAll(() => pool.dispose());
afterEach(unmountAll);

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

async function panelWith(draft: Scenario = scenario): Promise<{ panel: CorridorCalibratePanel; edits: { scenario: Scenario; phase: string }[] }> {
  const runner = fakeRunner({ calibrate: async () => calibration });
  const panel = await mount(document.createElement('corridor-calibrate-panel'), { scenario, draft, result, runner }, 1400);
  const edits: { scenario: Scenario; phase: string }[] = [];
  panel.addEventListener('corridor-change', (e) => {
    const detail = (e as CustomEvent<{ scenario: Scenario; phase: string }>).detail;
    edits.push(detail);
    panel.draft = detail.scenario;
  });
  await rendered(panel.shadowRoot!.querySelector('corridor-observations-editor')!);
  return { panel, edits };
}

function table(panel: CorridorCalibratePanel): ShadowRoot {
  return panel.shadowRoot!.querySelector('corridor-observations-editor')!.shadowRoot!;
}

async function settle(panel: CorridorCalibratePanel): Promise<void> {
  await panel.updateComplete;
  await panel.shadowRoot!.querySelector('corridor-observations-editor')!.updateComplete;
}

describe('<corridor-calibrate-panel> observations table', () => {
  it('should edit figure, value, year and source as whole-scenario edits', async () => {
    const { panel, edits } = await panelWith();
    const set = async (name: string, value: string) => {
      const field = table(panel).querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
      field.value = value;
      field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await settle(panel);
    };
    await set('observed[0].value', '3,100,000');
    await set('observed[1].of', 'links.kti-etrek-tehran.flow');
    await set('observed[2].year', '2023');
    await set('observed[2].source', 'kaz-stat');
    expect(edits.map((e) => e.phase)).toEqual(['commit', 'commit', 'commit', 'commit']);
    expect(edits.at(-1)!.scenario.observed).toEqual([
      { of: 'corridors.titr.flow', value: 3_100_000, year: 2024, source: 'reportaz-titr-2024' },
      { of: 'links.kti-etrek-tehran.flow', value: 1_200_000, year: 2024 },
      { of: 'links.caspian-feeder.flow', value: 700_000, year: 2023, source: 'kaz-stat' },
    ]);
    table(panel).querySelector<HTMLButtonElement>('button.add-observation')!.click();
    await settle(panel);
    expect(edits.at(-1)!.scenario.observed).toHaveLength(4);
    table(panel).querySelector<HTMLButtonElement>('button[aria-label="Remove observation 1"]')!.click();
    expect(edits.at(-1)!.scenario.observed!.map((o) => o.of)).toEqual(['links.kti-etrek-tehran.flow', 'links.caspian-feeder.flow', 'corridors.tripp.flow']);
  });

  it('should mark a value that is not t/yr with its message and not calibrate', async () => {
    const bad: Scenario = { ...scenario, observed: [{ ...scenario.observed![0]!, value: 'lots' as unknown as number }] };
    const { panel } = await panelWith(bad);
    panel.scenario = bad;
    await settle(panel);
    const input = table(panel).querySelector<HTMLInputElement>('input[name="observed[0].value"]')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(squash(table(panel).getElementById(input.getAttribute('aria-describedby')!)!.textContent)).toBe('should be t/yr ≥ 0, got lots');
    expect(shadowQuery<HTMLButtonElement>(panel, 'button.run').disabled).toBe(true);
  });

  it('should show the model beside each observation before calibrating', async () => {
    const { panel } = await panelWith();
    const view = await rendered(shadowQuery(panel, 'corridor-observations') as HTMLElementTagNameMap['corridor-observations']);
    const rows = shadowQueryAll(view, 'tbody tr');
    expect(rows.map((r) => r.dataset.of)).toEqual(['corridors.titr.flow', 'corridors.iran.flow', 'links.caspian-feeder.flow']);
    const titr = result.corridors.find((c) => c.id === 'titr')!.flow;
    const pct = (100 * (titr - 3_000_000)) / 3_000_000;
    expect(squash(rows[0]!.querySelectorAll('td')[3]!.textContent)).toBe(`${pct > 0 ? '+' : '−'}${Math.abs(pct).toFixed(1)} %`);
    expect(shadowQueryAll(view, '.bars dd')).toHaveLength(3);
  });
});

describe('<corridor-calibrate-panel> calibrating', () => {
  it('should list each cost change (old → new, why) with the fit before and after, and apply them as one step', async () => {
    const { panel, edits } = await panelWith();
    shadowQuery<HTMLButtonElement>(panel, 'button.run').click();
    await until(() => panel.calibration, 'the calibration');
    await panel.updateComplete;
    const rows = shadowQueryAll<HTMLTableRowElement>(panel, 'table.changes tbody tr');
    expect(rows.map((r) => r.dataset.set)).toEqual(['links.caspian-ferry.cost', 'links.kti-etrek-tehran.cost']);
    // The rebuilt caspian-2030.json costs the ferry 20.00 USD/t (89.41 before); the row names the link.
    expect(squash(rows[0]!.textContent)).toMatch(/^Caspian rail ferry Aktau\/Kuryk → Alat ?links\.caspian-ferry\.cost USD 20\.00\/t → USD 60\.00\/t \+USD 40\.00\/t \(\+200 %\) raised so that TITR carries the 3\.0 Mt\/yr observed in 2024 \(corridors\.titr\.flow\)$/);
    const fit = shadowQueryAll(panel, 'table.fit tbody tr').map((r) => squash(r.textContent));
    expect(fit[1]).toBe('After 0.2 % TITR / Middle Corridor (Caspian + Georgia) · corridor flow: +0.4 %');
    const view = shadowQuery(panel, 'corridor-observations') as HTMLElementTagNameMap['corridor-observations'];
    expect(view.calibratedFits).toBe(calibration.after);
    // Its figures can be taken away: CSV and JSON (no chart: the bars are a table's).
    const formats = shadowQueryAll<HTMLButtonElement>(panel, 'details.export-menu button[data-format]').map((b) => b.dataset.format);
    expect(formats).toEqual(['csv', 'json']);
    await page.screenshot({ element: panel, path: '../../../screenshots/calibrate/calibrate-panel.png' });

    shadowQuery<HTMLButtonElement>(panel, 'button.apply').click();
    await panel.updateComplete;
    expect(edits).toEqual([{ scenario: calibration.scenario, phase: 'step' }]);
    expect(shadowQuery<HTMLButtonElement>(panel, 'button.apply').disabled).toBe(true);
    expect(squash(shadowQuery(panel, '.apply-row [role="status"]').textContent)).toBe('Applied as one step: Undo (Ctrl+Z) puts the old costs back.');
  });

  it('should not apply a calibration of an earlier version of the scenario', async () => {
    const { panel, edits } = await panelWith();
    shadowQuery<HTMLButtonElement>(panel, 'button.run').click();
    await until(() => panel.calibration, 'the calibration');
    panel.scenario = { ...scenario, name: 'edited since' };
    await panel.updateComplete;
    expect(shadowQuery<HTMLButtonElement>(panel, 'button.apply').disabled).toBe(true);
    panel.apply();
    expect(edits).toEqual([]);
  });
});
