import { formatCsv } from './format-csv';
import type { TwoWaySweep } from './two-way-sweep';

/**
 * The two-way grid as a long table, one row per point (rows' parameter
 * outer, columns' inner), so a spreadsheet or a plotting tool reads it
 * without reshaping: both parameter values (named by their paths), the
 * status, total cost (USD/yr), served and unmet (t/yr) and each corridor's
 * share and `other` as fractions of the served tonnes. A point that is not
 * optimal has only its values and status.
 */
export function formatTwoWayCsv(sweep: TwoWaySweep): string {
  const first = sweep.grid.flat().find((r) => r.status === 'optimal');
  const corridorIds = first?.corridors.map((c) => c.id) ?? [];
  const [rowPath, columnPath] = sweep.parameters;
  const header = [rowPath, columnPath, 'status', 'objective (USD/yr)', 'served (t/yr)', 'unmet (t/yr)', ...corridorIds.map((id) => `${id} (share)`), 'other (share)'];
  const rows = sweep.grid.flatMap((line, i) =>
    line.map((r, j) => {
      const lead = [sweep.rowValues[i]!, sweep.columnValues[j]!, r.status];
      if (r.status !== 'optimal') return [...lead, ...header.slice(lead.length).map(() => null)];
      const shares = new Map(r.corridors.map((c) => [c.id, c.share]));
      return [...lead, r.objective, r.served, r.unmet, ...corridorIds.map((id) => shares.get(id) ?? 0), r.other.share];
    }),
  );
  return formatCsv([header, ...rows]);
}
