import { GrowableFloat64, GrowableInt32 } from './growable-array';
import { COLUMN_KIND, demandFarEnd, type LpBuild } from './lp-layout';
import { masterArtificials } from './master-artificials';
import { masterStructure } from './master-structure';
import { perLayout } from './layout-memo';
import { float64, int32, uint8 } from './scratch';
import { MasterProblemBuilder } from './master-problem';
import type { LpProblem } from './types';

/** Where a path stands in the master's LP (`PathMaster.retireIdle`). */
const PATH_STATE = { active: 0, retired: 1, back: 2 } as const;

export { ARTIFICIAL_TOLERANCE } from './master-artificials';

/**
 * The restricted master of the path method (Dantzig–Wolfe): the arc LP
 * `build.lp` with every commodity's conservation rows replaced by one row
 * per demand,
 *
 *   Σ_{paths P of k} f_P + u_k (+ artificial_k) = V_k,
 *
 * and every flow column replaced by path columns. A path P of demand k is
 * a route from its origin to its destination over its commodity's flow
 * columns: it costs Σ_{j∈P} c_j and has Σ_{j∈P} a_rj in each coupling row r
 * (link and node capacities, corridor flows and shares: every row but
 * conservation), so any path flows give arc flows x_j = Σ_{P∋j} f_P that
 * meet the same coupling rows at the same cost. Unmet and slack columns
 * keep their coupling entries, and an unmet column enters its demand's row.
 *
 * A cycle column (`addCycle`): a path that ends where it starts, in no
 * demand's row. Why: a commodity's flows are paths plus cycles (Dantzig–Wolfe's
 * extreme points and rays); with a corridor's lower bound a cycle may price in.
 *
 * Artificial columns keep the master feasible whatever paths it has: one
 * per hard demand (in its demand row) and one per coupling row that the
 * start (no path; every soft demand unmet) breaks (a corridor's minFlow or
 * minShare, a node's capacity below its hard demands' volume), each at a
 * cost M (`artificialCost`: raised while an optimum uses one, up to one
 * dearer than any route). An optimum that still uses one is no answer.
 *
 * Master rows: the coupling rows in arc-LP order, then the demand rows; a
 * packing row may be left out of the master's LP for a while (`leaveOut`,
 * `LeftOutRows`: it is there without entries). Master columns: the arc LP's unmet and slack columns in order, the
 * artificials, then the paths and cycles in the order they were added (a retired path
 * keeps its column, fixed at 0: `retireIdle`).
 */
export class PathMaster {
  /** Arc-LP row of each coupling (master) row. */
  readonly couplingRows: Int32Array;
  /** Master row of each demand's row (every demand has one). */
  readonly demandRow: Int32Array;
  readonly numRows: number;
  /** Arc-LP column of each fixed master column (unmet and slack). */
  readonly fixedColumns: Int32Array;
  /** Master row of each artificial column, and its coefficient there (±1). */
  readonly artificialRow: Int32Array;
  readonly artificialSign: Int32Array;
  /** The size of what each artificial stands in for: it is in use above ARTIFICIAL_TOLERANCE times that. */
  readonly artificialScale: Float64Array;
  /**
   * The artificials' cost M: from `lowerArtificialCost` on, a start near the
   * routes' own costs, raised (`raiseArtificialCost`) while an optimum still
   * uses one, up to `safeArtificialCost`.
   */
  private cost: number;
  /** Dearer than any route (at most one arc per node) and any unmet penalty, by a margin. */
  readonly safeArtificialCost: number;
  /** Each commodity's conservation rows: `conservationRows[conservationStart[c] .. conservationStart[c+1]]`. */
  readonly conservationStart: Int32Array;
  readonly conservationRows: Int32Array;

  /** Coupling entries of each arc-LP column, by master row (CSC): rows `entryRow[entryStart[j] .. entryStart[j+1]]`. */
  readonly entryStart: Int32Array;
  readonly entryRow: Int32Array;
  readonly entryValue: Float64Array;

