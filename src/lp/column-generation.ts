import { COLUMN_KIND, ROW_KIND, type LpBuild } from './lp-layout';
import { MinHeap } from './min-heap';
import { float64, int32, uint8 } from './scratch';
import type { LpProblem, LpSolution, LpSolve } from './types';

/** A column prices out when its reduced cost is below −PRICE_TOLERANCE × the size of its terms. */
const PRICE_TOLERANCE = 1e-9;
/** Rounds of pricing before giving up on generation and solving the whole LP. */
const MAX_ROUNDS = 50;

/** What column generation did, for benchmarks and tests. */
export interface ColumnGenerationStats {
  readonly rounds: number;
  /** Flow columns in the last restricted master, of `flowColumns` in the whole LP. */
  readonly masterFlowColumns: number;
  readonly flowColumns: number;
  /** True when the whole LP was solved after all (generation did not reach a certified optimum). */
  readonly fellBack: boolean;
}

/**
 * The arc LP `build.lp` solved by column generation: a restricted master
 * holds every row, every unmet and slack column and, at first, the flow
 * columns of one shortest path per demand; each round solves it and prices
 * every left-out flow column j by its reduced cost c_j − Σ_i a_ij y_i under
 * the master's duals y, and adds those below zero. When none is, x (zero on
 * the columns left out) is feasible for the whole LP, y is dual feasible for
 * it (every column's reduced cost ≥ 0, the rows' signs are the master's), and
 * the two satisfy complementary slackness: an optimum of the whole LP with its
 * certificate, which `readResult` reads like any other.
 *
 * A hard demand or a corridor lower bound may not be met by the first
 * columns: the master carries an artificial column for each (a direct
 * origin→destination arc; a slack on the bound) at a cost M above any route's,
 * so it is always feasible when the LP is. A master optimum that still uses
 * an artificial once nothing prices out, any master status other than
 * optimal, or MAX_ROUNDS rounds, and the whole LP is solved instead: the
 * answer is never worse than the arc method's, only sometimes slower.
 */
export function solveByColumns(
  build: LpBuild,
  lpSolve: LpSolve,
  options: { readonly timeLimitSeconds?: number } = {},
  report?: (stats: ColumnGenerationStats) => void,
): LpSolution {
  const { lp, layout } = build;
  const numCols = lp.numCols;
  const inMaster = uint8(numCols);
  let flowColumns = 0;
  for (let j = 0; j < numCols; j++) {
    if (layout.columnKind[j] === COLUMN_KIND.flow) flowColumns++;
    else inMaster[j] = 1;
  }
  const whole = (rounds: number, masterFlowColumns: number): LpSolution => {
    report?.({ rounds, masterFlowColumns, flowColumns, fellBack: true });
    return lpSolve(lp, options);
  };
  if (!seedShortestPaths(build, inMaster)) return whole(0, 0);
  const artificials = artificialColumns(build);
  const limit = options.timeLimitSeconds;
  let ms = 0;
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const { master, columnOf } = restrictedMaster(lp, inMaster, artificials);
    // The time limit holds for all rounds together.
    const solution = lpSolve(master, limit === undefined ? {} : { timeLimitSeconds: Math.max(0.001, limit - ms / 1000) });
    ms += solution.solver.ms;
    const masterFlowColumns = columnOf.length - artificials.count - (numCols - flowColumns);
    if (solution.status === 'time-limit') {
      report?.({ rounds: round, masterFlowColumns, flowColumns, fellBack: false });
      return { ...solution, objective: 0, primal: float64(numCols), dual: float64(lp.numRows), solver: { ...solution.solver, ms } };
    }
    if (solution.status !== 'optimal') return whole(round, masterFlowColumns);
    const added = priceOut(lp, inMaster, solution.dual);
    if (added > 0) continue;
    for (let a = 0; a < artificials.count; a++) {
      if (solution.primal[columnOf.length - artificials.count + a]! > 0) return whole(round, masterFlowColumns);
    }
    report?.({ rounds: round, masterFlowColumns, flowColumns, fellBack: false });
    const primal = float64(numCols);
    let objective = 0;
    for (let m = 0; m < columnOf.length - artificials.count; m++) {
      primal[columnOf[m]!] = solution.primal[m]!;
      objective += lp.objective[columnOf[m]!]! * solution.primal[m]!;
    }
    return { ...solution, objective, primal, solver: { ...solution.solver, ms } };
  }
  return whole(MAX_ROUNDS, -1);
}

