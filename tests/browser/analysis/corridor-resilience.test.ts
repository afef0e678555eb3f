import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../../src/components/corridor-resilience/corridor-resilience';
import type { Resilience } from '../../../src/analysis/resilience';
import { formatUsd } from '../../../src/components/format';
import { mount, shadowQuery, shadowQueryAll, unmountAll } from '../components/mount';
import { caspian, caspianResilience } from './analysis-data';
import { closeTo } from '../../support/tolerance';

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

  it('should rank by the one measure it shows: damage, so a closure that leaves nothing unserved can rank above one that leaves 366 kt/yr', async () => {
    // Figures from `npx corridor-flow resilience models/caspian-2030.json --json` on the rebuilt model: closing the
    // corridor northern leaves 5,045,750 t/yr unserved, +2,221,884,757 USD/yr; the link northern-kz-ru (3rd) leaves
    // nothing unserved but costs +1,213,709,494.5 USD/yr in rerouting, above northern-kostanay (11th), which leaves
    // 366,100 t/yr unserved for +105,888,028 USD/yr. The model has no hard demand, so no closure is infeasible.
    const el = await mount(document.createElement('corridor-resilience'), { resilience: res, scenario: caspian });
    const rows = shadowQueryAll(el, 'tr.closure');
    const unmetOf = (row: HTMLElement) => row.querySelector('td:last-child')!.textContent!.trim();
    expect(rows[0]!.dataset.id).toBe('northern');
    expect(rows[0]!.querySelector('td.damage')!.textContent!.trim()).toBe('+USD 2.22 bn/yr');
    expect(unmetOf(rows[0]!)).toBe('+5.05 Mt/yr');
    const reroute = rows.findIndex((r) => r.dataset.id === 'northern-kz-ru');
    const unserved = rows.findIndex((r) => r.dataset.id === 'northern-kostanay');
    expect([reroute, unserved]).toEqual([2, 10]);
    expect(unmetOf(rows[reroute]!)).toBe('none');
    expect(unmetOf(rows[unserved]!)).toBe('+366 kt/yr');
    expect(rows[reroute]!.getAttribute('aria-label')).toMatch(/^3\. link northern-kz-ru \(.+\) closed: \+USD 1\.21 bn\/yr damage$/);
    expect(rows[unserved]!.getAttribute('aria-label')).toMatch(/^11\. link northern-kostanay \(.+\) closed: \+USD 106 mn\/yr damage, 366 kt\/yr more unmet$/);
    expect(rows.filter((r) => r.querySelector('td.damage .route'))).toEqual([]);
    expect(shadowQuery(el, 'caption').textContent!.replace(/\s+/g, ' ')).toContain('hard demands at a value of lost load of USD 1,000/t');
  });

  it('should state the price of diversification', async () => {
    const el = await mount(document.createElement('corridor-resilience'), { resilience: res, scenario: caspian });
    // The Caspian 2030 model has no share bounds, so they cost nothing.
    expect(res.priceOfDiversification).toBeCloseTo(0, 3);
    expect(shadowQuery(el, '[part="figures"]').textContent).toMatch(/Price of diversification\s*USD 0\/yr[\s\S]*do not bind/);
  });

  it('should draw the twelve worst closures as bars in their ranking order, a closure priced at the value of lost load painted apart', async () => {
    const el = await mount(document.createElement('corridor-resilience'), { resilience: res, scenario: caspian });
    const rows = shadowQueryAll(el, 'svg[part="chart"] g.damage-row');
    expect(rows.map((r) => r.dataset.id)).toEqual(res.closures.slice(0, 12).map((c) => c.id));
    const bar = (i: number) => rows[i]!.querySelector('rect.damage-bar')!;
    // Longest on top, lengths as the damages stand.
    expect(closeTo(Number(bar(1).getAttribute('width')) / Number(bar(2).getAttribute('width')), res.closures[1]!.damage! / res.closures[2]!.damage!, 1e-6)).toBe(true);
    expect(rows[0]!.querySelector('.value-label')!.textContent).toBe(`+${formatUsd(res.closures[0]!.damage!, { locale: 'en-US' })}`);
    expect(shadowQuery(el, 'svg[part="chart"] .axis-title').textContent).toMatch(/generalised cost \(money \+ time valued\)/);
    expect(bar(0).classList.contains('lost-load')).toBe(res.closures[0]!.costIncrease === null);

    // A closure that leaves hard demand unserved (none does in this model, so the worst is made one: infeasible, its damage
    // priced at the value of lost load): its bar and its legend entry stand apart.
    const lost = { ...res.closures[0]!, status: 'infeasible' as const, costIncrease: null, hardUnmet: 450_000 };
    const reordered = { ...res, closures: [lost, ...res.closures.slice(1)] };
    const apart = await mount(document.createElement('corridor-resilience'), { resilience: reordered, scenario: caspian });
    const [first, second] = shadowQueryAll(apart, 'svg[part="chart"] rect.damage-bar');
    expect(first!.classList.contains('lost-load')).toBe(true);
    expect(getComputedStyle(first!).fill).not.toBe(getComputedStyle(second!).fill);
    expect(shadowQuery(apart, '.legend').textContent).toContain('Hard demand left unserved, at USD 1,000/t');
  });
});
