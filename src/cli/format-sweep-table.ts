import type { Sweep } from '../analysis/sweep';
import { formatShare, formatWhole } from './format-number';
import { formatTable } from './format-table';
import { printable } from '../analysis/printable';

/** `sweep` without `--json`/`--csv`: one readable line per value. */
export function formatSweepTable(scenarioName: string, sweep: Sweep): string {
  const corridorIds = sweep.points[0]?.result.corridors.map((c) => c.id) ?? [];
  const table = formatTable(
    [
      { header: sweep.parameter, align: 'right' },
      { header: 'status', align: 'left' },
      { header: 'generalised cost USD/yr', align: 'right' },
      { header: 'served t/yr', align: 'right' },
      { header: 'unmet t/yr', align: 'right' },
      ...corridorIds.map((id) => ({ header: id, align: 'right' as const })),
      { header: 'other', align: 'right' },
    ],
    sweep.points.map(({ value, result }) => {
      if (result.status !== 'optimal') return [String(value), result.status];
      const shares = new Map(result.corridors.map((c) => [c.id, c.share]));
      return [
        String(value),
        result.status,
        formatWhole(result.objective),
        formatWhole(result.served),
        formatWhole(result.unmet),
        ...corridorIds.map((id) => formatShare(shares.get(id) ?? 0)),
        formatShare(result.other.share),
      ];
    }),
  );
  return `${printable(scenarioName)}: sweep of ${printable(sweep.parameter)} over ${sweep.points.length} values\n${table}`;
}
