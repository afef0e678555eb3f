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
  [ferry, two] = await Promise.all([caspianFerrySweep(), twoRoutesSweep()]);
});
afterEach(unmountAll);

describe('<corridor-sweep>', () => {
  it('should render the Caspian ferry sweep (screenshot)', async () => {
    const el = await mount(document.createElement('corridor-sweep'), { sweep: ferry, scenario: caspian }, 900);
    await el.updateComplete;
    await page.screenshot({ element: el, path: '../../../screenshots/analysis/corridor-sweep.png' });
    expect(shadowQueryAll(el, '.point')).toHaveLength(33);
  });
});
