import type { GLPK, LP } from 'glpk.js/node';
import type { MipProblem, MipSolution, MipSolveOptions } from '../lp/mip-types';
import { boundType, lowerOf, upperOf } from './glpk-problem';
import type { SolverName } from './glpk-lp-solve';

/** The relative gap a MIP is solved to when the caller gives none (spec: "Without --gap, … 1e-6"). */
export const DEFAULT_MIP_GAP = 1e-6;

/**
 * Solve a neutral MIP with glpk.js's `solve` (GLPK's `glp_intopt`, which
 * glpk.js runs whenever the JSON LP names integer columns). The one place
 * where glpk.js's MIP statuses are translated.
 *
 * - GLPK's MIP presolver is on: glpk.js calls `glp_intopt` without first
 *   solving the relaxation, and without the presolver `glp_intopt` needs an
 *   optimal basis to start from. After the presolver, a problem with no
 *   integer solution comes back as "undefined" (design.md), read here as
 *   infeasible unless the time limit ran out.
 * - Cuts and GLPK's heuristics (feasibility pump, proximity search) cannot
 *   be asked for: glpk.js 5.0.0's `solve_mip` fills GLPK's control block
 *   with `glp_init_iocp` and sets only the message level, time limit,
 *   presolver and gap, so `glp_intopt` runs with its defaults (no cuts,
 *   depth-first/best-local-bound branching, Driebeck–Tomlin variable choice).
 * - The constant of the objective is a column fixed at 1, so that GLPK's
 *   relative gap is the gap of the whole objective, as the caller means it.
 * - Integer columns are GLPK's general integers with their own bounds (a
 *   binary column in glpk.js would get its bounds reset to [0, 1], undoing a
 *   column fixed at 1).
 * - `glp_intopt` reports no progress and no best bound: the caller who needs
 *   a bound solves the relaxation itself.
 * - Its answer is checked against the rows, bounds and integrality before
 *   it is believed: GLPK 5.0's MIP preprocessor calls x = 1 optimal for
 *   0.2 ≤ x ≤ 0.8 with x integer in [0, 1] (a double-bounded row on one
 *   integer column; found by this adapter's tests), and the presolver
 *   cannot be turned off here. Such an answer comes back as an `error`.
 */
export function glpkMipSolve(glpk: GLPK, solver: SolverName, mip: MipProblem, options: MipSolveOptions = {}): MipSolution {
  const started = performance.now();
  const primal = new Float64Array(mip.numCols);
  const done = (status: MipSolution['status'], feasible: boolean, message?: string): MipSolution => {
    if (!feasible) primal.fill(0);
    let objective = 0;
    if (feasible) {
      objective = mip.objectiveConstant;
      for (let j = 0; j < mip.numCols; j++) objective += mip.objective[j]! * primal[j]!;
    }
    return {
      status,
      feasible,
      objective,
      primal,
      ...(message === undefined ? {} : { message }),
      solver: { name: solver.name, version: solver.version, ms: performance.now() - started },
    };
  };
  const invalid = checkMip(mip);
  if (invalid !== null) return done('error', false, invalid);

  const json = jsonMip(glpk, mip);
  const timeLimit = options.timeLimitSeconds;
  let result;
  try {
    result = glpk.solve(json, {
      msglev: glpk.GLP_MSG_OFF,
      presol: true,
      mipgap: options.gap ?? DEFAULT_MIP_GAP,
      ...(timeLimit === undefined ? {} : { tmlim: Math.max(0.001, timeLimit) }),
    }).result;
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return done('error', false, `GLPK failed: ${message}`);
  }
  const readPrimal = (): void => {
    for (let j = 0; j < mip.numCols; j++) {
      const value = result.vars[`x${j}`];
      primal[j] = value ?? nearestToZero(mip.colLower[j]!, mip.colUpper[j]!);
    }
  };
  const outOfTime = timeLimit !== undefined && performance.now() - started >= 900 * timeLimit;
  const checked = (status: 'optimal' | 'time-limit', message?: string): MipSolution => {
    readPrimal();
    const violated = violation(mip, primal);
    return violated === null ? done(status, true, message) : done('error', false, `GLPK's MIP answer is not feasible: ${violated}`);
  };
  switch (result.status) {
    case glpk.GLP_OPT:
      return checked('optimal');
    case glpk.GLP_FEAS:
      return checked('time-limit', `GLPK stopped at the time limit of ${timeLimit} s with an integer solution not proven within the gap`);
    case glpk.GLP_NOFEAS:
      return done('infeasible', false);
    case glpk.GLP_UNBND:
      return done('unbounded', false);
    default:
      return outOfTime
        ? done('time-limit', false, `GLPK stopped at the time limit of ${timeLimit} s before it found an integer solution`)
        : done('infeasible', false, 'GLPK found no integer solution (its presolver says "undefined": infeasible, or unbounded)');
  }
}

