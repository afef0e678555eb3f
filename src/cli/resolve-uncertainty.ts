import { parseScenario } from '../model/parse-scenario';
import type { Problem, Scenario, UncertainParameter } from '../model/types';
import type { VaryOption } from './parse-vary';

export type UncertaintyOutcome =
  | { readonly ok: true; readonly vary: readonly UncertainParameter[] }
  | { readonly ok: false; readonly errors: readonly Problem[] };

/**
 * The ranges a Monte Carlo run draws: the `--vary` options when there are
 * any (they replace the scenario's own), else the scenario's `uncertainty`.
 *
 * `--vary` options are checked by the model itself: they are put in the
 * scenario's `uncertainty` array and the scenario is parsed again, so an
 * unknown path, a bound that is not a finite number, min > mode, or a value
 * outside the field's range gets exactly the message the same entry would
 * get in the file, under `--vary[i]` instead of `uncertainty[i]`.
 */
export function resolveUncertainty(scenario: Scenario, vary: readonly VaryOption[]): UncertaintyOutcome {
  if (vary.length === 0) {
    const own = scenario.uncertainty ?? [];
    if (own.length > 0) return { ok: true, vary: own };
    return {
      ok: false,
      errors: [{ path: '--vary', message: 'missing: the scenario has no "uncertainty" ranges to draw from; add an "uncertainty" array to it, e.g. [{ "set": "links.<id>.capacity", "min": 1, "mode": 2, "max": 3 }], or give --vary <path>=<min>:<mode>:<max>' }],
    };
  }
  const parsed = parseScenario({ ...scenario, uncertainty: vary });
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map(asVary) };
  return { ok: true, vary: parsed.scenario.uncertainty ?? [] };
}

/** `uncertainty[1].min` → `--vary[1].min`, in the path and where a message points at another entry. */
function asVary(problem: Problem): Problem {
  const rename = (text: string) => text.replace(/\buncertainty\[(\d+)\]/g, '--vary[$1]');
  return { path: rename(problem.path), message: rename(problem.message) };
}
