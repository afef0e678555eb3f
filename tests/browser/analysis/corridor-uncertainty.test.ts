import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../src/components/corridor-uncertainty/corridor-uncertainty';
import type { MonteCarlo } from '../../../src/analysis/monte-carlo';
import { formatPercent } from '../../../src/components/format';
import { mount, shadowQuery, shadowQueryAll, unmountAll } from '../components/mount';
import { caspian, caspianMonteCarlo } from './analysis-data';

let mc: MonteCarlo;
beforeAll(async () => {
  await page.viewport(1280, 1000);
  mc = await caspianMonteCarlo(60);
});
afterEach(unmountAll);

describe('<corridor-uncertainty>', () => {
  it('should show an empty state when monteCarlo is null', async () => {
    const el = await mount(document.createElement('corridor-uncertainty'));
    expect(shadowQuery(el, '.empty-state').textContent).toMatch(/No uncertainty analysis yet/);
  });

  it('should draw one interval per corridor and other, with the figures in the table', async () => {
    const el = await mount(document.createElement('corridor-uncertainty'), { monteCarlo: mc, scenario: caspian });
    const rows = shadowQueryAll(el, '.row');
    expect(rows.map((r) => r.dataset.id)).toEqual(['titr', 'tripp', 'iran', 'northern', 'other']);
    for (const id of ['titr', 'tripp', 'iran', 'northern', 'other']) {
      const d = mc.shares[id]!;
      const cells = [...shadowQuery(el, `tbody tr[data-id="${id}"]`).querySelectorAll('td')].map((c) => c.textContent?.trim());
      const p = (v: number) => formatPercent(v, { locale: 'en-US', variant: 'full' });
      expect(cells.slice(0, 3)).toEqual([p(d.p5), p(d.median), p(d.p95)]);
      expect(cells[6]).toBe(formatPercent(mc.probabilityUsed[id]!, { locale: 'en-US' }));
    }
    expect(shadowQuery(el, '[part="histogram"]').getAttribute('aria-label')).toMatch(/^Histogram of the generalised cost over 60 optimal runs/);
  });

  it('should move focus between corridors with the arrow keys and show a tooltip', async () => {
    const el = await mount(document.createElement('corridor-uncertainty'), { monteCarlo: mc, scenario: caspian });
    const rows = shadowQueryAll<SVGGElement & HTMLElement>(el, '.row');
    expect(rows[0]!.getAttribute('aria-label')).toMatch(/^TITR .*: median share .*, 5–95 % of runs between/);
    rows[0]!.focus();
    await el.updateComplete;
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).toBe(shadowQueryAll(el, '.row')[1]);
    expect(shadowQuery(el, '.tooltip').textContent).toMatch(/TRIPP[\s\S]*Median/);
    // The rebuilt caspian-2030 has a fourth corridor, Northern (Russia), after Iran (the model's corridor order):
    // two more steps down reach it.
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).toBe(shadowQueryAll(el, '.row')[3]);
    expect(shadowQueryAll(el, '.row')[3]!.dataset.id).toBe('northern');
    expect(shadowQuery(el, '.tooltip').textContent).toMatch(/Northern \(Russia\)[\s\S]*Median/);
  });
});
