import type { Result, Scenario } from '../../model/types';
import { corridorColor, OTHER_PAINT } from '../corridor-colors';
import { corridorLabel } from '../item-names';
import { msg } from '../i18n';

/** One stacked series of a share chart: a corridor or `other`. */
export interface ShareSeries {
  readonly id: string;
  readonly label: string;
  /** `var(--corridor-color-<id>, <fallback>)`. */
  readonly paint: string;
}

/**
 * The corridors (scenario order, then any only the results know) and
 * `other`, named and painted as in every other component.
 */
export function shareSeries(scenario: Scenario | null, ids: Iterable<string>): ShareSeries[] {
  const corridors = scenario?.corridors ?? [];
  const known = new Set(corridors.map((c) => c.id));
  const extra = [...new Set(ids)].filter((id) => id !== 'other' && !known.has(id));
  const all = [...corridors.map((c) => ({ id: c.id, corridor: c })), ...extra.map((id) => ({ id, corridor: undefined }))];
  return [
    ...all.map(({ id, corridor }, index) => ({
      id,
      label: corridorLabel(corridor, id),
      paint: corridorColor(corridor ?? { id }, index),
    })),
    {
      id: 'other',
      // A getter: series are kept between renders, and the label follows a change of language.
      get label() {
        return msg('Other routes');
      },
      paint: OTHER_PAINT,
    },
  ];
}

/** The corridor ids a set of results mention. */
export function resultCorridorIds(results: Iterable<Result>): string[] {
  const ids = new Set<string>();
  for (const r of results) for (const c of r.corridors) ids.add(c.id);
  return [...ids];
}

/** A corridor's (or `other`'s) share in a result; 0 where absent. */
export function shareIn(result: Result, id: string): number {
  if (id === 'other') return result.other.share;
  return result.corridors.find((c) => c.id === id)?.share ?? 0;
}

/** A corridor's (or `other`'s) label by id. */
export function seriesLabel(series: readonly ShareSeries[], id: string): string {
  return series.find((s) => s.id === id)?.label ?? id;
}
