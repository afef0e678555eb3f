import { csvNumber } from './csv-number';
import type { Sweep } from './sweep';

/**
 * `sweep --csv`, and the app's "Export CSV" of a sweep (one writer, so the
 * two files are byte for byte the same): a header
 * `value,objective,served,unmet,<corridor id>…,other` and one row per value.
 * Corridor and `other` columns are shares of the served tonnes as fractions
 * (0.25 = 25 %), the corridors in the result's order. Numbers are rounded by
 * the one CSV rule (csv-number.ts: ten significant digits). A point whose solve is not optimal has only its
 * value filled: zeros there would read as a free, empty network.
 *
 * Ids match `[A-Za-z0-9_.-]`, so no cell needs quoting.
 */
export function formatSweepCsv(sweep: Sweep): string {
  const corridorIds = sweep.points[0]?.result.corridors.map((c) => c.id) ?? [];
  const header = ['value', 'objective', 'served', 'unmet', ...corridorIds, 'other'];
  const rows = sweep.points.map(({ value, result }) => {
    if (result.status !== 'optimal') return [csvNumber(value), ...header.slice(1).map(() => '')];
    const shares = new Map(result.corridors.map((c) => [c.id, c.share]));
    return [
      csvNumber(value),
      csvNumber(result.objective),
      csvNumber(result.served),
      csvNumber(result.unmet),
      ...corridorIds.map((id) => csvNumber(shares.get(id) ?? 0)),
      csvNumber(result.other.share),
    ];
  });
  return [header, ...rows].map((cells) => cells.join(',')).join('\n') + '\n';
}
