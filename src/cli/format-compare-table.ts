import type { Comparison, ComparisonRow } from '../analysis/compare';
import { formatDays, formatPrice, formatShare, formatWhole } from './format-number';
import { formatTable } from './format-table';

/**
 * `compare` without `--json`/`--csv`: the scenarios numbered [1], [2] … with
 * their files and statuses, one line per measure with each scenario's value
 * and its difference against [1], then the binding constraints of each and
 * which are new or gone against [1].
 */
export function formatCompareTable(comparison: Comparison, files: readonly string[]): string {
  const { names, statuses } = comparison;
  const parts: string[] = [`Comparing ${names.length} scenarios; differences against [1]\n`];
  parts.push(
    formatTable(
      [
        { header: '', align: 'left' },
        { header: '', align: 'left' },
        { header: '', align: 'left' },
      ],
      names.map((name, i) => [`[${i + 1}]`, `${name} (${files[i]})`, statuses[i]!]),
      { header: false },
    ),
  );

  const others = names.slice(1).map((_, i) => i + 1);
  parts.push('\n');
  parts.push(
    formatTable(
      [
        { header: 'measure', align: 'left' },
        { header: 'unit', align: 'left' },
        ...names.map((_, i) => ({ header: `[${i + 1}]`, align: 'right' as const })),
        ...others.map((i) => ({ header: `[${i + 1}] − [1]`, align: 'right' as const })),
      ],
      comparison.rows.map((row) => [
        row.label,
        row.unit === 'share' ? '%' : row.unit,
        ...row.values.map((v) => (v === null ? '–' : formatValue(row, v))),
        ...others.map((i) => {
          const d = row.differences[i] ?? null;
          return d === null ? '–' : formatDifference(row, d);
        }),
      ]),
    ),
  );

  parts.push('\nBinding constraints\n');
  parts.push(
    formatTable(
      [
        { header: '', align: 'left' },
        { header: 'binding', align: 'left' },
        { header: 'against [1]', align: 'left' },
      ],
      comparison.bottlenecks.map((b, i) => [
        `[${i + 1}]`,
        b.binding.length === 0 ? 'none' : b.binding.join(', '),
        i === 0 ? '' : againstFirst(b.added, b.removed),
      ]),
    ),
  );
  return parts.join('');
}

function againstFirst(added: readonly string[], removed: readonly string[]): string {
  if (added.length === 0 && removed.length === 0) return 'same';
  return [...(added.length > 0 ? [`added ${added.join(', ')}`] : []), ...(removed.length > 0 ? [`removed ${removed.join(', ')}`] : [])].join('; ');
}

function formatValue(row: ComparisonRow, value: number): string {
  switch (row.unit) {
    case 'share':
      return formatShare(value);
    case 'USD/t':
      return formatPrice(value);
    case 'days':
      return formatDays(value);
    case 't/yr':
    case 'USD/yr':
      return formatWhole(value);
  }
}

/** A signed difference; shares in percentage points. Zero (after rounding) carries no sign. */
function formatDifference(row: ComparisonRow, difference: number): string {
  const magnitude = row.unit === 'share' ? formatShare(Math.abs(difference)).replace(' %', ' pp') : formatValue(row, Math.abs(difference));
  const zero = row.unit === 'share' ? formatShare(0).replace(' %', ' pp') : formatValue(row, 0);
  if (magnitude === zero) return zero;
  return `${difference > 0 ? '+' : '−'}${magnitude}`;
}