  /** Each path's demand, or -1 for a cycle (`addCycle`). */
  readonly pathDemand = new GrowableInt32();
  readonly pathCost = new GrowableFloat64();
  /** Path p's flow columns: `pathArcs[pathArcStart[p] .. pathArcStart[p+1]]`. */
  readonly pathArcStart = new GrowableInt32();
  readonly pathArcs = new GrowableInt32();
  /** Path p's coupling entries (by master row, its demand row not among them): `pathEntryRow[pathEntryStart[p] .. pathEntryStart[p+1]]`. */
  readonly pathEntryStart = new GrowableInt32();
  readonly pathEntryRow = new GrowableInt32();
  readonly pathEntryValue = new GrowableFloat64();
  /**
   * The first path added of each hash of (demand, arcs) (`routeHash`), and each path's next of the same hash: so
   * that a route priced again is found. Why not a map of strings: building a key string for every path priced took
   * most of the pricing passes' time on Planar 100 (95 of 141 ms CPU in the first solve of a process).
   */
  private readonly firstOfHash = new Map<number, number>();
  private readonly nextOfHash = new GrowableInt32();
  /** Each path's PATH_STATE: in the master's LP, retired (fixed at 0 there), or back in for good. */
  private readonly pathState = new GrowableInt32();
  private numRetired = 0;
  private numCycles = 0;
  /**
   * 1 where a master row is in the master's LP: every row but the coupling rows `leaveOut` left out and `putIn` has
   * not put back. A row left out has no entries in the LP (and dual 0); it is still a row of the master.
   */
  private readonly inLp: Uint8Array;
  private numLeftOut = 0;
  private readonly builder: MasterProblemBuilder;
  private readonly accumulator: Float64Array;
  private readonly touched: Int32Array;

  private constructor(readonly build: LpBuild) {
    const { lp, layout } = build;
    // The layout's part is derived once per layout (masterStructure.ts); the entries' values are this build's.
    const structure = perLayout(build, masterStructure);
    this.couplingRows = structure.couplingRows;
    this.demandRow = structure.demandRow;
    this.numRows = structure.numRows;
    this.entryStart = structure.entryStart;
    this.entryRow = structure.entryRow;
    this.fixedColumns = structure.fixedColumns;
    this.conservationStart = structure.conservationStart;
    this.conservationRows = structure.conservationRows;
    this.entryValue = float64(structure.entrySource.length);
    for (let at = 0; at < this.entryValue.length; at++) this.entryValue[at] = lp.rowValue[structure.entrySource[at]!]!;
    let largest = 0;
    for (let j = 0; j < lp.numCols; j++) largest = Math.max(largest, Math.abs(lp.objective[j]!));
    const artificials = masterArtificials(build, this);
    this.artificialRow = artificials.row;
    this.artificialSign = artificials.sign;
    this.artificialScale = artificials.scale;
    this.safeArtificialCost = 10 * (largest + 1) * (layout.nodeEnabled.length + 1);
    this.cost = this.safeArtificialCost;

    this.inLp = uint8(this.numRows).fill(1);
    this.accumulator = float64(this.numRows);
    this.touched = int32(this.numRows);
    this.pathArcStart.push(0);
    this.pathEntryStart.push(0);
    this.builder = new MasterProblemBuilder(this);
  }

  /**
   * The master of `build`, or null where the path form does not fit it: a
   * demand whose origin or destination has no conservation row (unknown
   * node), or a non-cost build.
   */
  static of(build: LpBuild): PathMaster | null {
    const { layout } = build;
    if (layout.mode !== 'cost') return null;
    for (let k = 0; k < layout.demandVolume.length; k++) {
      if (layout.originRow[k]! < 0 || layout.destinationRow[k]! < 0 || layout.originRow[k] === layout.destinationRow[k]) return null;
      if (demandFarEnd(layout, k) < 0) return null;
    }
    return new PathMaster(build);
  }

  get numPaths(): number {
    return this.pathDemand.length;
  }

  get artificialCost(): number {
    return this.cost;
  }

  /**
   * Starts M at 10 × (1 + the dearest path so far + the dearest unmet or
   * slack column), where that is below the safe bound. Why: the safe bound
   * (the dearest link times the nodes) can be far above every figure of the
   * LP, and a master with one number past 2^26 is solved scaled, every round
   * (glpkLpSolve's `needsScaling`). Only an optimum that uses an artificial
   * depends on M, and that one raises it (`raiseArtificialCost`).
   */
  lowerArtificialCost(): void {
    let dearest = 0;
    for (let p = 0; p < this.numPaths; p++) dearest = Math.max(dearest, Math.abs(this.pathCost.get(p)));
    for (const j of this.fixedColumns) dearest = Math.max(dearest, Math.abs(this.build.lp.objective[j]!));
    this.cost = Math.min(this.safeArtificialCost, 10 * (1 + dearest));
  }

  /** M × 100, up to the safe bound; false when it is there already (an artificial in use then means no feasible answer from paths). */
  raiseArtificialCost(): boolean {
    if (this.cost >= this.safeArtificialCost) return false;
    this.cost = Math.min(this.safeArtificialCost, 100 * this.cost);
    return true;
  }

  /** Master column of path p. */
  pathColumn(p: number): number {
    return this.fixedColumns.length + this.artificialRow.length + p;
  }

