/**
 * Every analysis exports its figures through the one Export menu: the files
 * are caught (capture-downloads.ts) and read back: CSV with named columns,
 * JSON with the analysis's figures, the chart as an SVG with its title,
 * units and legend (and a PNG of it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorridorFlow, CorridorSolvedDetail } from '../../../src/app/corridor-flow';
import type { AnalysisTab } from '../../../src/app/analyses/analysis-tabs';
import { openTab, until } from './analyses-fixture';
import { makeApp, nextEvent, shadow } from './app-fixture';
import { captureDownloads, type Download } from './capture-downloads';

let app: CorridorFlow;

beforeAll(async () => {
  app = makeApp();
  app.workspaceDb = `corridor-flow-test-exports:${Date.now()}`;
  app.src = new URL('/models/teaching-two-routes.json', document.baseURI).href;
  const solved = nextEvent<CorridorSolvedDetail>(app, 'corridor-solved', 60_000);
  document.body.append(app);
  await solved;
}, 90_000);

afterAll(() => {
  localStorage.removeItem(app.storageKey);
  app.remove();
});

type Panel = HTMLElement & { updateComplete: Promise<unknown> };

/** Opens the tab, runs its analysis as a user does, and waits for the Export menu that comes with its figures. */
async function run(tab: AnalysisTab, tag: keyof HTMLElementTagNameMap, prepare?: (root: ShadowRoot) => Promise<void>): Promise<Panel> {
  const panel = (await openTab(app, tab, tag)) as unknown as Panel;
  const root = panel.shadowRoot!;
  await prepare?.(root);
  root.querySelector<HTMLButtonElement>('button.run')!.click();
  await until(() => root.querySelector('details.export-menu'), `the ${tab} figures and their Export menu`, 60_000);
  await panel.updateComplete;
  return panel;
}

/** Every file the panel's Export menu offers, as downloaded. */
async function exportAll(panel: Panel): Promise<Map<string, Download>> {
  const root = panel.shadowRoot!;
  const formats = [...root.querySelectorAll<HTMLButtonElement>('details.export-menu button[data-format]')].map((b) => b.dataset.format!);
  const files = new Map<string, Download>();
  for (const format of formats) {
    const downloads = captureDownloads();
    try {
      root.querySelector<HTMLElement>('details.export-menu summary')!.click();
      root.querySelector<HTMLButtonElement>(`details.export-menu button[data-format="${format}"]`)!.click();
      await until(() => downloads.files.length > 0, `the ${format} file`);
    } finally {
      downloads.restore();
    }
    files.set(format, downloads.files[0]!);
  }
  return files;
}

