/**
 * The neutral LP (`src/lp/types.ts`: CSR rows, ±Infinity for "no bound") as
 * free-format MPS text, for native `glpsol --freemps`. Columns `x<j>`, rows
 * `r<i>`, objective row `obj`; the objective constant is left out (the
 * benchmark compares c·x). Ranged rows use RANGES; rows with no bound at all
 * are left out (they constrain nothing).
 *
 * @param {import('../src/lp/types').LpProblem} lp
 * @returns {string}
 */
export function writeMps(lp) {
  const { numCols, numRows, rowStart, rowIndex, rowValue, rowLower, rowUpper, colLower, colUpper, objective } = lp;
  const out = ['NAME corridor-flow', 'ROWS', ' N obj'];
  const rhs = [];
  const ranges = [];
  const kept = new Uint8Array(numRows);
  for (let i = 0; i < numRows; i++) {
    const lo = rowLower[i];
    const up = rowUpper[i];
    if (lo === -Infinity && up === Infinity) continue;
    kept[i] = 1;
    if (lo === up) {
      out.push(` E r${i}`);
      if (lo !== 0) rhs.push(` RHS r${i} ${lo}`);
    } else if (lo === -Infinity) {
      out.push(` L r${i}`);
      if (up !== 0) rhs.push(` RHS r${i} ${up}`);
    } else {
      out.push(` G r${i}`);
      if (lo !== 0) rhs.push(` RHS r${i} ${lo}`);
      if (up !== Infinity) ranges.push(` RNG r${i} ${up - lo}`);
    }
  }

  // CSR → CSC, so each column's entries are written together.
  const count = new Int32Array(numCols + 1);
  const nnz = rowStart[numRows];
  for (let p = 0; p < nnz; p++) count[rowIndex[p] + 1]++;
  for (let j = 0; j < numCols; j++) count[j + 1] += count[j];
  const colStart = Int32Array.from(count);
  const fill = Int32Array.from(count);
  const entryRow = new Int32Array(nnz);
  const entryValue = new Float64Array(nnz);
  for (let i = 0; i < numRows; i++) {
    for (let p = rowStart[i]; p < rowStart[i + 1]; p++) {
      const k = fill[rowIndex[p]]++;
      entryRow[k] = i;
      entryValue[k] = rowValue[p];
    }
  }

  out.push('COLUMNS');
  for (let j = 0; j < numCols; j++) {
    const entries = objective[j] !== 0 || colStart[j] === colStart[j + 1] ? [`x${j} obj ${objective[j]}`] : [];
    for (let k = colStart[j]; k < colStart[j + 1]; k++) if (kept[entryRow[k]]) entries.push(`x${j} r${entryRow[k]} ${entryValue[k]}`);
    if (entries.length === 0) entries.push(`x${j} obj 0`);
    for (const e of entries) out.push(` ${e}`);
  }
  out.push('RHS', ...rhs);
  if (ranges.length > 0) out.push('RANGES', ...ranges);

  out.push('BOUNDS');
  for (let j = 0; j < numCols; j++) {
    const lo = colLower[j];
    const up = colUpper[j];
    if (lo === up) out.push(` FX BND x${j} ${lo}`);
    else if (lo === -Infinity && up === Infinity) out.push(` FR BND x${j}`);
    else {
      if (lo === -Infinity) out.push(` MI BND x${j}`);
      else if (lo !== 0) out.push(` LO BND x${j} ${lo}`);
      if (up !== Infinity) out.push(` UP BND x${j} ${up}`);
    }
  }
  out.push('ENDATA', '');
  return out.join('\n');
}
