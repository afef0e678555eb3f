/** What a numeric field accepts: a phrase for messages and the test itself (on finite numbers). */
export interface NumberRule {
  /** Completes "expected …", e.g. `a number ≥ 0`. */
  readonly expected: string;
  readonly test: (value: number) => boolean;
  /** The phrase for one value that fails `test`, where it depends on which end it is past; default `expected`. */
  readonly expectedFor?: (value: number) => string;
}

/** What a message says a field expected, given the (finite) value it got. */
export function expectedOf(rule: NumberRule, value: number): string {
  return rule.expectedFor?.(value) ?? rule.expected;
}

/**
 * The spec's "Limits": past them products of numbers could overflow or lose
 * all precision, so they are invalid input (see docs/numerics.md).
 */
export const NUMBER_LIMITS = {
  /** Every volume and capacity (and flow bound), t/yr. */
  tonnes: 1e12,
  /** Every cost and `unmetPenalty`, USD/t. */
  cost: 1e9,
  /** `valueOfTime`, USD per tonne per day. */
  valueOfTime: 1e7,
  /** Every `days`. */
  days: 1e4,
} as const;

/**
 * ≥ 0 (or > 0) and ≤ limit. A message names the end the value is past
 * ("a number ≤ 1e12 (t/yr)"); one for a value that is no number at all says
 * what it always said ("a number ≥ 0"), as files and tests know it.
 */
const atMost = (limit: number, unit: string, positive = false): NumberRule => {
  const low = positive ? 'a number > 0' : 'a number ≥ 0';
  const high = `a number ≤ ${limit.toExponential().replace('e+', 'e')} (${unit})`;
  return {
    expected: low,
    test: (value) => (positive ? value > 0 : value >= 0) && value <= limit,
    expectedFor: (value) => (value > limit ? high : low),
  };
};

export const NUMBER_RULES = {
  any: { expected: 'a finite number', test: () => true },
  nonNegative: { expected: 'a number ≥ 0', test: (value) => value >= 0 },
  positive: { expected: 'a number > 0', test: (value) => value > 0 },
  tonnes: atMost(NUMBER_LIMITS.tonnes, 't/yr'),
  positiveTonnes: atMost(NUMBER_LIMITS.tonnes, 't/yr', true),
  cost: atMost(NUMBER_LIMITS.cost, 'USD/t'),
  valueOfTime: atMost(NUMBER_LIMITS.valueOfTime, 'USD/t/day'),
  days: atMost(NUMBER_LIMITS.days, 'days'),
  growth: { expected: 'a growth rate per year > -1 (e.g. 0.03 for 3 %)', test: (value) => value > -1 },
  fraction: { expected: 'a number between 0 and 1', test: (value) => value >= 0 && value <= 1 },
  latitude: { expected: 'a latitude between -90 and 90', test: (value) => value >= -90 && value <= 90 },
  longitude: { expected: 'a longitude between -180 and 180', test: (value) => value >= -180 && value <= 180 },
} as const satisfies Record<string, NumberRule>;

/**
 * Every numeric field of the items that a parameter path can name
 * (`links.<id>.capacity`), with the rule its values obey. The schema, the
 * parameter paths and the uncertainty ranges all read this one table.
 */
export const NUMERIC_FIELDS = {
  nodes: {
    capacity: NUMBER_RULES.tonnes,
    cost: NUMBER_RULES.cost,
    days: NUMBER_RULES.days,
    lat: NUMBER_RULES.latitude,
    lon: NUMBER_RULES.longitude,
  },
  links: {
    capacity: NUMBER_RULES.tonnes,
    cost: NUMBER_RULES.cost,
    days: NUMBER_RULES.days,
    km: NUMBER_RULES.nonNegative,
  },
  corridors: {
    minShare: NUMBER_RULES.fraction,
    maxShare: NUMBER_RULES.fraction,
    minFlow: NUMBER_RULES.tonnes,
    maxFlow: NUMBER_RULES.tonnes,
  },
  demands: {
    volume: NUMBER_RULES.positiveTonnes,
    valueOfTime: NUMBER_RULES.valueOfTime,
    unmetPenalty: NUMBER_RULES.cost,
  },
} as const satisfies Record<string, Record<string, NumberRule>>;

/** The arrays of a scenario whose items parameter paths can name. */
export type ParameterCollection = keyof typeof NUMERIC_FIELDS;
export const PARAMETER_COLLECTIONS = Object.keys(NUMERIC_FIELDS) as readonly ParameterCollection[];

/** The rule of one numeric field, or undefined when the collection has no such field. */
export function numberRuleOf(collection: ParameterCollection, field: string): NumberRule | undefined {
  const fields: Readonly<Record<string, NumberRule>> = NUMERIC_FIELDS[collection];
  return Object.hasOwn(fields, field) ? fields[field] : undefined;
}
