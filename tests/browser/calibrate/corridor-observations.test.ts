import { afterEach, describe, expect, it } from 'vitest';
import '../../../src/components/corridor-observations/corridor-observations';
import type { ObservationFit } from '../../../src/calibrate/types';
import { mount, shadowQuery, shadowQueryAll, unmountAll } from '../components/mount';
import { observedCaspian } from './calibration-fixture';
import { closeTo } from '../../support/tolerance';

afterEach(unmountAll);

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

const fits: ObservationFit[] = [
  { of: 'corridors.titr.flow', observed: 3_000_000, model: 4_165_850, difference: 1_165_850, percent: 38.861666, year: 2024, source: 'adb-titr-2024' },
  { of: 'corridors.iran.flow', observed: 1_200_000, model: 1_205_000, difference: 5_000, percent: 0.41666 },
  { of: 'links.caspian-feeder.flow', observed: 700_000, model: null, difference: null, percent: null },
];

describe('<corridor-observations>', () => {
  it('should say so when there are no observations', async () => {
    const el = await mount(document.createElement('corridor-observations'));
    expect(squash(shadowQuery(el, '.empty').textContent)).toBe('No observations in this scenario.');
  });

  it('should list each observation with model, observed, difference and %, and flag those more than 1 % off', async () => {
    const el = await mount(document.createElement('corridor-observations'), { fits, scenario: observedCaspian() });
    const rows = shadowQueryAll<HTMLTableRowElement>(el, 'tbody tr');
    const cells = rows.map((r) => [...r.querySelectorAll('td')].map((c) => squash(c.textContent)));
    expect(squash(rows[0]!.querySelector('th')!.textContent)).toBe('TITR / Middle Corridor (Caspian + Georgia) · corridor flow 2024, adb-titr-2024');
    expect(cells[0]).toEqual(['3,000,000 t/yr', '4,165,850 t/yr', '+1,165,850 t/yr', '+38.9 %']);
    expect(cells[1]).toEqual(['1,200,000 t/yr', '1,205,000 t/yr', '+5,000 t/yr', '+0.4 %']);
    expect(cells[2]).toEqual(['700,000 t/yr', '–', '–', '–']);
    expect(rows.map((r) => r.querySelector('td:last-child')!.classList.contains('off'))).toEqual([true, false, false]);
    expect(squash(shadowQuery(el, '.fit').textContent)).toBe('Fit: mean absolute error 19.6 %, worst TITR / Middle Corridor (Caspian + Georgia) · corridor flow (+38.9 %)');
    expect(el.shadowRoot!.querySelector('.bars')).toBeNull();
  });

  it('should draw bars for observed, before and after when asked, longest for the largest figure', async () => {
    const after = fits.map((f) => ({ ...f, model: f.observed * 1.002, difference: f.observed * 0.002, percent: 0.2 }));
    const el = await mount(document.createElement('corridor-observations'), { fits, calibratedFits: after, bars: true, scenario: observedCaspian() });
    const groups = shadowQueryAll(el, '.bars dd');
    expect(groups).toHaveLength(3);
    expect(groups[0]!.querySelectorAll('.bar')).toHaveLength(3);
    const width = (bar: Element) => Number.parseFloat((bar as HTMLElement).style.width);
    // 4,165,850 t/yr is the largest figure: its bar is the longest (70 %).
    // Widths are read back from the CSSOM, which keeps about 6 significant digits.
    expect(closeTo(width(groups[0]!.querySelector('.bar.model')!), 70, 1e-5)).toBe(true);
    expect(closeTo(width(groups[0]!.querySelector('.bar.observed')!), (70 * 3_000_000) / 4_165_850, 1e-5)).toBe(true);
    expect(shadowQueryAll(el, 'thead th').map((th) => squash(th.textContent))).toEqual(['Figure', 'Observed', 'Model before', 'Difference', '%', 'Model after', '% after']);
  });

  it('should be accessible: a named region, a captioned table with scoped headers', async () => {
    const el = await mount(document.createElement('corridor-observations'), { fits, heading: 'Observed vs model (2024)' });
    expect(shadowQuery(el, '[part="base"]').getAttribute('aria-label')).toBe('Observed vs model (2024)');
    expect(squash(shadowQuery(el, 'caption').textContent)).toBe('Flows in t/yr; difference = model − observed');
    for (const th of shadowQueryAll(el, 'th')) expect(th.getAttribute('scope')).toMatch(/^(col|row)$/);
  });
});
