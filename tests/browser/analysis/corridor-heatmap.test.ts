import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../../src/components/corridor-heatmap/corridor-heatmap';
import type { TwoWaySweep } from '../../../src/analysis/two-way-sweep';
import { mount, shadowQuery, shadowQueryAll, unmountAll } from '../components/mount';
import { caspian, caspianGrid } from './analysis-data';

let grid: TwoWaySweep;
beforeAll(async () => {
  await page.viewport(1280, 1000);
  grid = await caspianGrid();
});
afterEach(unmountAll);

describe('<corridor-heatmap>', () => {
  it('should render ferry capacity × Iran tariff for TITR (screenshot)', async () => {
    const el = await mount(document.createElement('corridor-heatmap'), { grid, scenario: caspian, corridor: 'titr' }, 900);
    await page.screenshot({ element: el, path: '../../../screenshots/analysis/corridor-heatmap.png' });
    expect(shadowQueryAll(el, '.cell')).toHaveLength(63);
  });
});
