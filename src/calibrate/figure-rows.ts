import { COLUMN_KIND, type LpBuild, type LpProblem } from '../lp';
import { parseObservedFigure } from '../model/observed-figure';
import type { Observation } from '../model/types';

/**
 * One observed figure as a row of the scenario's LP: figure = Σ coef·x + constant.
 * `arcs` are the links whose tonnes make the figure (the link itself, the
 * corridor's gates, the links into the node): where calibration puts its
 * cost change and, when needed, its step links.
 */
export interface FigureRow {
  readonly of: string;
  readonly columns: readonly number[];
  readonly coefficients: readonly number[];
  /** t/yr of the figure that no column carries (a node's own origin tonnes). */
  readonly constant: number;
  readonly arcs: readonly number[];
  /** The observed item's index in its array, or -1 when it names nothing (validation prevents that). */
  readonly item: number;
  readonly collection: 'corridors' | 'links' | 'nodes';
}

/**
 * The rows of the observed figures over a built LP, following the spec's
 * definitions: a link's flow Σ_k x(k,l); a corridor's flow Σ over its gates;
 * a node's throughput Σ over the arcs into it plus the tonnes its own demands
 * send, s_k = V_k − u_k (so −u_k in the row and V_k in the constant).
 */
export function figureRows(build: LpBuild, ids: FigureIds, observations: readonly Observation[]): FigureRow[] {
  const { layout, lp } = build;
  return observations.map((observation) => {
    const figure = parseObservedFigure(observation.of);
    const collection = figure?.collection ?? 'links';
    const item = figure === undefined ? -1 : (ids[collection].get(figure.id) ?? -1);
    const inFigure = (link: number): boolean => {
      if (layout.linkIsArc[link] !== 1 || item < 0) return false;
      // A link's calibration steps carry its tonnes (`calibrated.stepOf`), as `observationFit` counts them.
      if (collection === 'links') return link === item || ids.stepOf[link] === item;
      if (collection === 'corridors') return layout.linkCorridor[link] === item;
      return layout.linkTo[link] === item;
    };
    const columns: number[] = [];
    const coefficients: number[] = [];
    for (let j = 0; j < lp.numCols; j++) {
      if (layout.columnKind[j] === COLUMN_KIND.flow && inFigure(layout.columnItem[j]!)) {
        columns.push(j);
        coefficients.push(1);
      }
    }
    let constant = 0;
    if (collection === 'nodes' && item >= 0) {
      for (let k = 0; k < layout.demandVolume.length; k++) {
        if (layout.demandOrigin[k] !== item) continue;
        constant += layout.demandVolume[k]!;
        const u = layout.unmetColumn[k]!;
        if (u >= 0) {
          columns.push(u);
          coefficients.push(-1);
        }
      }
    }
    const arcs: number[] = [];
    for (let l = 0; l < layout.linkIsArc.length; l++) if (inFigure(l)) arcs.push(l);
    return { of: observation.of, columns, coefficients, constant, arcs, item, collection };
  });
}

/** Id → index of the corridors, links and nodes; per link, the index of the link it is a calibration step of (or -1). */
export type FigureIds = Readonly<Record<'corridors' | 'links' | 'nodes', ReadonlyMap<string, number>>> & {
  readonly stepOf: readonly number[];
};

/** A row to add: Σ entries within [lower, upper]. */
export interface ExtraRow {
  readonly columns: readonly number[];
  readonly coefficients: readonly number[];
  readonly lower: number;
  readonly upper: number;
}

/** A column to add, with its cost, upper bound (lower 0) and entries in the added rows (by their position among them). */
export interface ExtraColumn {
  readonly cost: number;
  readonly upper: number;
  readonly entries: readonly (readonly [row: number, value: number])[];
}

/**
 * The LP with rows and columns added after its own (the scenario's LP stays
 * as built: its rows keep their meaning and duals), and optionally another
 * objective over its own columns.
 */
export function extendLp(
  lp: LpProblem,
  rows: readonly ExtraRow[],
  columns: readonly ExtraColumn[] = [],
  objective: Float64Array = lp.objective,
): LpProblem {
  const numCols = lp.numCols + columns.length;
  const numRows = lp.numRows + rows.length;
  const extraEntries: number[][] = rows.map(() => []);
  const extraValues: number[][] = rows.map(() => []);
  rows.forEach((row, i) => {
    extraEntries[i]!.push(...row.columns);
    extraValues[i]!.push(...row.coefficients);
  });
  columns.forEach((column, c) => {
    for (const [row, value] of column.entries) {
      extraEntries[row]!.push(lp.numCols + c);
      extraValues[row]!.push(value);
    }
  });
  const added = extraEntries.reduce((sum, e) => sum + e.length, 0);
  const base = lp.rowStart[lp.numRows]!;
  const rowStart = new Int32Array(numRows + 1);
  rowStart.set(lp.rowStart.subarray(0, lp.numRows + 1));
  const rowIndex = new Int32Array(base + added);
  const rowValue = new Float64Array(base + added);
  rowIndex.set(lp.rowIndex.subarray(0, base));
  rowValue.set(lp.rowValue.subarray(0, base));
  let at = base;
  for (let i = 0; i < rows.length; i++) {
    // GLPK aborts on a column repeated in one row: merge repeats.
    const merged = new Map<number, number>();
    extraEntries[i]!.forEach((j, p) => merged.set(j, (merged.get(j) ?? 0) + extraValues[i]![p]!));
    for (const [j, value] of merged) {
      rowIndex[at] = j;
      rowValue[at] = value;
      at++;
    }
    rowStart[lp.numRows + i + 1] = at;
  }
  const grow = (array: Float64Array, more: readonly number[]): Float64Array => {
    const out = new Float64Array(array.length + more.length);
    out.set(array.subarray(0, array.length));
    out.set(more, array.length);
    return out;
  };
  return {
    numCols,
    numRows,
    objective: grow(objective.subarray(0, lp.numCols), columns.map((c) => c.cost)),
    objectiveConstant: lp.objectiveConstant,
    colLower: grow(lp.colLower.subarray(0, lp.numCols), columns.map(() => 0)),
    colUpper: grow(lp.colUpper.subarray(0, lp.numCols), columns.map((c) => c.upper)),
    rowLower: grow(lp.rowLower.subarray(0, lp.numRows), rows.map((r) => r.lower)),
    rowUpper: grow(lp.rowUpper.subarray(0, lp.numRows), rows.map((r) => r.upper)),
    rowStart,
    rowIndex: rowIndex.subarray(0, at),
    rowValue: rowValue.subarray(0, at),
  };
}
