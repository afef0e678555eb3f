import { FORBIDDEN_KEYS } from './find-forbidden-keys';
import type { LocatedProblem } from './located-problem';
import { KNOWN_FIELDS } from './scenario-schema';
import { SCENARIO_FORMAT } from './types';

const COLLECTIONS = ['sources', 'nodes', 'links', 'corridors', 'demands', 'uncertainty', 'observed'] as const;

/**
 * A warning for every field the format does not know, on the scenario and
 * on the items of its arrays. Such fields are kept (files may carry their
 * own notes); the warning catches typos, with a suggestion when a known
 * field is one or two letters away (`capcity` → `capacity`).
 */
export function findUnknownFields(input: Record<string, unknown>): LocatedProblem[] {
  const warnings: LocatedProblem[] = [];
  check(input, KNOWN_FIELDS.scenario, [], warnings);
  for (const collection of COLLECTIONS) {
    const items = input[collection];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, index) => {
      if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
        check(item as Record<string, unknown>, KNOWN_FIELDS[collection], [collection, index], warnings);
      }
    });
  }
  return warnings;
}

function check(
  object: Record<string, unknown>,
  known: ReadonlySet<string>,
  at: readonly (string | number)[],
  warnings: LocatedProblem[],
): void {
  for (const key of Object.keys(object)) {
    if (known.has(key) || FORBIDDEN_KEYS.has(key)) continue;
    const near = [...known].find((candidate) => isNear(key, candidate));
    const hint = near === undefined ? `not part of ${SCENARIO_FORMAT}` : `did you mean "${near}"?`;
    warnings.push({ keys: [...at, key], message: `unknown field "${key}" (kept as is; ${hint})` });
  }
}

/** Edit distance at most 1 (short names) or 2, ignoring case: close enough to be a typo. */
function isNear(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (Math.abs(x.length - y.length) > 2) return false;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= y.length; j += 1) {
      const substitution = previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length]! <= (Math.min(x.length, y.length) <= 4 ? 1 : 2);
}
