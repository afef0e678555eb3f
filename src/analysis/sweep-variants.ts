import type { Problem, Scenario } from '../model/types';
import { parseScenario } from '../model/parse-scenario';
import { getParameter, listParameters, setParameter, type ParameterChange } from '../model/parameter-path';

export type SweepVariantsOutcome =
  | { readonly ok: true; readonly variants: readonly Scenario[] }
  | { readonly ok: false; readonly errors: readonly Problem[] };

/**
 * The scenarios a sweep solves, one per value, each validated before any is
 * solved: a value the format forbids (a negative capacity, a `maxShare`
 * above 1) is reported as data with the path of the offending field and the
 * value, because a half-run sweep would hide which end of the range is
 * wrong. An unknown path is reported with the path `parameter`.
 *
 * Shared by `sweep` (one solve after another) and `sweepMany` (a batch, for a
 * worker pool), so both accept and refuse exactly the same input.
 */
export function sweepVariants(scenario: Scenario, path: string, values: readonly number[]): SweepVariantsOutcome {
  const errors = sweepProblems(scenario, path, values);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, variants: values.map((value) => setParameter(scenario, path, value)) };
}

export type SweepChangesOutcome =
  | { readonly ok: true; readonly changes: readonly (readonly ParameterChange[])[] }
  | { readonly ok: false; readonly errors: readonly Problem[] };

/**
 * `sweepVariants` as changes to the base (one per value) for `solveVariants`:
 * the same checks, without building a scenario per value here.
 */
export function sweepChanges(scenario: Scenario, path: string, values: readonly number[]): SweepChangesOutcome {
  const errors = sweepProblems(scenario, path, values);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, changes: values.map((value) => [{ path, value }]) };
}

/** What is wrong with sweeping `path` over `values` (nothing: an empty list). */
function sweepProblems(scenario: Scenario, path: string, values: readonly number[]): readonly Problem[] {
  if (!isKnownParameter(scenario, path)) {
    return [{ path: 'parameter', message: unknownParameterMessage(scenario, path) }];
  }
  if (values.length > 2 && values.every(Number.isFinite)) {
    // Every rule on one numeric field is an interval (a range, or ≤ / ≥ its
    // paired bound), so when the smallest and the largest value pass, all do:
    // two validations instead of one per value, which for a long sweep of a
    // large scenario is most of the main thread's work. Otherwise the loop
    // below names every failing value.
    let low = values[0]!;
    let high = values[0]!;
    for (const value of values) {
      if (value < low) low = value;
      if (value > high) high = value;
    }
    if (parseScenario(setParameter(scenario, path, low)).ok && parseScenario(setParameter(scenario, path, high)).ok) return [];
  }
  const errors: Problem[] = [];
  for (const value of values) {
    if (!Number.isFinite(value)) {
      errors.push({ path: 'parameter', message: `expected a finite number for ${path}, got ${String(value)}` });
      continue;
    }
    const outcome = parseScenario(setParameter(scenario, path, value));
    if (!outcome.ok) for (const e of outcome.errors) errors.push({ path: e.path, message: `${e.message} (with ${path} = ${value})` });
  }
  return errors;
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
