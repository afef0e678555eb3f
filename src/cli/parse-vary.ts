import { isDecimal } from './parse-number';

/**
 * One `--vary <path>=<min>:<mode>:<max>`: the command-line form of an entry
 * of the scenario's `uncertainty` array. A bound that is not written as a
 * number stays text, so the scenario check reports it with the same message
 * it gives for the file (`expected a finite number, got "abc"`).
 */
export interface VaryOption {
  readonly set: string;
  readonly min: number | string;
  readonly mode: number | string;
  readonly max: number | string;
}

export const VARY_SYNTAX = '<path>=<min>:<mode>:<max>, e.g. links.<id>.capacity=40:60:80';

/**
 * Splits the text of one `--vary`; undefined when it does not have the
 * shape `<path>=<a>:<b>:<c>` at all. Whether the path exists and the numbers
 * fit the field is the scenario's check (`parseScenario` on `uncertainty`).
 */
export function parseVary(text: string): VaryOption | undefined {
  // Ids hold no "=" or ":" (letters, digits, "_", "." and "-"), so the first "=" ends the path.
  const eq = text.indexOf('=');
  if (eq <= 0) return undefined;
  const bounds = text.slice(eq + 1).split(':');
  if (bounds.length !== 3 || bounds.some((b) => b.trim() === '')) return undefined;
  const [min, mode, max] = bounds.map((b) => (isDecimal(b) ? Number(b) : b)) as [number | string, number | string, number | string];
  return { set: text.slice(0, eq), min, mode, max };
}
