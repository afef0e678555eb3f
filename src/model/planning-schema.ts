import { describeValue, quote } from './describe-value';
import type { LocatedProblem } from './located-problem';
import type { PathKey } from './format-path';
import { NUMBER_RULES, numberRuleOf } from './numeric-fields';
import { resolveParameterPath } from './parameter-path';
import { ID_PATTERN } from './scenario-schema';
import { EXTENSION_CHECKS } from './parse-scenario';
import { PROJECT_DECISIONS, type Problem, type Scenario } from './types';

/**
 * The checks of the planning extensions (`horizon`, `projects`; spec:
 * "Extensions"), on input that may have failed the rest of the schema: only
 * values of the right type are looked at further, and every problem is
 * reported at once with its JSON path; `Demand.growth` too.
 *
 * Added to `parseScenario`'s checks when this module is imported (see
 * `EXTENSION_CHECKS` for why the parser does not import it).
 *
 * Warnings: unknown fields inside `horizon`, its changes and the projects.
 * (That only `plan` uses them is said by the one-year commands, see
 * `planOnlyWarnings`, not by parsing: a planning file is no less valid.)
 */
export function checkPlanning(root: Readonly<Record<string, unknown>>): { errors: LocatedProblem[]; warnings: LocatedProblem[] } {
  const errors: LocatedProblem[] = [];
  const warnings: LocatedProblem[] = [];
  checkGrowth(root, errors);
  const horizon = checkHorizon(root, errors, warnings);
  checkProjects(root, horizon, errors, warnings);
  return { errors, warnings };
}

/** The warning on a file with `horizon` or `projects`: `solve` and the one-year analyses do not use them. */
export const PLAN_ONLY = 'used by `plan` only; `solve` and the one-year analyses ignore it';

/** What `solve` and the one-year analyses say of a scenario with `horizon` or `projects` (spec: "Extensions"). */
export function planOnlyWarnings(scenario: Scenario): Problem[] {
  return (['horizon', 'projects'] as const).filter((key) => scenario[key] !== undefined).map((key) => ({ path: key, message: PLAN_ONLY }));
}

const HORIZON_FIELDS = new Set(['years', 'end', 'discountRate', 'base', 'changes', 'source', 'assumption']);
const CHANGE_FIELDS = new Set(['from', 'set', 'value', 'source', 'assumption']);
const PROJECT_FIELDS = new Set(['id', 'name', 'adds', 'capex', 'life', 'opex', 'earliest', 'decision', 'divisible', 'source', 'assumption']);
const ADDITION_FIELDS = new Set(['set', 'amount', 'source', 'assumption']);
/** Years as integers of at most four digits either side of the era: planning years, not timestamps. */
const MAX_YEAR = 9999;

/** The span `earliest` must fall in: from the first model year to the last calendar year counted. */
interface HorizonSpan {
  readonly first: number;
  readonly end: number;
}

type Item = Readonly<Record<string, unknown>>;

/** `demands[i].growth`: a rate per year above -100 % (the volume stays positive). */
function checkGrowth(root: Item, errors: LocatedProblem[]): void {
  const demands = root.demands;
  if (!Array.isArray(demands)) return;
  demands.forEach((demand: unknown, index) => {
    if (isRecord(demand)) number(demand, 'growth', ['demands', index], NUMBER_RULES.growth.expected, NUMBER_RULES.growth.test, errors);
  });
}

/** Optional text fields (a label, provenance): a string where present. */
function checkStrings(item: Item, keys: readonly string[], at: readonly PathKey[], errors: LocatedProblem[]): void {
  for (const key of keys) {
    if (item[key] !== undefined && typeof item[key] !== 'string') {
      errors.push({ keys: [...at, key], message: `expected a string, got ${describeValue(item[key])}` });
    }
  }
}

function checkHorizon(root: Item, errors: LocatedProblem[], warnings: LocatedProblem[]): HorizonSpan | null {
  const horizon = root.horizon;
  if (horizon === undefined) return null;
  if (!isRecord(horizon)) {
    errors.push({ keys: ['horizon'], message: `expected a horizon object {years, end?, discountRate?, base?, changes?}, got ${describeValue(horizon)}` });
    return null;
  }
  unknownFields(horizon, HORIZON_FIELDS, ['horizon'], warnings);
  checkStrings(horizon, ['source', 'assumption'], ['horizon'], errors);
  const years = checkYears(horizon.years, errors);
  const last = years?.at(-1);
  const end = horizon.end;
  if (end !== undefined) {
    if (!isYear(end)) errors.push({ keys: ['horizon', 'end'], message: `expected a whole year, got ${describeValue(end)}` });
    else if (last !== undefined && end < last) {
      errors.push({ keys: ['horizon', 'end'], message: `expected a year ≥ the last model year (${last}), got ${end}` });
    }
  }
  const rate = horizon.discountRate;
  if (rate !== undefined && !(typeof rate === 'number' && Number.isFinite(rate) && rate >= 0 && rate < 1)) {
    errors.push({ keys: ['horizon', 'discountRate'], message: `expected a real rate per year with 0 ≤ r < 1 (e.g. 0.04), got ${describeValue(rate)}` });
  }
  if (horizon.base !== undefined && !isYear(horizon.base)) {
    errors.push({ keys: ['horizon', 'base'], message: `expected a whole year, got ${describeValue(horizon.base)}` });
  }
  checkChanges(root, horizon.changes, errors, warnings);
  if (years === null || years.length === 0) return null;
  return { first: years[0]!, end: isYear(end) && end >= last! ? end : last! };
}

