import { html, LitElement, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Distribution, MonteCarlo } from '../../analysis/monte-carlo';
import type { Scenario } from '../../model/types';
import { elementLocale } from '../element-locale';
import { formatPercent, formatUsd } from '../format';
import { sharedStyles } from '../shared.styles';
import { styleProps } from '../style-props';
import { WidthController } from '../width-controller';
import { axisUnit, formatTick, linearScale, niceTicks } from '../corridor-sweep/chart-scale';
import { chartStyles } from '../corridor-sweep/chart.styles';
import { chartTooltip } from '../corridor-sweep/chart-tooltip';
import { chartWidth } from '../corridor-sweep/chart-width';
import { dataTableToggle } from '../corridor-sweep/data-table-toggle';
import { parameterMeta } from '../corridor-sweep/parameter-meta';
import { rowKeyStep } from '../corridor-sweep/row-key-step';
import { shareSeries, type ShareSeries } from '../corridor-sweep/share-series';
import { corridorUncertaintyStyles } from './corridor-uncertainty.styles';
import { defineElement } from '../define-element';
import { localized, msg, str } from '../i18n';

const MARGIN = { left: 230, right: 110, top: 8, bottom: 40 } as const;
/** Characters of a row label that fit the left margin at 12px; longer names are cut (the full name is in the tooltip and table). */
const LABEL_CHARS = 34;
const ROW_HEIGHT = 34;
const HIST_HEIGHT = 150;
const BINS = 24;

/**
 * @summary What the split looks like when the uncertain numbers are drawn
 * from their ranges (Monte Carlo): each corridor's share as an interval
 * (median, 5–95 % band, full range) with the probability that it is used at
 * all, and the distribution of the total cost.
 *
 * Rows take keyboard focus (Tab, then ↑/↓) and show their figures in a
 * tooltip; the data table lists every figure.
 *
 * @csspart base - The outer box.
 * @csspart chart - The interval plot of shares.
 * @csspart histogram - The histogram of the total cost.
 * @csspart table - The data table (inside a toggle).
 *
 * @cssproperty --corridor-font - Font family.
 * @cssproperty --corridor-accent - Focus ring colour.
 * @cssproperty --corridor-spacing - Base spacing unit (default 0.75rem).
 * @cssproperty --corridor-color-titr - Colour of the corridor with id `titr` (any corridor id works: `--corridor-color-<id>`).
 * @cssproperty --corridor-color-tripp - Colour of the corridor with id `tripp`.
 * @cssproperty --corridor-color-iran - Colour of the corridor with id `iran`.
 * @cssproperty --corridor-color-other - Colour of `other`.
 * @cssproperty --corridor-uncertainty-bin-color - Colour of the cost histogram's bars (default #8a94a3).
 */
@localized()
export class CorridorUncertainty extends LitElement {
  static override styles = [sharedStyles, chartStyles, corridorUncertaintyStyles];

  static override properties = {
    monteCarlo: { attribute: false },
    scenario: { attribute: false },
    active: { state: true },
  };

  /** The Monte Carlo run to show; null shows the empty state. */
  declare monteCarlo: MonteCarlo | null;
  /** The scenario (optional): corridor names and colours, names of the varied numbers. */
  declare scenario: Scenario | null;
  declare active: number | null;

  private series: ShareSeries[] = [];
  private readonly size = new WidthController(this);

