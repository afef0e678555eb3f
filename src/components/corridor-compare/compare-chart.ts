import { svg, type SVGTemplateResult } from 'lit';
import type { Comparison } from '../../analysis/compare';
import { UNMET_PAINT } from '../corridor-colors';
import { formatPercent } from '../format';
import { styleProps } from '../style-props';
import { axisUnit, formatTick, linearScale, niceTicks } from '../corridor-sweep/chart-scale';
import type { ShareSeries } from '../corridor-sweep/share-series';
import { msg, str } from '../i18n';

const MARGIN = { left: 180, right: 20, top: 8, bottom: 40 } as const;
const ROW_HEIGHT = 34;
const BAR_HEIGHT = 22;
/** A segment narrower than this, px, carries no share label (it would not fit). */
const LABEL_MIN_PX = 40;
/** Scenario names beyond this many characters are cut (the full name is in the row's title). */
const NAME_MAX = 26;

/** One piece of a scenario's bar: a corridor's (or other routes', or unmet) tonnes. */
export interface CompareSegment {
  readonly id: string;
  readonly label: string;
  readonly paint: string;
  readonly tonnes: number;
  /** Of the demand (served + unmet), 0…1. */
  readonly fraction: number;
}

/** A scenario's bar: its segments in series order, or null when it has no answer (not optimal). */
export interface CompareBar {
  readonly name: string;
  readonly status: string;
  readonly segments: readonly CompareSegment[] | null;
}

/**
 * Each scenario's freight as one stacked bar: the tonnes by corridor, other
 * routes, and unmet demand last, so bars of equal demand have equal length
 * and a closure shows as freight moving between colours (or to unmet).
 */
export function compareBars(c: Comparison, series: readonly ShareSeries[]): CompareBar[] {
  const value = (key: string, i: number) => c.rows.find((r) => r.key === key)?.values[i] ?? null;
  return c.names.map((name, i) => {
    const status = c.statuses[i] ?? 'error';
    if (status !== 'optimal') return { name, status, segments: null };
    const pieces = [
      ...series.map((s) => ({ id: s.id, label: s.label, paint: s.paint, tonnes: value(`flow:${s.id}`, i) ?? 0 })),
      { id: 'unmet', label: msg('Unmet demand'), paint: UNMET_PAINT, tonnes: value('unmet', i) ?? 0 },
    ];
    const total = pieces.reduce((sum, p) => sum + p.tonnes, 0);
    return { name, status, segments: pieces.map((p) => ({ ...p, fraction: total > 0 ? p.tonnes / total : 0 })) };
  });
}

/**
 * The stacked bars as an SVG (`part="chart"`, what the Export menu draws),
 * `width` px wide; a segment wide enough carries its share of the demand.
 */
export function renderCompareChart(bars: readonly CompareBar[], width: number, locale: string, statusWord: (status: string) => string): SVGTemplateResult {
  const height = MARGIN.top + bars.length * ROW_HEIGHT + MARGIN.bottom;
  const totals = bars.map((b) => (b.segments ?? []).reduce((sum, s) => sum + s.tonnes, 0));
  const { ticks, domain } = niceTicks(0, Math.max(1, ...totals), 5);
  const axis = axisUnit('t/yr', domain[1]);
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1;
  const x = linearScale(domain, [MARGIN.left, width - MARGIN.right]);
  const axisTitle = msg(str`Freight by route, including unmet demand (${axis.unit}); labels: share of the demand`);
  return svg`<svg part="chart" width=${width} height=${height} role="img" aria-label=${msg('Freight by route in each scenario, as stacked bars')}>
    <g class="grid">${ticks.map((t) => svg`<line x1=${x(t)} x2=${x(t)} y1=${MARGIN.top} y2=${height - MARGIN.bottom}></line>`)}</g>
    ${bars.map((bar, i) => renderBar(bar, MARGIN.top + i * ROW_HEIGHT, x, locale, statusWord))}
    <g class="axis">
      ${ticks.map((t) => svg`<text x=${x(t)} y=${height - MARGIN.bottom + 14} text-anchor="middle">${formatTick(t, axis, step, locale)}</text>`)}
    </g>
    <text class="axis-title" x=${(MARGIN.left + width - MARGIN.right) / 2} y=${height - 6} text-anchor="middle">${axisTitle}</text>
  </svg>`;
}

function renderBar(bar: CompareBar, top: number, x: (v: number) => number, locale: string, statusWord: (status: string) => string): SVGTemplateResult {
  const y = top + (ROW_HEIGHT - BAR_HEIGHT) / 2;
  const name = bar.name.length > NAME_MAX ? `${bar.name.slice(0, NAME_MAX - 1)}…` : bar.name;
  const label = svg`<text class="row-label" x=${MARGIN.left - 10} y=${top + ROW_HEIGHT / 2} dy="0.32em" text-anchor="end"><title>${bar.name}</title>${name}</text>`;
  if (bar.segments === null) {
    return svg`<g class="bar-row" data-name=${bar.name}>${label}
      <text class="no-answer" x=${MARGIN.left + 6} y=${top + ROW_HEIGHT / 2} dy="0.32em">${msg(str`no answer: ${statusWord(bar.status)}`)}</text></g>`;
  }
  let start = 0;
  const pieces = bar.segments.map((s) => {
    const x0 = x(start);
    start += s.tonnes;
    const w = x(start) - x0;
    if (s.tonnes <= 0) return svg``;
    const share = formatPercent(s.fraction, { locale });
    return svg`<rect class="segment" data-id=${s.id} x=${x0} y=${y} width=${Math.max(1, w)} height=${BAR_HEIGHT} style=${styleProps({ fill: s.paint })}><title>${s.label}: ${share}</title></rect>
      ${w >= LABEL_MIN_PX ? svg`<text class="segment-label" x=${x0 + w / 2} y=${y + BAR_HEIGHT / 2} dy="0.32em" text-anchor="middle">${share}</text>` : svg``}`;
  });
  return svg`<g class="bar-row" data-name=${bar.name}>${label}${pieces}</g>`;
}
