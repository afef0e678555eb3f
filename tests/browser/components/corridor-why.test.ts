import { afterEach, describe, expect, it } from 'vitest';
import '../../../src/components/corridor-why/corridor-why';
import type { CorridorWhy, WhySelectDetail } from '../../../src/components/corridor-why/corridor-why';
import { teachingWhy, teachingWhyRoomyResult } from '../../fixtures/teaching-why';
import { caspianInfeasibleResult, caspianScenario } from './fixtures';
import { mount, shadowQuery, shadowQueryAll, unmountAll } from './mount';

function why(props: Partial<CorridorWhy> = {}): Promise<CorridorWhy> {
  return mount(document.createElement('corridor-why'), props, 1100);
}

const cells = (row: Element): string[] => [...row.querySelectorAll('th, td')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());

describe('<corridor-why>', () => {
  afterEach(unmountAll);

  it('should give each demand its corridor split, its cost per tonne by part and its next-best route with the gap', async () => {
    const el = await why({ scenario: teachingWhy(1000), result: teachingWhyRoomyResult });
    // By hand (tests/fixtures/teaching-why.ts): all 100 t by sea at 41 USD/t = tariffs 20 + handling 5 + time 16;
    // out of pocket 25; next best the land route at 50 USD/t, 9 USD/t dearer.
    expect(shadowQueryAll(el, 'thead th').map((th) => th.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Demand',
      'Served (t/yr)',
      'sea',
      'land',
      'north',
      'Other',
      'Generalised (USD/t)',
      'Tariffs',
      'Handling',
      'Time (valued)',
      'Out of pocket',
      'Next best',
      'Gap to switch',
    ]);
    const [row] = shadowQueryAll(el, 'tbody tr');
    expect(cells(row!)).toEqual([
      'origin → market',
      '100 t/yr',
      '100.0% 100 t/yr',
      '–',
      '–',
      '–',
      'USD 41.00/t',
      'USD 20.00/t',
      'USD 5.00/t',
      'USD 16.00/t',
      'USD 25.00/t',
      'via land USD 50.00/t',
      'USD 9.00/t',
    ]);
  });

  it('should fire corridor-select for a demand picked by its name, and mark and explain it once selected', async () => {
    const el = await why({ scenario: teachingWhy(1000), result: teachingWhyRoomyResult });
    let picked: WhySelectDetail | null = null;
    el.addEventListener('corridor-select', (e) => (picked = (e as CustomEvent<WhySelectDetail>).detail));
    shadowQuery<HTMLButtonElement>(el, 'button.pick').click();
    expect(picked).toEqual({ kind: 'demand', id: 'goods' });

    el.selected = 'goods';
    await el.updateComplete;
    expect(shadowQuery(el, 'tbody tr').getAttribute('aria-current')).toBe('true');
    expect(shadowQuery(el, '.selected-demand').textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'origin → market Mostly via sea: origin → port → market, USD 41.00/t generalised. Next best via land (origin → border → market, USD 50.00/t); it would have to get USD 9.00/t cheaper before freight switches.',
    );
  });

  it('should say why there is no table without an optimal answer', async () => {
    const el = await why({ scenario: caspianScenario, result: caspianInfeasibleResult });
    expect(shadowQuery(el, '.empty').textContent).toBe('No routes to explain: the scenario is infeasible.');
    expect(el.shadowRoot!.querySelector('table')).toBeNull();
  });
});
