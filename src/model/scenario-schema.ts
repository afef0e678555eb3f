import * as v from 'valibot';
import { describeValue } from './describe-value';
import { expectedOf, NUMBER_RULES, NUMERIC_FIELDS, type NumberRule } from './numeric-fields';
import { CALIBRATE_COST, LINK_MODES, NODE_KINDS, SCENARIO_FORMAT } from './types';
import { OBSERVED_FIGURE_EXPECTED, OBSERVED_FIGURE_PATTERN, OBSERVED_VALUE_RULE, YEAR_RULE } from './observed-figure';

/**
 * The valibot schema of `corridor-flow/scenario@1`: types, required fields,
 * ranges and the checks between fields of one item (`minShare ≤ maxShare`).
 * What needs the whole scenario (ids, references) is checked afterwards by
 * `checkReferences`. Every message reads `expected …, got …`.
 *
 * Objects are loose: unknown fields pass through (the format lets files grow)
 * and are reported as warnings by `findUnknownFields`, which reads the known
 * keys from here.
 */

/** Every id (node, link, corridor, demand, source). */
export const ID_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;

/** A field's schema and the phrase that completes "expected …" for it. */
interface Field {
  readonly expected: string;
  readonly schema: v.GenericSchema;
  /**
   * True only for a value the schema accepts: the same rules as a plain
   * predicate, so that a valid scenario is checked without valibot (which
   * copies every object it checks). Anything unusual (an object that is not
   * plain) answers false, and valibot then runs and explains.
   */
  readonly accepts: (value: unknown) => boolean;
}

type Message = (issue: v.BaseIssue<unknown>) => string;

const expectedGot =
  (expected: string): Message =>
  (issue) =>
    `expected ${expected}, got ${describeValue(issue.input)}`;

function numberField(rule: NumberRule): Field {
  const finite = expectedGot('a finite number');
  const inRange: Message = (issue) =>
    `expected ${typeof issue.input === 'number' ? expectedOf(rule, issue.input) : rule.expected}, got ${describeValue(issue.input)}`;
  return {
    expected: rule.expected,
    accepts: (value) => typeof value === 'number' && Number.isFinite(value) && rule.test(value),
    schema: v.pipe(
      v.number((issue) => (Number.isNaN(issue.input) ? finite(issue) : inRange(issue))),
      // One check for both, so that each bad number gets exactly one message.
      v.check(
        (value: number) => Number.isFinite(value) && rule.test(value),
        (issue) => (Number.isFinite(issue.input) ? inRange(issue) : finite(issue)),
      ),
    ),
  };
}

function stringField(expected = 'a string'): Field {
  return { expected, accepts: (value) => typeof value === 'string', schema: v.string(expectedGot(expected)) };
}

function patternField(expected: string, pattern: RegExp): Field {
  return {
    expected,
    accepts: (value) => typeof value === 'string' && pattern.test(value),
    schema: v.pipe(v.string(expectedGot(expected)), v.regex(pattern, expectedGot(expected))),
  };
}

function oneOfField(values: readonly string[]): Field {
  const expected = `one of ${values.map((value) => JSON.stringify(value)).join(', ')}`;
  return { expected, accepts: (value) => typeof value === 'string' && values.includes(value), schema: v.picklist(values, expectedGot(expected)) };
}

const idField = patternField('an id of 1 to 64 letters, digits, "_", "." or "-"', ID_PATTERN);
const booleanField: Field = { expected: 'true or false', accepts: (value) => typeof value === 'boolean', schema: v.boolean(expectedGot('true or false')) };

/** The least length of an array and the message for a shorter one. */
interface Minimum {
  readonly count: number;
  readonly message: (count: number) => string;
}

function atLeast(count: number, noun: string): Minimum {
  return { count, message: (got) => `expected at least ${plural(count, noun)}, got ${plural(got, noun)}` };
}

