import { COLUMN_KIND, type LpBuild } from './lp-layout';
import type { PathMaster } from './path-master';
import { float64 } from './scratch';

/** Relative size below which a row's violation, or an artificial's value, is rounding. */
export const ARTIFICIAL_TOLERANCE = 1e-9;

/** The artificial columns of a `PathMaster`: each one's master row, its coefficient there (±1), and the size of what it stands in for. */
export interface MasterArtificials {
  readonly row: Int32Array;
  readonly sign: Int32Array;
  readonly scale: Float64Array;
}

/**
 * The artificials that keep `master` feasible whatever paths it has (see `PathMaster`): one per hard demand (in its
 * demand row), and one per coupling row that the start (no path; every soft demand unmet) breaks.
 */
export function masterArtificials(
  build: LpBuild,
  master: Pick<PathMaster, 'couplingRows' | 'demandRow' | 'fixedColumns' | 'entryStart' | 'entryRow' | 'entryValue'>,
): MasterArtificials {
  const { lp, layout } = build;
  const coupling = master.couplingRows;
  const numDemands = master.demandRow.length;
  const fixed = master.fixedColumns;
  const artificial: number[] = [];
  const sign: number[] = [];
  const scale: number[] = [];
  for (let k = 0; k < numDemands; k++) {
    if (layout.unmetColumn[k]! >= 0) continue;
    artificial.push(master.demandRow[k]!);
    sign.push(1);
    scale.push(1 + layout.demandVolume[k]!);
  }
  // At the start every soft demand goes unmet (u_k = V_k) and every hard one artificially served:
  // each coupling row that point breaks gets an artificial that mends it.
  const activity = float64(coupling.length);
  const size = float64(coupling.length);
  for (const j of fixed) {
    const at = layout.columnKind[j] === COLUMN_KIND.unmet ? lp.colUpper[j]! : lp.colLower[j]!;
    for (let p = master.entryStart[j]!; p < master.entryStart[j + 1]!; p++) {
      activity[master.entryRow[p]!]! += master.entryValue[p]! * at;
      size[master.entryRow[p]!]! += Math.abs(master.entryValue[p]! * at);
    }
  }
  for (let r = 0; r < coupling.length; r++) {
    const i = coupling[r]!;
    // Rounding in the sum (0.99·1 + 0.99·40 against 0.99·41) breaks nothing.
    const slack = ARTIFICIAL_TOLERANCE * (1 + size[r]!);
    if (activity[r]! >= lp.rowLower[i]! - slack && activity[r]! <= lp.rowUpper[i]! + slack) continue;
    artificial.push(r);
    sign.push(activity[r]! < lp.rowLower[i]! ? 1 : -1);
    scale.push(1 + size[r]! + Math.abs(activity[r]! < lp.rowLower[i]! ? lp.rowLower[i]! : lp.rowUpper[i]!));
  }
  return { row: Int32Array.from(artificial), sign: Int32Array.from(sign), scale: Float64Array.from(scale) };
}
