import type { Solver } from '../solver/types';

/**
 * The glpk.js solver, loaded on first use: `validate`, `--help` and invalid
 * input never pay for loading and compiling the wasm.
 */
export function lazySolver(): () => Promise<Solver> {
  let solver: Promise<Solver> | undefined;
  return () => (solver ??= import('../solver/create-solver').then((m) => m.createSolver()));
}