/** The model years when they are usable (each a whole year, strictly increasing); problems reported. */
function checkYears(years: unknown, errors: LocatedProblem[]): number[] | null {
  if (years === undefined) {
    errors.push({ keys: ['horizon', 'years'], message: 'expected a non-empty array of model years, e.g. [2026, 2030, 2035], got nothing (the field is missing)' });
    return null;
  }
  if (!Array.isArray(years) || years.length === 0) {
    errors.push({ keys: ['horizon', 'years'], message: `expected a non-empty array of model years, e.g. [2026, 2030, 2035], got ${describeValue(years)}` });
    return null;
  }
  let usable = true;
  years.forEach((year: unknown, index) => {
    if (!isYear(year)) {
      errors.push({ keys: ['horizon', 'years', index], message: `expected a whole year, got ${describeValue(year)}` });
      usable = false;
      return;
    }
    const previous: unknown = years[index - 1];
    if (index > 0 && isYear(previous) && year <= previous) {
      errors.push({ keys: ['horizon', 'years', index], message: `expected a year > ${previous} (years strictly increasing), got ${year}` });
      usable = false;
    }
  });
  return usable ? (years as number[]) : null;
}

function checkChanges(root: Item, changes: unknown, errors: LocatedProblem[], warnings: LocatedProblem[]): void {
  if (changes === undefined) return;
  if (!Array.isArray(changes)) {
    errors.push({ keys: ['horizon', 'changes'], message: `expected an array of changes {from, set, value}, got ${describeValue(changes)}` });
    return;
  }
  changes.forEach((change: unknown, index) => {
    const at: PathKey[] = ['horizon', 'changes', index];
    if (!isRecord(change)) {
      errors.push({ keys: at, message: `expected a change object {from, set, value}, got ${describeValue(change)}` });
      return;
    }
    unknownFields(change, CHANGE_FIELDS, at, warnings);
    checkStrings(change, ['source', 'assumption'], at, errors);
    if (!isYear(change.from)) errors.push({ keys: [...at, 'from'], message: `expected a whole year, got ${describeValue(change.from)}` });
    const value = change.value;
    const finite = typeof value === 'number' && Number.isFinite(value);
    if (!finite) errors.push({ keys: [...at, 'value'], message: `expected a finite number, got ${describeValue(value)}` });
    if (typeof change.set !== 'string') {
      errors.push({ keys: [...at, 'set'], message: `expected a parameter path such as "links.<id>.capacity", got ${describeValue(change.set)}` });
      return;
    }
    const outcome = resolveParameterPath(root as unknown as Scenario, change.set);
    if (!outcome.ok) {
      errors.push({ keys: [...at, 'set'], message: outcome.message });
      return;
    }
    const rule = numberRuleOf(outcome.ref.collection, outcome.ref.field);
    if (finite && rule !== undefined && !rule.test(value)) {
      errors.push({ keys: [...at, 'value'], message: `expected ${rule.expected} (the range of ${outcome.ref.field}), got ${value}` });
    }
  });
}

function checkProjects(root: Item, span: HorizonSpan | null, errors: LocatedProblem[], warnings: LocatedProblem[]): void {
  const projects = root.projects;
  if (projects === undefined) return;
  if (!Array.isArray(projects)) {
    errors.push({ keys: ['projects'], message: `expected an array of projects, got ${describeValue(projects)}` });
    return;
  }
  if (projects.length > 0 && root.horizon === undefined) {
    warnings.push({ keys: ['projects'], message: 'no `horizon`: `plan` needs one (e.g. "horizon": {"years": [2030]})' });
  }
  const seen = new Map<string, number>();
  projects.forEach((project: unknown, index) => {
    const at: PathKey[] = ['projects', index];
    if (!isRecord(project)) {
      errors.push({ keys: at, message: `expected a project object {id, adds, capex?, life?, opex?, earliest?, decision?, divisible?}, got ${describeValue(project)}` });
      return;
    }
    unknownFields(project, PROJECT_FIELDS, at, warnings);
    const id = project.id;
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      errors.push({ keys: [...at, 'id'], message: `expected an id of 1 to 64 letters, digits, "_", "." or "-", got ${describeValue(id)}` });
    } else if (seen.has(id)) {
      errors.push({ keys: [...at, 'id'], message: `duplicate id ${quote(id)} (first at projects[${seen.get(id)}])` });
    } else seen.set(id, index);
    checkStrings(project, ['name', 'source', 'assumption'], at, errors);
    checkAdditions(root, project.adds, at, errors, warnings);
    number(project, 'capex', at, 'a number ≥ 0 (USD)', (v) => v >= 0, errors);
    number(project, 'opex', at, 'a number ≥ 0 (USD per year)', (v) => v >= 0, errors);
    number(project, 'life', at, 'a number of years > 0', (v) => v > 0, errors);
    checkEarliest(project.earliest, span, [...at, 'earliest'], errors);
    const decision = project.decision;
    if (decision !== undefined && !(typeof decision === 'string' && (PROJECT_DECISIONS as readonly string[]).includes(decision))) {
      errors.push({ keys: [...at, 'decision'], message: `expected one of ${PROJECT_DECISIONS.map((d) => JSON.stringify(d)).join(', ')}, got ${describeValue(decision)}` });
    }
    if (project.divisible !== undefined && typeof project.divisible !== 'boolean') {
      errors.push({ keys: [...at, 'divisible'], message: `expected true or false, got ${describeValue(project.divisible)}` });
    }
  });
}

