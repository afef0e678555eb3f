import { formatCsv } from './format-csv';
import type { Sensitivity } from './sensitivity';

/**
 * The tornado as a table: one row per parameter moved, in the chart's order
 * (largest cost change first). Values in the parameter's own unit (the
 * path's field: t/yr, USD/t, days); cost changes in USD/yr against the base
 * solve; share changes as fractions of the served tonnes, per corridor and
 * `other`, at the low and at the high value. Empty cells: that solve was not
 * optimal.
 */
export function formatSensitivityCsv(sensitivity: Sensitivity): string {
  const groups = Object.keys(sensitivity.entries[0]?.shareDelta ?? {});
  const header = [
    'path',
    'baseValue',
    'lowValue',
    'highValue',
    'lowStatus',
    'highStatus',
    'costChangeLow (USD/yr)',
    'costChangeHigh (USD/yr)',
    ...groups.flatMap((g) => [`shareChangeLow ${g} (fraction)`, `shareChangeHigh ${g} (fraction)`]),
  ];
  const rows = sensitivity.entries.map((e) => [
    e.path,
    e.baseValue,
    e.lowValue,
    e.highValue,
    e.lowStatus,
    e.highStatus,
    e.objectiveDelta[0],
    e.objectiveDelta[1],
    ...groups.flatMap((g) => {
      const d = e.shareDelta[g];
      return [e.lowStatus === 'optimal' ? (d?.[0] ?? null) : null, e.highStatus === 'optimal' ? (d?.[1] ?? null) : null];
    }),
  ]);
  return formatCsv([header, ...rows]);
}
