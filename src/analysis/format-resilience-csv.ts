import { formatCsv } from './format-csv';
import type { ResilienceSummary } from './summarize-resilience';

/**
 * `resilience --csv`, and the app's CSV export of the N−1 ranking (one
 * writer): one row per closure, worst first. `costIncrease` and `damage` in
 * USD/yr, `unmetIncrease` in t/yr, `lostLoad` the value of lost load used
 * (USD/t); new columns go last, so a reader of the earlier six keeps working.
 */
export function formatResilienceCsv(summary: ResilienceSummary): string {
  return formatCsv([
    ['rank', 'kind', 'id', 'status', 'costIncrease', 'unmetIncrease', 'damage', 'lostLoad'],
    ...summary.closures.map((c) => [c.rank, c.kind, c.id, c.status, c.costIncrease, c.unmetIncrease, c.damage, c.lostLoad]),
  ]);
}
