import { GrowableFloat64, GrowableInt32, GrowableUint8 } from './growable-array';
import { OrderedRows } from './ordered-rows';
import { SparseRows, type CsrMatrix } from './sparse-rows';
import { float64, int32 } from './scratch';
import type { LpProblem } from './types';

/** How much room an `LpWriter` starts with: no more than it will likely need, no less, so that it need not grow. */
export interface LpWriterCapacity {
  readonly columns?: number;
  readonly rows?: number;
  /** Entries of the leading rows written in CSR (`orderedRows`). */
  readonly orderedEntries?: number;
}

/**
 * The LP as it is written, column by column and row by row, with what each
 * stands for (`COLUMN_KIND`, `ROW_KIND` of lp-layout.ts). Entries may come in
 * any order and repeat (see `SparseRows`), except in the leading rows
 * written whole through `orderedRows`, in which `addEntry` may put none.
 * Many columns at a time go in through `reserveColumns`, the column arrays'
 * `array` and `setNumCols` (see `GrowableArray`).
 */
export class LpWriter {
  readonly columnKind: GrowableUint8;
  readonly columnCommodity: GrowableInt32;
  readonly columnItem: GrowableInt32;
  readonly columnCost: GrowableFloat64;
  readonly columnUpper: GrowableFloat64;
  readonly columnOnRoute: GrowableUint8;
  readonly rowKind: GrowableUint8;
  readonly rowItem: GrowableInt32;
  readonly rowCommodity: GrowableInt32;
  readonly rowLower: GrowableFloat64;
  readonly rowUpper: GrowableFloat64;
  private readonly entries = new SparseRows();
  /** The first rows' entries, written in CSR straight away (conservation and capacity rows: see `OrderedRows`). */
  readonly orderedRows: OrderedRows;

  constructor({ columns = 64, rows = 64, orderedEntries = 64 }: LpWriterCapacity = {}) {
    this.columnKind = new GrowableUint8(columns);
    this.columnCommodity = new GrowableInt32(columns);
    this.columnItem = new GrowableInt32(columns);
    this.columnCost = new GrowableFloat64(columns);
    this.columnUpper = new GrowableFloat64(columns);
    this.columnOnRoute = new GrowableUint8(columns);
    this.rowKind = new GrowableUint8(rows);
    this.rowItem = new GrowableInt32(rows);
    this.rowCommodity = new GrowableInt32(rows);
    this.rowLower = new GrowableFloat64(rows);
    this.rowUpper = new GrowableFloat64(rows);
    this.orderedRows = new OrderedRows(rows, orderedEntries);
  }

  get numCols(): number {
    return this.columnKind.length;
  }

  get numRows(): number {
    return this.rowKind.length;
  }

  addRow(kind: number, item: number, commodity: number, lower: number, upper: number): number {
    this.rowKind.push(kind);
    this.rowItem.push(item);
    this.rowCommodity.push(commodity);
    this.rowLower.push(lower);
    this.rowUpper.push(upper);
    return this.rowKind.length - 1;
  }

  /** `onRoute` 0: a column reachability pruning would leave out (plain builds only). */
  addColumn(kind: number, commodity: number, item: number, cost: number, upper: number, onRoute = 1): number {
    this.columnKind.push(kind);
    this.columnCommodity.push(commodity);
    this.columnItem.push(item);
    this.columnCost.push(cost);
    this.columnUpper.push(upper);
    this.columnOnRoute.push(onRoute);
    return this.columnKind.length - 1;
  }

  /** Room for `n` more columns in every column array (their `array`s are then valid until `setNumCols`). */
  reserveColumns(n: number): void {
    this.columnKind.reserve(n);
    this.columnCommodity.reserve(n);
    this.columnItem.reserve(n);
    this.columnCost.reserve(n);
    this.columnUpper.reserve(n);
    this.columnOnRoute.reserve(n);
  }

