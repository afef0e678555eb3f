import type { Problem, Result, Scenario } from '../model/types';
import type { SolveOne } from './types';
import { sweepVariants } from './sweep-variants';

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
  const checked = sweepVariants(scenario, path, values);
  if (!checked.ok) return checked;
  const { variants } = checked;

  const points: SweepPoint[] = [];
  for (const [index, variant] of variants.entries()) {
    if (options.signal?.aborted) break;
    const point: SweepPoint = { value: values[index]!, result: await solve(variant) };
    points.push(point);
    options.onPoint?.(point, index, variants.length);
  }
  return { ok: true, sweep: { parameter: path, points } };
}
