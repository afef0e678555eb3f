/**
 * Entry for the scripts in `scripts/` (the benchmark): the pipeline's steps
 * one by one, so each can be timed. Built to `dist-cli/internals.js`; not a
 * public API.
 */
export { parseScenario } from '../model/parse-scenario';
export { buildLp } from '../lp/build-lp';
export { readResult } from '../lp/read-result';
export { solveScenario } from '../lp/solve-scenario';
export { createSolver } from '../solver/create-solver';
