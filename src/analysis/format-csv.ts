import { printable } from './printable';
import { csvNumber } from './csv-number';

/**
 * CSV as RFC 4180 writes it: cells joined by commas, rows ended by "\n", a
 * cell quoted only when it holds a comma or a quote (scenario names may; ids
 * never do). Control characters, line breaks among them, are written as
 * `\uXXXX` escapes (`printable`): a CSV file is also read in terminals.
 * Numbers by the one CSV rule of src/analysis/csv-number.ts (ten
 * significant digits); null is an empty cell.
 */
export function formatCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? csvNumber(value) : printable(value);
  return /[",]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