/** The JSON LP of the MIP: columns `x<j>`, rows `r<i>` (short and unique: GLPK aborts on long names), the constant as `c0`. */
function jsonMip(glpk: GLPK, mip: MipProblem): LP {
  const objectiveVars: { name: string; coef: number }[] = [];
  const bounds: NonNullable<LP['bounds']> = [];
  const generals: string[] = [];
  for (let j = 0; j < mip.numCols; j++) {
    if (mip.objective[j] !== 0) objectiveVars.push({ name: `x${j}`, coef: mip.objective[j]! });
    const lower = mip.colLower[j]!;
    const upper = mip.colUpper[j]!;
    // Integer columns are always listed, so that each is a column GLPK knows even in no row.
    if (lower !== 0 || upper !== Infinity || mip.integer[j] === 1) {
      bounds.push({ name: `x${j}`, type: boundType(glpk, lower, upper), lb: lowerOf(lower), ub: upperOf(upper) });
    }
    if (mip.integer[j] === 1) generals.push(`x${j}`);
  }
  if (mip.objectiveConstant !== 0) {
    objectiveVars.push({ name: 'c0', coef: mip.objectiveConstant });
    bounds.push({ name: 'c0', type: glpk.GLP_FX, lb: 1, ub: 1 });
  }
  const subjectTo: LP['subjectTo'] = [];
  for (let i = 0; i < mip.numRows; i++) {
    if (mip.rowStart[i] === mip.rowStart[i + 1]) continue;
    const vars: { name: string; coef: number }[] = [];
    for (let q = mip.rowStart[i]!; q < mip.rowStart[i + 1]!; q++) vars.push({ name: `x${mip.rowIndex[q]}`, coef: mip.rowValue[q]! });
    const lower = mip.rowLower[i]!;
    const upper = mip.rowUpper[i]!;
    subjectTo.push({ name: `r${i}`, vars, bnds: { type: boundType(glpk, lower, upper), lb: lowerOf(lower), ub: upperOf(upper) } });
  }
  return { name: 'corridor-flow-plan', objective: { direction: glpk.GLP_MIN, name: 'cost', vars: objectiveVars }, subjectTo, bounds, generals };
}

/** Relative tolerance of the feasibility check of GLPK's answer (GLPK's own are 1e-7 for rows, 1e-5 for integrality). */
const FEASIBILITY = 1e-6;

/** The first row, bound or integrality the point breaks beyond round-off, or null. */
function violation(mip: MipProblem, x: Float64Array): string | null {
  const slack = (bound: number): number => FEASIBILITY * Math.max(1, Math.abs(bound));
  for (let j = 0; j < mip.numCols; j++) {
    const v = x[j]!;
    if (v < mip.colLower[j]! - slack(mip.colLower[j]!) || v > mip.colUpper[j]! + slack(mip.colUpper[j]!)) return `column ${j} = ${v} outside [${mip.colLower[j]}, ${mip.colUpper[j]}]`;
    if (mip.integer[j] === 1 && Math.abs(v - Math.round(v)) > 1e-5) return `integer column ${j} = ${v}`;
  }
  for (let i = 0; i < mip.numRows; i++) {
    let activity = 0;
    let size = 0;
    for (let q = mip.rowStart[i]!; q < mip.rowStart[i + 1]!; q++) {
      const term = mip.rowValue[q]! * x[mip.rowIndex[q]!]!;
      activity += term;
      size = Math.max(size, Math.abs(term));
    }
    const lower = mip.rowLower[i]!;
    const upper = mip.rowUpper[i]!;
    const tolerance = FEASIBILITY * Math.max(1, size, Math.abs(lower === -Infinity ? 0 : lower), Math.abs(upper === Infinity ? 0 : upper));
    if (activity < lower - tolerance || activity > upper + tolerance) return `row ${i} = ${activity} outside [${lower}, ${upper}]`;
  }
  return null;
}

function nearestToZero(lower: number, upper: number): number {
  return lower > 0 ? lower : upper < 0 ? upper : 0;
}

/** Why GLPK would abort on this MIP (it aborts the whole wasm instance), or null. */
function checkMip(mip: MipProblem): string | null {
  for (let j = 0; j < mip.numCols; j++) {
    if (!Number.isFinite(mip.objective[j]!)) return `glpkMipSolve: objective of column ${j} is ${mip.objective[j]}`;
    if (Number.isNaN(mip.colLower[j]!) || Number.isNaN(mip.colUpper[j]!) || mip.colLower[j]! > mip.colUpper[j]!) {
      return `glpkMipSolve: column ${j} has bounds [${mip.colLower[j]}, ${mip.colUpper[j]}]`;
    }
  }
  if (!Number.isFinite(mip.objectiveConstant)) return `glpkMipSolve: objective constant is ${mip.objectiveConstant}`;
  const seen = new Int32Array(mip.numCols).fill(-1);
  for (let i = 0; i < mip.numRows; i++) {
    if (Number.isNaN(mip.rowLower[i]!) || Number.isNaN(mip.rowUpper[i]!)) return `glpkMipSolve: row ${i} has bounds [${mip.rowLower[i]}, ${mip.rowUpper[i]}]`;
    for (let q = mip.rowStart[i]!; q < mip.rowStart[i + 1]!; q++) {
      const j = mip.rowIndex[q]!;
      if (!Number.isFinite(mip.rowValue[q]!)) return `glpkMipSolve: row ${i}, column ${j} has coefficient ${mip.rowValue[q]}`;
      if (seen[j] === i) return `glpkMipSolve: column ${j} appears twice in row ${i}`;
      seen[j] = i;
    }
  }
  return null;
}
