/**
 * The progress bar of the analysis panels under `style-src 'self'`: its
 * fill is sized through the CSSOM (`styleProps`), never by writing a style
 * attribute, which such a page refuses.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../../src/app/analyses/resilience-panel';
import '../../../src/app/analyses/check-panel';
import { twoCorridors } from '../client/fixtures/two-corridors';
import { mount, shadowQuery, unmountAll } from '../components/mount';
import { recordStyleAttributeWrites } from '../embed/style-attribute-writes';

afterEach(unmountAll);

/** Mounts `tag` showing `progress`, recording every style attribute written meanwhile. */
async function withProgress(tag: 'corridor-resilience-panel' | 'corridor-check-panel', progress: { done: number; total: number }) {
  const recording = recordStyleAttributeWrites();
  try {
    const el = await mount(document.createElement(tag), { scenario: twoCorridors(60), progress });
    return { el, writes: recording.writes };
  } finally {
    recording.stop();
  }
}

describe('the progress bar of an analysis panel', () => {
  for (const tag of ['corridor-resilience-panel', 'corridor-check-panel'] as const) {
    it(`<${tag}> should fill done / total of its track without writing a style attribute`, async () => {
      const { el, writes } = await withProgress(tag, { done: 3, total: 12 });
      expect(writes).toEqual([]);
      const track = shadowQuery(el, '.progress').clientWidth;
      expect(track).toBeGreaterThan(0);
      expect(Math.abs(shadowQuery(el, '.progress-fill').getBoundingClientRect().width - track * (3 / 12))).toBeLessThanOrEqual(1);

      // Later steps too (read from the CSSOM: the fill's width is animated towards it).
      el.progress = { done: 9, total: 12 };
      await el.updateComplete;
      expect(shadowQuery(el, '.progress-fill').style.width).toBe('75%');
    });
  }
});
