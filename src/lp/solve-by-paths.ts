import { COLUMN_KIND, type LpBuild } from './lp-layout';
import { ARTIFICIAL_TOLERANCE, PathMaster } from './path-master';
import { PathTrees } from './path-pricing';
import { seedWithinCapacities } from './path-seed';
import { LeftOutRows } from './packing-rows';
import { perLayout } from './layout-memo';
import { pricingAdjacency } from './pricing-adjacency';
import type { PathProgress } from './path-progress';
import type { PathReuse } from './path-reuse';
import { labelOutOfReach, NEGATIVE_CYCLE, priceOut, priceOutOfReach, STOPPED, type Pricing } from './price-out';
import { float64 } from './scratch';
import type { LpSolution, LpSolve } from './types';
import { verifySolution } from './verify-solution';

/** Rounds of pricing before giving up on the path method and solving the arc LP. */
const MAX_ROUNDS = 100;
/**
 * After each master, a path without flow whose reduced cost is above this times (1 + its cost) is
 * retired from the master's LP (`PathMaster.retireIdle`). Measured on Planar 80/100 and Grid 5 (one process, load
 * 10–14, CPU ms of the masters, best of 3 warm runs; 0.03, 0.05, 0.1, 0.3, 1 and never tried): 0.1 and 0.3 took
 * 0.6–0.85× the masters' time of never; before a path came back for good, 0.01 and below took 22–31 rounds, not 9.
 */
const RETIRE_MARGIN = 0.1;

/** What the path method did, for benchmarks and tests. */
export interface PathGenerationStats {
  readonly rounds: number;
  /** Path columns in the last master, cycles among them. */
  readonly paths: number;
  /** Of those, cycle columns: circulations a negative cycle under the reduced costs priced in (`PathMaster.addCycle`). */
  readonly cycles: number;
  /** Rows in the last master's LP (the coupling rows not left out, and one per demand), of `arcRows` in the arc LP. */
  readonly masterRows: number;
  readonly arcRows: number;
  /** Null when the path method certified the optimum; else why the arc LP was solved instead. */
  readonly fellBack: string | null;
  /** Paths the first master was seeded with from an earlier solve of the same layout (`PathReuse`). */
  readonly seeded: number;
  /** Paths retired from the master as idle when the method ended (`PathMaster.retireIdle`). */
  readonly retired: number;
}

/** Options of `solveByPaths`. */
export interface PathSolveOptions {
  readonly timeLimitSeconds?: number;
  /** Paths kept from earlier solves: seeds the first master where the layout matches, keeps this solve's. */
  readonly pathReuse?: PathReuse;
  /**
   * A solver for the masters of one solve, each the last with paths added,
   * that starts each from the last one's basis (the solver's `growingLp`);
   * released when the solve ends. Absent: every master is solved cold.
   */
  readonly masterLp?: () => { readonly solveLp: LpSolve; readonly release: () => void };
  /** Told once the first paths are priced and after every round; it runs in the solve's thread, so keep it cheap. */
  readonly onProgress?: (progress: PathProgress) => void;
  /**
   * Asked before every master and every STOP_CHECK_COMMODITIES commodities of a pricing pass: true stops the solve,
   * which then comes back `cancelled` (no figures); `pathReuse` keeps none of its paths, only the last finished solve's.
   */
  readonly shouldStop?: () => boolean;
  /** Default true: idle paths leave the master's LP after each round (`PathMaster.retireIdle`); false keeps every path in (for tests). */
  readonly retireIdlePaths?: boolean;
  /** Default true: without paths kept from an earlier solve, the first master is seeded with paths that fit the capacities together (`seedWithinCapacities`). */
  readonly seedWithinCapacities?: boolean;
  /** Default true: packing rows (link capacities) enter the master only once its flows fill them (`LeftOutRows`). */
  readonly leaveOutRows?: boolean;
  /** Default RETIRE_MARGIN: how far above zero (× (1 + its cost)) an idle path's reduced cost must be to retire it (for benchmarks). */
  readonly retireMargin?: number;
}

