/** Longest string quoted in full in a message; longer ones are cut with an ellipsis. */
const MAX_QUOTED = 60;

/**
 * How a message names a value it got: numbers as written (`-5`, `Infinity`,
 * `NaN`), strings quoted, containers by kind, an absent value as `nothing`.
 * Never recurses and never throws on ordinary data, so it is safe on any input.
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return 'nothing';
    case 'number':
      return Object.is(value, -0) ? '0' : String(value);
    case 'boolean':
      return String(value);
    case 'string':
      return quote(value);
    case 'bigint':
      return `${value}n (a bigint)`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
      return 'an object';
  }
}

/** A string as JSON writes it, shortened when long. */
export function quote(text: string): string {
  const short = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
  return JSON.stringify(short);
}
