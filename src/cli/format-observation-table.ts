import type { ObservationFit } from '../calibrate/types';
import { formatShare, formatWhole } from './format-number';
import { formatTable } from './format-table';

/** The observations beside the model's figures: `solve`'s "Observed" section. */
export function formatObservationTable(fits: readonly ObservationFit[]): string {
  return formatTable(
    [
      { header: 'figure', align: 'left' },
      { header: 'year', align: 'right' },
      { header: 'observed t/yr', align: 'right' },
      { header: 'model t/yr', align: 'right' },
      { header: 'difference t/yr', align: 'right' },
      { header: 'difference', align: 'right' },
    ],
    fits.map((fit) => [
      fit.of,
      fit.year === undefined ? '' : String(fit.year),
      formatWhole(fit.observed),
      fit.model === null ? '–' : formatWhole(fit.model),
      fit.difference === null ? '–' : signed(formatWhole(fit.difference)),
      formatPercent(fit.percent),
    ]),
  );
}

/** A % difference with its sign, `–` where there is none (an observed 0 or no model figure). */
export function formatPercent(percent: number | null): string {
  return percent === null ? '–' : signed(formatShare(percent / 100));
}

function signed(text: string): string {
  return text.startsWith('-') || /^0(\.0+)?( %)?$/.test(text) ? text : `+${text}`;
}