/**
 * The arc LP `build.lp` solved by path-based column generation
 * (Dantzig–Wolfe; `PathMaster`): each round solves the restricted master,
 * prices every demand by one shortest-path tree per commodity under the
 * reduced arc costs c_j − Σ_r a_rj y_r of the master's coupling-row duals
 * y, and adds each path dearer than nothing: one whose length is below its
 * demand row's dual σ_k. A tree that meets a cycle of negative length
 * (a corridor's lower bound makes its gates' reduced costs negative) adds
 * that cycle instead, as a column of no demand (`PathMaster.addCycle`):
 * the arc LP's duals price every circulation, which a master of paths
 * alone need not (it may reach the optimum with duals under which some
 * cycle costs less than nothing, or need freight circling through a gate).
 * A pass that prices nothing in but saw negative columns where its trees
 * did not reach searches those nodes for a cycle too (`priceOutOfReach`);
 * a certificate refused there gets them labelled by that search
 * (`labelOutOfReach`). When nothing prices in, the answer is handed back
 * as an optimum of the arc LP itself, with its certificate:
 *
 * - primal: x_j = Σ of the flows of the paths and cycles through column j;
 *   unmet and slack columns as in the master;
 * - dual: the coupling rows' duals as in the master; a commodity's
 *   conservation row at node n gets the node potential −d(n) (d: the
 *   shortest distance from its origin under the final reduced costs), or
 *   +d(n) for a commodity merged by destination (d: distance to it). Every
 *   flow column's reduced cost is then c̄_j + d(tail) − d(head) ≥ 0, zero
 *   along every path the master uses (each is a shortest path), and an
 *   unmet column's equals its reduced cost in the master once σ_k = d(k's
 *   far end).
 *
 * The first master starts from paths that fit the capacities together
 * (`seedWithinCapacities`), or from an earlier solve's (`PathReuse`), and
 * holds a capacity row only once its flows fill it (`LeftOutRows`): a row
 * left out has dual 0 above, and the master that prices nothing in must
 * break none of them.
 *
 * `verifySolution` checks the pair in the arc LP's own units, as every
 * solver answer is checked. The masters before it are not checked one by
 * one (`callerVerifies`): their duals only choose the paths to add; the
 * master that prices nothing in is checked before its duals are used. Anything short of a verified optimum (a master
 * that is not optimal, an artificial still in use, a negative cycle under
 * the arc costs or one the master has already, MAX_ROUNDS, a refused certificate) and the arc LP is
 * solved whole instead: "infeasible" is never said from the master.
 */
export function solveByPaths(
  build: LpBuild,
  lpSolve: LpSolve,
  options: PathSolveOptions = {},
  report?: (stats: PathGenerationStats) => void,
): LpSolution {
  const warm = options.masterLp?.();
  try {
    return generatePaths(build, lpSolve, warm?.solveLp ?? lpSolve, options, report);
  } finally {
    warm?.release();
  }
}

/** `solveByPaths` with the masters solved by `masterSolve`. */
function generatePaths(
  build: LpBuild,
  lpSolve: LpSolve,
  masterSolve: LpSolve,
  options: PathSolveOptions,
  report?: (stats: PathGenerationStats) => void,
): LpSolution {
  const master = PathMaster.of(build);
  const run = new PathGeneration(build, master, lpSolve, options, report);
  if (master === null) return run.whole('the build has no path form');
  return run.rounds(master, masterSolve);
}

/** One run of the path method: its rounds, its time, and the ways it ends (certified, stopped, the arc LP whole). */
class PathGeneration {
  readonly #started = performance.now();
  #rounds = 0;
  #seeded = 0;
  /** The solver's time of every solve so far: the time limit holds for all of them together. */
  #ms = 0;
  readonly #pricing: Pricing;

  constructor(
    private readonly build: LpBuild,
    private readonly master: PathMaster | null,
    private readonly lpSolve: LpSolve,
    private readonly options: PathSolveOptions,
    private readonly report?: (stats: PathGenerationStats) => void,
  ) {
    this.#pricing = { shouldStop: options.shouldStop ?? (() => false), gain: 0, bounded: true };
  }

