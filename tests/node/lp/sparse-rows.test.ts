import { describe, expect, it } from 'vitest';
import { SparseRows } from '../../../src/lp/sparse-rows';

describe('SparseRows', () => {
  it('should merge repeated columns of a row and drop entries that cancel', () => {
    const m = new SparseRows();
    m.push(1, 2, 1);
    m.push(0, 0, 3);
    m.push(1, 2, 0.5);
    m.push(1, 0, 4);
    m.push(0, 1, 2);
    m.push(0, 1, -2);
    m.push(2, 1, 0);
    const csr = m.toCsr(3, 3);
    expect(Array.from(csr.rowStart)).toEqual([0, 1, 3, 3]);
    expect(Array.from(csr.rowIndex)).toEqual([0, 2, 0]);
    expect(Array.from(csr.rowValue)).toEqual([3, 1.5, 4]);
  });

  it('should not merge a column with the same column of an earlier row', () => {
    const m = new SparseRows();
    m.push(0, 5, 1);
    m.push(0, 4, 1);
    m.push(0, 4, -1); // row 0 shrinks after merging
    m.push(1, 5, 2);
    m.push(1, 5, 2);
    m.push(2, 5, 7);
    const csr = m.toCsr(3, 6);
    expect(Array.from(csr.rowStart)).toEqual([0, 1, 2, 3]);
    expect(Array.from(csr.rowIndex)).toEqual([5, 5, 5]);
    expect(Array.from(csr.rowValue)).toEqual([1, 4, 7]);
  });

  it('should give empty rows for an empty matrix', () => {
    const csr = new SparseRows().toCsr(2, 0);
    expect(Array.from(csr.rowStart)).toEqual([0, 0, 0]);
    expect(csr.rowIndex.length).toBe(0);
  });
});
