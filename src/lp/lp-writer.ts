import { GrowableFloat64, GrowableInt32 } from './growable-array';
import { OrderedRows } from './ordered-rows';
import { SparseRows, type CsrMatrix } from './sparse-rows';
import { float64, int32, uint8From } from './scratch';
import type { LpProblem } from './types';

/**
 * The LP as it is written, column by column and row by row, with what each
 * stands for (`COLUMN_KIND`, `ROW_KIND` of lp-layout.ts). Entries may come in
 * any order and repeat (see `SparseRows`), except in the leading rows
 * written whole through `orderedRows`, in which `addEntry` may put none.
 */
export class LpWriter {
  readonly columnKind = new GrowableInt32();
  readonly columnCommodity = new GrowableInt32();
  readonly columnItem = new GrowableInt32();
  readonly columnCost = new GrowableFloat64();
  readonly columnUpper = new GrowableFloat64();
  readonly columnOnRoute = new GrowableInt32();
  readonly rowKind = new GrowableInt32();
  readonly rowItem = new GrowableInt32();
  readonly rowCommodity = new GrowableInt32();
  readonly rowLower = new GrowableFloat64();
  readonly rowUpper = new GrowableFloat64();
  private readonly entries = new SparseRows();
  /** The first rows' entries, written in CSR straight away (the conservation rows: see `OrderedRows`). */
  readonly orderedRows = new OrderedRows();

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
      objective: this.columnCost.toArray(),
      objectiveConstant,
      colLower: float64(numCols),
      colUpper: this.columnUpper.toArray(),
      rowLower: this.rowLower.toArray(),
      rowUpper: this.rowUpper.toArray(),
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
    const head = ordered.numEntries;
    const rowStart = int32(this.numRows + 1);
    for (let i = 0; i <= numOrdered; i++) rowStart[i] = ordered.rowStart(i);
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
      columnKind: uint8From(this.columnKind.toArray()),
      columnCommodity: this.columnCommodity.toArray(),
      columnItem: this.columnItem.toArray(),
      columnOnRoute: uint8From(this.columnOnRoute.toArray()),
      rowKind: uint8From(this.rowKind.toArray()),
      rowItem: this.rowItem.toArray(),
      rowCommodity: this.rowCommodity.toArray(),
    };
  }
}
