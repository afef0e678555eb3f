import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../../src/components/corridor-resilience/corridor-resilience';
import type { Resilience } from '../../../src/analysis/resilience';
import { formatUsd } from '../../../src/components/format';
import { mount, shadowQuery, shadowQueryAll, unmountAll } from '../components/mount';
import { caspian, caspianResilience } from './analysis-data';

let res: Resilience;
beforeAll(async () => {
  await page.viewport(1280, 1000);
  res = await caspianResilience();
});
afterEach(unmountAll);

describe('<corridor-resilience>', () => {
  it('should show an empty state when resilience is null', async () => {
    const el = await mount(document.createElement('corridor-resilience'));
    expect(shadowQuery(el, '.empty-state').textContent).toMatch(/No resilience analysis yet/);
  });

  it('should rank the closures as the analysis does and highlight the most damaging', async () => {
    const el = await mount(document.createElement('corridor-resilience'), { resilience: res, scenario: caspian });
    const rows = shadowQueryAll(el, 'tr.closure');
    expect(rows.map((r) => `${r.dataset.kind}:${r.dataset.id}`)).toEqual(res.closures.map((c) => `${c.kind}:${c.id}`));
    expect(rows[0]!.classList.contains('most-damaging')).toBe(true);
    expect(rows.filter((r) => r.classList.contains('most-damaging'))).toHaveLength(1);
    expect(rows[0]!.getAttribute('aria-label')).toMatch(/\(most damaging\)$/);
    for (const [i, c] of res.closures.entries()) {
      const damage = rows[i]!.querySelector('td.damage')!.textContent!.replace(/\s+/g, ' ').trim();
      const figure = `+${formatUsd(c.damage!, { locale: 'en-US' })}`;
      // Every row has a cost, infeasible ones too (what they cannot serve valued at the value of lost load).
      expect(damage).toBe(c.costIncrease === null ? `${figure} infeasible: 450 kt/yr lost at USD 1,000/t` : figure);
      expect(rows[i]!.getAttribute('tabindex')).toBe('0');
    }
  });

  it('should rank by the one measure it shows: the 7 Mt/yr closure (USD 834 mn/yr) above the 450 kt infeasible ones', async () => {
    const el = await mount(document.createElement('corridor-resilience'), { resilience: res, scenario: caspian });
    const rows = shadowQueryAll(el, 'tr.closure');
    expect(rows[0]!.dataset.id).toBe('dostyk-zhanaozen');
    expect(rows[0]!.querySelector('td.damage')!.textContent!.trim()).toBe('+USD 834 mn/yr');
    expect(rows[1]!.getAttribute('aria-label')).toMatch(/^2\. link alat-gardabani \(.+\) closed: infeasible: 450 kt\/yr cannot be served; \+USD 620 mn\/yr damage$/);
    expect(shadowQuery(el, 'caption').textContent!.replace(/\s+/g, ' ')).toContain('hard demands at a value of lost load of USD 1,000/t');
  });

  it('should state the price of diversification', async () => {
    const el = await mount(document.createElement('corridor-resilience'), { resilience: res, scenario: caspian });
    // The Caspian 2030 model has no share bounds, so they cost nothing.
    expect(res.priceOfDiversification).toBeCloseTo(0, 3);
    expect(shadowQuery(el, '[part="figures"]').textContent).toMatch(/Price of diversification\s*USD 0\/yr[\s\S]*do not bind/);
  });
});
