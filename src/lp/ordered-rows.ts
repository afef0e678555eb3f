import { GrowableFloat64, GrowableInt32 } from './growable-array';

/**
 * Leading rows of a matrix written straight in CSR, a block of rows at a
 * time, each row's entries given in the order they keep, with no column
 * twice and no zero: no coordinate list, no counting sort, no merge (what
 * `SparseRows` does for entries that come in any order). The conservation
 * and capacity rows of a build, two entries and up to two per flow column,
 * are most of its entries; written this way the arc LP is built in a
 * fraction of the time, entry for entry the same.
 */
export class OrderedRows {
  /** Where each row's entries start, and the end of the last. */
  readonly starts: GrowableInt32;
  readonly rowIndex: GrowableInt32;
  readonly rowValue: GrowableFloat64;

  constructor(rows = 64, entries = 64) {
    this.starts = new GrowableInt32(rows + 1);
    this.rowIndex = new GrowableInt32(entries);
    this.rowValue = new GrowableFloat64(entries);
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
   * the caller then sets every entry (in `rowIndex.array`, `rowValue.array`), each row's in the order they keep.
   */
  appendRows(count: Int32Array): void {
    let at = this.rowIndex.length;
    const starts = this.starts;
    starts.reserve(count.length);
    const start = starts.array;
    let i = starts.length;
    for (let r = 0; r < count.length; r++) {
      const n = count[r]!;
      count[r] = at;
      at += n;
      start[i++] = at;
    }
    starts.length = i;
    this.rowIndex.extend(at - this.rowIndex.length);
    this.rowValue.extend(at - this.rowValue.length);
  }
}