  /** Adds path `arcs` (flow columns, any order) of demand k; false if the master has it already. */
  addPath(k: number, arcs: readonly number[]): boolean {
    return this.addColumn(k, arcs);
  }

  /**
   * Adds the cycle over flow columns `arcs` (of one commodity, any order) as a column of no demand; false if the
   * master has it already. Puts back into the master's LP every row left out that the cycle crosses: its flow is
   * held by no demand's volume, only by the rows it crosses.
   */
  addCycle(arcs: readonly number[]): boolean {
    const known = this.numPaths;
    if (!this.addColumn(-1, arcs)) return false;
    // A retired cycle come back: its rows went back in for good when it was first added.
    if (this.numPaths === known) return true;
    this.numCycles++;
    const p = known;
    for (let e = this.pathEntryStart.get(p); e < this.pathEntryStart.get(p + 1); e++) this.putIn(this.pathEntryRow.get(e));
    return true;
  }

  /** Cycle columns among the paths (`addCycle`). */
  get cycles(): number {
    return this.numCycles;
  }

  /** `addPath` or `addCycle` (k = -1). */
  private addColumn(k: number, arcs: readonly number[]): boolean {
    const hash = routeHash(k, arcs);
    const known = this.findRoute(hash, k, arcs);
    if (known >= 0) {
      if (this.pathState.get(known) !== PATH_STATE.retired) return false;
      // Priced in again: back into the LP, at its lower bound as a new column enters, and never retired again, so
      // that no path goes in and out round after round.
      this.pathState.set(known, PATH_STATE.back);
      this.numRetired--;
      return true;
    }
    this.nextOfHash.push(this.firstOfHash.get(hash) ?? -1);
    this.firstOfHash.set(hash, this.numPaths);
    this.pathState.push(PATH_STATE.active);
    const { accumulator, touched, entryStart, entryRow, entryValue } = this;
    const objective = this.build.lp.objective;
    let numTouched = 0;
    let cost = 0;
    // Indexed, not for…of: this runs cold, where each step of an array iterator allocates its result object.
    for (let a = 0; a < arcs.length; a++) {
      const j = arcs[a]!;
      cost += objective[j]!;
      this.pathArcs.push(j);
      const end = entryStart[j + 1]!;
      for (let p = entryStart[j]!; p < end; p++) {
        const r = entryRow[p]!;
        if (accumulator[r] === 0) touched[numTouched++] = r;
        accumulator[r]! += entryValue[p]!;
        // A sum that cancels to exactly 0 must not be listed twice.
        if (accumulator[r] === 0) accumulator[r] = Number.MIN_VALUE;
      }
    }
    for (let t = 0; t < numTouched; t++) {
      const r = touched[t]!;
      const value = accumulator[r] === Number.MIN_VALUE ? 0 : accumulator[r]!;
      accumulator[r] = 0;
      if (value === 0) continue;
      this.pathEntryRow.push(r);
      this.pathEntryValue.push(value);
    }
    this.pathDemand.push(k);
    this.pathCost.push(cost);
    this.pathArcStart.push(this.pathArcs.length);
    this.pathEntryStart.push(this.pathEntryRow.length);
    return true;
  }

  /** The path of demand k over `arcs` (in that order) among those of hash `hash`, or -1. */
  private findRoute(hash: number, k: number, arcs: readonly number[]): number {
    for (let p = this.firstOfHash.get(hash) ?? -1; p >= 0; p = this.nextOfHash.get(p)) {
      const start = this.pathArcStart.get(p);
      if (this.pathDemand.get(p) !== k || this.pathArcStart.get(p + 1) - start !== arcs.length) continue;
      let same = true;
      for (let e = 0; e < arcs.length && same; e++) same = this.pathArcs.get(start + e) === arcs[e];
      if (same) return p;
    }
    return -1;
  }

  /** Paths retired now (fixed at 0 in the master's LP). */
  get retired(): number {
    return this.numRetired;
  }

  /**
   * Retires every path that carries no flow in the master's optimum (`primal`, `dual`) and whose reduced cost
   * there is above `margin` times (1 + its cost): it stays in the master's LP fixed at 0. Such a path is nonbasic
   * (a basic one has reduced cost 0), so the basis stays one and the next master starts from it; GLPK's simplex
   * leaves fixed nonbasic columns out of its pricing and updates, which is what a master of thousands of idle
   * paths pays for on every pivot. Retiring changes only which paths the master may use: a retired path that
   * prices in again comes back through `addPath`, and the optimum is certified on the arc LP as before.
   * Returns how many it retired.
   */
  retireIdle(primal: Float64Array, dual: Float64Array, margin: number): number {
    let retired = 0;
    // The growable arrays' buffers, not a `get` call per value: this runs every round, mostly before V8 optimizes it.
    const state = this.pathState.array;
    const pathCost = this.pathCost.array;
    const firstPath = this.pathColumn(0);
    for (let p = 0; p < this.numPaths; p++) {
      if (state[p] !== PATH_STATE.active || primal[firstPath + p] !== 0) continue;
      if (!(this.pathReducedCost(p, dual) > margin * (1 + Math.abs(pathCost[p]!)))) continue;
      state[p] = PATH_STATE.retired;
      retired++;
    }
    this.numRetired += retired;
    return retired;
  }

