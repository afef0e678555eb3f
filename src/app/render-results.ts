import { html, nothing, type TemplateResult } from 'lit';
import { getLocale, msg, str } from '../components/i18n';
import type { Result, Scenario } from '../model/types';
import type { MarginalRange } from '../analysis/marginal-range';
import type { MapRegion } from '../components/corridor-map/corridor-map';
import { renderObservations } from './render-observations';
import { renderWhy } from './render-why';
import type { PinnedBase } from './pinned-base';
import type { AnswerPair, LaterPart } from './staged-answer';

/** What the app can select: the same kinds the editor opens. */
export type Selection = { readonly kind: 'node' | 'link' | 'corridor' | 'demand'; readonly id: string };

/** Everything the results column shows and the actions it offers. */
export interface ResultsView {
  /** The scenario the result answers (or the last valid one before the first answer). */
  readonly scenario: Scenario | null;
  readonly result: Result | null;
  readonly solving: boolean;
  /** The result answers an earlier scenario (its solve was cancelled): shown dimmed as while solving. */
  readonly stale?: boolean;
  readonly selected: Selection | null;
  /** The demand whose routes the map traces, or null. */
  readonly traced: string | null;
  readonly base: PinnedBase | null;
  readonly canPin: boolean;
  readonly ranges: readonly MarginalRange[] | null;
  /** The ranges of `result` are still to come (see MarginalRangesController). */
  readonly rangesPending: boolean;
  /** Why the answer's binding capacities get no ranges (the network is too large: see MarginalRangesController), else null. */
  readonly rangesOmitted: string | null;
  readonly onPin: () => void;
  readonly onUnpin: () => void;
  readonly onSelect: (event: CustomEvent<Selection>) => void;
  /** A part of the column that is a chunk of its own (the observations) has arrived: render again. */
  readonly onChunkLoaded: () => void;
  /** What the later parts draw while a large answer is handed to them one task each (StagedAnswer); else `scenario` and `result`. */
  readonly later?: Readonly<Record<LaterPart, AnswerPair>>;
}

/**
 * The Caucasus, where TITR, TRIPP and the Iran route meet within a few
 * hundred kilometres: on a phone its links crowd together, so the map
 * offers to frame it (when the scenario has places there).
 */
const CAUCASUS: MapRegion = { label: 'Caucasus', bounds: [[38.3, 39.5], [43.7, 50.8]] };

const NO_REGIONS: readonly MapRegion[] = [];

/**
 * The regions of the last nodes asked about, in the language they were
 * named in: the app renders on every progress report and status change, and
 * a new array each time re-rendered the map and walked every node again
 * (2,500 nodes: 15 ms a render on a large network).
 */
let lastRegions: { readonly nodes: readonly unknown[]; readonly locale: string; readonly regions: readonly MapRegion[] } | null = null;

export function regionsOf(scenario: Scenario | null): readonly MapRegion[] {
  if (scenario === null) return NO_REGIONS;
  const locale = getLocale();
  if (lastRegions?.nodes === scenario.nodes && lastRegions.locale === locale) return lastRegions.regions;
  const [[latMin, lonMin], [latMax, lonMax]] = CAUCASUS.bounds;
  let inside = 0;
  for (const n of scenario.nodes) {
    if (n.lat !== undefined && n.lon !== undefined && n.lat >= latMin && n.lat <= latMax && n.lon >= lonMin && n.lon <= lonMax && ++inside >= 3) break;
  }
  const regions = inside >= 3 ? [{ ...CAUCASUS, label: msg('Caucasus') }] : NO_REGIONS;
  lastRegions = { nodes: scenario.nodes, locale, regions };
  return regions;
}

/** The answer (with the pinned base), the map, what binds and why: what stays in view while the levers move. */
export function renderResults(view: ResultsView): TemplateResult {
  const { scenario, result, solving, selected, base } = view;
  const demand = view.traced;
  const busy = solving ? 'true' : 'false';
  const current: AnswerPair = { scenario, result };
  const { bottlenecks, why, map } = view.later ?? { bottlenecks: current, why: current, map: current };
  // The ranges belong to `result`: none for bottlenecks that still draw an earlier answer.
  const earlier = bottlenecks.result !== result;
  return html`<div class="results">
    <section part="answer" class="answer" aria-label=${msg('Answer')}>
      ${renderPinBar(view)}
      <corridor-split .scenario=${scenario} .result=${result} ?stale=${solving || view.stale === true} .base=${base?.result ?? null} .baseName=${base?.name ?? ''}></corridor-split>
      ${scenario?.observed?.length && result ? renderObservations(scenario, result, view.onChunkLoaded) : nothing}
    </section>
    <section part="map" class="map" aria-label=${msg('Map')} aria-busy=${busy}>
      <corridor-map
        .scenario=${map.scenario}
        .result=${map.result}
        .selected=${selected?.kind === 'node' || selected?.kind === 'link' ? selected : null}
        .demand=${demand}
        .base=${base?.result ?? null}
        .regions=${regionsOf(map.scenario)}
        @corridor-select=${view.onSelect}
      ></corridor-map>
    </section>
    <section part="bottlenecks" class="bottlenecks" aria-label=${msg('Bottlenecks')} aria-busy=${busy}>
      <corridor-bottlenecks .scenario=${bottlenecks.scenario} .result=${bottlenecks.result} .ranges=${earlier ? null : view.ranges} ?ranges-pending=${!earlier && view.rangesPending} @corridor-select=${view.onSelect}></corridor-bottlenecks>
      ${view.rangesOmitted === null ? nothing : html`<p class="ranges-omitted">${view.rangesOmitted}</p>`}
    </section>
    <section part="why" class="why" aria-label=${msg('Why')} aria-busy=${busy}>${renderWhy(why.scenario, why.result, demand, view.onSelect)}</section>
  </div>`;
}

/** "Pin as base", or which base is pinned with a way to let it go. */
function renderPinBar(view: ResultsView): TemplateResult {
  const base = view.base;
  return html`<div class="pin-bar" role="group" aria-label=${msg('Pinned base')}>
    ${base === null
      ? html`<span class="pin-hint">${msg('Pin this answer to see later edits as changes against it.')}</span>`
      : html`<span class="pinned">${msg(str`Comparing against the pinned base: ${base.name}`)}</span>`}
    <button type="button" class="pin" ?disabled=${!view.canPin} @click=${view.onPin}>${base === null ? msg('Pin as base') : msg('Pin this instead')}</button>
    ${base === null ? nothing : html`<button type="button" class="unpin" @click=${view.onUnpin}>${msg('Unpin')}</button>`}
  </div>`;
}
