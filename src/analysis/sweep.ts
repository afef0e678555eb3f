import type { Problem, Result, Scenario } from '../model/types';
import { parseScenario } from '../model/parse-scenario';
import { getParameter, listParameters, setParameter } from '../model/parameter-path';
import type { SolveOne } from './types';

export { linspace } from './linspace';

/** One solve of a sweep: the parameter's value and the result it gave. */
export interface SweepPoint {
  readonly value: number;
  readonly result: Result;
}

/** What `sweep --json` prints: `{ parameter, points: [{ value, result }] }`. */
export interface Sweep {
  /** The parameter path, e.g. `links.<id>.capacity`. */
  readonly parameter: string;
  readonly points: readonly SweepPoint[];
}

export type SweepOutcome =
  | { readonly ok: true; readonly sweep: Sweep }
  | { readonly ok: false; readonly errors: readonly Problem[] };

export interface SweepOptions {
  /** Stops between solves; the outcome then holds the points solved so far. */
  readonly signal?: AbortSignal;
  /** Called after each solve, e.g. to draw a progress bar or a growing chart. */
  readonly onPoint?: (point: SweepPoint, index: number, count: number) => void;
}

/**
 * Solves `scenario` once per value of the parameter at `path`, in order.
 *
 * Every variant is validated before anything is solved, so a value the format
 * forbids (a negative capacity, a `maxShare` above 1) is reported as data with
 * the path of the offending field and the value, and nothing is solved: a
 * half-run sweep would hide which end of the range is wrong. An unknown path
 * is reported with the path `parameter`.
 *
 * Pure orchestration over `solve`: the command line passes a local solver,
 * the app its worker client; both get the same points.
 */
export async function sweep(
  scenario: Scenario,
  path: string,
  values: readonly number[],
  solve: SolveOne,
  options: SweepOptions = {},
): Promise<SweepOutcome> {
  if (!isKnownParameter(scenario, path)) {
    return { ok: false, errors: [{ path: 'parameter', message: unknownParameterMessage(scenario, path) }] };
  }
  const variants: Scenario[] = [];
  const errors: Problem[] = [];
  for (const value of values) {
    if (!Number.isFinite(value)) {
      errors.push({ path: 'parameter', message: `expected a finite number for ${path}, got ${String(value)}` });
      continue;
    }
    const outcome = parseScenario(setParameter(scenario, path, value));
    if (outcome.ok) variants.push(outcome.scenario);
    else for (const e of outcome.errors) errors.push({ path: e.path, message: `${e.message} (with ${path} = ${value})` });
  }
  if (errors.length > 0) return { ok: false, errors };

  const points: SweepPoint[] = [];
  for (const [index, variant] of variants.entries()) {
    if (options.signal?.aborted) break;
    const point: SweepPoint = { value: values[index]!, result: await solve(variant) };
    points.push(point);
    options.onPoint?.(point, index, variants.length);
  }
  return { ok: true, sweep: { parameter: path, points } };
}

/**
 * A path is known when the scenario lists it as a parameter or holds a number
 * there. Both are asked: an optional field left at its default (a link with
 * unlimited capacity) has no value yet but is still a parameter one can set.
 */
function isKnownParameter(scenario: Scenario, path: string): boolean {
  return getParameter(scenario, path) !== undefined || listParameters(scenario).includes(path);
}

function unknownParameterMessage(scenario: Scenario, path: string): string {
  const known = listParameters(scenario);
  const prefix = path.split('.').slice(0, 2).join('.') + '.';
  const near = known.filter((p) => p.startsWith(prefix)).slice(0, 8);
  const hint = near.length > 0 ? `; this item has ${near.join(', ')}` : '; paths look like links.<id>.capacity, nodes.<id>.cost, demands.<id>.volume, corridors.<id>.maxShare';
  return `unknown parameter "${path}"${hint}`;
}
