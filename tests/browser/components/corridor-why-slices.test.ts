import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../../src/components/corridor-why/corridor-why';
import type { CorridorWhy } from '../../../src/components/corridor-why/corridor-why';
import { createSolverWorker, SolverClient } from '../../../src/client';
import { whyDemands } from '../../../src/analysis/why-demands';
import type { Result, Scenario } from '../../../src/model/types';
import { generateScenario } from '../../../scripts/generate-scenario.js';
import { mount, shadowQueryAll, unmountAll } from './mount';

/** 12 × 12 grid, 20 demands: about 10,000 links × demands, past what the table works out in one task. */
const network = (): Scenario => generateScenario({ seed: 20261127, width: 12, height: 12, demands: 20 }) as Scenario;

let client: SolverClient | null = null;
afterEach(() => {
  unmountAll();
  client?.dispose();
  client = null;
});

/** The network solved in a worker (its result checked optimal) and a `<corridor-why>` of it mounted, with its table's rows. */
async function mountSolvedWhy(): Promise<{ scenario: Scenario; result: Result; el: CorridorWhy; rows: () => Element[] }> {
  const scenario = network();
  client = new SolverClient({ timeoutMs: 120_000, createWorker: createSolverWorker });
  const outcome = await client.solve(scenario);
  if (outcome.stale) throw new Error('the solve was superseded');
  const result = outcome.result;
  expect(result.status).toBe('optimal');
  const el = await mount(document.createElement('corridor-why'), { scenario, result } as Partial<CorridorWhy>, 1100);
  return { scenario, result, el, rows: () => shadowQueryAll(el, 'tbody tr[part~="row"]') };
}

describe('<corridor-why> on a mid-size network, worked out in slices', () => {
  it('should end with every demand in scenario order, each with the next-best route worked out at once', async () => {
    expect(network().links.length * network().demands.length).toBeGreaterThan(5_000);
    const { scenario, result, rows } = await mountSolvedWhy();

    await vi.waitFor(() => expect(rows()).toHaveLength(scenario.demands.length), { timeout: 30_000, interval: 50 });
    expect(rows().map((row) => row.getAttribute('data-id'))).toEqual(scenario.demands.map((d) => d.id));
    // Each row's alternative as worked out in one go: a dash only where there is no choice to explain.
    const atOnce = whyDemands(scenario, result);
    const dashes = rows().map((row) => row.querySelector('td.next')!.textContent!.trim() === '–');
    expect(dashes).toEqual(atOnce.map((w) => w.choice.nextBest === null && w.choice.chosen === null));
    expect(dashes.some((dash) => !dash)).toBe(true);
  });

  it('should work out no route in the update that sets the answer, showing the progress instead of "No demands"', async () => {
    // The update that takes the answer is the app's (long already when an answer arrives): the searches come after it.
    const { scenario, el, rows } = await mountSolvedWhy();

    expect(rows()).toHaveLength(0);
    expect(shadowQueryAll(el, 'p.empty')).toHaveLength(0);
    expect(shadowQueryAll(el, 'p.working')[0]?.textContent?.replace(/\s+/g, ' ').trim()).toBe(`Working out the next-best routes: 0 of ${scenario.demands.length} demands…`);
    await vi.waitFor(() => expect(rows()).toHaveLength(scenario.demands.length), { timeout: 30_000, interval: 50 });
    expect(shadowQueryAll(el, 'p.working')).toHaveLength(0);
  });

  it('should mark the row of the selected demand, and only it, among the rows kept from slice to slice', async () => {
    const { scenario, el, rows } = await mountSolvedWhy();
    await vi.waitFor(() => expect(rows()).toHaveLength(scenario.demands.length), { timeout: 30_000, interval: 50 });
    const picked = scenario.demands[7]!.id;

    el.selected = picked;
    await el.updateComplete;

    expect(rows().filter((row) => row.classList.contains('selected')).map((row) => row.getAttribute('data-id'))).toEqual([picked]);
    expect(rows().find((row) => row.getAttribute('data-id') === picked)!.getAttribute('aria-current')).toBe('true');
  });
});
