import type { ParseOutcome, Scenario } from '../model/types';
import { parseScenario } from '../model/parse-scenario';
import { numberRuleOf } from '../model/numeric-fields';
import { changedPaths } from './changed-paths';

/** A valid scenario and the outcome of validating it in full. */
export interface Validated {
  readonly scenario: Scenario;
  readonly outcome: ParseOutcome & { readonly ok: true };
}

/**
 * Collections whose numeric fields obey a rule of their own only (a range):
 * no rule between two fields (corridors have `minShare ≤ maxShare`), no
 * check across the scenario reads the number (references, routes and
 * unknown fields read ids, ends, flags and keys).
 */
const SINGLE_RULE_COLLECTIONS = new Set(['nodes', 'links', 'demands'] as const);

const ITEM_FIELD = /^(nodes|links|demands)\[(\d+)\]\.([A-Za-z]+)$/;

/**
 * The outcome of `parseScenario(next)`, found without validating the whole
 * scenario when `next` differs from a scenario already validated (`previous`)
 * in one number only, the editor's usual edit: a capacity, a cost or a
 * volume of one node, link or demand, set to a finite number its field
 * accepts. Such a number is checked against its field's range alone (no
 * rule between fields and no check across the scenario reads it), so the
 * outcome is `previous`'s with `next` as the scenario; anything else (an
 * out-of-range value, a text, two changes, a corridor's share) is validated
 * in full, so every problem keeps its exact message. On a network of
 * thousands of links the full check costs tens of milliseconds per edit;
 * this one, a walk that skips every unchanged item by identity.
 */
export function validateEdit(previous: Validated | null, next: Scenario): ParseOutcome {
  if (previous !== null && previous.outcome.scenario === previous.scenario && isInRangeNumberEdit(previous.scenario, next)) {
    return { ok: true, scenario: next, warnings: previous.outcome.warnings };
  }
  return parseScenario(next);
}

function isInRangeNumberEdit(before: Scenario, after: Scenario): boolean {
  if (typeof after !== 'object' || after === null || Array.isArray(after)) return false;
  const paths = changedPaths(before, after);
  if (paths.length === 0) return true;
  if (paths.length !== 1) return false;
  const match = ITEM_FIELD.exec(paths[0]!);
  if (match === null) return false;
  const [, collection, index, field] = match as unknown as [string, 'nodes' | 'links' | 'demands', string, string];
  if (!SINGLE_RULE_COLLECTIONS.has(collection)) return false;
  const rule = numberRuleOf(collection, field);
  if (rule === undefined) return false;
  const item: unknown = after[collection][Number(index)];
  // A plain object as the schema reads it: own data property, no accessor to run twice.
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return false;
  const descriptor = Object.getOwnPropertyDescriptor(item, field);
  if (descriptor === undefined || !('value' in descriptor)) return false;
  const value: unknown = descriptor.value;
  return typeof value === 'number' && Number.isFinite(value) && rule.test(value);
}
