/**
 * The solver property tests use: glpk.js in this process.
 */
import type { Result, Scenario } from '../model/types';
import { createSolver } from '../solver/index';

/**
 * Resolves to `solve(scenario) → Result`, solving in this process with the
 * project's own glpk.js solver (one instance, loaded once and reused). For
 * tests and scripts in Node; in a browser, solve through a worker instead.
 *
 * @example
 * const solve = await createTestSolver();
 * const result = solve(scenario);
 */
export async function createTestSolver(): Promise<(scenario: Scenario) => Result> {
  const solver = await createSolver();
  return (scenario) => solver.solve(scenario);
}
