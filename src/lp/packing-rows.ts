import type { PathMaster } from './path-master';
import { float64, uint8 } from './scratch';

/**
 * Which coupling rows of `master` are packing rows (1): entries ≥ 0 only, in no unmet or slack column, a finite upper
 * bound and a lower bound that 0 meets — link capacities, a corridor's maxFlow. Flow can only fill such a row, and
 * every path flow of 0 meets it.
 */
export function packingRows(master: PathMaster): Uint8Array {
  const { lp } = master.build;
  const fixed = uint8(master.numRows);
  for (const j of master.fixedColumns) for (let p = master.entryStart[j]!; p < master.entryStart[j + 1]!; p++) fixed[master.entryRow[p]!] = 1;
  const packing = uint8(master.numRows);
  master.couplingRows.forEach((i, r) => {
    if (fixed[r] === 1 || !(lp.rowUpper[i]! < Infinity) || lp.rowLower[i]! > 0 || lp.rowUpper[i]! < 0) return;
    for (let p = lp.rowStart[i]!; p < lp.rowStart[i + 1]!; p++) if (lp.rowValue[p]! < 0) return;
    packing[r] = 1;
  });
  return packing;
}

/**
 * A row left out is put back once the master's flows fill this share of its capacity. Measured (simplex iterations
 * of all masters, Planar 100 / Planar 80 / Grid 5): 1 (full only) 4404 / 3510 / 566, 0.9 4280 / 3466 / 530; a row
 * nearly full now is likely to be full after the next paths.
 */
const PUT_BACK_SHARE = 0.9;
/** Rounding in a row's activity: a row left out and overfilled by less than this (relative to 1 + its capacity) holds. */
const ROUNDING = 1e-9;

/** What `LeftOutRows.putBackReached` put back. */
export interface PutBack {
  /** Rows put back into the master's LP. */
  readonly rows: number;
  /** Of those, rows the master's optimum broke: it is no optimum of the whole master, which must be solved again. */
  readonly broken: number;
}

/**
 * Capacity-row generation for the path method's master: the packing rows (`packingRows`) start out of the master's
 * LP (`PathMaster.leaveOut`) and come back (`putBackReached`) once the master's optimum fills them. The master without
 * them is a relaxation of the whole master; its duals, 0 for the rows left out, price paths as any master's do. Its
 * optimum that breaks no row left out is feasible for the whole master, so it is the whole master's optimum, with
 * the same duals (a row with room to spare has dual 0): the certificate the path method builds from it is the one it
 * would build with every row in, and `verifySolution` checks it on the arc LP, every row included.
 *
 * Why: at the optimum of Planar 100 87 of 532 link capacities bind (107 of 440 on Planar 80, 38 of 840 on Grid 5),
 * and every path has an entry in the capacity row of each of its links: rows that never bind make each pivot of the
 * masters dearer (GLPK's pivot row and steepest-edge weights run over every nonbasic column's entries).
 */
export class LeftOutRows {
  private readonly activity: Float64Array;

  /** Leaves every packing row of `master` out but those where `keepIn` is 1. */
  constructor(private readonly master: PathMaster, keepIn?: Uint8Array) {
    this.activity = float64(master.numRows);
    const packing = packingRows(master);
    for (let r = 0; r < master.numRows; r++) if (packing[r] === 1 && keepIn?.[r] !== 1) master.leaveOut(r);
  }

  /** Puts back every row left out that the master's optimum `primal` fills to PUT_BACK_SHARE of its capacity or more. */
  putBackReached(primal: Float64Array): PutBack {
    const { master, activity } = this;
    if (master.rowsLeftOut === 0) return { rows: 0, broken: 0 };
    const { lp } = master.build;
    master.leftOutActivity(primal, activity);
    let rows = 0;
    let broken = 0;
    master.couplingRows.forEach((i, r) => {
      const upper = lp.rowUpper[i]!;
      if (master.inMasterLp(r) || !(activity[r]! >= PUT_BACK_SHARE * upper)) return;
      master.putIn(r);
      rows++;
      if (activity[r]! > upper + ROUNDING * (1 + Math.abs(upper))) broken++;
    });
    return { rows, broken };
  }
}
