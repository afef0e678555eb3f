import type { MarginalRange, MarginalRangeEnd } from '../analysis/marginal-range';
import { formatPrice, formatWhole } from './format-number';
import { formatTable } from './format-table';

/**
 * The section of `solve`'s readable output after the binding capacities: for
 * each, the capacity interval over which its marginal value holds (t/yr), and
 * what happens beyond the upper end. Ids are printed, as in the table above.
 */
export function formatMarginalRanges(ranges: readonly MarginalRange[]): string {
  if (ranges.length === 0) return '';
  const sorted = [...ranges].sort((a, b) => b.marginalValue - a.marginalValue || a.id.localeCompare(b.id));
  return (
    '\nMarginal values and the capacity range over which each holds\n' +
    formatTable(
      [
        { header: 'kind', align: 'left' },
        { header: 'id', align: 'left' },
        { header: 'USD/t', align: 'right' },
        { header: 'capacity t/yr', align: 'right' },
        { header: 'holds from t/yr', align: 'right' },
        { header: 'to t/yr', align: 'right' },
        { header: 'beyond', align: 'left' },
      ],
      sorted.map((r) => [r.kind, r.id, formatPrice(r.marginalValue), formatWhole(r.capacity), lower(r.down), upper(r.up), beyond(r)]),
    )
  );
}

function lower(end: MarginalRangeEnd): string {
  if (end.kind === 'error') return '–';
  return end.kind === 'infeasible' ? `${formatWhole(end.capacity)} (infeasible below)` : formatWhole(end.capacity);
}

function upper(end: MarginalRangeEnd): string {
  return end.kind === 'breakpoint' ? formatWhole(end.capacity) : '–';
}

function beyond(range: MarginalRange): string {
  const end = range.up;
  if (end.kind !== 'breakpoint') return 'not measured';
  const value = end.nextMarginalValue === null ? '' : `, then ${formatPrice(Math.max(0, end.nextMarginalValue))} USD/t`;
  if (end.startBinding.length > 0) return `${end.startBinding.join(', ')} binds${value}`;
  if (end.stopBinding.includes(`${range.kind}:${range.id}`)) return 'stops binding';
  return `value changes${value}`;
}
