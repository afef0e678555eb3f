/**
 * The neutral LP (src/lp/types.ts) solved by HiGHS (npm `highs`): a second,
 * unrelated solver to hold glpk.js to account in tests.
 */
import loadHighs from 'highs';
import type { LpProblem, LpSolution, LpSolve } from '../../src/lp/types';

/**
 * Loads HiGHS once and resolves to an `LpSolve`. Uses HiGHS's structured
 * model input (CSR, the same layout as `LpProblem`), so no LP text is
 * written or parsed. Row duals come back in GLPK's convention
 * (d objective / d right-hand side), as `LpSolution` asks.
 */
export async function createHighsLpSolve(): Promise<LpSolve> {
  const highs = await loadHighs();
  const { modelStatus } = highs.constants;
  return (lp: LpProblem, options): LpSolution => {
    const started = performance.now();
    return highs.withModel(
      {
        numCols: lp.numCols,
        numRows: lp.numRows,
        offset: 0,
        colCost: lp.objective,
        colLower: lp.colLower,
        colUpper: lp.colUpper,
        rowLower: lp.rowLower,
        rowUpper: lp.rowUpper,
        matrix: {
          format: 'csr',
          numRows: lp.numRows,
          numCols: lp.numCols,
          starts: lp.rowStart,
          indices: lp.rowIndex,
          values: lp.rowValue,
        },
      },
      (model): LpSolution => {
        model.options.set({ output_flag: false, ...(options?.timeLimitSeconds !== undefined ? { time_limit: options.timeLimitSeconds } : {}) });
        model.run();
        let status = model.getModelStatus();
        if (status === modelStatus.unboundedOrInfeasible) {
          // Presolve may stop short of telling the two apart; the simplex will.
          model.options.set({ presolve: 'off' });
          model.run();
          status = model.getModelStatus();
        }
        if (status === modelStatus.empty) {
          // No columns: every row's activity is 0, feasible exactly when 0 is within its bounds.
          const feasible = lp.rowLower.every((lower, i) => lower <= 0 && 0 <= (lp.rowUpper[i] ?? Infinity));
          status = feasible ? modelStatus.optimal : modelStatus.infeasible;
        }
        const solver = { name: 'HiGHS', version: highs.version.string, ms: performance.now() - started };
        if (status !== modelStatus.optimal) {
          return {
            status: status === modelStatus.infeasible ? 'infeasible' : status === modelStatus.unbounded ? 'unbounded' : 'error',
            objective: 0,
            primal: new Float64Array(lp.numCols),
            dual: new Float64Array(lp.numRows),
            message: `HiGHS model status ${status}`,
            solver,
          };
        }
        if (lp.numCols === 0) {
          return { status: 'optimal', objective: 0, primal: new Float64Array(0), dual: new Float64Array(lp.numRows), solver };
        }
        const solution = model.getSolution();
        return {
          status: 'optimal',
          objective: model.getObjectiveValue(),
          primal: Float64Array.from(solution.colValue),
          dual: Float64Array.from(solution.rowDual),
          solver,
        };
      },
    );
  };
}
