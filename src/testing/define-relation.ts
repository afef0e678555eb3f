/**
 * The common shape of every metamorphic relation: solve a scenario, solve a
 * transformed copy, compare. Each relation supplies only what differs.
 */
import type { Arbitrary } from 'fast-check';
import type { Result, Scenario } from '../model/types';
import type { MetamorphicRelation, RelationName, SolveFunction, Violation } from './types';

/** Relative tolerance of the comparisons between two objectives. */
export const RELATION_TOLERANCE = 1e-6;

export interface RelationDefinition<P> {
  readonly relation: RelationName;
  readonly params: (scenario: Scenario) => Arbitrary<P>;
  /** Default: always. */
  readonly applies?: (scenario: Scenario) => boolean;
  /**
   * The transformed scenario and a phrase saying what changed (for the
   * message), or undefined when there is nothing to transform (the relation
   * then holds trivially). Gets the base result for relations that depend on
   * it (an unused link is unused in the base optimum).
   */
  readonly transform: (scenario: Scenario, params: P, base: Result) => { readonly scenario: Scenario; readonly change: string } | undefined;
  /** What must hold between the base and the variant's results: a message when it does not. */
  readonly expect: (base: Result, variant: Result, params: P) => string | undefined;
}

/** Builds a `MetamorphicRelation` from its definition. */
export function defineRelation<P>(definition: RelationDefinition<P>): MetamorphicRelation<P> {
  const applies = definition.applies ?? (() => true);
  const check = async (solve: SolveFunction, scenario: Scenario, params: P): Promise<Violation[]> => {
    if (!applies(scenario)) return [];
    const base = await solve(scenario);
    const transformed = definition.transform(scenario, params, base);
    if (transformed === undefined) return [];
    const variant = await solve(transformed.scenario);
    const broken = definition.expect(base, variant, params);
    return broken === undefined ? [] : [{ invariant: definition.relation, message: `${transformed.change}: ${broken}` }];
  };
  return Object.assign(check, {
    relation: definition.relation,
    params: definition.params,
    applies,
  });
}

/** An objective as people read it, with its status when not optimal. */
export function describeOutcome(result: Result): string {
  return result.status === 'optimal' ? `${Number(result.objective.toPrecision(8))} USD/yr` : `status ${result.status}`;
}

/** True when two objectives agree within the relations' relative tolerance. */
export function objectivesAgree(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATION_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}
