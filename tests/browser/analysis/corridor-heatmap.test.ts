import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../../src/components/corridor-heatmap/corridor-heatmap';
import type { TwoWaySweep } from '../../../src/analysis/two-way-sweep';
import { formatPercent } from '../../../src/components/format';
import { mount, shadowQuery, shadowQueryAll, unmountAll } from '../components/mount';
import { caspian, caspianGrid } from './analysis-data';

let grid: TwoWaySweep;
beforeAll(async () => {
  await page.viewport(1280, 1000);
  grid = await caspianGrid();
});
afterEach(unmountAll);

const share = (i: number, j: number, id: string) => grid.grid[i]![j]!.corridors.find((c) => c.id === id)!.share;

describe('<corridor-heatmap>', () => {
  it('should show an empty state when grid is null', async () => {
    const el = await mount(document.createElement('corridor-heatmap'));
    expect(shadowQuery(el, '.empty-state').textContent).toMatch(/No two-parameter sweep yet/);
  });

  it('should draw one cell per solve with the corridor’s share printed and named', async () => {
    const el = await mount(document.createElement('corridor-heatmap'), { grid, scenario: caspian, corridor: 'titr' });
    const cells = shadowQueryAll(el, '.cell');
    expect(cells).toHaveLength(grid.rowValues.length * grid.columnValues.length);
    for (const cell of cells) {
      const i = Number(cell.dataset.row);
      const j = Number(cell.dataset.column);
      const text = formatPercent(share(i, j, 'titr'), { locale: 'en-US' });
      expect(cell.querySelector('text')?.textContent).toBe(text);
      expect(cell.getAttribute('aria-label')).toContain(`TITR / Middle Corridor (Caspian + Georgia) ${text} of served freight`);
    }
    // Axis titles name both parameters with their units.
    const titles = shadowQueryAll(el, '.axis-title').map((t) => t.textContent);
    expect(titles).toEqual(['caspian-ferry capacity (Mt/yr)', 'kti-etrek-tehran cost (USD/t)']);
    // The colour scale spans the grid's own shares (not a fixed 0–100 %), so small differences show.
    const shares = grid.grid.flatMap((row, i) => row.map((_, j) => share(i, j, 'titr')));
    const [lo, hi] = [Math.min(...shares), Math.max(...shares)].map((v) => formatPercent(v, { locale: 'en-US' }));
    const ticks = shadowQueryAll(el, '[part="legend"] .tick-label').map((t) => t.textContent);
    expect([ticks[0], ticks.at(-1)]).toEqual([lo, hi]);
  });

  it('should switch the corridor with the select', async () => {
    const el = await mount(document.createElement('corridor-heatmap'), { grid, scenario: caspian, corridor: 'titr' });
    const select = shadowQuery<HTMLSelectElement>(el, 'select');
    await userEvent.selectOptions(select, 'iran');
    await el.updateComplete;
    expect(el.corridor).toBe('iran');
    const first = shadowQuery(el, '.cell[data-row="0"][data-column="0"]');
    expect(first.querySelector('text')?.textContent).toBe(formatPercent(share(0, 0, 'iran'), { locale: 'en-US' }));
  });

  it('should move focus between cells with the arrow keys and show a tooltip', async () => {
    const el = await mount(document.createElement('corridor-heatmap'), { grid, scenario: caspian, corridor: 'titr' });
    const start = shadowQuery<SVGGElement & HTMLElement>(el, '.cell[data-row="0"][data-column="0"]');
    expect(start.getAttribute('tabindex')).toBe('0');
    start.focus();
    await el.updateComplete;
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{ArrowUp}');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).toBe(shadowQuery(el, '.cell[data-row="1"][data-column="1"]'));
    expect(shadowQuery(el, '.tooltip').textContent).toMatch(/caspian-ferry capacity 2\.0 Mt\/yr, kti-etrek-tehran cost USD 15\.00\/t/);
  });

  it('should render TITR’s share over ferry capacity × Iran tariff (screenshot)', async () => {
    const el = await mount(document.createElement('corridor-heatmap'), { grid, scenario: caspian, corridor: 'titr' }, 900);
    const path = await page.screenshot({ element: el, path: '../../../screenshots/analysis/corridor-heatmap.png' });
    expect(path).toMatch(/corridor-heatmap\.png$/);
  });
});
