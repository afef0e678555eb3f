/**
 * Issue 16: the marginal-value ranges ("USD 8.75/t holds for the first
 * 210 kt") cost about 15 re-solves on the analyses' worker pool, so they are
 * computed only while "What binds" is in view; meanwhile its binding rows say
 * "computing range…".
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CorridorFlow, CorridorSolvedDetail } from '../../../src/app/corridor-flow';
import { MODEL_FILES } from '../../../src/app/model-files';
import { RANGES_DELAY_MS } from '../../../src/app/marginal-ranges-controller';
import { makeApp, nextEvent, shadow } from './app-fixture';
import { until } from './analyses-fixture';

const NativeWorker = globalThis.Worker;
const cleanUp: (() => void)[] = [];
afterEach(() => {
  globalThis.Worker = NativeWorker;
  for (const undo of cleanUp.splice(0)) undo();
});

/** Counts the workers the page starts from now on: the app's own solver is one, the analyses' pool starts more. */
function countWorkers(): { readonly started: () => number } {
  let started = 0;
  globalThis.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      started++;
    }
  };
  return { started: () => started };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<corridor-flow> marginal ranges only when looked at', () => {
  it('should start no pool solve while What binds is out of view, and compute the ranges once it is scrolled into view', async () => {
    // Arrange: the app below a page's worth of text, so nothing of it is in view.
    const spacer = document.createElement('div');
    spacer.style.height = `${3 * window.innerHeight}px`;
    const app = makeApp();
    app.src = MODEL_FILES.find((m) => m.id === 'caspian-2030')!.url;
    cleanUp.push(() => {
      localStorage.removeItem(app.storageKey);
      app.remove();
      spacer.remove();
    });
    const workers = countWorkers();
    const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved', 60_000);
    document.body.append(spacer, app);
    window.scrollTo(0, 0);
    await solved;

    // Act 1: the answer stands well past the delay after which ranges would start.
    const bottlenecks = shadow(app).querySelector('corridor-bottlenecks')!;
    const pending = await until(() => bottlenecks.shadowRoot!.querySelector('button.row[data-id="tripp-meghri"] .range.pending'), 'the pending range', 30_000);
    await settle(4 * RANGES_DELAY_MS);

    // Assert 1: only the app's own solver worker started; the row says its range is still to come.
    expect(workers.started()).toBe(1);
    expect(pending.textContent!.trim()).toBe('computing range…');
    expect(bottlenecks.ranges).toBeNull();

    // Act 2: What binds comes into view.
    shadow(app).querySelector('section.bottlenecks')!.scrollIntoView({ block: 'center' });

    // Assert 2: the pool started and the range replaced the placeholder (USD 8.75/t, see share-and-ranges.test.ts).
    const range = await until(() => bottlenecks.shadowRoot!.querySelector('button.row[data-id="tripp-meghri"] .range:not(.pending)'), 'the range', 60_000);
    expect(range.textContent!.replace(/\s+/g, ' ')).toMatch(/^USD 8\.75\/t holds for the first 210 kt/);
    expect(workers.started()).toBeGreaterThan(1);
    expect(bottlenecks.shadowRoot!.querySelector('.range.pending')).toBeNull();
  });
});
