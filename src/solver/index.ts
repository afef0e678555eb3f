export { createSolver, GLPK_JS_VERSION } from './create-solver';
export { glpkLpSolve, PRESOLVE_MIN_COLUMNS, type GlpkLpSolveOptions, type SolverName } from './glpk-lp-solve';
export type { Solver, SolveOptions, WarmSolver, WarmSolverOptions } from './types';
