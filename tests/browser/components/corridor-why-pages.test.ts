import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../src/components/corridor-why/corridor-why';
import type { CorridorWhy } from '../../../src/components/corridor-why/corridor-why';
import type { Result, Scenario } from '../../../src/model/types';
import { teachingWhy, teachingWhyRoomyResult } from '../../fixtures/teaching-why';
import { mount, shadowQuery, shadowQueryAll, unmountAll } from './mount';

/**
 * The teaching model (tests/fixtures/teaching-why.ts) with `count` demands like its one, ids `<prefix>1`…: each
 * 100 t by sea, as in its hand-worked optimum (the links carry the sum). Few links: the table is worked out at once.
 */
function manyDemands(count: number, prefix = 'd'): { scenario: Scenario; result: Result } {
  const base = teachingWhy(1_000_000);
  const ids = Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
  const [demand] = base.demands;
  const [answer] = teachingWhyRoomyResult.demands;
  return {
    scenario: { ...base, demands: ids.map((id) => ({ ...demand!, id })) },
    result: {
      ...teachingWhyRoomyResult,
      served: 100 * count,
      objective: 4100 * count,
      links: teachingWhyRoomyResult.links.map((l) => ({ ...l, flow: l.flow * count })),
      demands: ids.map((id) => ({ ...answer!, id })),
    },
  };
}

const ids = (el: CorridorWhy): string[] => shadowQueryAll(el, 'tbody tr[part~="row"]').map((row) => row.getAttribute('data-id')!);
const range = (el: CorridorWhy): string => shadowQuery(el, '[part="pager"] .range').textContent!.replace(/\s+/g, ' ').trim();
const turn = (el: CorridorWhy, which: 'Previous' | 'Next'): HTMLButtonElement => shadowQuery(el, `[part="pager"] button[aria-label="${which} page of demands"]`);
const numbered = (from: number, to: number, prefix = 'd'): string[] => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

function why(props: Partial<CorridorWhy>): Promise<CorridorWhy> {
  return mount(document.createElement('corridor-why'), props, 1100);
}

describe('<corridor-why> a page at a time', () => {
  afterEach(unmountAll);

  it('should show 120 demands 50 at a time on 3 pages, turned by the pager under the table', async () => {
    const el = await why(manyDemands(120));

    expect(ids(el)).toEqual(numbered(1, 50));
    expect(range(el)).toBe('Rows 1–50 of 120');
    expect(turn(el, 'Previous').getAttribute('aria-disabled')).toBe('true');
    // Under the table, not above it.
    expect(shadowQuery(el, '.scroll').compareDocumentPosition(shadowQuery(el, '[part="pager"]')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    turn(el, 'Next').click();
    await el.updateComplete;
    expect(ids(el)).toEqual(numbered(51, 100));
    expect(range(el)).toBe('Rows 51–100 of 120');

    turn(el, 'Next').click();
    await el.updateComplete;
    expect(ids(el)).toEqual(numbered(101, 120));
    expect(range(el)).toBe('Rows 101–120 of 120');
    expect(turn(el, 'Next').getAttribute('aria-disabled')).toBe('true');

    // A press on a button of the last page goes nowhere.
    turn(el, 'Next').click();
    await el.updateComplete;
    expect(range(el)).toBe('Rows 101–120 of 120');

    turn(el, 'Previous').click();
    await el.updateComplete;
    expect(ids(el)).toEqual(numbered(51, 100));
  });

  it('should turn pages from the keyboard, the focus staying on the button at the last page', async () => {
    const el = await why(manyDemands(120));
    const next = turn(el, 'Next');
    expect(next.localName).toBe('button');
    expect(next.textContent!.trim()).toMatch(/^Next/);

    next.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(range(el)).toBe('Rows 51–100 of 120');
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(range(el)).toBe('Rows 101–120 of 120');
    expect(el.shadowRoot!.activeElement).toBe(turn(el, 'Next'));
    await page.screenshot({ element: shadowQuery(el, '[part="pager"]'), path: '../../../screenshots/components/corridor-why-pager.png' });
  });

  it('should give axe no serious or critical complaint about the pager, at the last page as at the first', async () => {
    const el = await why(manyDemands(120));
    const serious = async (): Promise<string[]> =>
      (await axe.run(el, { resultTypes: ['violations'] })).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

    expect(await serious()).toEqual([]);
    el.setAttribute('page-size', '60');
    await el.updateComplete;
    turn(el, 'Next').click();
    await el.updateComplete;
    expect(range(el)).toBe('Rows 61–120 of 120');
    expect(await serious()).toEqual([]);
  });

  it('should turn to the selected demand\'s page, marked there', async () => {
    const el = await why(manyDemands(120));

    el.selected = 'd77';
    await el.updateComplete;
    expect(range(el)).toBe('Rows 51–100 of 120');
    expect(shadowQuery(el, 'tr[data-id="d77"]').getAttribute('aria-current')).toBe('true');

    el.selected = 'd120';
    await el.updateComplete;
    expect(range(el)).toBe('Rows 101–120 of 120');

    const selectedFirst = await why({ ...manyDemands(120), selected: 'd101' });
    expect(ids(selectedFirst)[0]).toBe('d101');
  });

  it('should keep the page shown for a new result of the same demands, and start at the first for other demands', async () => {
    const el = await why(manyDemands(120));
    turn(el, 'Next').click();
    await el.updateComplete;
    turn(el, 'Next').click();
    await el.updateComplete;

    // A re-solve: new objects, the same demands.
    const again = manyDemands(120);
    el.scenario = again.scenario;
    el.result = { ...again.result };
    await el.updateComplete;
    expect(range(el)).toBe('Rows 101–120 of 120');
    expect(ids(el)).toEqual(numbered(101, 120));

    const other = manyDemands(120, 'e');
    el.scenario = other.scenario;
    el.result = other.result;
    await el.updateComplete;
    expect(range(el)).toBe('Rows 1–50 of 120');
    expect(ids(el)).toEqual(numbered(1, 50, 'e'));
  });

  it('should show every row without a pager for a page size of 0 or less or one page, and take the size from its attribute', async () => {
    const el = await why({ ...manyDemands(120), pageSize: 0 });
    expect(ids(el)).toEqual(numbered(1, 120));
    expect(shadowQueryAll(el, '[part="pager"]')).toHaveLength(0);

    el.setAttribute('page-size', '40');
    await el.updateComplete;
    expect(el.pageSize).toBe(40);
    expect(range(el)).toBe('Rows 1–40 of 120');

    el.setAttribute('page-size', '-1');
    await el.updateComplete;
    expect(ids(el)).toHaveLength(120);
    expect(shadowQueryAll(el, '[part="pager"]')).toHaveLength(0);

    // A page that holds every row: no pager either.
    el.pageSize = 120;
    await el.updateComplete;
    expect(ids(el)).toHaveLength(120);
    expect(shadowQueryAll(el, '[part="pager"]')).toHaveLength(0);
  });
});