/**
 * Marks the flow columns of a cheapest route from each demand's origin to its
 * destination within its commodity (Dijkstra on the commodity's columns);
 * false when some flow column costs less than zero (no Dijkstra then).
 */
function seedShortestPaths(build: LpBuild, inMaster: Uint8Array): boolean {
  const { lp, layout } = build;
  const numNodes = layout.nodeEnabled.length;
  for (let j = 0; j < lp.numCols; j++) if (layout.columnKind[j] === COLUMN_KIND.flow && lp.objective[j]! < 0) return false;
  const distance = float64(numNodes).fill(Infinity);
  const via = int32(numNodes).fill(-1);
  const done = uint8(numNodes);
  const heap = new MinHeap(numNodes);
  const outStart = int32(numNodes + 1);
  for (let c = 0; c < layout.numCommodities; c++) {
    const first = layout.commodityColumnStart[c]!;
    const end = layout.commodityFlowEnd[c]!;
    // The commodity's columns by tail node (CSR over all nodes, rebuilt per commodity).
    outStart.fill(0);
    for (let j = first; j < end; j++) outStart[layout.linkFrom[layout.columnItem[j]!]! + 1]!++;
    for (let n = 0; n < numNodes; n++) outStart[n + 1]! += outStart[n]!;
    const fill = outStart.slice(0, numNodes);
    const outColumn = int32(end - first);
    for (let j = first; j < end; j++) outColumn[fill[layout.linkFrom[layout.columnItem[j]!]!]!++] = j;
    for (let i = layout.commodityDemandStart[c]!; i < layout.commodityDemandStart[c + 1]!; i++) {
      const k = layout.commodityDemands[i]!;
      const origin = layout.demandOrigin[k]!;
      const destination = layout.demandDestination[k]!;
      if (origin < 0 || destination < 0) continue;
      distance.fill(Infinity);
      via.fill(-1);
      done.fill(0);
      distance[origin] = 0;
      heap.push(origin, 0);
      while (heap.size > 0) {
        const v = heap.pop();
        if (done[v] === 1) continue;
        done[v] = 1;
        if (v === destination) break;
        for (let p = outStart[v]!; p < outStart[v + 1]!; p++) {
          const j = outColumn[p]!;
          const w = layout.linkTo[layout.columnItem[j]!]!;
          const d = distance[v]! + lp.objective[j]!;
          if (d < distance[w]!) {
            distance[w] = d;
            via[w] = j;
            heap.push(w, d);
          }
        }
      }
      heap.clear();
      for (let v = destination; v !== origin && via[v]! >= 0; v = layout.linkFrom[layout.columnItem[via[v]!]!]!) inMaster[via[v]!] = 1;
    }
  }
  return true;
}

/** Artificial columns that keep the master feasible: one per hard demand, one per row with a finite lower bound on corridor flow. */
interface Artificials {
  readonly count: number;
  /** Per artificial: its rows and coefficients. */
  readonly rows: readonly (readonly [number, number][])[];
  readonly cost: number;
}

function artificialColumns(build: LpBuild): Artificials {
  const { lp, layout } = build;
  let largest = 0;
  for (let j = 0; j < lp.numCols; j++) largest = Math.max(largest, Math.abs(lp.objective[j]!));
  // Dearer than any route (at most one arc per node) and any unmet penalty, by a margin.
  const cost = 10 * (largest + 1) * (layout.nodeEnabled.length + 1);
  const rows: [number, number][][] = [];
  for (let k = 0; k < layout.demandVolume.length; k++) {
    if (layout.unmetColumn[k]! >= 0 || layout.originRow[k]! < 0 || layout.destinationRow[k]! < 0) continue;
    rows.push([
      [layout.originRow[k]!, 1],
      [layout.destinationRow[k]!, -1],
    ]);
  }
  for (let i = 0; i < lp.numRows; i++) {
    const kind = layout.rowKind[i];
    if ((kind === ROW_KIND.corridorFlow || kind === ROW_KIND.corridorMinShare) && Number.isFinite(lp.rowLower[i]!)) rows.push([[i, 1]]);
  }
  return { count: rows.length, rows, cost };
}

