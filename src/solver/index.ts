export { createSolver, GLPK_JS_VERSION } from './create-solver';
export { glpkLpSolve, type SolverName } from './glpk-lp-solve';
export type { Solver, SolveOptions } from './types';
