/**
 * What the analysis tests share: the in-process solver, the model files, and
 * batch solvers shaped like the app's worker pool.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseScenario } from '../../../src/model/parse-scenario';
import type { Result, Scenario } from '../../../src/model/types';
import { createSolver } from '../../../src/solver/create-solver';
import { solveManySequential } from '../../../src/analysis/solve-many-sequential';
import type { SolveMany, SolveManyOptions, SolveOne, Variants } from '../../../src/analysis/types';
import { applyParameterChanges } from '../../../src/model/parameter-path';

const root = resolve(import.meta.dirname, '../../..');

/** A model file from `models/`, parsed; a parse failure fails the test that loads it. */
export function loadModel(name: string): Scenario {
  const outcome = parseScenario(readFileSync(resolve(root, 'models', `${name}.json`), 'utf8'));
  if (!outcome.ok) throw new Error(`models/${name}.json does not parse: ${outcome.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return outcome.scenario;
}

/** The in-process glpk.js solver as a `SolveOne`. */
export async function inProcessSolve(): Promise<SolveOne> {
  const solver = await createSolver();
  return (scenario) => solver.solve(scenario);
}

/**
 * A `SolveMany` that splits the batch into chunks of `size` and solves the
 * chunks in reverse order, the way a worker pool may finish them, then puts
 * the results back in input order.
 */
export function chunkedSolveMany(solve: SolveOne, size: number): SolveMany {
  const sequential = solveManySequential(solve);
  return async (scenarios, options) => {
    const starts: number[] = [];
    for (let i = 0; i < scenarios.length; i += size) starts.push(i);
    const results: Result[] = new Array<Result>(scenarios.length);
    for (const start of starts.reverse()) {
      const part = await sequential(scenarios.slice(start, start + size), options);
      part.forEach((r, i) => (results[start + i] = r));
    }
    return results;
  };
}

/** A result without its wall-clock timing, the one field two solves of one scenario may differ in. */
export function withoutTiming(result: Result): Omit<Result, 'solver'> {
  const { solver: _solver, ...rest } = result;
  return rest;
}

/**
 * A `SolveMany` with `variants`, shaped like the app's worker pool: the
 * variants are built from the base and their changes by
 * `applyParameterChanges` (as each worker does) and solved in chunks of
 * `size`, last chunk first. `calls` records what each batch was given.
 */
export function variantSolveMany(solve: SolveOne, size: number): SolveMany & { readonly calls: ('scenarios' | 'variants')[] } {
  const calls: ('scenarios' | 'variants')[] = [];
  const chunked = chunkedSolveMany(solve, size);
  return Object.assign(
    (scenarios: readonly Scenario[], options?: SolveManyOptions) => {
      calls.push('scenarios');
      return chunked(scenarios, options);
    },
    {
      calls,
      variants: (variants: Variants, options?: SolveManyOptions) => {
        calls.push('variants');
        return chunked(
          variants.changes.map((changes) => applyParameterChanges(variants.base, changes)),
          options,
        );
      },
    },
  );
}
