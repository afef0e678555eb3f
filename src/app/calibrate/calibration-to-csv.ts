import type { CalibrationResult } from '../../calibrate/types';
import { formatCsv } from '../../analysis/format-csv';
import { roundTo } from '../../analysis/round-to';

const HEADER = [
  'kind',
  'path',
  'year',
  'cost_before_usd_per_t',
  'cost_after_usd_per_t',
  'cost_change_usd_per_t',
  'observed_t_per_yr',
  'model_before_t_per_yr',
  'model_after_t_per_yr',
  'error_before_pct',
  'error_after_pct',
  'reason',
] as const;

/**
 * A calibration as one CSV table (units in the column names, figures rounded
 * to what they mean: USD/t to the cent, tonnes whole, errors to 0.1 %): a
 * `change` row per cost it changed (before → after, why: a fitted cost per
 * tonne of the link or node, time not included, not a tariff), then an
 * `observation` row per
 * observed figure with the model's figure before and after. Empty cells: no
 * value (an added step link has no cost before; an unsolved model no figure).
 */
export function calibrationToCsv(c: CalibrationResult): string {
  const after = new Map(c.after.map((f) => [`${f.of}|${f.year ?? ''}`, f]));
  const rounded = (value: number | null | undefined, digits: number) => (value === null || value === undefined ? null : roundTo(value, digits));
  const rows: (string | number | null)[][] = [
    [...HEADER],
    ...c.changes.map((x) => ['change', x.set, null, rounded(x.old, 2), rounded(x.value, 2), x.old === null ? null : roundTo(x.value - x.old, 2), null, null, null, null, null, x.reason]),
    ...c.before.map((b) => {
      const a = after.get(`${b.of}|${b.year ?? ''}`);
      return ['observation', b.of, b.year ?? null, null, null, null, rounded(b.observed, 0), rounded(b.model, 0), rounded(a?.model, 0), rounded(b.percent, 1), rounded(a?.percent, 1), null];
    }),
  ];
  return formatCsv(rows);
}