  constructor() {
    super();
    this.monteCarlo = null;
    this.scenario = null;
    this.active = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('monteCarlo') || changed.has('scenario')) {
      const ids = Object.keys(this.monteCarlo?.shares ?? {});
      this.series = shareSeries(this.scenario, ids).filter((s) => ids.includes(s.id));
    }
  }

  protected override render(): TemplateResult {
    const mc = this.monteCarlo;
    const locale = elementLocale(this);
    const optimal = mc === null ? 0 : mc.runs - mc.notOptimal;
    return html`
      <section part="base" class="base" aria-label=${msg('Uncertainty')}>
        <header>
          <div>
            <h3>${msg('How sure is the split?')}</h3>
            ${mc === null
              ? nothing
              : html`<p class="subtitle">
                  ${mc.vary.length === 1
                    ? msg(str`${mc.runs} runs (seed ${mc.seed}) drawing 1 uncertain number from triangular ranges`)
                    : msg(str`${mc.runs} runs (seed ${mc.seed}) drawing ${mc.vary.length} uncertain numbers from triangular ranges`)}${mc.notOptimal > 0
                    ? msg(html`; <strong>${mc.notOptimal} runs not optimal</strong>, left out`)
                    : ''}
                </p>`}
          </div>
        </header>
        ${mc === null
          ? html`<p class="empty-state">${msg('No uncertainty analysis yet: give some numbers a range (min, most likely, max) and run it.')}</p>`
          : optimal === 0
            ? html`<p class="empty-state">${msg('No run was optimal: every draw left the scenario infeasible.')}</p>`
            : html`${this.renderKey()} ${this.renderShares(mc, locale)} ${this.renderHistogram(mc, locale)} ${this.renderVaried(mc, locale)}
              ${this.renderTable(mc, locale)}`}
      </section>
    `;
  }

  private renderKey(): TemplateResult {
    return html`<ul class="legend" aria-label=${msg('How to read the intervals')}>
      <li class="key">
        <svg width="46" height="14" aria-hidden="true">
          <line x1="2" x2="44" y1="7" y2="7" stroke="#5b6673" stroke-width="1.5"></line>
          <rect x="12" y="2" width="22" height="10" fill="#5b6673" fill-opacity="0.35" stroke="#5b6673"></rect>
          <line x1="22" x2="22" y1="0" y2="14" stroke="#1c2430" stroke-width="3"></line>
        </svg>
        ${msg('line: full range · box: 5–95 % of runs · thick tick: median')}
      </li>
    </ul>`;
  }

  private renderShares(mc: MonteCarlo, locale: string): TemplateResult {
    const width = chartWidth(this.size.width, 480, 760);
    const height = MARGIN.top + this.series.length * ROW_HEIGHT + MARGIN.bottom;
    const x = linearScale([0, 1], [MARGIN.left, width - MARGIN.right]);
    const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1];
    const active = this.active === null ? undefined : this.series[this.active];
    return html`<div class="chart" @keydown=${this.onKeyDown}>
      <svg part="chart" width=${width} height=${height} role="list" aria-label=${msg('Share of served freight per corridor over the runs: median, 5–95 % band and range, and how often each corridor is used. Use the arrow keys to step through the rows.')}>
        <g class="grid">${ticks.map((t) => svg`<line x1=${x(t)} x2=${x(t)} y1=${MARGIN.top} y2=${height - MARGIN.bottom}></line>`)}</g>
        <text class="tick-label column-title" x=${width - MARGIN.right + 100} y=${MARGIN.top - 0} dy="0.9em" text-anchor="end">${msg('Used in')}</text>
        ${this.series.map((s, i) => this.renderShareRow(mc, s, i, x, width, locale))}
        <g class="axis">${ticks.map((t) => svg`<text x=${x(t)} y=${height - MARGIN.bottom + 14} text-anchor="middle">${formatTick(t, { factor: 0.01, unit: '%' }, 0.2, locale)}</text>`)}</g>
        <text class="axis-title" x=${(MARGIN.left + width - MARGIN.right) / 2} y=${height - 6} text-anchor="middle">${msg('Share of served freight (%)')}</text>
      </svg>
      ${active === undefined ? nothing : this.renderTooltip(mc, active, this.active!, x, locale)}
    </div>`;
  }

  private renderShareRow(mc: MonteCarlo, s: ShareSeries, i: number, x: (v: number) => number, width: number, locale: string): SVGTemplateResult {
    const d = mc.shares[s.id]!;
    const y = MARGIN.top + i * ROW_HEIGHT + ROW_HEIGHT / 2 + 6;
    const focusable = this.active ?? 0;
    return svg`<g class="row ${this.active === i ? 'active' : ''}" role="listitem" data-id=${s.id}
      tabindex=${i === focusable ? '0' : '-1'}
      aria-label=${this.rowLabel(mc, s, locale)}
      @focus=${() => (this.active = i)}
      @blur=${() => (this.active === i ? (this.active = null) : undefined)}
      @pointerenter=${() => (this.active = i)}
      @pointerleave=${() => (this.active === i ? (this.active = null) : undefined)}>
      <rect class="focus-ring" x="2" y=${y - ROW_HEIGHT / 2 + 2} width=${width - 4} height=${ROW_HEIGHT - 4} rx="3"></rect>
      <text class="row-label" x=${MARGIN.left - 12} y=${y} dy="0.32em" text-anchor="end">${s.label.length > LABEL_CHARS ? `${s.label.slice(0, LABEL_CHARS - 1).trimEnd()}…` : s.label}</text>
      <line class="range" x1=${x(d.min)} x2=${x(d.max)} y1=${y} y2=${y} style=${styleProps({ stroke: s.paint })}></line>
      <rect class="band" x=${x(d.p5)} y=${y - 8} width=${Math.max(1, x(d.p95) - x(d.p5))} height="16" style=${styleProps({ fill: s.paint, stroke: s.paint })}></rect>
      <line class="median" x1=${x(d.median)} x2=${x(d.median)} y1=${y - 11} y2=${y + 11}></line>
      <text class="prob" x=${width - MARGIN.right + 100} y=${y} dy="0.32em" text-anchor="end">${formatPercent(mc.probabilityUsed[s.id] ?? 0, { locale })}</text>
    </g>`;
  }

  private rowLabel(mc: MonteCarlo, s: ShareSeries, locale: string): string {
    const d = mc.shares[s.id]!;
    const p = (v: number) => formatPercent(v, { locale });
    return msg(
      str`${s.label}: median share ${p(d.median)}, 5–95 % of runs between ${p(d.p5)} and ${p(d.p95)}, range ${p(d.min)} to ${p(d.max)}; used in ${p(mc.probabilityUsed[s.id] ?? 0)} of runs`,
    );
  }

  private renderTooltip(mc: MonteCarlo, s: ShareSeries, i: number, x: (v: number) => number, locale: string): TemplateResult {
    const d = mc.shares[s.id]!;
    const p = (v: number) => formatPercent(v, { locale });
    const left = Math.max(MARGIN.left, Math.min(x(d.p95) + 12, x(1) - 220));
    return chartTooltip(
      left,
      MARGIN.top + (i + 1) * ROW_HEIGHT + 4,
      s.label,
      html`<dl>
        <dt>${msg('Median')}</dt><dd>${p(d.median)}</dd>
        <dt>5–95 %</dt><dd>${p(d.p5)} – ${p(d.p95)}</dd>
        <dt>${msg('Range')}</dt><dd>${p(d.min)} – ${p(d.max)}</dd>
        <dt>${msg('Mean')}</dt><dd>${p(d.mean)}</dd>
        <dt>${msg('Used in')}</dt><dd>${msg(str`${p(mc.probabilityUsed[s.id] ?? 0)} of runs`)}</dd>
      </dl>`,
    );
  }

  private onKeyDown(event: KeyboardEvent): void {
    const next = rowKeyStep(event.key, this.active ?? 0, this.series.length);
    if (next === null) return;
    event.preventDefault();
    this.active = next;
    void this.updateComplete.then(() => this.renderRoot.querySelectorAll<SVGGElement>('.row')[next]?.focus());
  }

  private renderHistogram(mc: MonteCarlo, locale: string): TemplateResult {
    const values = mc.results.filter((r) => r.status === 'optimal').map((r) => r.objective);
    const d: Distribution = mc.objective;
    const width = chartWidth(this.size.width, 480, 760);
    const left = 64;
    const right = 24;
    const { ticks, domain } = niceTicks(d.min, d.max, 6);
    const axis = axisUnit('USD/yr', Math.max(Math.abs(domain[0]), Math.abs(domain[1])));
    const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1;
    const x = linearScale(domain, [left, width - right]);
    const binWidth = (domain[1] - domain[0]) / BINS;
    const counts = new Array<number>(BINS).fill(0);
    for (const v of values) counts[Math.min(BINS - 1, Math.max(0, Math.floor((v - domain[0]) / (binWidth || 1))))]! += 1;
    const maxCount = Math.max(1, ...counts);
    const top = 22;
    const y = linearScale([0, maxCount], [top + HIST_HEIGHT, top]);
    const height = top + HIST_HEIGHT + 44;
    const rule = (value: number, label: string, cls: string) =>
      svg`<line class="quantile-rule ${cls}" x1=${x(value)} x2=${x(value)} y1=${top - 4} y2=${top + HIST_HEIGHT}></line>
        <text class="quantile-label" x=${x(value)} y=${top - 8} text-anchor="middle">${label}</text>`;
    return html`<figure class="histogram">
      <figcaption class="subtitle">
        ${msg(str`Generalised cost over the runs: median ${formatUsd(d.median, { locale })}, 5–95 % ${formatUsd(d.p5, { locale })} – ${formatUsd(d.p95, { locale })}`)}
      </figcaption>
      <svg part="histogram" width=${width} height=${height} role="img" aria-label=${msg(str`Histogram of the generalised cost over ${values.length} optimal runs: median ${formatUsd(d.median, { locale })}, 5 % ${formatUsd(d.p5, { locale })}, 95 % ${formatUsd(d.p95, { locale })}`)}>
        ${counts.map((c, i) => (c === 0 ? nothing : svg`<rect class="bin" x=${x(domain[0] + i * binWidth) + 0.5} y=${y(c)} width=${Math.max(1, x(domain[0] + (i + 1) * binWidth) - x(domain[0] + i * binWidth) - 1)} height=${top + HIST_HEIGHT - y(c)}><title>${msg(str`${c} runs`)}</title></rect>`))}
        ${rule(d.p5, '5 %', '')} ${rule(d.median, msg('median'), 'median-rule')} ${rule(d.p95, '95 %', '')}
        <line class="domain" x1=${left} x2=${width - right} y1=${top + HIST_HEIGHT} y2=${top + HIST_HEIGHT}></line>
        <g class="axis">${ticks.map((t) => svg`<text x=${x(t)} y=${top + HIST_HEIGHT + 14} text-anchor="middle">${formatTick(t, axis, step, locale)}</text>`)}</g>
        <text class="axis-title" x=${(left + width - right) / 2} y=${height - 6} text-anchor="middle">${msg(str`Generalised cost (${axis.unit}); bar height: number of runs`)}</text>
      </svg>
    </figure>`;
  }

  private renderVaried(mc: MonteCarlo, locale: string): TemplateResult {
    return html`<details>
      <summary>${msg(str`Uncertain numbers (${mc.vary.length})`)}</summary>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">${msg('Number')}</th>
              <th scope="col" class="num">${msg('Min')}</th>
              <th scope="col" class="num">${msg('Most likely')}</th>
              <th scope="col" class="num">${msg('Max')}</th>
            </tr>
          </thead>
          <tbody>
            ${mc.vary.map((v) => {
              const meta = parameterMeta(v.set, this.scenario);
              return html`<tr>
                <th scope="row">${meta.label}</th>
                <td class="num">${meta.format(v.min, locale)}</td>
                <td class="num">${meta.format(v.mode, locale)}</td>
                <td class="num">${meta.format(v.max, locale)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </details>`;
  }

  private renderTable(mc: MonteCarlo, locale: string): TemplateResult {
    const p = (v: number) => formatPercent(v, { locale, variant: 'full' });
    const u = (v: number) => formatUsd(v, { locale });
    return dataTableToggle(
      msg(str`Shares of served freight and generalised cost over ${mc.runs - mc.notOptimal} optimal runs`),
      html`<tr>
        <th scope="col">${msg('Measure')}</th>
        <th scope="col" class="num">5 %</th>
        <th scope="col" class="num">${msg('Median')}</th>
        <th scope="col" class="num">95 %</th>
        <th scope="col" class="num">${msg('Min')}</th>
        <th scope="col" class="num">${msg('Max')}</th>
        <th scope="col" class="num">${msg('Mean')}</th>
        <th scope="col" class="num">${msg('Used in')}</th>
      </tr>`,
      html`${this.series.map((s) => {
          const d = mc.shares[s.id]!;
          return html`<tr data-id=${s.id}>
            <th scope="row">${msg(str`${s.label} share`)}</th>
            <td class="num">${p(d.p5)}</td>
            <td class="num">${p(d.median)}</td>
            <td class="num">${p(d.p95)}</td>
            <td class="num">${p(d.min)}</td>
            <td class="num">${p(d.max)}</td>
            <td class="num">${p(d.mean)}</td>
            <td class="num">${formatPercent(mc.probabilityUsed[s.id] ?? 0, { locale })}</td>
          </tr>`;
        })}
        <tr data-id="objective">
          <th scope="row">${msg('Generalised cost')}</th>
          <td class="num">${u(mc.objective.p5)}</td>
          <td class="num">${u(mc.objective.median)}</td>
          <td class="num">${u(mc.objective.p95)}</td>
          <td class="num">${u(mc.objective.min)}</td>
          <td class="num">${u(mc.objective.max)}</td>
          <td class="num">${u(mc.objective.mean)}</td>
          <td class="num">–</td>
        </tr>`,
    );
  }
}

defineElement('corridor-uncertainty', CorridorUncertainty);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-uncertainty': CorridorUncertainty;
  }
}
