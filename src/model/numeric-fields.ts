/** What a numeric field accepts: a phrase for messages and the test itself (on finite numbers). */
export interface NumberRule {
  /** Completes "expected …", e.g. `a number ≥ 0`. */
  readonly expected: string;
  readonly test: (value: number) => boolean;
}

export const NUMBER_RULES = {
  any: { expected: 'a finite number', test: () => true },
  nonNegative: { expected: 'a number ≥ 0', test: (value) => value >= 0 },
  positive: { expected: 'a number > 0', test: (value) => value > 0 },
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
    capacity: NUMBER_RULES.nonNegative,
    cost: NUMBER_RULES.nonNegative,
    days: NUMBER_RULES.nonNegative,
    lat: NUMBER_RULES.latitude,
    lon: NUMBER_RULES.longitude,
  },
  links: {
    capacity: NUMBER_RULES.nonNegative,
    cost: NUMBER_RULES.nonNegative,
    days: NUMBER_RULES.nonNegative,
    km: NUMBER_RULES.nonNegative,
  },
  corridors: {
    minShare: NUMBER_RULES.fraction,
    maxShare: NUMBER_RULES.fraction,
    minFlow: NUMBER_RULES.nonNegative,
    maxFlow: NUMBER_RULES.nonNegative,
  },
  demands: {
    volume: NUMBER_RULES.positive,
    valueOfTime: NUMBER_RULES.nonNegative,
    unmetPenalty: NUMBER_RULES.nonNegative,
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
