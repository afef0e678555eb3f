import { svg, type SVGTemplateResult } from 'lit';
import type { Closure } from '../../analysis/resilience';
import { formatUsd } from '../format';
import { axisUnit, formatTick, linearScale, niceTicks } from '../corridor-sweep/chart-scale';
import { msg, str } from '../i18n';

const MARGIN = { left: 200, right: 96, top: 8, bottom: 40 } as const;
const ROW_HEIGHT = 26;
const BAR_HEIGHT = 16;
/** Closures drawn: the chart shows the worst; the table under it ranks them all. */
export const CHART_ROWS = 12;
const NAME_MAX = 30;

/** The paints of the two kinds of bar, for the page's legend and the exported one. */
export const DAMAGE_PAINT = 'var(--corridor-resilience-bar-color, #8c2f39)';
export const LOST_LOAD_PAINT = 'var(--corridor-resilience-lost-load-color, #d9822b)';

/** A closure as the chart draws it: its name and, for a link, its route (in the row's title). */
export interface DamageRow {
  readonly closure: Closure;
  readonly name: string;
}

/**
 * The worst closures as horizontal bars of damage (USD/yr: the rise in
 * generalised cost with unserved freight at its price), worst on top; a
 * closure that leaves hard demand unserved is painted apart, since its
 * damage rests on the value of lost load chosen, not on the network alone.
 */
export function renderDamageChart(rows: readonly DamageRow[], width: number, locale: string, noAnswer: (c: Closure) => string): SVGTemplateResult {
  const shown = rows.slice(0, CHART_ROWS);
  const height = MARGIN.top + shown.length * ROW_HEIGHT + MARGIN.bottom;
  const damages = shown.map((r) => r.closure.damage).filter((d): d is number => d !== null);
  const { ticks, domain } = niceTicks(Math.min(0, ...damages), Math.max(1, ...damages), 5);
  const axis = axisUnit('USD/yr', Math.max(Math.abs(domain[0]), Math.abs(domain[1])));
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1;
  const x = linearScale(domain, [MARGIN.left, width - MARGIN.right]);
  const axisTitle = msg(str`Damage: rise in generalised cost (money + time valued), unserved freight at its price (${axis.unit})`);
  return svg`<svg part="chart" width=${width} height=${height} role="img" aria-label=${msg(str`Damage of the ${shown.length} most damaging closures, as bars`)}>
    <g class="grid">${ticks.map((t) => svg`<line x1=${x(t)} x2=${x(t)} y1=${MARGIN.top} y2=${height - MARGIN.bottom}></line>`)}</g>
    ${shown.map((row, i) => renderRow(row, MARGIN.top + i * ROW_HEIGHT, x, locale, noAnswer))}
    <line class="zero" x1=${x(0)} x2=${x(0)} y1=${MARGIN.top} y2=${height - MARGIN.bottom}></line>
    <g class="axis">
      ${ticks.map((t) => svg`<text x=${x(t)} y=${height - MARGIN.bottom + 14} text-anchor="middle">${t < 0 ? '−' : ''}${formatTick(Math.abs(t), axis, step, locale)}</text>`)}
    </g>
    <text class="axis-title" x=${(MARGIN.left + width - MARGIN.right) / 2} y=${height - 6} text-anchor="middle">${axisTitle}</text>
  </svg>`;
}

function renderRow(row: DamageRow, top: number, x: (v: number) => number, locale: string, noAnswer: (c: Closure) => string): SVGTemplateResult {
  const { closure, name } = row;
  const mid = top + ROW_HEIGHT / 2;
  const short = name.length > NAME_MAX ? `${name.slice(0, NAME_MAX - 1)}…` : name;
  const label = svg`<text class="row-label" x=${MARGIN.left - 10} y=${mid} dy="0.32em" text-anchor="end"><title>${name}</title>${short}</text>`;
  const damage = closure.damage;
  if (damage === null) {
    return svg`<g class="damage-row" data-id=${closure.id}>${label}<text class="no-answer" x=${x(0) + 6} y=${mid} dy="0.32em">${noAnswer(closure)}</text></g>`;
  }
  const [a, b] = [x(0), x(damage)].sort((p, q) => p - q) as [number, number];
  const lostLoad = closure.costIncrease === null;
  const value = damage < 0 ? `−${formatUsd(-damage, { locale })}` : `+${formatUsd(damage, { locale })}`;
  return svg`<g class="damage-row" data-id=${closure.id}>${label}
    <rect class="damage-bar ${lostLoad ? 'lost-load' : ''}" x=${a} y=${mid - BAR_HEIGHT / 2} width=${Math.max(1, b - a)} height=${BAR_HEIGHT}><title>${name}: ${value}</title></rect>
    <text class="value-label" x=${Math.max(a, b) + 6} y=${mid} dy="0.32em">${value}</text>
  </g>`;
}
