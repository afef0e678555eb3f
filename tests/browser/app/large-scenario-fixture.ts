import { generateScenario } from '../../../scripts/generate-scenario.js';
import type { CorridorFlow, CorridorSolvedDetail } from '../../../src/app/corridor-flow';
import type { Result, Scenario } from '../../../src/model/types';
import { nextEvent } from './app-fixture';

/**
 * Large scenarios for the app's tests with the fake solver (which answers with objective = the first demand's
 * volume, so an answer says whose it is), and what the results column draws of them.
 */

/** A generated 30 × 30 grid (about 4,400 nodes, links and demands: validated in slices) named `name`, its first demand `volume`. */
export function largeScenario(name: string, volume: number): Scenario {
  const network = generateScenario({ seed: 5, width: 30, height: 30, demands: 40 });
  return { ...network, name, demands: network.demands.map((d, i) => (i === 0 ? { ...d, volume } : d)) };
}

/** Every corridor-solved of `app` from now on, by scenario name. */
export function solvedNames(app: CorridorFlow): string[] {
  const names: string[] = [];
  app.addEventListener('corridor-solved', (e) => names.push((e as CustomEvent<CorridorSolvedDetail>).detail.scenario.name));
  return names;
}

/** The next corridor-solved of `app` for the scenario named `name`. */
export async function solvedFor(app: CorridorFlow, name: string): Promise<CorridorSolvedDetail> {
  for (;;) {
    const detail = await nextEvent<CorridorSolvedDetail>(app, 'corridor-solved', 30_000);
    if (detail.scenario.name === name) return detail;
  }
}

/** The objective each part of the results column draws: `split=13 bottlenecks=7 …` (`–` for none). */
const RESULT_PARTS = ['split', 'bottlenecks', 'why', 'map'] as const;
export const partsDrawing = (app: CorridorFlow): string =>
  RESULT_PARTS.map((part) => `${part}=${(app.shadowRoot!.querySelector(`corridor-${part}`) as unknown as { result: Result | null } | null)?.result?.objective ?? '–'}`).join(' ');

/** What the results column's parts draw after each task from now on, each change once, until they all draw `objective`. */
export async function partsOverTasks(app: CorridorFlow, objective: number): Promise<string[]> {
  const done = RESULT_PARTS.map((part) => `${part}=${objective}`).join(' ');
  const seen = [partsDrawing(app)];
  for (let task = 0; task < 100 && seen.at(-1) !== done; task++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const now = partsDrawing(app);
    if (now !== seen.at(-1)) seen.push(now);
  }
  return seen;
}

export const settle = (ms: number): Promise<unknown> => new Promise((resolve) => setTimeout(resolve, ms));

/** The words of the app's status line. */
export async function statusText(app: CorridorFlow): Promise<string> {
  await app.updateComplete;
  const status = app.shadowRoot!.querySelector('corridor-status')!;
  await status.updateComplete;
  return status.shadowRoot!.textContent ?? '';
}
