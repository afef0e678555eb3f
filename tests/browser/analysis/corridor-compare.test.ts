import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../../src/components/corridor-compare/corridor-compare';
import type { Comparison } from '../../../src/analysis/compare';
import { mount, shadowQuery, shadowQueryAll, unmountAll } from '../components/mount';
import { caspian, caspianComparison } from './analysis-data';
import { closeTo } from '../../support/tolerance';

let comparison: Comparison;
beforeAll(async () => {
  await page.viewport(1280, 1000);
  comparison = await caspianComparison();
});
afterEach(unmountAll);

describe('<corridor-compare>', () => {
  it('should show an empty state when comparison is null', async () => {
    const el = await mount(document.createElement('corridor-compare'));
    expect(shadowQuery(el, '.empty-state').textContent).toMatch(/Nothing to compare yet/);
  });

  it('should list every row with one value per scenario and a signed difference', async () => {
    const el = await mount(document.createElement('corridor-compare'), { comparison, scenario: caspian });
    const rows = shadowQueryAll(el, 'tbody tr[data-key]');
    expect(rows.map((r) => r.dataset.key)).toEqual(comparison.rows.map((r) => r.key));
    const headers = shadowQueryAll(el, 'thead th').map((th) => th.textContent?.trim());
    expect(headers).toEqual(['Measure', 'Planning case 2030', 'TRIPP built', 'Iran closed', 'Δ TRIPP built', 'Δ Iran closed']);
    // Closing Iran moves all of Iran's share to nothing: a negative difference, in words and sign.
    const iran = shadowQuery(el, 'tr[data-key="share:iran"]');
    const diff = iran.querySelectorAll('td.diff')[1]!;
    const expected = comparison.rows.find((r) => r.key === 'share:iran')!.differences[2]!;
    expect(expected).toBeLessThan(0);
    expect(diff.textContent?.trim()).toBe(`−${(Math.abs(expected) * 100).toFixed(1)} pp`);
    expect(diff.classList.contains('down')).toBe(true);
    // A row that does not differ says so in words (no scenario leaves demand unmet).
    expect(shadowQuery(el, 'tr[data-key="unmet"]').className).toContain('same');
    expect(shadowQuery(el, 'tr[data-key="unmet"] td.diff').textContent?.trim()).toBe('no change');
  });

  it('should colour a difference by what it means, not by its sign: cost up is worse, a share moving is neither', async () => {
    const el = await mount(document.createElement('corridor-compare'), { comparison, scenario: caspian });
    const diffOf = (key: string, column: number) => shadowQuery(el, `tr[data-key="${key}"]`).querySelectorAll('td.diff')[column]!;
    const objective = comparison.rows.find((r) => r.key === 'objective')!.differences[2]!;
    // Closing Iran makes the total cost rise (USD/yr): an increase, for the worse, in the worse colour.
    expect(objective).toBeGreaterThan(0);
    const cost = diffOf('objective', 1);
    expect([...cost.classList]).toEqual(expect.arrayContaining(['up', 'worse']));
    expect(getComputedStyle(cost).color).toBe('rgb(140, 47, 57)');
    // Iran's share falls: a decrease, but neither good nor bad, so not in the "better" green.
    const share = diffOf('share:iran', 1);
    expect([...share.classList]).toEqual(expect.arrayContaining(['down', 'neutral']));
    expect(getComputedStyle(share).color).not.toBe('rgb(29, 122, 90)');
    expect(share.getAttribute('title')).toBe('a shift, neither better nor worse');
  });

  it('should name the bottlenecks building TRIPP removes', async () => {
    const el = await mount(document.createElement('corridor-compare'), { comparison, scenario: caspian });
    const removed = comparison.bottlenecks[1]!.removed;
    expect(removed).toContain('link:tripp-meghri');
    expect(shadowQuery(el, '[part="bottlenecks"]').textContent).toContain('− no longer binds: link tripp-meghri');
  });

  it('should draw each scenario as one stacked bar of its freight by route, each segment as long as its tonnes', async () => {
    const el = await mount(document.createElement('corridor-compare'), { comparison, scenario: caspian });
    const bars = shadowQueryAll(el, 'svg[part="chart"] g.bar-row');
    expect(bars.map((b) => b.dataset.name)).toEqual(comparison.names);
    const flow = (id: string, i: number) => comparison.rows.find((r) => r.key === `flow:${id}`)!.values[i]!;
    const widthOf = (bar: Element, id: string) => Number(bar.querySelector(`rect.segment[data-id="${id}"]`)?.getAttribute('width') ?? 0);
    // Iran closed carries nothing through Iran: no Iran segment, where the planning case has one.
    expect(flow('iran', 2)).toBe(0);
    expect(bars[2]!.querySelector('rect.segment[data-id="iran"]')).toBeNull();
    expect(widthOf(bars[0]!, 'iran')).toBeGreaterThan(0);
    // One scale for every bar: the segments' widths stand as their tonnes do.
    expect(closeTo(widthOf(bars[0]!, 'titr') / widthOf(bars[2]!, 'titr'), flow('titr', 0) / flow('titr', 2), 1e-6)).toBe(true);
    // A wide segment reads its share of the demand.
    const northern = bars[0]!.querySelector('rect.segment[data-id="northern"]')!;
    expect(northern.nextElementSibling?.textContent).toBe('60.1%');
    expect(shadowQuery(el, 'svg[part="chart"] .axis-title').textContent).toMatch(/^Freight by route, including unmet demand \(Mt\/yr\)/);
  });
});
