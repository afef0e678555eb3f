import type { CalibrationResult, FitStatistics } from '../calibrate/types';
import { formatPrice, formatShare, formatWhole } from './format-number';
import { formatPercent } from './format-observation-table';
import { formatTable } from './format-table';

/**
 * The readable report of `corridor-flow calibrate`: the status, the cost
 * changes (old → new, why), each observed figure before and after, the fit
 * statistics, and the observations that cannot hold.
 */
export function formatCalibrationTable(name: string, result: CalibrationResult): string {
  const parts: string[] = [`${name}: ${result.status}\n`];
  for (const line of result.diagnosis ?? []) parts.push(`  ${line}\n`);
  if (result.status === 'error' || result.status === 'time-limit') return parts.join('');

  parts.push(`\nCost changes\n  (smallest: ${result.measure})\n`);
  if (result.changes.length === 0) parts.push('  none: the model already reproduces what can be reproduced\n');
  else {
    parts.push(
      formatTable(
        [
          { header: 'parameter', align: 'left' },
          { header: 'old USD/t', align: 'right' },
          { header: 'new USD/t', align: 'right' },
        ],
        result.changes.map((c) => [c.set, c.old === null ? 'new link' : formatPrice(c.old), formatPrice(c.value)]),
      ),
    );
    parts.push('\n  Why:\n');
    for (const change of result.changes) parts.push(`  - ${change.set}: ${change.reason}\n`);
  }

  parts.push('\nObserved against the model, before and after\n');
  parts.push(
    formatTable(
      [
        { header: 'figure', align: 'left' },
        { header: 'year', align: 'right' },
        { header: 'observed t/yr', align: 'right' },
        { header: 'before t/yr', align: 'right' },
        { header: 'before', align: 'right' },
        { header: 'after t/yr', align: 'right' },
        { header: 'after', align: 'right' },
      ],
      result.before.map((before, i) => {
        const after = result.after[i];
        return [
          before.of,
          before.year === undefined ? '' : String(before.year),
          formatWhole(before.observed),
          before.model === null ? '–' : formatWhole(before.model),
          formatPercent(before.percent),
          after?.model === null || after === undefined ? '–' : formatWhole(after.model),
          formatPercent(after?.percent ?? null),
        ];
      }),
    ),
  );
  parts.push(`\n  fit before: ${fitLine(result.fitBefore)}\n  fit after:  ${fitLine(result.fitAfter)}\n`);

  if (result.conflicts.length > 0) {
    parts.push('\nObservations that cannot hold (the calibration above fits the closest levels instead)\n');
    parts.push(
      formatTable(
        [
          { header: 'figure', align: 'left' },
          { header: 'observed t/yr', align: 'right' },
          { header: 'closest t/yr', align: 'right' },
          { header: 'misses by t/yr', align: 'right' },
          { header: 'why', align: 'left' },
        ],
        result.conflicts.map((c) => [c.of, formatWhole(c.observed), formatWhole(c.closest), formatWhole(c.missBy), c.reason]),
      ),
    );
  }
  parts.push(`\n  solver: ${result.solver.name} ${result.solver.version}, ${formatWhole(result.solver.ms)} ms\n`);
  return parts.join('');
}

function fitLine(fit: FitStatistics): string {
  if (fit.meanAbsolutePercentError === null) return 'no figure with a % error';
  const worst = fit.worst === null ? '' : `, worst ${fit.worst.of} ${formatPercent(fit.worst.percent)}`;
  return `mean absolute error ${formatShare(fit.meanAbsolutePercentError / 100)}${worst}`;
}
