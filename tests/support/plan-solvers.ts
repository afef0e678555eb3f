/**
 * The planning solvers of the tests: the project's glpk.js solver in this
 * process (one instance, reused), as `planScenario` takes them.
 */
import type { PlanSolvers } from '../../src/plan/plan-scenario';
import { createSolver } from '../../src/solver/create-solver';

export async function createPlanSolvers(): Promise<PlanSolvers> {
  const solver = await createSolver();
  const solveMip = solver.solveMip;
  if (solveMip === undefined) throw new Error('createPlanSolvers: the solver has no MIP solver');
  return { solve: (scenario) => solver.solve(scenario), solveLp: solver.solveLp, solveMip, name: 'glpk.js', version: solver.version };
}