  /** Whether master row r is in the master's LP (not left out by `leaveOut`). */
  inMasterLp(r: number): boolean {
    return this.inLp[r] === 1;
  }

  /** Coupling rows left out of the master's LP now. */
  get rowsLeftOut(): number {
    return this.numLeftOut;
  }

  /**
   * Leaves coupling row r out of the master's LP: the LP then has it without entries, as if it held whatever the
   * paths' flows. Only a row that holds at every path flow of 0 (and no unmet or slack column's entry) may be left
   * out by the caller, who must check it against the master's optimum and `putIn` any it breaks.
   */
  leaveOut(r: number): void {
    if (this.inLp[r] === 0) return;
    this.inLp[r] = 0;
    this.numLeftOut++;
  }

  /** Puts coupling row r back into the master's LP, for good. */
  putIn(r: number): void {
    if (this.inLp[r] === 1) return;
    this.inLp[r] = 1;
    this.numLeftOut--;
  }

  /** Activity Σ_P a_rP f_P of every coupling row left out, under the master's optimum `primal`, into `activity` (others 0). */
  leftOutActivity(primal: Float64Array, activity: Float64Array): void {
    activity.fill(0);
    if (this.numLeftOut === 0) return;
    const entryStart = this.pathEntryStart.array;
    const entryRow = this.pathEntryRow.array;
    const entryValue = this.pathEntryValue.array;
    const { inLp } = this;
    const firstPath = this.pathColumn(0);
    for (let p = 0; p < this.numPaths; p++) {
      const flow = primal[firstPath + p]!;
      if (flow === 0) continue;
      const end = entryStart[p + 1]!;
      for (let e = entryStart[p]!; e < end; e++) {
        const r = entryRow[e]!;
        if (inLp[r] === 0) activity[r]! += entryValue[e]! * flow;
      }
    }
  }

  /** Path p's reduced cost under the master's row duals `dual`: its cost less its rows' duals (its demand row's too, a cycle has none). */
  pathReducedCost(p: number, dual: Float64Array): number {
    const entryStart = this.pathEntryStart.array;
    const entryRow = this.pathEntryRow.array;
    const entryValue = this.pathEntryValue.array;
    const k = this.pathDemand.array[p]!;
    let value = this.pathCost.array[p]! - (k < 0 ? 0 : dual[this.demandRow[k]!]!);
    const end = entryStart[p + 1]!;
    for (let e = entryStart[p]!; e < end; e++) value -= entryValue[e]! * dual[entryRow[e]!]!;
    return value;
  }

  /** Reduced cost c_j − Σ_r a_rj y_r of every flow column under the master's row duals `dual` (others left as they are). */
  arcLengths(dual: Float64Array, length: Float64Array): void {
    const { lp, layout } = this.build;
    // Arrays in locals: this runs every round over every column, mostly before V8 optimizes it, where a property
    // read per entry costs about as much as the entry.
    const { columnKind } = layout;
    const { objective } = lp;
    const { entryStart, entryRow, entryValue } = this;
    for (let j = 0; j < lp.numCols; j++) {
      if (columnKind[j] !== COLUMN_KIND.flow) continue;
      let value = objective[j]!;
      const end = entryStart[j + 1]!;
      for (let p = entryStart[j]!; p < end; p++) value -= entryValue[p]! * dual[entryRow[p]!]!;
      length[j] = value;
    }
  }

  /** The master LP with the paths added so far (`MasterProblemBuilder`). */
  problem(): LpProblem {
    return this.builder.problem();
  }

  /** Whether path p is retired now (fixed at 0 in the master's LP). */
  isRetired(p: number): boolean {
    return this.pathState.get(p) === PATH_STATE.retired;
  }
}

/** A 31-bit hash of demand k's route over `arcs` (in order): FNV-1a over the numbers. */
function routeHash(k: number, arcs: readonly number[]): number {
  let hash = Math.imul(2166136261 ^ k, 16777619);
  for (let a = 0; a < arcs.length; a++) hash = Math.imul(hash ^ arcs[a]!, 16777619);
  return hash & 0x7fffffff;
}
