import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../src/components/corridor-tornado/corridor-tornado';
import type { Sensitivity } from '../../../src/analysis/sensitivity';
import { mount, shadowQuery, shadowQueryAll, unmountAll } from '../components/mount';
import { caspian, caspianSensitivity } from './analysis-data';

let sens: Sensitivity;
beforeAll(async () => {
  await page.viewport(1280, 1000);
  sens = await caspianSensitivity();
});
afterEach(unmountAll);

describe('<corridor-tornado>', () => {
  it('should show an empty state when sensitivity is null', async () => {
    const el = await mount(document.createElement('corridor-tornado'));
    expect(shadowQuery(el, '.empty-state').textContent).toMatch(/No sensitivity yet/);
  });

  it('should draw the top 12 numbers in the analysis’ order and list all in the table', async () => {
    const el = await mount(document.createElement('corridor-tornado'), { sensitivity: sens, scenario: caspian });
    const rows = shadowQueryAll(el, '.row');
    expect(rows.map((r) => r.dataset.path)).toEqual(sens.entries.slice(0, 12).map((e) => e.path));
    expect(shadowQueryAll(el, 'tbody tr')).toHaveLength(sens.entries.length);
    await userEvent.click(shadowQuery(el, 'button.more'));
    expect(shadowQueryAll(el, '.row')).toHaveLength(sens.entries.length);
  });

  it('should read each row’s changes with their signs', async () => {
    const el = await mount(document.createElement('corridor-tornado'), { sensitivity: sens, scenario: caspian });
    // The costliest-to-get-wrong cost among the drawn rows (capacities move the total the other way).
    const top = sens.entries.slice(0, 12).find((e) => e.path.endsWith('.cost'))!;
    const label = shadowQueryAll(el, '.row').find((r) => r.dataset.path === top.path)!.getAttribute('aria-label')!;
    // A cost moved down lowers the total cost and moved up raises it.
    expect(top.objectiveDelta[0]!).toBeLessThan(0);
    expect(label).toMatch(/: at .* −USD .*, at .* \+USD /);
  });

  it('should rank by a corridor’s share change when the select says so', async () => {
    const el = await mount(document.createElement('corridor-tornado'), { sensitivity: sens, scenario: caspian });
    await userEvent.selectOptions(shadowQuery<HTMLSelectElement>(el, 'select'), 'titr');
    await el.updateComplete;
    const size = (path: string) => {
      const e = sens.entries.find((x) => x.path === path)!;
      return Math.max(...e.shareDelta.titr!.map(Math.abs));
    };
    const sizes = shadowQueryAll(el, '.row').map((r) => size(r.dataset.path!));
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!).toBeLessThanOrEqual(sizes[i - 1]!);
    expect(shadowQuery(el, '.axis-title').textContent).toMatch(/TITR .* share \(percentage points\)/);
  });

  it('should move focus between rows with the arrow keys', async () => {
    const el = await mount(document.createElement('corridor-tornado'), { sensitivity: sens, scenario: caspian });
    shadowQueryAll<SVGGElement & HTMLElement>(el, '.row')[0]!.focus();
    await el.updateComplete;
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).toBe(shadowQueryAll(el, '.row')[1]);
    expect(shadowQuery(el, '.tooltip').textContent).toContain('Base value');
  });
});
