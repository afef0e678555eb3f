/**
 * Realistic data for the analysis components, computed in the browser with
 * the real solver (glpk.js in the app's solver worker: on the main thread
 * glpk.js cannot fetch its wasm synchronously) from the default model,
 * `models/caspian-2030.json`, and the teaching models whose answers are
 * worked out by hand in their descriptions.
 */
import caspianJson from '../../../models/caspian-2030.json';
import trippBuiltJson from '../../../models/caspian-2030-tripp-built.json';
import iranClosedJson from '../../../models/caspian-2030-iran-closed.json';
import twoRoutesJson from '../../../models/teaching-two-routes.json';
import { compareScenarios, type Comparison } from '../../../src/analysis/compare';
import { monteCarlo, type MonteCarlo } from '../../../src/analysis/monte-carlo';
import { resilience, type Resilience } from '../../../src/analysis/resilience';
import { sensitivity, type Sensitivity } from '../../../src/analysis/sensitivity';
import { linspace, sweep, type Sweep } from '../../../src/analysis/sweep';
import { twoWaySweep, type TwoWaySweep } from '../../../src/analysis/two-way-sweep';
import type { SolveMany, SolveOne } from '../../../src/analysis/types';
import { parseScenario } from '../../../src/model/parse-scenario';
import type { Scenario, UncertainParameter } from '../../../src/model/types';
import { WorkerPool } from '../../../src/client/worker-pool';

function parsed(json: unknown, name: string): Scenario {
  const outcome = parseScenario(json);
  if (!outcome.ok) throw new Error(`${name} does not parse`);
  return outcome.scenario;
}

export const caspian = parsed(caspianJson, 'caspian-2030');
export const trippBuilt = parsed(trippBuiltJson, 'caspian-2030-tripp-built');
export const iranClosed = parsed(iranClosedJson, 'caspian-2030-iran-closed');
export const twoRoutes = parsed(twoRoutesJson, 'teaching-two-routes');

let solving: { solve: SolveOne; solveMany: SolveMany } | null = null;

/** One worker, shared by every test of a file: the machine's two cores are shared too. */
export async function solver(): Promise<{ solve: SolveOne; solveMany: SolveMany }> {
  if (solving === null) {
    const pool = new WorkerPool({ size: 1, timeoutMs: 60_000 });
    const solveMany: SolveMany = (scenarios, options) => pool.solveMany(scenarios, options);
    const solve: SolveOne = async (scenario) => (await pool.solveMany([scenario]))[0]!;
    solving = { solve, solveMany };
  }
  return solving;
}

async function sweepOf(scenario: Scenario, path: string, values: readonly number[]): Promise<Sweep> {
  const { solve } = await solver();
  const outcome = await sweep(scenario, path, values, solve);
  if (!outcome.ok) throw new Error(`sweep of ${path} failed: ${outcome.errors.map((e) => e.message).join('; ')}`);
  return outcome.sweep;
}

/** The Caspian ferry's capacity from 0 to 8 Mt/yr (today 3.26 Mt/yr), 33 points. */
export function caspianFerrySweep(): Promise<Sweep> {
  return sweepOf(caspian, 'links.caspian-ferry.capacity', linspace(0, 8e6, 33));
}

/** The two-route model's sea capacity 0–150 t/yr: the sea share is min(cap, 100)/100 (see its description). */
export function twoRoutesSweep(): Promise<Sweep> {
  return sweepOf(twoRoutes, 'links.sea-leg.capacity', [0, 25, 50, 75, 100, 125, 150]);
}

/** The Caspian ferry's capacity × the Iran route's KTI rail tariff (today 24 USD/t) on the default model. */
export async function caspianGrid(): Promise<TwoWaySweep> {
  const { solveMany } = await solver();
  return twoWaySweep(
    caspian,
    'links.caspian-ferry.capacity',
    linspace(1e6, 7e6, 7),
    'links.kti-etrek-tehran.cost',
    linspace(10, 50, 9),
    solveMany,
  );
}

export async function caspianSensitivity(): Promise<Sensitivity> {
  const { solveMany } = await solver();
  return sensitivity(caspian, solveMany, { relative: 0.2 });
}

export async function caspianComparison(): Promise<Comparison> {
  const { solve } = await solver();
  const items = [
    { name: 'Planning case 2030', scenario: caspian },
    { name: 'TRIPP built', scenario: trippBuilt },
    { name: 'Iran closed', scenario: iranClosed },
  ];
  return compareScenarios(await Promise.all(items.map(async (i) => ({ ...i, result: await solve(i.scenario) }))));
}

export async function caspianResilience(): Promise<Resilience> {
  const { solveMany } = await solver();
  return resilience(caspian, solveMany);
}

/** Ranges an economist might put on the default model's most uncertain numbers. */
export const CASPIAN_UNCERTAINTY: readonly UncertainParameter[] = [
  { set: 'links.caspian-ferry.capacity', min: 2.4e6, mode: 3.2625e6, max: 5e6 },
  { set: 'links.caspian-ferry.cost', min: 11, mode: 20, max: 30 },
  { set: 'links.kti-etrek-tehran.capacity', min: 1e6, mode: 2.1e6, max: 8.1e6 },
  { set: 'links.tripp-meghri.capacity', min: 0, mode: 0, max: 4e6 },
  { set: 'demands.containers-europe.volume', min: 7e6, mode: 8.2755e6, max: 9.5e6 },
];

export async function caspianMonteCarlo(runs = 200): Promise<MonteCarlo> {
  const { solveMany } = await solver();
  return monteCarlo(caspian, solveMany, { runs, seed: 20261127, vary: CASPIAN_UNCERTAINTY });
}
