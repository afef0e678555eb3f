import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../../src/components/corridor-tornado/corridor-tornado';
import '../../../src/components/corridor-compare/corridor-compare';
import '../../../src/components/corridor-resilience/corridor-resilience';
import '../../../src/components/corridor-uncertainty/corridor-uncertainty';
import '../../../src/components/corridor-sweep/corridor-sweep';
import '../../../src/components/corridor-heatmap/corridor-heatmap';
import { mount, unmountAll } from '../components/mount';
import { caspian, caspianComparison, caspianMonteCarlo, caspianResilience, caspianSensitivity } from './analysis-data';

/**
 * Screenshots of each analysis component with the default model solved in
 * the browser, written to `screenshots/analysis/` for a person to look at.
 */
describe('analysis screenshots', () => {
  beforeAll(async () => {
    await page.viewport(1280, 1700);
  });
  afterEach(unmountAll);

  it('should render <corridor-tornado> for the Caspian 2030 model', async () => {
    const el = await mount(document.createElement('corridor-tornado'), { sensitivity: await caspianSensitivity(), scenario: caspian }, 900);
    const path = await page.screenshot({ element: el, path: '../../../screenshots/analysis/corridor-tornado.png' });
    expect(path).toMatch(/corridor-tornado\.png$/);
  });

  it('should render <corridor-compare> for the three Caspian 2030 variants', async () => {
    const el = await mount(document.createElement('corridor-compare'), { comparison: await caspianComparison(), scenario: caspian }, 1000);
    const path = await page.screenshot({ element: el, path: '../../../screenshots/analysis/corridor-compare.png' });
    expect(path).toMatch(/corridor-compare\.png$/);
  });

  it('should render <corridor-resilience> for the Caspian 2030 model', async () => {
    const el = await mount(document.createElement('corridor-resilience'), { resilience: await caspianResilience(), scenario: caspian }, 900);
    const path = await page.screenshot({ element: el, path: '../../../screenshots/analysis/corridor-resilience.png' });
    expect(path).toMatch(/corridor-resilience\.png$/);
  });

  it('should render <corridor-uncertainty> for 200 runs on the Caspian 2030 model', async () => {
    const el = await mount(document.createElement('corridor-uncertainty'), { monteCarlo: await caspianMonteCarlo(200), scenario: caspian }, 900);
    const path = await page.screenshot({ element: el, path: '../../../screenshots/analysis/corridor-uncertainty.png' });
    expect(path).toMatch(/corridor-uncertainty\.png$/);
  });

  it('should render every analysis component empty', async () => {
    const box = document.createElement('div');
    box.style.display = 'grid';
    box.style.gap = '12px';
    const elements = [
      document.createElement('corridor-sweep'),
      document.createElement('corridor-heatmap'),
      document.createElement('corridor-tornado'),
      document.createElement('corridor-compare'),
      document.createElement('corridor-resilience'),
      document.createElement('corridor-uncertainty'),
    ];
    box.append(...elements);
    await mount(box, {}, 720);
    await Promise.all(elements.map((e) => e.updateComplete));
    const path = await page.screenshot({ element: box, path: '../../../screenshots/analysis/empty.png' });
    expect(path).toMatch(/empty\.png$/);
  });
});