  /** The rounds of pricing and masters until the optimum is certified, or the arc LP is solved whole instead. */
  rounds(master: PathMaster, masterSolve: LpSolve): LpSolution {
    const { lp, layout } = this.build;
    const pricing = this.#pricing;
    const trees = new PathTrees(layout, perLayout(this.build, pricingAdjacency));
    const length = Float64Array.from(lp.objective);
    const dual = float64(lp.numRows);
    const seed = this.seed(master, trees);
    if (seed === null) return this.stopped(0);
    const first = priceOut(master, trees, length, null, dual, pricing, seed.routed);
    if (first === STOPPED) return this.stopped(0);
    if (first === NEGATIVE_CYCLE) return this.whole('a negative cycle under the arc costs');
    master.lowerArtificialCost();
    const leftOut = (this.options.leaveOutRows ?? true) ? new LeftOutRows(master, seed.rowsIn) : null;
    this.progress(master, null);
    // Masters come back unchecked (`callerVerifies`): a master that prices paths in only lends its duals to pricing,
    // and the one that prices nothing is checked below. Once one fails that check, every master is solved checked.
    let checkMasters = false;
    for (this.#rounds = 1; this.#rounds <= MAX_ROUNDS; this.#rounds++) {
      if (pricing.shouldStop()) return this.stopped(this.#rounds - 1);
      const problem = master.problem();
      const solution = masterSolve(problem, checkMasters ? this.left() : { ...this.left(), callerVerifies: true });
      this.#ms += solution.solver.ms;
      if (solution.status === 'time-limit') {
        this.report?.(this.stats(null));
        return { ...solution, objective: 0, primal: float64(lp.numCols), dual: float64(lp.numRows), solver: { ...solution.solver, ms: this.#ms } };
      }
      if (solution.status !== 'optimal') return this.whole(`the master came back ${solution.status}`);
      // Before pricing: a path it retires has a positive reduced cost under these duals, so none comes straight back.
      if (this.options.retireIdlePaths ?? true) master.retireIdle(solution.primal, solution.dual, this.options.retireMargin ?? RETIRE_MARGIN);
      // Rows it fills come back before the next master; one it breaks makes this master no optimum of the whole one.
      const broken = leftOut?.putBackReached(solution.primal).broken ?? 0;
      master.arcLengths(solution.dual, length);
      let added = priceOut(master, trees, length, solution.dual, dual, pricing);
      if (added === STOPPED) return this.stopped(this.#rounds);
      if (added === NEGATIVE_CYCLE) return this.whole('a negative cycle under the reduced costs');
      // Nothing priced in, but columns of negative length out of the trees' reach: a cycle there may price in.
      const outOfReach = added === 0 && broken === 0 && !pricing.bounded;
      if (outOfReach) added = priceOutOfReach(master, trees, length, pricing);
      this.progress(master, solution.objective, broken === 0);
      if (added > 0 || broken > 0) continue;
      if (!checkMasters && verifySolution(problem, solution.primal, solution.dual) !== null) {
        // Its solver's other ways (scaled, presolved, cold) then decide this master again.
        checkMasters = true;
        continue;
      }
      if (artificialInUse(master, solution.primal)) {
        // M may have been too low to price the artificial out: the next round re-solves the same master dearer.
        if (master.raiseArtificialCost()) continue;
        return this.whole('an artificial column is still in use');
      }
      let certified = this.certified(master, solution, dual);
      if (typeof certified === 'string' && outOfReach) {
        labelOutOfReach(master, trees, length, solution.dual, dual);
        certified = this.certified(master, solution, dual);
      }
      if (typeof certified !== 'string') return certified;
      return this.whole(`the certificate does not hold: ${certified}`);
    }
    return this.whole(`no optimum after ${MAX_ROUNDS} rounds`);
  }

  /**
   * Seeds the first master with the paths an earlier solve of the layout kept (`PathReuse.seed`), else with paths
   * that fit the capacities together (`seedWithinCapacities`) unless switched off. Returns the demands seeded that
   * way (the first pricing pass gives them no path of its own) and the packing rows to start in the master's LP (those
   * the seed filled, or those the earlier solve's last master had), each 1; null when `shouldStop` stopped it.
   */
  private seed(master: PathMaster, trees: PathTrees): { readonly routed?: Uint8Array; readonly rowsIn?: Uint8Array } | null {
    const kept = this.options.pathReuse?.seed(master);
    this.#seeded = kept?.added ?? 0;
    if (kept !== undefined && kept.added > 0) return kept.rowsIn === null ? {} : { rowsIn: kept.rowsIn };
    if (!(this.options.seedWithinCapacities ?? true)) return {};
    const seed = seedWithinCapacities(master, trees, this.#pricing.shouldStop);
    return seed === null ? null : { routed: seed.routed, rowsIn: seed.filled };
  }

  /**
   * The last master's answer as the arc LP's, with `dual` holding the commodities' node potentials: checked as every
   * answer is, or why the certificate does not hold.
   */
  private certified(master: PathMaster, solution: LpSolution, dual: Float64Array): LpSolution | string {
    const { lp } = this.build;
    const primal = float64(lp.numCols);
    const objective = arcPrimal(this.build, master, solution.primal, primal);
    for (let r = 0; r < master.couplingRows.length; r++) dual[master.couplingRows[r]!] = solution.dual[r]!;
    const refused = verifySolution(lp, primal, dual);
    if (refused !== null) return refused;
    this.options.pathReuse?.keep(this.build, master, solution.primal, solution.dual);
    this.report?.(this.stats(null));
    return { ...solution, objective, primal, dual, solver: { ...solution.solver, ms: this.#ms } };
  }

  /** The arc LP solved whole, in the time left; `why` the path method did not end it. */
  whole(why: string): LpSolution {
    this.report?.(this.stats(why));
    const solution = this.lpSolve(this.build.lp, this.left());
    return { ...solution, solver: { ...solution.solver, ms: this.#ms + solution.solver.ms } };
  }

  /** The time limit left for the next solve: it holds for all solves together. */
  private left(): { readonly timeLimitSeconds?: number } {
    const limit = this.options.timeLimitSeconds;
    return limit === undefined ? {} : { timeLimitSeconds: Math.max(0.001, limit - this.#ms / 1000) };
  }

  private stopped(solvedRounds: number): LpSolution {
    const { lp } = this.build;
    return {
      status: 'cancelled',
      objective: 0,
      primal: float64(lp.numCols),
      dual: float64(lp.numRows),
      message: `cancelled after ${solvedRounds} rounds`,
      solver: { name: 'path generation', version: '', ms: this.#ms },
    };
  }

  /** `objective`: the last master's optimum, or null before the first; `feasible`: whether that breaks no row left out. */
  private progress(master: PathMaster, objective: number | null, feasible = true): void {
    const { objectiveConstant } = this.build.lp;
    this.options.onProgress?.({
      round: this.#rounds,
      columns: master.numPaths,
      objective: objective === null || !feasible ? null : objective + objectiveConstant,
      bound: objective === null || !this.#pricing.bounded ? null : objective + this.#pricing.gain + objectiveConstant,
      elapsedMs: performance.now() - this.#started,
    });
  }

  private stats(fellBack: string | null): PathGenerationStats {
    const master = this.master;
    return {
      rounds: this.#rounds,
      paths: master?.numPaths ?? 0,
      cycles: master?.cycles ?? 0,
      masterRows: master === null ? 0 : master.numRows - master.rowsLeftOut,
      arcRows: this.build.lp.numRows,
      fellBack,
      seeded: this.#seeded,
      retired: master?.retired ?? 0,
    };
  }
}

/** Whether the master's optimum `masterPrimal` still uses an artificial column. */
function artificialInUse(master: PathMaster, masterPrimal: Float64Array): boolean {
  const numFixed = master.fixedColumns.length;
  for (let a = 0; a < master.artificialRow.length; a++) {
    if (masterPrimal[numFixed + a]! > ARTIFICIAL_TOLERANCE * master.artificialScale[a]!) return true;
  }
  return false;
}

/**
 * The arc LP's column values from the master's, into `primal` (zero-filled): each path's flow on each of its flow
 * columns. Returns their cost Σ c_j x_j, summed in column order on the way (one pass less over the columns).
 */
function arcPrimal(build: LpBuild, master: PathMaster, masterPrimal: Float64Array, primal: Float64Array): number {
  const { lp, layout } = build;
  const fixed = master.fixedColumns;
  for (let m = 0; m < fixed.length; m++) primal[fixed[m]!] = masterPrimal[m]!;
  const firstPath = master.pathColumn(0);
  const arcStart = master.pathArcStart.array;
  const arcs = master.pathArcs.array;
  for (let p = 0; p < master.numPaths; p++) {
    const flow = masterPrimal[firstPath + p]!;
    if (flow === 0) continue;
    for (let e = arcStart[p]!; e < arcStart[p + 1]!; e++) primal[arcs[e]!]! += flow;
  }
  let objective = 0;
  const { columnKind } = layout;
  const costs = lp.objective;
  for (let j = 0; j < lp.numCols; j++) {
    if (columnKind[j] === COLUMN_KIND.flow && primal[j]! < 0) primal[j] = 0;
    objective += costs[j]! * primal[j]!;
  }
  return objective;
}
