import { GrowableFloat64, GrowableInt32 } from './growable-array';

/**
 * Leading rows of a matrix written straight in CSR, a block of rows at a
 * time, each row's entries given in column order with no column twice: no
 * coordinate list, no counting sort, no merge (what `SparseRows` does for
 * entries that come in any order). The conservation rows of a build, two
 * entries per flow column, are most of its entries; written this way the
 * arc LP is built in a fraction of the time, entry for entry the same.
 */
export class OrderedRows {
  private readonly starts = new GrowableInt32();
  readonly rowIndex = new GrowableInt32();
  readonly rowValue = new GrowableFloat64();

  constructor() {
    this.starts.push(0);
  }

  get numRows(): number {
    return this.starts.length - 1;
  }

  get numEntries(): number {
    return this.rowIndex.length;
  }

  /**
   * Appends `count.length` rows, row r with `count[r]` entries, and turns
   * `count` into where each row's next entry goes (a position for `set`):
   * the caller then sets every entry, each row's in column order.
   */
  appendRows(count: Int32Array): void {
    let at = this.rowIndex.length;
    for (let r = 0; r < count.length; r++) {
      const n = count[r]!;
      count[r] = at;
      at += n;
      this.starts.push(at);
    }
    this.rowIndex.extend(at - this.rowIndex.length);
    this.rowValue.extend(at - this.rowValue.length);
  }

  /** Start of row `i`'s entries (`numRows` allowed: the end of the last). */
  rowStart(i: number): number {
    return this.starts.get(i);
  }
}
