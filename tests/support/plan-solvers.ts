/**
 * The planning solvers of the tests: the project's glpk.js solver in this
 * process (one instance, reused), as `planScenario` takes them, with the
 * warm-starting LP solver of the model years and the path method's solver of
 * growing masters as the CLI and the worker give them.
 */
import type { PlanSolvers } from '../../src/plan/plan-scenario';
import { createSolver } from '../../src/solver/create-solver';

export async function createPlanSolvers(): Promise<PlanSolvers> {
  const solver = await createSolver();
  const solveMip = solver.solveMip;
  if (solveMip === undefined) throw new Error('createPlanSolvers: the solver has no MIP solver');
  const warmLp = solver.warmLp;
  if (warmLp === undefined) throw new Error('createPlanSolvers: the solver has no warm-starting LP solver (glpk.js\'s exports not as read)');
  const growingLp = solver.growingLp;
  if (growingLp === undefined) throw new Error('createPlanSolvers: the solver has no solver of growing masters (glpk.js\'s exports not as read)');
  return { solve: (scenario) => solver.solve(scenario), solveLp: solver.solveLp, solveMip, warmLp, growingLp, name: 'glpk.js', version: solver.version };
}
