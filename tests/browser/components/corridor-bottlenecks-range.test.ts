import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../../src/components/corridor-bottlenecks/corridor-bottlenecks';
import type { MarginalRange } from '../../../src/analysis/marginal-range';
import type { CorridorBottlenecks } from '../../../src/components/corridor-bottlenecks/corridor-bottlenecks';
import { caspianResult, caspianScenario } from './fixtures';
import { mount, shadowQuery, unmountAll } from './mount';

const squash = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** The range line of a row, once the sentences' module (loaded with the first ranges) has arrived. */
async function rangeOf(el: CorridorBottlenecks, id: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    await el.updateComplete;
    const line = el.shadowRoot!.querySelector(`button.row[data-id="${id}"] .range:not(.pending)`);
    if (line !== null) return squash(line.textContent);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no range line on ${id}`);
}

/** Made up for the fixture: Aktau→Baku's USD 14.2/t holds from −1.2 Mt to +450 kt, then Tbilisi→Kars binds. */
const ferryRange: MarginalRange = {
  kind: 'link',
  id: 'aktau-baku',
  path: 'links.aktau-baku.capacity',
  capacity: 4_000_000,
  marginalValue: 14.2,
  down: { kind: 'breakpoint', capacity: 2_800_000, nextMarginalValue: 20, startBinding: [], stopBinding: [] },
  up: { kind: 'breakpoint', capacity: 4_450_000, nextMarginalValue: 6.1, startBinding: ['link:tbilisi-kars'], stopBinding: [] },
  solves: 6,
};

describe('<corridor-bottlenecks> marginal ranges', () => {
  afterEach(unmountAll);

  it('should say how far each marginal value holds and what binds next, beside its row only', async () => {
    const el = await mount(document.createElement('corridor-bottlenecks'), { scenario: caspianScenario, result: caspianResult, ranges: [ferryRange] }, 720);
    expect(await rangeOf(el as CorridorBottlenecks, 'aktau-baku')).toBe(
      'USD 14.20/t holds up to +450 kt and down to −1.2 Mt; then Tbilisi → Kars (rail, tbilisi-kars) binds (USD 6.10/t)',
    );
    expect(shadowQuery(el, 'button.row[data-id="sarakhs-tehran"]').querySelector('.range')).toBeNull();
  });

  it('should say "computing range…" on each binding capacity while its range is still to come, and nothing once none will', async () => {
    const el = (await mount(document.createElement('corridor-bottlenecks'), { scenario: caspianScenario, result: caspianResult, rangesPending: true }, 720)) as CorridorBottlenecks;
    const binding = [...el.shadowRoot!.querySelectorAll('.binding button.row')].filter((row) => row.getAttribute('data-kind') !== 'corridor');
    expect(binding.length).toBeGreaterThan(0);
    expect(binding.map((row) => squash(row.querySelector('.range.pending')?.textContent ?? null))).toEqual(binding.map(() => 'computing range…'));
    expect(el.shadowRoot!.querySelector('.unused .range, .unmet .range, .binding button.row[data-kind="corridor"] .range')).toBeNull();
    await page.screenshot({ element: el, path: '../../../screenshots/components/corridor-bottlenecks-computing-range.png' });
    el.rangesPending = false;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.range')).toBeNull();
  });

  it('should say when a capacity stops binding above its range, in the element\'s locale', async () => {
    const stops: MarginalRange = { ...ferryRange, up: { ...ferryRange.up, nextMarginalValue: 0, startBinding: [], stopBinding: ['link:aktau-baku'] } };
    const host = document.createElement('div');
    host.lang = 'de';
    const el = document.createElement('corridor-bottlenecks') as CorridorBottlenecks;
    host.append(el);
    await mount(host, {}, 720);
    Object.assign(el, { scenario: caspianScenario, result: caspianResult, ranges: [stops] });
    await el.updateComplete;
    expect(await rangeOf(el, 'aktau-baku')).toBe(
      'USD 14,20/t holds up to +450 kt and down to −1,2 Mt; then it stops binding',
    );
  });
});
