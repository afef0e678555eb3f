import type { Comparison } from './compare';
import { formatCsv } from './format-csv';

/**
 * `compare --csv`: a header `key,label,unit,<name>…,difference <name>…` (one
 * value column per scenario, one difference column per scenario after the
 * first, against the first), then a `status` row, one row per comparison row
 * (`share:<id>` as fractions, `flow:<id>`, `objective`, `unitCost`, `served`,
 * `unmet`, `unitCost:<demand>`), and one `binding:<constraint>` row per
 * constraint that binds in any scenario (1 binding, 0 not; a difference of 1
 * is added, −1 removed). Empty cells: no value (not optimal, nothing served).
 */
export function formatCompareCsv(comparison: Comparison): string {
  const { names } = comparison;
  const rest = names.slice(1);
  const header = ['key', 'label', 'unit', ...names, ...rest.map((n) => `difference ${n}`)];
  const rows: (string | number | null)[][] = [header];
  rows.push(['status', 'status', '', ...comparison.statuses, ...rest.map(() => null)]);
  for (const row of comparison.rows) rows.push([row.key, row.label, row.unit, ...row.values, ...row.differences.slice(1)]);
  const constraints = [...new Set(comparison.bottlenecks.flatMap((b) => b.binding))].sort();
  for (const constraint of constraints) {
    const values = comparison.bottlenecks.map((b) => (b.binding.includes(constraint) ? 1 : 0));
    rows.push([`binding:${constraint}`, `${constraint} binding`, '0/1', ...values, ...values.slice(1).map((v) => v - values[0]!)]);
  }
  return formatCsv(rows);
}
