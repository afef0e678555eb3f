import { COLUMN_KIND, ROW_KIND, type LpBuild } from './lp-layout';
import { int32 } from './scratch';

/**
 * What the path method's restricted master (`PathMaster`) takes from the
 * arc LP's layout alone, the same for every build of one layout (see
 * `perLayout`): which rows couple the commodities and where each lands in
 * the master, the coupling entries of every arc-LP column by master row,
 * the fixed (unmet and slack) columns, and each commodity's conservation
 * rows. The entries' values are numbers of the build (the share rows'
 * coefficients move with the shares): `entrySource` says where in the arc
 * LP's `rowValue` each one is read.
 */
export interface MasterStructure {
  /** Arc-LP row of each coupling (master) row: every row but conservation, in arc-LP order. */
  readonly couplingRows: Int32Array;
  /** Master row of each demand's row (after the coupling rows). */
  readonly demandRow: Int32Array;
  readonly numRows: number;
  /** Coupling entries of each arc-LP column (CSC): rows `entryRow[entryStart[j] .. entryStart[j+1]]`. */
  readonly entryStart: Int32Array;
  readonly entryRow: Int32Array;
  /** Position in the arc LP's `rowValue` of each entry's value. */
  readonly entrySource: Int32Array;
  /** Arc-LP column of each fixed master column (unmet and slack), in order. */
  readonly fixedColumns: Int32Array;
  /** Each commodity's conservation rows: `conservationRows[conservationStart[c] .. conservationStart[c+1]]`. */
  readonly conservationStart: Int32Array;
  readonly conservationRows: Int32Array;
}

export function masterStructure(build: LpBuild): MasterStructure {
  const { lp, layout } = build;
  const masterRowOf = int32(lp.numRows).fill(-1);
  const coupling: number[] = [];
  for (let i = 0; i < lp.numRows; i++) if (layout.rowKind[i] !== ROW_KIND.conservation) masterRowOf[i] = coupling.push(i) - 1;
  const numDemands = layout.demandCommodity.length;
  const demandRow = int32(numDemands);
  for (let k = 0; k < numDemands; k++) demandRow[k] = coupling.length + k;

  const entryStart = int32(lp.numCols + 1);
  for (const i of coupling) for (let p = lp.rowStart[i]!; p < lp.rowStart[i + 1]!; p++) entryStart[lp.rowIndex[p]! + 1]!++;
  for (let j = 0; j < lp.numCols; j++) entryStart[j + 1]! += entryStart[j]!;
  const fill = entryStart.slice(0, lp.numCols);
  const numEntries = entryStart[lp.numCols]!;
  const entryRow = int32(numEntries);
  const entrySource = int32(numEntries);
  for (const i of coupling) {
    for (let p = lp.rowStart[i]!; p < lp.rowStart[i + 1]!; p++) {
      const at = fill[lp.rowIndex[p]!]!++;
      entryRow[at] = masterRowOf[i]!;
      entrySource[at] = p;
    }
  }

  const fixed: number[] = [];
  for (let j = 0; j < lp.numCols; j++) if (layout.columnKind[j] !== COLUMN_KIND.flow) fixed.push(j);

  const conservationStart = int32(layout.numCommodities + 1);
  for (let i = 0; i < lp.numRows; i++) if (layout.rowKind[i] === ROW_KIND.conservation) conservationStart[layout.rowCommodity[i]! + 1]!++;
  for (let c = 0; c < layout.numCommodities; c++) conservationStart[c + 1]! += conservationStart[c]!;
  const next = conservationStart.slice(0, layout.numCommodities);
  const conservationRows = int32(conservationStart[layout.numCommodities]!);
  for (let i = 0; i < lp.numRows; i++) if (layout.rowKind[i] === ROW_KIND.conservation) conservationRows[next[layout.rowCommodity[i]!]!++] = i;

  return {
    couplingRows: Int32Array.from(coupling),
    demandRow,
    numRows: coupling.length + numDemands,
    entryStart,
    entryRow,
    entrySource,
    fixedColumns: Int32Array.from(fixed),
    conservationStart,
    conservationRows,
  };
}
