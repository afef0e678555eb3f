import type { GLPK } from 'glpk.js/node';
import { buildProblem, countEntries, loadMatrix, numberColumns, readSolution, runCold, setColumnBounds, setCosts, setRowBounds, ITERATION_LIMIT, type DirectSolve, type GlpkProblem } from './glpk-problem';
import { dualSimplex, GLP_EITLIM, type Raw } from './glpk-raw-exports';

/**
 * A `DirectSolve` that keeps its GLPK problem, with its last basis, until
 * the next call or `release`: LPs of one shape solved one after another
 * (the model years of a plan: the same rows and columns, other volumes and
 * capacities) start from the basis the last one ended at.
 *
 * The shape is the same when GLPK's columns are numbered alike and the
 * matrix has the same non-zeros in the same places; its values may differ
 * (the same LP scaled by other powers of two: a basis of one is a basis of
 * the other, as diagonal scaling keeps a basis matrix non-singular). Then
 * only costs, bounds and, where they differ, the matrix's values are set
 * again, and the dual simplex (GLP_DUALP: dual, then primal if that fails)
 * runs without the presolver, which would throw the basis away: after a
 * change of right-hand sides and bounds only, the old optimal basis stays
 * dual feasible, so the dual simplex needs a few pivots where a cold start
 * needs thousands. Any other LP, and any solve asked without the presolver
 * (small LPs, see `PRESOLVE_MIN_COLUMNS`), is built afresh and solved as
 * `directSolve` solves it.
 */
export interface WarmDirect {
  readonly solve: DirectSolve;
  /** Frees the kept problem (GLPK's memory); the next solve starts cold. */
  readonly release: () => void;
  /** How many solves so far started from the kept basis (the others were built afresh). */
  readonly warmStarts: () => number;
}

/** Options of a `WarmDirect`. */
export interface WarmDirectOptions {
  /**
   * Start warm also where the cold solve would not presolve (small LPs):
   * for tests, which need the warm path on LPs small enough to generate by
   * the hundred. Default false: small LPs are solved exactly as `directSolve`
   * solves them, bit for bit.
   */
  readonly always?: boolean;
}

/** The kept problem and copies of what its shape is compared by (the caller's arrays may be scratch buffers reused later). */
interface Kept {
  readonly prob: number;
  readonly withObjective: boolean;
  readonly column: Int32Array;
  readonly numbered: number;
  readonly numCols: number;
  readonly rows: Int32Array;
  readonly rowStart: Int32Array;
  readonly rowIndex: Int32Array;
  rowValue: Float64Array;
}

/** A `WarmDirect` over glpk.js's wasm instance (`raw`); see `WarmDirect`. */
export function warmDirect(glpk: GLPK, raw: Raw, warmOptions: WarmDirectOptions = {}): WarmDirect {
  let kept: Kept | null = null;
  let warmStarts = 0;
  const release = (): void => {
    if (kept !== null) raw.deleteProb(kept.prob);
    kept = null;
  };
  const solve: DirectSolve = (problem, withObjective, options, primal, dual) => {
    const { lp, rows } = problem;
    // Only where the cold solve would presolve (large LPs): its vertex is the presolver's anyway, while a small LP
    // solved without it keeps the vertex it has always had where the optimum is not unique (glpk-lp-solve.ts).
    if (kept !== null && (options.presol || warmOptions.always === true) && kept.withObjective === withObjective && sameShape(kept, problem, withObjective)) {
      const { prob, column, numbered } = kept;
      if (!sameValues(kept.rowValue, lp.rowValue, lp.rowStart, rows)) {
        loadMatrix(raw, prob, lp, rows, column, countEntries(lp, rows));
        raw.sortMatrix(prob);
        kept.rowValue = lp.rowValue.slice(0, lp.rowStart[lp.numRows]!);
      }
      for (let c = 1; c <= numbered; c++) raw.setObjCoef(prob, c, 0);
      setCosts(raw, prob, problem, withObjective, column);
      setRowBounds(glpk, raw, prob, problem);
      setColumnBounds(glpk, raw, prob, problem, column, numbered);
      // 0: glp_simplex ran (whatever it found); anything else (a singular basis, a layout not as read): start cold.
      const code = dualSimplex(raw, prob, options);
      if (code === GLP_EITLIM) return ITERATION_LIMIT;
      if (code === 0) {
        warmStarts++;
        return readSolution(glpk, raw, { prob, problem, withObjective, column, numbered }, withObjective, primal, dual);
      }
    }
    release();
    const built = buildProblem(glpk, raw, problem, withObjective);
    const entries = lp.rowStart[lp.numRows]!;
    kept = {
      prob: built.prob,
      withObjective,
      column: built.column,
      numbered: built.numbered,
      numCols: lp.numCols,
      rows: rows.slice(),
      rowStart: lp.rowStart.slice(0, lp.numRows + 1),
      rowIndex: lp.rowIndex.slice(0, entries),
      rowValue: lp.rowValue.slice(0, entries),
    };
    return runCold(glpk, raw, built, withObjective, options, primal, dual);
  };
  return { solve, release, warmStarts: () => warmStarts };
}

function sameShape(kept: Kept, problem: GlpkProblem, withObjective: boolean): boolean {
  const { lp, rows } = problem;
  if (lp.numCols !== kept.numCols || !equalArrays(rows, kept.rows)) return false;
  const entries = lp.rowStart[lp.numRows]!;
  if (!equalArrays(lp.rowStart.subarray(0, lp.numRows + 1), kept.rowStart) || !equalArrays(lp.rowIndex.subarray(0, entries), kept.rowIndex)) return false;
  const { column, numbered } = numberColumns(problem, withObjective);
  return numbered === kept.numbered && equalArrays(column, kept.column);
}

function sameValues(kept: Float64Array, values: Float64Array, rowStart: Int32Array, rows: Int32Array): boolean {
  for (let k = 0; k < rows.length; k++) {
    for (let p = rowStart[rows[k]!]!; p < rowStart[rows[k]! + 1]!; p++) if (kept[p] !== values[p]) return false;
  }
  return true;
}

function equalArrays(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