function checkEarliest(earliest: unknown, span: HorizonSpan | null, keys: PathKey[], errors: LocatedProblem[]): void {
  if (earliest === undefined) return;
  if (!isYear(earliest)) {
    errors.push({ keys, message: `expected a whole year, got ${describeValue(earliest)}` });
    return;
  }
  if (span !== null && (earliest < span.first || earliest > span.end)) {
    errors.push({ keys, message: `expected a year inside the horizon (${span.first} to ${span.end}), got ${earliest}` });
  }
}

/** What a project adds: a finite capacity of a link or node, by a positive amount. */
function checkAdditions(root: Item, adds: unknown, at: PathKey[], errors: LocatedProblem[], warnings: LocatedProblem[]): void {
  const keys = [...at, 'adds'];
  if (!Array.isArray(adds) || adds.length === 0) {
    const got = adds === undefined ? 'nothing (the field is missing)' : describeValue(adds);
    errors.push({ keys, message: `expected a non-empty array of {set: "links.<id>.capacity" or "nodes.<id>.capacity", amount}, got ${got}` });
    return;
  }
  adds.forEach((addition: unknown, index) => {
    const here = [...keys, index];
    if (!isRecord(addition)) {
      errors.push({ keys: here, message: `expected {set, amount}, got ${describeValue(addition)}` });
      return;
    }
    unknownFields(addition, ADDITION_FIELDS, here, warnings);
    checkStrings(addition, ['source', 'assumption'], here, errors);
    number(addition, 'amount', here, 'a capacity in t/yr > 0', (v) => v > 0 && v <= 1e12, errors, true);
    checkAddedCapacity(root, addition.set, [...here, 'set'], errors);
  });
}

function checkAddedCapacity(root: Item, set: unknown, keys: PathKey[], errors: LocatedProblem[]): void {
  const expected = 'a capacity path "links.<id>.capacity" or "nodes.<id>.capacity"';
  if (typeof set !== 'string') {
    errors.push({ keys, message: `expected ${expected}, got ${describeValue(set)}` });
    return;
  }
  const outcome = resolveParameterPath(root as unknown as Scenario, set);
  if (!outcome.ok) {
    errors.push({ keys, message: outcome.message });
    return;
  }
  const { collection, field, index, id } = outcome.ref;
  if ((collection !== 'links' && collection !== 'nodes') || field !== 'capacity') {
    errors.push({ keys, message: `expected ${expected}, got ${quote(set)}` });
    return;
  }
  const item = (root[collection] as readonly unknown[])[index];
  const capacity = isRecord(item) ? item.capacity : undefined;
  if (capacity === undefined) {
    const noun = collection === 'links' ? 'link' : 'node';
    errors.push({
      keys,
      message: `${noun} ${quote(id)} has unlimited capacity, so adding to it changes nothing: give it a finite capacity (0 for one that does not exist yet)`,
    });
  }
}

function number(
  item: Item,
  key: string,
  at: PathKey[],
  expected: string,
  test: (value: number) => boolean,
  errors: LocatedProblem[],
  required = false,
): void {
  const value = item[key];
  if (value === undefined) {
    if (required) errors.push({ keys: [...at, key], message: `expected ${expected}, got nothing (the field is missing)` });
    return;
  }
  if (!(typeof value === 'number' && Number.isFinite(value) && test(value))) {
    errors.push({ keys: [...at, key], message: `expected ${expected}, got ${describeValue(value)}` });
  }
}

function unknownFields(item: Item, known: ReadonlySet<string>, at: PathKey[], warnings: LocatedProblem[]): void {
  for (const key of Object.keys(item)) {
    if (!known.has(key)) {
      warnings.push({ keys: [...at, key], message: `unknown field "${key}" (kept as is; expected one of ${[...known].join(', ')})` });
    }
  }
}

function isYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= MAX_YEAR;
}

function isRecord(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function addPlanningProblems(root: Readonly<Record<string, unknown>>, errors: LocatedProblem[], warnings: LocatedProblem[]): void {
  const found = checkPlanning(root);
  errors.push(...found.errors);
  warnings.push(...found.warnings);
}

if (!EXTENSION_CHECKS.includes(addPlanningProblems)) EXTENSION_CHECKS.push(addPlanningProblems);
