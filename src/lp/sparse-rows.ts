import { GrowableFloat64, GrowableInt32 } from './growable-array';
import { float64, int32, copyOf } from './scratch';

/** A row-wise sparse matrix: row i's entries are index/value[start[i] .. start[i+1]). */
export interface CsrMatrix {
  readonly rowStart: Int32Array;
  readonly rowIndex: Int32Array;
  readonly rowValue: Float64Array;
}

/**
 * Matrix entries collected in any order (coordinate form), turned into CSR
 * with the entries of one column inside a row merged into one: GLPK aborts
 * on a column repeated in a row, and the builder is simpler when it may emit
 * the same (row, column) twice. Entries that merge to 0 are dropped.
 */
export class SparseRows {
  private readonly rows = new GrowableInt32();
  private readonly cols = new GrowableInt32();
  private readonly values = new GrowableFloat64();

  push(row: number, col: number, value: number): void {
    this.rows.push(row);
    this.cols.push(col);
    this.values.push(value);
  }

  toCsr(numRows: number, numCols: number): CsrMatrix {
    const n = this.rows.length;
    const rows = this.rows.array;
    const cols = this.cols.array;
    const values = this.values.array;
    const count = int32(numRows + 1);
    if (n === 0) return { rowStart: count, rowIndex: int32(0), rowValue: float64(0) };
    for (let e = 0; e < n; e++) count[rows[e]! + 1]!++;
    for (let i = 0; i < numRows; i++) count[i + 1]! += count[i]!;

    // Bucket the entries by row (counting sort, stable).
    const next = copyOf(count, 0, numRows);
    const index = int32(n);
    const value = float64(n);
    for (let e = 0; e < n; e++) {
      const p = next[rows[e]!]!++;
      index[p] = cols[e]!;
      value[p] = values[e]!;
    }

    // Merge repeated columns within each row, compacting in place.
    const slotRow = int32(numCols).fill(-1);
    const slotPos = int32(numCols);
    const rowStart = int32(numRows + 1);
    let out = 0;
    for (let i = 0; i < numRows; i++) {
      const begin = out;
      rowStart[i] = begin;
      for (let p = count[i]!; p < count[i + 1]!; p++) {
        const j = index[p]!;
        if (slotRow[j] === i) {
          value[slotPos[j]!]! += value[p]!;
        } else {
          slotRow[j] = i;
          slotPos[j] = out;
          index[out] = j;
          value[out] = value[p]!;
          out++;
        }
      }
      // Drop entries that cancelled out (and any explicit zero).
      let keep = begin;
      for (let p = begin; p < out; p++) {
        if (value[p] !== 0) {
          index[keep] = index[p]!;
          value[keep] = value[p]!;
          keep++;
        }
      }
      out = keep;
    }
    rowStart[numRows] = out;
    return { rowStart, rowIndex: copyOf(index, 0, out), rowValue: copyOf(value, 0, out) };
  }
}