function arrayField(item: Field, expected: string, minimum?: Minimum): Field {
  const items = v.array(item.schema, expectedGot(expected));
  const least = minimum?.count ?? 0;
  const accepts = (value: unknown): boolean => {
    if (!Array.isArray(value) || value.length < least) return false;
    for (let i = 0; i < value.length; i++) if (!item.accepts(value[i])) return false;
    return true;
  };
  if (minimum === undefined) return { expected, accepts, schema: items };
  return {
    expected,
    accepts,
    schema: v.pipe(
      items,
      // A raw check runs even when some items are invalid, so a short array is
      // reported together with its items' problems.
      v.rawCheck(({ dataset, addIssue }) => {
        const value: unknown = dataset.value;
        if (Array.isArray(value) && value.length < minimum.count) addIssue({ message: minimum.message(value.length) });
      }),
    ),
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A loose object: the known fields checked, every other field kept as is. */
function objectField(
  expected: string,
  fields: Readonly<Record<string, Field>>,
  required: readonly string[],
): Field & { readonly schema: v.GenericSchema<Record<string, unknown>>; readonly keys: readonly string[] } {
  const entries: Record<string, v.GenericSchema> = {};
  for (const [key, field] of Object.entries(fields)) {
    entries[key] = required.includes(key) ? field.schema : v.optional(field.schema);
  }
  const missing: Message = (issue) => {
    const key = issue.path?.at(-1)?.key;
    const field = typeof key === 'string' && Object.hasOwn(fields, key) ? fields[key] : undefined;
    return field ? `expected ${field.expected}, got nothing (the field is missing)` : expectedGot(expected)(issue);
  };
  const isRecord = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);
  // Parallel arrays and an indexed loop: this runs once per item of a scenario, mostly before V8 has
  // optimized it, where destructuring each `[key, accepts, required]` entry cost more than the checks.
  const keys = Object.keys(fields);
  const fieldAccepts = keys.map((key) => fields[key]!.accepts);
  const isRequired = keys.map((key) => required.includes(key));
  const accepts = (value: unknown): boolean => {
    // Plain data objects only (JSON's): no prototype tricks, no getters to run twice.
    if (!isRecord(value) || Object.getPrototypeOf(value) !== Object.prototype) return false;
    const record = value as Record<string, unknown>;
    for (let i = 0; i < keys.length; i++) {
      const descriptor = Object.getOwnPropertyDescriptor(record, keys[i]!);
      if (descriptor === undefined) {
        if (isRequired[i]) return false;
        continue;
      }
      if (!('value' in descriptor)) return false;
      // An optional field may hold undefined (valibot's `optional`); a required one may not.
      if (descriptor.value === undefined ? isRequired[i] : !fieldAccepts[i]!(descriptor.value)) return false;
    }
    return true;
  };
  return {
    expected,
    accepts,
    keys: Object.keys(fields),
    schema: v.pipe(
      // valibot's object schemas accept arrays; a scenario item never is one.
      v.custom<Record<string, unknown>>(isRecord, expectedGot(expected)),
      v.looseObject(entries, missing),
    ) as v.GenericSchema<Record<string, unknown>>,
  };
}

type Item = Record<string, unknown>;

/**
 * `item[lower] ≤ item[upper]` when both are numbers that pass `valid` (a
 * value wrong on its own already has its message), reported at one of the
 * two fields: "minShare: expected a number ≤ maxShare (0.3), got 0.9". A
 * partial check, so it still runs when another field of the item is invalid
 * (a plain `check` would be skipped), and forwarded so that the problem sits
 * at the field to fix rather than at the item.
 */
/** `item[lower] ≤ item[upper]` when both are usable numbers: the rule of `ordered`, as a predicate. */
function inOrder(lower: string, upper: string, valid: (value: number) => boolean): (item: Item) => boolean {
  const usable = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && valid(value);
  return (item) => {
    const low = item[lower];
    const high = item[upper];
    return !usable(low) || !usable(high) || low <= high;
  };
}

function ordered(lower: string, upper: string, valid: (value: number) => boolean, reportAt: 'lower' | 'upper') {
  const [at, other, relation] = reportAt === 'lower' ? [lower, upper, '≤'] : [upper, lower, '≥'];
  const check = v.partialCheck<Item, [[string], [string]], Item, (issue: v.PartialCheckIssue<Item>) => string>(
    [[lower], [upper]],
    inOrder(lower, upper, valid),
    ({ input }) =>
      `expected a number ${relation} ${other} (${describeValue(input[other])}), got ${describeValue(input[at])}`,
  );
  return v.forward<Item, v.PartialCheckIssue<Item>, [string]>(check, [at]);
}

type Order = readonly [lower: string, upper: string, valid: (value: number) => boolean, reportAt: 'lower' | 'upper'];

/** An object field with two orderings between its fields, in its schema and in its predicate alike. */
function withOrders(field: Field & { readonly schema: v.GenericSchema<Item> }, [first, second]: readonly [Order, Order]): Field {
  const rules = [inOrder(first[0], first[1], first[2]), inOrder(second[0], second[1], second[2])];
  return {
    ...field,
    schema: v.pipe(field.schema, ordered(...first), ordered(...second)),
    accepts: (value) => field.accepts(value) && rules.every((ok) => ok(value as Item)),
  };
}

const provenance = { source: stringField('a source id'), assumption: stringField() };

// Calibration (docs/calibration.md): the mark `calibrate` leaves on a fitted cost, and what was seen.
const fromCost = numberField(NUMBER_RULES.nonNegative);
const fromCostOrNull = (value: unknown): boolean => value === null || fromCost.accepts(value);
const calibratedField = objectField(
  'a calibration mark {from, observations, stepOf?}',
  {
    from: {
      expected: 'a number ≥ 0 or null',
      accepts: fromCostOrNull,
      schema: v.custom(fromCostOrNull, expectedGot('a number ≥ 0 or null')),
    },
    observations: arrayField(stringField('an observed figure'), 'an array of observed figures'),
    stepOf: stringField('a link id'),
  },
  ['from', 'observations'],
);
const observation = objectField(
  'an observation object {of, value, year?, source?, assumption?}',
  {
    of: patternField(OBSERVED_FIGURE_EXPECTED, OBSERVED_FIGURE_PATTERN),
    value: numberField(OBSERVED_VALUE_RULE),
    year: numberField(YEAR_RULE),
    ...provenance,
  },
  ['of', 'value'],
);

const source = objectField(
  'a source object {id, title, url?, year?}',
  { id: idField, title: stringField(), url: stringField(), year: numberField(NUMBER_RULES.any) },
  ['id', 'title'],
);

const node = objectField(
  'a node object',
  {
    id: idField,
    name: stringField(),
    country: patternField('two upper-case letters (ISO 3166-1 alpha-2, e.g. "KZ")', /^[A-Z]{2}$/),
    kind: oneOfField(NODE_KINDS),
    lat: numberField(NUMERIC_FIELDS.nodes.lat),
    lon: numberField(NUMERIC_FIELDS.nodes.lon),
    capacity: numberField(NUMERIC_FIELDS.nodes.capacity),
    cost: numberField(NUMERIC_FIELDS.nodes.cost),
    days: numberField(NUMERIC_FIELDS.nodes.days),
    enabled: booleanField,
    ...provenance,
    calibrated: calibratedField,
    calibrate: oneOfField(CALIBRATE_COST),
  },
  ['id'],
);

const link = objectField(
  'a link object',
  {
    id: idField,
    name: stringField(),
    from: stringField('a node id'),
    to: stringField('a node id'),
    mode: oneOfField(LINK_MODES),
    capacity: numberField(NUMERIC_FIELDS.links.capacity),
    cost: numberField(NUMERIC_FIELDS.links.cost),
    days: numberField(NUMERIC_FIELDS.links.days),
    km: numberField(NUMERIC_FIELDS.links.km),
    enabled: booleanField,
    ...provenance,
    calibrated: calibratedField,
    calibrate: oneOfField(CALIBRATE_COST),
  },
  ['id', 'from', 'to', 'cost'],
);

const corridor = objectField(
  'a corridor object',
  {
    id: idField,
    name: stringField(),
    color: stringField('a CSS colour string'),
    gates: arrayField(stringField('a link id'), 'a non-empty array of link ids', {
      count: 1,
      message: () => 'expected a non-empty array of link ids, got an empty array',
    }),
    minShare: numberField(NUMERIC_FIELDS.corridors.minShare),
    maxShare: numberField(NUMERIC_FIELDS.corridors.maxShare),
    minFlow: numberField(NUMERIC_FIELDS.corridors.minFlow),
    maxFlow: numberField(NUMERIC_FIELDS.corridors.maxFlow),
    enabled: booleanField,
    ...provenance,
  },
  ['id', 'gates'],
);
const corridorChecked = withOrders(corridor, [
  ['minShare', 'maxShare', NUMBER_RULES.fraction.test, 'lower'],
  ['minFlow', 'maxFlow', NUMBER_RULES.nonNegative.test, 'lower'],
]);

const demand = objectField(
  'a demand object',
  {
    id: idField,
    from: stringField('a node id'),
    to: stringField('a node id'),
    volume: numberField(NUMERIC_FIELDS.demands.volume),
    valueOfTime: numberField(NUMERIC_FIELDS.demands.valueOfTime),
    unmetPenalty: numberField(NUMERIC_FIELDS.demands.unmetPenalty),
    label: stringField(),
    ...provenance,
  },
  ['id', 'from', 'to', 'volume'],
);

const uncertain = objectField(
  'an uncertainty object {set, min, mode, max, source?, assumption?}',
  {
    set: stringField('a parameter path such as "links.<id>.capacity"'),
    min: numberField(NUMBER_RULES.any),
    mode: numberField(NUMBER_RULES.any),
    max: numberField(NUMBER_RULES.any),
    ...provenance,
  },
  ['set', 'min', 'mode', 'max'],
);
// min ≤ mode ≤ max, each reported at the larger end ("mode: expected a number ≥ min (5), got 3").
const uncertainChecked = withOrders(uncertain, [
  ['min', 'mode', NUMBER_RULES.any.test, 'upper'],
  ['mode', 'max', NUMBER_RULES.any.test, 'upper'],
]);

const formatField: Field = {
  expected: JSON.stringify(SCENARIO_FORMAT),
  accepts: (value) => value === SCENARIO_FORMAT,
  schema: v.literal(SCENARIO_FORMAT, expectedGot(JSON.stringify(SCENARIO_FORMAT))),
};

const scenario = objectField(
  'a scenario object',
  {
    format: formatField,
    name: stringField(),
    description: stringField(),
    sources: arrayField(source, 'an array of sources'),
    nodes: arrayField(node, 'an array of nodes', atLeast(2, 'node')),
    links: arrayField(link, 'an array of links', atLeast(1, 'link')),
    corridors: arrayField(corridorChecked, 'an array of corridors'),
    demands: arrayField(demand, 'an array of demands', atLeast(1, 'demand')),
    uncertainty: arrayField(uncertainChecked, 'an array of uncertain parameters'),
    observed: arrayField(observation, 'an array of observations'),
  },
  ['format', 'name', 'nodes', 'links', 'demands'],
);

/** The whole scenario. Run it with `v.safeParse(scenarioSchema, value)`. */
export const scenarioSchema = scenario.schema;

/**
 * True only when `scenarioSchema` accepts the value (the same rules, as plain
 * predicates, without valibot's copy of every object): the parser runs
 * valibot only when this says no, to find and word the problems. A property
 * test holds it to never accepting what valibot refuses.
 */
export const schemaAccepts: (value: unknown) => boolean = scenario.accepts;

/** The fields the format knows, per kind of object; every other field is reported as unknown. */
export const KNOWN_FIELDS = {
  // The planning extension's fields, checked by planning-schema.ts (see EXTENSION_CHECKS in parse-scenario.ts).
  scenario: new Set(scenario.keys).add('horizon').add('projects'),
  sources: new Set(source.keys),
  nodes: new Set(node.keys),
  links: new Set(link.keys),
  corridors: new Set(corridor.keys),
  demands: new Set(demand.keys).add('growth'),
  uncertainty: new Set(uncertain.keys),
  observed: new Set(observation.keys),
} as const satisfies Record<string, ReadonlySet<string>>;
