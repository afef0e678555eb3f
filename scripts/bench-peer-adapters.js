/**
 * Our neutral LP (`src/lp/types.ts`: minimise c·x subject to rowLower ≤ A·x ≤
 * rowUpper, colLower ≤ x ≤ colUpper, CSR rows, ±Infinity for "no bound")
 * translated into the model formats of the peer solvers the benchmark
 * compares against. Each returns the solver's own input; the objective
 * constant is left out (every solver reports c·x).
 *
 * javascript-lp-solver and YALPS take named constraints and variables (one
 * object per variable listing its coefficients by constraint name) and only
 * non-negative variables with no upper bound, so a finite column upper bound
 * becomes a one-entry constraint `u<j>` (their documented way); a column with
 * a lower bound other than 0 is refused (buildLp makes none in cost mode).
 */

/** Column-wise entries of the CSR matrix: for each column, its [row, value] pairs. */
function columnsOf(lp) {
  const columns = Array.from({ length: lp.numCols }, () => []);
  for (let i = 0; i < lp.numRows; i++) {
    for (let p = lp.rowStart[i]; p < lp.rowStart[i + 1]; p++) columns[lp.rowIndex[p]].push([i, lp.rowValue[p]]);
  }
  return columns;
}

/** `{ min?, max?, equal? }` of a row or bound, or null for a free row (left out). */
function bound(lower, upper) {
  if (lower === upper) return { equal: lower };
  if (lower === -Infinity && upper === Infinity) return null;
  const b = {};
  if (lower !== -Infinity) b.min = lower;
  if (upper !== Infinity) b.max = upper;
  return b;
}

/** Names, constraints and per-variable coefficients in the shape both pure-JS solvers share. */
function namedModel(lp, objectiveKey) {
  const constraints = {};
  for (let i = 0; i < lp.numRows; i++) {
    const b = bound(lp.rowLower[i], lp.rowUpper[i]);
    if (b) constraints[`r${i}`] = b;
  }
  const columns = columnsOf(lp);
  const variables = {};
  for (let j = 0; j < lp.numCols; j++) {
    if (lp.colLower[j] !== 0) throw new Error(`column ${j} has lower bound ${lp.colLower[j]}; the pure-JS adapters handle only 0`);
    const coefficients = { [objectiveKey]: lp.objective[j] };
    for (const [i, value] of columns[j]) if (constraints[`r${i}`]) coefficients[`r${i}`] = value;
    if (lp.colUpper[j] !== Infinity) {
      constraints[`u${j}`] = { max: lp.colUpper[j] };
      coefficients[`u${j}`] = 1;
    }
    variables[`x${j}`] = coefficients;
  }
  return { constraints, variables };
}

/** javascript-lp-solver's JSON model (`solver.Solve(model)`). */
export function toJsLpSolverModel(lp) {
  const { constraints, variables } = namedModel(lp, '__cost');
  return { optimize: '__cost', opType: 'min', constraints, variables };
}

/** YALPS's model (`solve(model, options)`). */
export function toYalpsModel(lp) {
  const { constraints, variables } = namedModel(lp, '__cost');
  return { direction: 'minimize', objective: '__cost', constraints, variables };
}

/** HiGHS's (npm `highs`) model for `highs.withModel`: the CSR arrays as they are. */
export function toHighsModel(lp, infinity) {
  const finite = (a) => Float64Array.from(a, (v) => (v === Infinity ? infinity : v === -Infinity ? -infinity : v));
  return {
    numCols: lp.numCols,
    numRows: lp.numRows,
    colCost: lp.objective,
    colLower: finite(lp.colLower),
    colUpper: finite(lp.colUpper),
    rowLower: finite(lp.rowLower),
    rowUpper: finite(lp.rowUpper),
    matrix: { format: 'csr', numRows: lp.numRows, numCols: lp.numCols, starts: lp.rowStart, indices: lp.rowIndex, values: lp.rowValue },
  };
}
