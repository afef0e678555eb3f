/**
 * Reads CSV as RFC 4180 writes it (quoted cells with "" for a quote), so the
 * tests read `--csv` the way a spreadsheet would rather than splitting on
 * commas. Expects the final "\n" the command line always writes.
 */
/**
 * What a CSV cell holds for `value`: the number rounded to ten significant
 * digits (src/analysis/csv-number.ts, written out here rather than imported,
 * so a change of the rule shows up as a failing test), null for no value.
 */
export function csvRounded(value: number | null): number | null {
  return value === null ? null : Number(value.toPrecision(10));
}

export function parseCsv(text: string): string[][] {
  if (!text.endsWith('\n')) throw new Error(`parseCsv: expected text ending in a newline, got ${JSON.stringify(text.slice(-20))}`);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  return rows;
}

/** A CSV cell as the number or null it stands for (an empty cell is null). */
export function cellValue(cell: string): number | null {
  if (cell === '') return null;
  const value = Number(cell);
  if (Number.isNaN(value)) throw new Error(`cellValue: not a number: ${JSON.stringify(cell)}`);
  return value;
}
