import { printable } from '../analysis/printable';

/** A column of a plain-text table: numbers align right, words left. */
export interface TableColumn {
  readonly header: string;
  readonly align: 'left' | 'right';
}

/**
 * Lays rows out under their headers, columns separated by two spaces, every
 * line indented by two; trailing spaces trimmed so the output diffs cleanly.
 */
export function formatTable(
  givenColumns: readonly TableColumn[],
  givenRows: readonly (readonly string[])[],
  options: { readonly header?: boolean } = {},
): string {
  const header = options.header ?? true;
  // Names come from the user's file: shown as text, never acted on by the terminal.
  const columns = givenColumns.map((c) => ({ ...c, header: printable(c.header) }));
  const rows = givenRows.map((r) => r.map(printable));
  const widths = columns.map((c, i) => Math.max(header ? width(c.header) : 0, ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    ('  ' + columns.map((c, i) => pad(cells[i] ?? '', widths[i]!, c.align)).join('  ')).trimEnd();
  return [...(header ? [line(columns.map((c) => c.header))] : []), ...rows.map(line)].join('\n') + '\n';
}

function pad(text: string, to: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, to - width(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** Code points, not UTF-16 units, so `→` and `≥` count once. */
function width(text: string): number {
  return [...text].length;
}
