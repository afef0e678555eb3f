import type { NumberRule } from './numeric-fields';

/**
 * What an observation (`observed[].of`) can name: a corridor's flow, a link's
 * flow or a node's throughput, by id (ids may contain dots, so the kind is the
 * text before the first dot and the field the text after the last one).
 */
export const OBSERVED_FIGURES = { corridors: 'flow', links: 'flow', nodes: 'throughput' } as const;
export type ObservedCollection = keyof typeof OBSERVED_FIGURES;

export interface ObservedFigure {
  readonly collection: ObservedCollection;
  readonly id: string;
}

/** The syntax of `of`, for the schema (whether the id exists is checked across the scenario). */
export const OBSERVED_FIGURE_PATTERN = /^(corridors\.[A-Za-z0-9_.-]{1,64}\.flow|links\.[A-Za-z0-9_.-]{1,64}\.flow|nodes\.[A-Za-z0-9_.-]{1,64}\.throughput)$/;

export const OBSERVED_FIGURE_EXPECTED = 'a figure "corridors.<id>.flow", "links.<id>.flow" or "nodes.<id>.throughput"';

/** Observed volumes obey the format's volume limit (scenario-format.md, "Limits"). */
export const OBSERVED_VALUE_RULE: NumberRule = {
  expected: 'a number of t/yr from 0 to 1e12',
  test: (value) => value >= 0 && value <= 1e12,
};

export const YEAR_RULE: NumberRule = { expected: 'a whole year such as 2024', test: (value) => Number.isInteger(value) };

/** The figure `of` names, or undefined when it does not have the syntax. */
export function parseObservedFigure(of: string): ObservedFigure | undefined {
  if (!OBSERVED_FIGURE_PATTERN.test(of)) return undefined;
  const first = of.indexOf('.');
  const last = of.lastIndexOf('.');
  return { collection: of.slice(0, first) as ObservedCollection, id: of.slice(first + 1, last) };
}
