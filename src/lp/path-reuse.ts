import type { LayoutMemo } from './layout-memo';
import type { LpBuild, LpLayout } from './lp-layout';
import type { PathMaster } from './path-master';

/** A path whose reduced cost is within this of zero (relative) is kept though it carries no flow: it may enter next time. */
const NEAR_ZERO = 1e-9;

/** The parts of a layout a path's meaning rests on: which column is which link of which commodity, which row is which. */
interface LayoutSignature {
  readonly arrays: readonly (Uint8Array | Int32Array)[];
}

function signatureOf(layout: LpLayout): LayoutSignature {
  // Copies: a layout's arrays may live in scratch buffers that the next solve overwrites.
  const arrays = [layout.columnKind, layout.columnCommodity, layout.columnItem, layout.rowKind, layout.rowItem, layout.rowCommodity, layout.demandCommodity];
  return { arrays: arrays.map((a) => (a instanceof Uint8Array ? Uint8Array.from(a) : Int32Array.from(a))) };
}

function sameSignature(kept: LayoutSignature, layout: LpLayout): boolean {
  const arrays = [layout.columnKind, layout.columnCommodity, layout.columnItem, layout.rowKind, layout.rowItem, layout.rowCommodity, layout.demandCommodity];
  return arrays.every((a, i) => {
    const b = kept.arrays[i]!;
    if (a.length !== b.length) return false;
    for (let e = 0; e < a.length; e++) if (a[e] !== b[e]) return false;
    return true;
  });
}

/**
 * Column reuse for the path method across solves of one layout (a sweep's
 * points, Monte Carlo draws: capacities, costs and volumes change, the
 * columns and rows do not). After a certified solve it keeps the final
 * master's useful paths (those with flow, or with a reduced cost near zero)
 * as flow-column lists per demand; the next solve of an LP with the same
 * layout seeds its first master with them, so pricing mostly confirms
 * instead of rediscovering. A path is a route over columns, valid whatever
 * the numbers, so seeding can only change which optimal vertex is found:
 * the answer is certified as any other (`solveByPaths`).
 */
export class PathReuse {
  private signature: LayoutSignature | null = null;
  /** The memo of the kept layout (`LayoutCache`): a build that carries it has that layout, with nothing to compare. */
  private memo: LayoutMemo | undefined = undefined;
  private demands: Int32Array = new Int32Array(0);
  private arcStart: Int32Array = new Int32Array(1);
  private arcs: Int32Array = new Int32Array(0);
  /** 1 for each master row in the last master's LP (`PathMaster.leaveOut`), or null when none was left out. */
  private rowsIn: Uint8Array | null = null;
  private seededTotal = 0;
  private solvesSeeded = 0;

  /** Path columns seeded into first masters so far. */
  get columnsReused(): number {
    return this.seededTotal;
  }

  /** Solves whose first master was offered kept paths (their layout matched). */
  get seededSolves(): number {
    return this.solvesSeeded;
  }

  /**
   * Adds the kept paths to `master` when its LP has the kept layout; returns how many it added, and the rows the
   * last master had in its LP (1; null: all), the capacity rows most likely to bind again.
   */
  seed(master: PathMaster): { readonly added: number; readonly rowsIn: Uint8Array | null } {
    if (this.signature === null) return { added: 0, rowsIn: null };
    const sameMemo = this.memo !== undefined && master.build.memo === this.memo;
    if (!sameMemo && !sameSignature(this.signature, master.build.layout)) return { added: 0, rowsIn: null };
    let added = 0;
    const arcs: number[] = [];
    for (let p = 0; p < this.demands.length; p++) {
      arcs.length = 0;
      for (let e = this.arcStart[p]!; e < this.arcStart[p + 1]!; e++) arcs.push(this.arcs[e]!);
      if (master.addPath(this.demands[p]!, arcs)) added++;
    }
    this.seededTotal += added;
    // Started from the kept columns even where pricing from scratch found them all again.
    if (this.demands.length > 0) this.solvesSeeded++;
    return { added, rowsIn: this.rowsIn };
  }

  /** Keeps the paths of `master`'s certified optimum (`primal`, `dual` of its last LP) that carry flow or nearly price in. */
  keep(build: LpBuild, master: PathMaster, primal: Float64Array, dual: Float64Array): void {
    const demands: number[] = [];
    const arcStart: number[] = [0];
    const arcs: number[] = [];
    for (let p = 0; p < master.numPaths; p++) {
      // A cycle is kept out: its rows must be in the master's LP before its column (`PathMaster.addCycle`), and the
      // seed comes before the rows are left out; pricing finds it again where it is needed.
      if (master.pathDemand.get(p) < 0) continue;
      const reduced = master.pathReducedCost(p, dual);
      if (!(primal[master.pathColumn(p)]! > 0) && Math.abs(reduced) > NEAR_ZERO * (1 + Math.abs(master.pathCost.get(p)))) continue;
      demands.push(master.pathDemand.get(p));
      for (let e = master.pathArcStart.get(p); e < master.pathArcStart.get(p + 1); e++) arcs.push(master.pathArcs.get(e));
      arcStart.push(arcs.length);
    }
    if (this.signature === null || build.memo === undefined || build.memo !== this.memo) this.signature = signatureOf(build.layout);
    this.memo = build.memo;
    this.demands = Int32Array.from(demands);
    this.arcStart = Int32Array.from(arcStart);
    this.arcs = Int32Array.from(arcs);
    this.rowsIn = null;
    if (master.rowsLeftOut > 0) {
      this.rowsIn = new Uint8Array(master.numRows);
      for (let r = 0; r < master.numRows; r++) this.rowsIn[r] = master.inMasterLp(r) ? 1 : 0;
    }
  }

  /** Forgets the kept paths (the next solve starts from its own paths alone). */
  clear(): void {
    this.signature = null;
    this.memo = undefined;
    this.demands = new Int32Array(0);
    this.arcStart = new Int32Array(1);
    this.arcs = new Int32Array(0);
    this.rowsIn = null;
  }
}