  /** After columns were written straight into the reserved arrays: there are `n` columns now. */
  setNumCols(n: number): void {
    this.columnKind.length = n;
    this.columnCommodity.length = n;
    this.columnItem.length = n;
    this.columnCost.length = n;
    this.columnUpper.length = n;
    this.columnOnRoute.length = n;
  }

  /** Room for `n` more rows in every row array (their `array`s are then valid until `setNumRows`). */
  reserveRows(n: number): void {
    this.rowKind.reserve(n);
    this.rowItem.reserve(n);
    this.rowCommodity.reserve(n);
    this.rowLower.reserve(n);
    this.rowUpper.reserve(n);
  }

  /** After rows were written straight into the reserved arrays: there are `n` rows now. */
  setNumRows(n: number): void {
    this.rowKind.length = n;
    this.rowItem.length = n;
    this.rowCommodity.length = n;
    this.rowLower.length = n;
    this.rowUpper.length = n;
  }

  addEntry(row: number, column: number, value: number): void {
    this.entries.push(row, column, value);
  }

  /** The problem written so far. */
  problem(objectiveConstant: number): LpProblem {
    const numCols = this.numCols;
    const numRows = this.numRows;
    const csr = this.withOrderedRows(this.entries.toCsr(numRows, numCols));
    return {
      numCols,
      numRows,
      objective: this.columnCost.trimmed(),
      objectiveConstant,
      colLower: float64(numCols),
      colUpper: this.columnUpper.trimmed(),
      rowLower: this.rowLower.trimmed(),
      rowUpper: this.rowUpper.trimmed(),
      rowStart: csr.rowStart,
      rowIndex: csr.rowIndex,
      rowValue: csr.rowValue,
    };
  }

  /** `csr` (of the entries given to `addEntry`) with the ordered rows' entries in front. */
  private withOrderedRows(csr: CsrMatrix): CsrMatrix {
    const ordered = this.orderedRows;
    const numOrdered = ordered.numRows;
    if (numOrdered === 0) return csr;
    if (numOrdered > this.numRows || csr.rowStart[numOrdered] !== 0) {
      throw new Error(`LpWriter.problem: entries were added to the ${numOrdered} ordered rows (of ${this.numRows}) one by one`);
    }
    // Every row ordered (no corridor rows): the ordered rows' own arrays, not copied (see `GrowableArray.trimmed`).
    if (numOrdered === this.numRows) return { rowStart: ordered.starts.trimmed(), rowIndex: ordered.rowIndex.trimmed(), rowValue: ordered.rowValue.trimmed() };
    const head = ordered.numEntries;
    const rowStart = int32(this.numRows + 1);
    rowStart.set(ordered.starts.view());
    for (let i = numOrdered + 1; i <= this.numRows; i++) rowStart[i] = head + csr.rowStart[i]!;
    const numEntries = head + csr.rowIndex.length;
    const rowIndex = int32(numEntries);
    const rowValue = float64(numEntries);
    rowIndex.set(ordered.rowIndex.view());
    rowValue.set(ordered.rowValue.view());
    rowIndex.set(csr.rowIndex, head);
    rowValue.set(csr.rowValue, head);
    return { rowStart, rowIndex, rowValue };
  }

  /** The columns' and rows' meanings, as the layout keeps them. */
  meanings(): {
    readonly columnKind: Uint8Array;
    readonly columnCommodity: Int32Array;
    readonly columnItem: Int32Array;
    readonly columnOnRoute: Uint8Array;
    readonly rowKind: Uint8Array;
    readonly rowItem: Int32Array;
    readonly rowCommodity: Int32Array;
  } {
    return {
      columnKind: this.columnKind.trimmed(),
      columnCommodity: this.columnCommodity.trimmed(),
      columnItem: this.columnItem.trimmed(),
      columnOnRoute: this.columnOnRoute.trimmed(),
      rowKind: this.rowKind.trimmed(),
      rowItem: this.rowItem.trimmed(),
      rowCommodity: this.rowCommodity.trimmed(),
    };
  }
}
