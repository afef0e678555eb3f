import * as v from 'valibot';
import { checkObserved } from './check-observed';
import { checkReferences } from './check-references';
import { checkRoutes } from './check-routes';
import { describeValue } from './describe-value';
import { findForbiddenKeys } from './find-forbidden-keys';
import { findUnknownFields } from './find-unknown-fields';
import { LIMITS } from './limits';
import { toProblems, type LocatedProblem } from './located-problem';
import { parseJsonText } from './parse-json-text';
import { scenarioSchema, schemaAccepts } from './scenario-schema';
import type { ParseOutcome, Scenario } from './types';

/**
 * Reads and validates a `corridor-flow/scenario@1` scenario: JSON text
 * (a string) or an already parsed value. Never throws; every problem is
 * reported at once, each with its JSON path (`links[3].capacity`) and a
 * message saying what was expected and what was found.
 *
 * On success `scenario` is the input itself (for text: the parsed JSON), not
 * a copy: the user's form survives exactly, with no defaults filled in and
 * unknown fields kept in place, so writing it back round-trips.
 *
 * Order of the checks, cheapest and most protective first: size of the text,
 * JSON syntax, the top-level shape, the number of links and demands (a
 * scenario over the limits is not examined further), then together the
 * schema (types, ranges, field pairs), prototype keys, and the checks across
 * the scenario (ids, references). Warnings: unknown fields, always; routes
 * (unreachable demands, gates that count twice), only for a valid scenario.
 */
export function parseScenario(input: string | unknown): ParseOutcome {
  try {
    if (typeof input === 'string') {
      const text = parseJsonText(input);
      if (!text.ok) return { ok: false, errors: [text.problem], warnings: [] };
      return validate(text.value);
    }
    return validate(input);
  } catch (error) {
    return failedCheck(error);
  }
}

/**
 * Checks of extensions of the format, run on every input after the rest:
 * the planning extension (`horizon`, `projects`, `growth`) adds its own when
 * `planning-schema.ts` is first imported, which every entry that plans does
 * (the command line, `src/model/index.ts`, `src/plan`; a view that plans
 * imports it with itself). Kept out of this module so that the embeddable
 * library's first download, whose one-year solve ignores them, stays
 * within issue 4's 60 kB.
 */
export const EXTENSION_CHECKS: ((root: Record<string, unknown>, errors: LocatedProblem[], warnings: LocatedProblem[]) => void)[] = [];

/** What validation has found so far: the steps below add to it in order. */
export interface Findings {
  readonly root: Record<string, unknown>;
  readonly errors: LocatedProblem[];
  readonly warnings: LocatedProblem[];
}

/**
 * The checks after the top-level shape and the limits, in order, each a
 * step of its own: `parseScenarioInSlices` (parse-scenario-in-slices.ts) lets the page draw between them
 * (on a network of thousands of links each costs milliseconds to tens of
 * them; together, more than a frame).
 */
export const STEPS: readonly ((found: Findings) => void)[] = [
  ({ root, errors }) => errors.push(...findForbiddenKeys(root)),
  ({ root, errors }) => {
    // valibot only for a scenario the plain check refuses: it copies every object it checks, most of
    // the parse of a valid file, and its issues are needed only to say what is wrong.
    if (schemaAccepts(root)) return;
    const parsed = v.safeParse(scenarioSchema, root);
    for (const issue of parsed.issues ?? []) {
      errors.push({ keys: issue.path?.map((item) => item.key as string | number) ?? [], message: issue.message });
    }
  },
  ({ root, errors }) => errors.push(...checkReferences(root)),
  ({ root, errors }) => errors.push(...checkObserved(root)),
  ({ root, warnings }) => warnings.push(...findUnknownFields(root)),
  ({ root, errors, warnings }) => {
    for (const check of EXTENSION_CHECKS) check(root, errors, warnings);
  },
  // Routes are read only on a scenario that is otherwise valid.
  ({ root, errors, warnings }) => {
    if (errors.length === 0) warnings.push(...checkRoutes(root as unknown as Scenario));
  },
];

/** The value's top-level shape and size: a root problem ends validation at once, before any step. */
export function startFindings(value: unknown): Findings | ParseOutcome {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: [{ path: '', message: `expected a scenario object, got ${describeValue(value)}` }], warnings: [] };
  }
  const root = value as Record<string, unknown>;
  const tooMany = countLimits(root);
  if (tooMany.length > 0) return { ok: false, errors: toProblems(tooMany), warnings: [] };
  return { root, errors: [], warnings: [] };
}

export function outcomeOf({ root, errors, warnings }: Findings): ParseOutcome {
  if (errors.length > 0) return { ok: false, errors: toProblems(errors), warnings: toProblems(warnings) };
  return { ok: true, scenario: root as unknown as Scenario, warnings: toProblems(warnings) };
}

function validate(value: unknown): ParseOutcome {
  const found = startFindings(value);
  if (!('root' in found)) return found;
  for (const step of STEPS) step(found);
  return outcomeOf(found);
}

/** Only a bug (or a hostile object input, e.g. a throwing getter), or the sliced check failing to load, gets here. */
export function failedCheck(error: unknown): ParseOutcome {
  const reason = error instanceof Error ? error.message : describeValue(error);
  return { ok: false, errors: [{ path: '', message: `could not check the scenario: ${reason}` }], warnings: [] };
}

function countLimits(root: Record<string, unknown>): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const limit = (key: 'links' | 'demands', maximum: number): void => {
    const items = root[key];
    if (Array.isArray(items) && items.length > maximum) {
      problems.push({
        keys: [key],
        message: `expected at most ${maximum} ${key}, got ${items.length} (a scenario this large is not checked further)`,
      });
    }
  };
  limit('links', LIMITS.maxLinks);
  limit('demands', LIMITS.maxDemands);
  return problems;
}
