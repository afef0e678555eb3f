import type { LpProblem } from '../src/lp/types';

type Bound = { readonly min?: number; readonly max?: number; readonly equal?: number };
type NamedModel = { constraints: Record<string, Bound>; variables: Record<string, Record<string, number>> };

/** javascript-lp-solver's JSON model of the neutral LP (objective key `__cost`, minimised). */
export function toJsLpSolverModel(lp: LpProblem): NamedModel & { optimize: '__cost'; opType: 'min' };

/** YALPS's model of the neutral LP (objective key `__cost`, minimised). */
export function toYalpsModel(lp: LpProblem): NamedModel & { direction: 'minimize'; objective: '__cost' };

/** HiGHS's (npm `highs`) model of the neutral LP: the CSR arrays, infinite bounds as `infinity`. */
export function toHighsModel(lp: LpProblem, infinity: number): {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  matrix: { format: 'csr'; numRows: number; numCols: number; starts: Int32Array; indices: Int32Array; values: Float64Array };
};
