import type { SolverApi } from '../src/client/protocol';
import { watchWasmMemory } from './wasm-memory';
import { checkMethod } from './check-method';
import { lifecycleMethods } from './lifecycle-methods';
import { planMethods } from './plan-methods';
import { createSolverSlot } from './solver-slot';
import { solveMethods, solveOneWith } from './solve-methods';

import type { WorkerSolver } from './worker-solver';

export type { WorkerSolver };

/**
 * The worker's API as plain glue around one solver instance, separate from
 * `solver.worker.ts` so it can be exposed over a `MessageChannel` in a test.
 *
 * One instance is loaded on first use and reused (`createSolverSlot`). Every
 * failure comes back as an `error` Result, never as a rejected call. After a
 * failed solve the instance is dropped and the next call loads a fresh one:
 * an Emscripten abort (`RuntimeError: Aborted()`) leaves the wasm instance
 * unusable, and an abort cannot always be told apart from other errors.
 *
 * `readWasmBytes` tells `memory()` the size of the realm's WebAssembly
 * memories; by default it starts watching them here, before the solver loads.
 */
export function createSolverApi(
  loadSolver: () => Promise<WorkerSolver>,
  readWasmBytes: () => number = watchWasmMemory(),
): SolverApi {
  const slot = createSolverSlot(loadSolver);
  const solveOne = solveOneWith(slot);
  return {
    ...solveMethods(solveOne),
    check: checkMethod(solveOne),
    ...planMethods(slot),
    ...lifecycleMethods(slot, readWasmBytes),
  };
}
