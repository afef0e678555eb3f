/**
 * The library entry (`src/embed/index.ts`, built as `corridor-flow.js`):
 * importing it defines every element and starts nothing; the display
 * elements render what they are given without a solver.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caspianResult, caspianScenario } from '../components/fixtures';
import { mount, shadowQueryAll, unmountAll } from '../components/mount';

/** Defined when the entry is imported. */
const TAGS = ['corridor-flow', 'corridor-editor', 'corridor-split', 'corridor-map', 'corridor-bottlenecks', 'corridor-status'] as const;
/** Defined from their own chunk, on demand (src/embed/load-analysis-views.ts). */
const ANALYSIS_TAGS = [
  'corridor-sweep',
  'corridor-compare',
  'corridor-heatmap',
  'corridor-resilience',
  'corridor-tornado',
  'corridor-uncertainty',
  'corridor-plan',
  'corridor-observations',
  'corridor-why',
] as const;

/** Workers constructed since the probe was installed (by anything on the page). */
const started: string[] = [];
const RealWorker = globalThis.Worker;

type Library = typeof import('../../../src/embed/index');
let library: Library;

beforeAll(async () => {
  // Installed before the library is imported, so a worker started at import time is seen.
  globalThis.Worker = class extends RealWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      started.push(String(url));
      super(url, options);
    }
  };
  library = await import('../../../src/embed/index');
});

afterAll(() => {
  globalThis.Worker = RealWorker;
  unmountAll();
});

describe('the library entry', () => {
  it('should define every main element, each as the class it exports', () => {
    const classes: Record<(typeof TAGS)[number], CustomElementConstructor> = {
      'corridor-flow': library.CorridorFlow,
      'corridor-editor': library.CorridorEditor,
      'corridor-split': library.CorridorSplit,
      'corridor-map': library.CorridorMap,
      'corridor-bottlenecks': library.CorridorBottlenecks,
      'corridor-status': library.CorridorStatus,
    };
    for (const tag of TAGS) expect(customElements.get(tag), tag).toBe(classes[tag]);
  });

  it('should name the analysis views it loads on demand', () => {
    expect([...library.ANALYSIS_VIEW_TAGS].sort()).toEqual([...ANALYSIS_TAGS].sort());
  });

  it('should define an analysis view once its tag is in the document, keeping what was set before', async () => {
    const sweep = document.createElement('corridor-sweep') as HTMLElement & { sweep?: unknown };
    // Set before the element is defined (or upgraded): Lit applies it on upgrade.
    sweep.sweep = null;
    document.body.append(sweep);
    await customElements.whenDefined('corridor-sweep');
    await (sweep as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(sweep.shadowRoot?.querySelector('.empty-state')?.textContent).toMatch(/No sweep yet/);
  });

  it('should give the analysis views\' classes from loadAnalysisViews(), each the one defined for its tag', async () => {
    const views = await library.loadAnalysisViews();
    const classes: Record<(typeof ANALYSIS_TAGS)[number], CustomElementConstructor> = {
      'corridor-sweep': views.CorridorSweep,
      'corridor-compare': views.CorridorCompare,
      'corridor-heatmap': views.CorridorHeatmap,
      'corridor-resilience': views.CorridorResilience,
      'corridor-tornado': views.CorridorTornado,
      'corridor-uncertainty': views.CorridorUncertainty,
      'corridor-plan': views.CorridorPlan,
      'corridor-observations': views.CorridorObservations,
      'corridor-why': views.CorridorWhy,
    };
    for (const tag of ANALYSIS_TAGS) expect(customElements.get(tag), tag).toBe(classes[tag]);
    expect(await library.loadAnalysisViews()).toBe(views);
  });

  it('should start no worker and load no wasm when imported and when the display elements render', async () => {
    await mount(document.createElement('corridor-split'), { scenario: caspianScenario, result: caspianResult });
    await mount(document.createElement('corridor-map'), { scenario: caspianScenario, result: caspianResult });
    await mount(document.createElement('corridor-bottlenecks'), { scenario: caspianScenario, result: caspianResult });
    await mount(document.createElement('corridor-editor'), { scenario: caspianScenario });
    expect(started).toEqual([]);
    const loaded = performance.getEntriesByType('resource').map((e) => e.name);
    // In dev the sources are modules too (src/client/create-solver-worker.ts); what must not load is
    // the worker itself and glpk.js.
    expect(loaded.filter((name) => /glpk|\.wasm(\?|$)|solver\.worker/i.test(name))).toEqual([]);
  });

  it('should start no worker for a <corridor-flow> that has no scenario yet', async () => {
    await mount(document.createElement('corridor-flow'), { storageKey: '' });
    expect(started).toEqual([]);
  });

  it('should let a page validate a scenario before handing it to a display element', () => {
    const bad = library.parseScenario('{"format":"corridor-flow/scenario@1"}');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map(library.formatProblem).join('\n')).toMatch(/name|nodes/);
    expect(library.parseScenario(caspianScenario).ok).toBe(true);
  });

  it('should render a display element from the entry with nothing but its properties', async () => {
    const split = await mount(document.createElement('corridor-split'), { scenario: caspianScenario, result: caspianResult });
    // Five routes in the fixture's result: TITR, TRIPP, Iran, other routes, unmet.
    expect(shadowQueryAll(split, '.segment')).toHaveLength(5);
  });
});
