import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../src/components/corridor-sweep/corridor-sweep';
import type { Sweep } from '../../../src/analysis/sweep';
import { mount, shadowQuery, shadowQueryAll, unmountAll } from '../components/mount';
import { caspian, caspianFerrySweep, twoRoutes, twoRoutesSweep } from './analysis-data';

let ferry: Sweep;
let two: Sweep;
beforeAll(async () => {
  await page.viewport(1280, 1000);
  ferry = await caspianFerrySweep();
  two = await twoRoutesSweep();
});
afterEach(unmountAll);

const cells = (row: Element) => [...row.querySelectorAll('th, td')].map((c) => c.textContent?.trim());

describe('<corridor-sweep>', () => {
  it('should show an empty state when sweep is null', async () => {
    const el = await mount(document.createElement('corridor-sweep'));
    expect(shadowQuery(el, '.empty-state').textContent).toMatch(/No sweep yet/);
    expect(shadowQueryAll(el, '.point')).toHaveLength(0);
  });

  it('should put each point’s share, cost and marginal value in the data table (two-route model)', async () => {
    // teaching-two-routes: sea share = min(cap, 100)/100, cost 3000 − 10·min(cap, 100),
    // and the sea capacity is worth 10 USD/t while it binds (worked out in its description).
    const el = await mount(document.createElement('corridor-sweep'), { sweep: two, scenario: twoRoutes });
    const rows = shadowQueryAll(el, 'tbody tr');
    expect(rows).toHaveLength(7);
    // Columns: value, sea share, land share, other share, total cost, marginal value, status.
    expect(cells(rows[1]!)).toEqual(['25 t/yr', '25.00%', '75.00%', '0.00%', 'USD 2,750/yr', 'USD 10.00/t', 'optimal']);
    expect(cells(rows[6]!)).toEqual(['150 t/yr', '100.00%', '0.00%', '0.00%', 'USD 2,000/yr', 'USD 0.00/t', 'optimal']);
    expect(shadowQueryAll(el, '.point')).toHaveLength(7);
    // One regime change: the sea capacity stops binding once it covers the 100 t.
    expect(shadowQueryAll(el, '.regime')).toHaveLength(1);
    expect(shadowQuery(el, '.regime-list').textContent).toMatch(/link sea-leg’s capacity stops binding/);
  });

  it('should mark the Caspian ferry sweep’s regime changes where the marginal value jumps', async () => {
    const el = await mount(document.createElement('corridor-sweep'), { sweep: ferry, scenario: caspian });
    expect(shadowQueryAll(el, '.point')).toHaveLength(33);
    const marks = shadowQueryAll(el, '.regime-list li').map((li) => li.textContent ?? '');
    expect(marks.length).toBeGreaterThanOrEqual(1);
    expect(marks.at(-1)).toMatch(/caspian-ferry’s capacity stops binding/);
  });

  it('should show progress and fire corridor-cancel when Cancel is pressed', async () => {
    const el = await mount(document.createElement('corridor-sweep'), { sweep: two, progress: { done: 3, total: 7 } });
    const bar = shadowQuery(el, '[role="progressbar"]');
    expect(bar.getAttribute('aria-valuenow')).toBe('3');
    expect(bar.getAttribute('aria-valuemax')).toBe('7');
    const events: CustomEvent[] = [];
    el.addEventListener('corridor-cancel', (e) => events.push(e as CustomEvent));
    await userEvent.click(shadowQuery(el, 'button.cancel'));
    expect(events).toHaveLength(1);
    expect(events[0]!.bubbles && events[0]!.composed).toBe(true);
    el.progress = null;
    await el.updateComplete;
    expect(shadowQueryAll(el, '[role="progressbar"]')).toHaveLength(0);
  });

  it('should fire corridor-export with the format of the button pressed, and never on a property set', async () => {
    const el = document.createElement('corridor-sweep');
    const formats: string[] = [];
    el.addEventListener('corridor-export', (e) => formats.push((e as CustomEvent<{ format: string }>).detail.format));
    await mount(el, { sweep: two });
    expect(formats).toEqual([]);
    const [csv, json] = shadowQueryAll<HTMLButtonElement>(el, 'button[part="export"]');
    await userEvent.click(csv!);
    await userEvent.click(json!);
    expect(formats).toEqual(['csv', 'json']);
  });

  it('should step through the points with the arrow keys and show each in a tooltip', async () => {
    const el = await mount(document.createElement('corridor-sweep'), { sweep: two, scenario: twoRoutes });
    const points = shadowQueryAll<SVGGElement & HTMLElement>(el, '.point');
    expect(points.map((p) => p.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1', '-1', '-1', '-1']);
    expect(points[0]!.getAttribute('aria-label')).toMatch(/^Capacity of Origin → Port \(sea-leg\) 0 t\/yr: Sea route 0\.0%, .*generalised cost USD 3,000\/yr/);
    points[0]!.focus();
    await el.updateComplete;
    await userEvent.keyboard('{ArrowRight}');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).toBe(shadowQueryAll(el, '.point')[1]);
    expect(shadowQuery(el, '.tooltip').textContent).toMatch(/25 t\/yr[\s\S]*25\.0%[\s\S]*USD 2,750\/yr/);
    await userEvent.keyboard('{End}');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).toBe(shadowQueryAll(el, '.point')[6]);
  });

  it('should render the Caspian ferry sweep (screenshot)', async () => {
    const el = await mount(document.createElement('corridor-sweep'), { sweep: ferry, scenario: caspian, progress: { done: 33, total: 33 } }, 900);
    el.progress = null;
    await el.updateComplete;
    const path = await page.screenshot({ element: el, path: '../../../screenshots/analysis/corridor-sweep.png' });
    expect(path).toMatch(/corridor-sweep\.png$/);
  });
});
