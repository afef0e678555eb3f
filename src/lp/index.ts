export type { LpProblem, LpSolution, LpSolve } from './types';
export type { LpBuild, LpLayout, BuildLpOptions, BuildMode, RowKind, ColumnKind } from './lp-layout';
export { BUILD_MODE, ROW_KIND, COLUMN_KIND } from './lp-layout';
export { buildLp } from './build-lp';
export { readResult } from './read-result';
export { solveScenario, type SolveScenarioOptions } from './solve-scenario';