/** The master: every row, the columns marked in `inMaster` (in order), then the artificials. */
function restrictedMaster(lp: LpProblem, inMaster: Uint8Array, artificials: Artificials): { master: LpProblem; columnOf: Int32Array } {
  const numCols = lp.numCols;
  const position = int32(numCols).fill(-1);
  let count = 0;
  for (let j = 0; j < numCols; j++) if (inMaster[j] === 1) position[j] = count++;
  const total = count + artificials.count;
  const columnOf = int32(total);
  for (let j = 0; j < numCols; j++) if (position[j]! >= 0) columnOf[position[j]!] = j;
  const extra: [number, number, number][] = []; // row, column, value of the artificials
  artificials.rows.forEach((entries, a) => {
    for (const [row, value] of entries) extra.push([row, count + a, value]);
  });
  extra.sort((x, y) => x[0] - y[0]);
  const rowStart = int32(lp.numRows + 1);
  const rowIndex: number[] = [];
  const rowValue: number[] = [];
  let e = 0;
  for (let i = 0; i < lp.numRows; i++) {
    rowStart[i] = rowIndex.length;
    for (let p = lp.rowStart[i]!; p < lp.rowStart[i + 1]!; p++) {
      const m = position[lp.rowIndex[p]!]!;
      if (m >= 0) {
        rowIndex.push(m);
        rowValue.push(lp.rowValue[p]!);
      }
    }
    for (; e < extra.length && extra[e]![0] === i; e++) {
      rowIndex.push(extra[e]![1]);
      rowValue.push(extra[e]![2]);
    }
  }
  rowStart[lp.numRows] = rowIndex.length;
  const objective = float64(total);
  const colUpper = float64(total);
  for (let m = 0; m < count; m++) {
    objective[m] = lp.objective[columnOf[m]!]!;
    colUpper[m] = lp.colUpper[columnOf[m]!]!;
  }
  for (let a = 0; a < artificials.count; a++) {
    objective[count + a] = artificials.cost;
    colUpper[count + a] = Infinity;
  }
  // columnOf's tail stands for the artificials (no column of the whole LP).
  for (let a = 0; a < artificials.count; a++) columnOf[count + a] = -1;
  return {
    master: {
      numCols: total,
      numRows: lp.numRows,
      objective,
      objectiveConstant: lp.objectiveConstant,
      colLower: float64(total),
      colUpper,
      rowLower: lp.rowLower,
      rowUpper: lp.rowUpper,
      rowStart,
      rowIndex: Int32Array.from(rowIndex),
      rowValue: Float64Array.from(rowValue),
    },
    columnOf,
  };
}

/** Adds to the master every left-out column whose reduced cost under `dual` is negative; returns how many. */
function priceOut(lp: LpProblem, inMaster: Uint8Array, dual: Float64Array): number {
  const price = float64(lp.numCols);
  const scale = float64(lp.numCols);
  for (let i = 0; i < lp.numRows; i++) {
    const y = dual[i]!;
    if (y === 0) continue;
    for (let p = lp.rowStart[i]!; p < lp.rowStart[i + 1]!; p++) {
      const j = lp.rowIndex[p]!;
      if (inMaster[j] === 1) continue;
      price[j]! += lp.rowValue[p]! * y;
      scale[j]! += Math.abs(lp.rowValue[p]! * y);
    }
  }
  let added = 0;
  for (let j = 0; j < lp.numCols; j++) {
    if (inMaster[j] === 1) continue;
    const reduced = lp.objective[j]! - price[j]!;
    if (reduced < -PRICE_TOLERANCE * (Math.abs(lp.objective[j]!) + scale[j]!)) {
      inMaster[j] = 1;
      added++;
    }
  }
  return added;
}
