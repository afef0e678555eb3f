import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../../src/components/corridor-compare/corridor-compare';
import type { Comparison } from '../../../src/analysis/compare';
import { mount, shadowQuery, shadowQueryAll, unmountAll } from '../components/mount';
import { caspian, caspianComparison } from './analysis-data';

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
});