/** The exported chart: an SVG with the title (and the scenario's name), units and legend drawn in, and a PNG of it. */
async function expectChart(files: Map<string, Download>, want: { title: string; units: readonly string[]; legend: string }, titled?: RegExp): Promise<void> {
  const svg = await files.get('svg')!.blob.text();
  expect(svg).toMatch(/^<\?xml[^>]*>\n<svg /);
  if (titled === undefined) expect(svg).toContain(`${app.scenario!.name.replaceAll('&', '&amp;')}: ${want.title}`);
  else {
    expect(svg).toContain(app.scenario!.name.replaceAll('&', '&amp;'));
    expect(svg).toMatch(titled);
  }
  for (const unit of want.units) expect(svg).toContain(unit);
  expect(svg).toContain(want.legend);
  expect((svg.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(2); // the chart itself, nested under the header
  const png = files.get('png')!.blob;
  expect(png.type).toBe('image/png');
  expect(png.size).toBeGreaterThan(1000);
  // The PNG's own signature, not just its label.
  expect([...new Uint8Array(await png.slice(0, 8).arrayBuffer())]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
}

const header = async (file: Download | undefined) => (await file!.blob.text()).split('\n')[0]!.split(',');

describe('analysis exports', () => {
  it('should export the sweep as CSV (the command line`s columns), JSON, SVG and PNG', async () => {
    const files = await exportAll(await run('sweep', 'corridor-sweep-panel'));
    expect([...files.keys()]).toEqual(['csv', 'json', 'svg', 'png']);
    expect(files.get('csv')!.name).toMatch(/-sweep\.csv$/);
    expect((await header(files.get('csv'))).slice(0, 4)).toEqual(['value', 'objective', 'served', 'unmet']);
    const json = JSON.parse(await files.get('json')!.blob.text()) as { parameter: string; points: unknown[] };
    expect(json.points.length).toBeGreaterThan(1);
    const svg = await files.get('svg')!.blob.text();
    expect(svg).toContain('<svg');
    expect(svg).toContain('sweep of');
    expect(svg).toContain(app.scenario!.name.replaceAll('&', '&amp;'));
    expect(svg).toContain('Other routes'); // the legend
    expect(files.get('png')!.blob.type).toBe('image/png');
    expect(files.get('png')!.blob.size).toBeGreaterThan(1000);
  });

  it('should export the two-way grid with both parameters as named columns, and the heatmap', async () => {
    const files = await exportAll(await run('two-way', 'corridor-two-way-panel'));
    const cols = await header(files.get('csv'));
    expect(cols.slice(2, 6)).toEqual(['status', 'objective (USD/yr)', 'served (t/yr)', 'unmet (t/yr)']);
    expect(cols[0]).toMatch(/^(links|demands|nodes)\./);
    const svg = await files.get('svg')!.blob.text();
    expect(svg).toContain('two-way grid');
    // The colour scale, drawn in HTML beside the grid on the page, is in the file: its caption with the unit, its ramp and its ends.
    expect(svg).toMatch(/Colour scale: .+ share of served freight \(%\)/);
    expect(svg).toMatch(/<linearGradient/);
    const scale = svg.slice(svg.indexOf('Colour scale:'));
    // Its labels (one alone when every cell has the same share), and the ramp in the corridor's colour, not black.
    expect(scale).toMatch(/<text[^>]*>(<!--[^>]*-->)*[\d.,]+\s?%<\/text>/);
    expect(scale).toMatch(/<stop [^>]*stop-color="rgb\((?!0, 0, 0\))/);
    // The ✕ of a cell with no answer is explained in the file, as on the page.
    if (svg.includes('>✕<')) expect(scale).toMatch(/✕ \d+ cells? not optimal/);
  });

  it('should export the tornado', async () => {
    const files = await exportAll(await run('sensitivity', 'corridor-sensitivity-panel'));
    expect((await header(files.get('csv'))).slice(0, 2)).toEqual(['path', 'baseValue']);
    await expectChart(files, { title: 'sensitivity (tornado)', units: ['USD/yr', 'generalised cost (money + time valued'], legend: 'Number −10 %' });
    expect(await files.get('svg')!.blob.text()).toContain('Number +10 %');
    expect(JSON.parse(await files.get('json')!.blob.text())).toHaveProperty('entries');
  });

  it('should export the resilience ranking as the command line does', async () => {
    const files = await exportAll(await run('resilience', 'corridor-resilience-panel'));
    expect([...files.keys()]).toEqual(['csv', 'json', 'svg', 'png']);
    expect(await header(files.get('csv'))).toEqual(['rank', 'kind', 'id', 'status', 'costIncrease', 'unmetIncrease', 'damage', 'lostLoad']);
    expect(JSON.parse(await files.get('json')!.blob.text())).toHaveProperty('closures');
    await expectChart(files, { title: 'what if one route closes (N−1)', units: ['Damage, USD/yr', 'generalised cost (money + time valued)'], legend: 'Damage: rerouting, and unserved freight at its price' });
    expect(files.get('svg')!.name).toMatch(/-resilience\.svg$/);
  });

  it('should export the comparison with its unit column', async () => {
    const files = await exportAll(await run('compare', 'corridor-compare-panel'));
    expect((await header(files.get('csv'))).slice(0, 4)).toEqual(['key', 'label', 'unit', 'Your scenario']);
    expect([...files.keys()]).toEqual(['csv', 'json', 'svg', 'png']);
    await expectChart(files, { title: 'scenarios compared', units: ['Freight by route in each scenario, t/yr', 'Mt/yr'], legend: 'Unmet demand' });
    // One stacked bar per scenario: yours and each model file ticked at first.
    const names = (JSON.parse(await files.get('json')!.blob.text()) as { names: string[] }).names;
    expect(names.length).toBeGreaterThan(1);
    expect((await files.get('svg')!.blob.text()).match(/<g data-name="/g)?.length).toBe(names.length);
  });

  it('should export the Monte Carlo runs, one row per run under the varied paths', async () => {
    const files = await exportAll(
      await run('uncertainty', 'corridor-uncertainty-panel', async (root) => {
        root.querySelector<HTMLButtonElement>('button.add')!.click();
        await until(() => root.querySelector('input[name="max"]'), 'a range row');
        const draws = root.querySelector<HTMLInputElement>('input[name="runs"]');
        if (draws) {
          draws.value = '20';
          draws.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        }
      }),
    );
    const cols = await header(files.get('csv'));
    expect(cols[0]).toBe('run');
    expect(cols[1]).toMatch(/^(links|demands|nodes)\./);
    const svg = await files.get('svg')!.blob.text();
    expect(svg).toContain('uncertainty over');
    expect(svg).toContain('Other routes');
  });

  it('should export the map from the top bar as one SVG with its layers, title and legend', async () => {
    const downloads = captureDownloads();
    try {
      [...shadow(app).querySelectorAll<HTMLButtonElement>('.menu-items button')].find((b) => b.textContent?.includes('Map (SVG)'))!.click();
      await until(() => downloads.files.length > 0, 'the map file');
    } finally {
      downloads.restore();
    }
    expect(downloads.files[0]!.name).toMatch(/-map\.svg$/);
    const svg = await downloads.files[0]!.blob.text();
    expect(svg).toContain('network and flows');
    expect(svg).toContain('t/yr');
    expect(svg).toContain('Other routes');
    // Countries (the backdrop), links and labels: every layer of the map, not just one.
    expect((svg.match(/<svg/g) ?? []).length).toBeGreaterThan(2);
    expect(svg).toContain('<path');
  });

  it('should export the costs by demand from the top bar, generalised and out of pocket', async () => {
    const downloads = captureDownloads();
    try {
      [...shadow(app).querySelectorAll<HTMLButtonElement>('.menu-items button')].find((b) => b.textContent?.includes('Costs by demand (CSV)'))!.click();
      await until(() => downloads.files.length > 0, 'the costs by demand');
    } finally {
      downloads.restore();
    }
    expect(downloads.files[0]!.name).toMatch(/-costs-by-demand\.csv$/);
    const [head, first] = (await downloads.files[0]!.blob.text()).split('\n');
    expect(head!.split(',').slice(0, 5)).toEqual(['demand', 'served_t_per_yr', 'unmet_t_per_yr', 'generalised_cost_usd_per_t', 'out_of_pocket_cost_usd_per_t']);
    expect(first!.split(',')[3]).toMatch(/^\d+(\.\d{1,2})?$/);
  });

  it('should export the split from the top bar as SVG and PNG: a bar per corridor in t/yr and %, unmet apart', async () => {
    const files = new Map<string, Download>();
    for (const [kind, label] of [['svg', 'Split (SVG)'], ['png', 'Split (PNG)']] as const) {
      const downloads = captureDownloads();
      try {
        [...shadow(app).querySelectorAll<HTMLButtonElement>('.menu-items button')].find((b) => b.textContent?.includes(label))!.click();
        await until(() => downloads.files.length > 0, `the split ${kind}`);
      } finally {
        downloads.restore();
      }
      files.set(kind, downloads.files[0]!);
    }
    expect(files.get('svg')!.name).toMatch(/-split\.svg$/);
    expect(files.get('png')!.name).toMatch(/-split\.png$/);
    // Exported under the name the file carries (an edited model's name says so), as the map is.
    await expectChart(files, { title: 'freight by corridor', units: ['t/yr', '%', 'share (%) of the served freight'], legend: 'Other routes' }, /: freight by corridor<\/title>/);
    const svg = await files.get('svg')!.blob.text();
    const corridors = app.scenario!.corridors ?? [];
    expect(corridors.length).toBeGreaterThan(0);
    // A bar per corridor, other routes, and unmet demand last, below the rule.
    const keys = [...svg.matchAll(/<g data-key="([^"]+)"/g)].map((m) => m[1]);
    expect(keys).toEqual([...corridors.map((c) => `corridor:${c.id}`), 'other', 'unmet']);
    expect(svg).toContain('Unmet demand');
    expect(svg).toContain('of the demand');
    // The corridors' colours resolved (not a var() that means nothing outside the page).
    expect(svg).not.toContain('var(');
  });

  it('should export the map from the top bar as a PNG of that SVG', async () => {
    const downloads = captureDownloads();
    try {
      [...shadow(app).querySelectorAll<HTMLButtonElement>('.menu-items button')].find((b) => b.textContent?.includes('Map (PNG)'))!.click();
      await until(() => downloads.files.length > 0, 'the map picture');
    } finally {
      downloads.restore();
    }
    expect(downloads.files[0]!.name).toMatch(/-map\.png$/);
    const png = downloads.files[0]!.blob;
    expect(png.type).toBe('image/png');
    expect(png.size).toBeGreaterThan(10_000);
    expect([...new Uint8Array(await png.slice(0, 8).arrayBuffer())]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  });
});
