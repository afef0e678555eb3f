/**
 * Every metamorphic relation, in one object.
 */
import { duplicateLink } from './duplicate-link';
import { moreCapacity } from './more-capacity';
import { moreDemand } from './more-demand';
import { removeUnusedLink } from './remove-unused-link';
import { renameAndReorder } from './rename-and-reorder';
import { scaleCosts } from './scale-costs';

/**
 * Relations between the results of two related scenarios, usable with any
 * `solve(scenario) → Result | Promise<Result>`. Each is a function
 * `(solve, scenario, params) → Promise<Violation[]>` (empty when the
 * relation holds) with `params(scenario)`, the fast-check arbitrary of its
 * parameters, and `applies(scenario)`.
 *
 * @example
 * fc.assert(fc.asyncProperty(
 *   scenarioArbitrary().chain((s) => fc.tuple(fc.constant(s), metamorphic.scaleCosts.params(s))),
 *   async ([scenario, params]) => expect(await metamorphic.scaleCosts(solve, scenario, params)).toEqual([]),
 * ));
 */
export const metamorphic = {
  moreCapacity,
  moreDemand,
  scaleCosts,
  removeUnusedLink,
  duplicateLink,
  renameAndReorder,
} as const;
