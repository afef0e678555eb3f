import type { Result, Scenario } from '../src/model/types';
import type { SolveOptions, SolveProgress } from '../src/client/protocol';
import type { LpSolve } from '../src/lp/types';
import type { MipSolve } from '../src/lp/mip-types';
import type { WarmSolver } from '../src/solver/types';

/** The part of `src/solver`'s `Solver` the worker needs. */
export interface WorkerSolver {
  solve(scenario: Scenario, options?: SolveOptions & { readonly onProgress?: (progress: SolveProgress) => void }): Result;
  readonly version: string;
  /** Whether GLPK is called directly (the `Solver` of src/solver says; absent: no). */
  readonly direct?: boolean;
  /** The neutral LP solver underneath (the `Solver` of src/solver has it): `calibrate` and `plan` need it. */
  readonly solveLp?: LpSolve;
  /** The MIP solver underneath, for `plan` (absent: `plan` answers with an error). */
  readonly solveMip?: MipSolve;
  /** A warm-starting LP solver for a plan's model years (the `Solver` of src/solver has it with the direct way). */
  readonly warmLp?: () => { readonly solveLp: LpSolve; readonly release: () => void };
  /** The path method's solver of growing masters, for a large network's plan years (the `Solver` of src/solver has it with the direct way). */
  readonly growingLp?: () => { readonly solveLp: LpSolve; readonly release: () => void };
  /** A warm-starting scenario solver (the `Solver` of src/solver has it with the direct way): every solve goes through one. */
  readonly warmSolver?: () => WarmSolver;
}

/** An error as `Name: message` for a Result's diagnosis (comlink carries only plain data). */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
