import { html, LitElement, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Sweep } from '../../analysis/sweep';
import type { Result, Scenario } from '../../model/types';
import { elementLocale } from '../element-locale';
import { formatPercent, formatUsd } from '../format';
import { sharedStyles } from '../shared.styles';
import { styleProps } from '../style-props';
import { WidthController } from '../width-controller';
import { axisUnit, formatTick, linearScale, niceTicks, type AxisUnit } from './chart-scale';
import { chartStyles } from './chart.styles';
import { chartTooltip } from './chart-tooltip';
import { chartWidth } from './chart-width';
import { dataTableToggle } from './data-table-toggle';
import { corridorSweepStyles } from './corridor-sweep.styles';
import { marginalMeta, parameterMeta, formatIn, type MarginalMeta, type ParameterMeta } from './parameter-meta';
import { resultCorridorIds, shareIn, shareSeries, type ShareSeries } from './share-series';
import { describeRegime, sweepRegimes, type RegimeChange } from './sweep-regimes';
import { defineElement } from '../define-element';
import { localized, msg, str } from '../i18n';

/** Detail of `corridor-export`. */
export interface SweepExportDetail {
  readonly format: 'csv' | 'json';
}

/** How far a sweep has got: `done` of `total` solves. */
export interface SweepProgress {
  readonly done: number;
  readonly total: number;
}

const MARGIN = { left: 64, right: 20, top: 14, bottom: 44 } as const;
const SHARE_HEIGHT = 210;
const LINE_HEIGHT = 110;
const PANEL_GAP = 30;

interface Layout {
  readonly width: number;
  readonly x: (value: number) => number;
  readonly xTicks: readonly number[];
  readonly xStep: number;
  readonly xAxis: AxisUnit;
  /** Top of each panel. */
  readonly shareTop: number;
  readonly objectiveTop: number;
  readonly marginalTop: number | null;
  readonly height: number;
}

/** One point in value order, with its index in the sweep. */
interface Row {
  readonly index: number;
  readonly value: number;
  readonly result: Result;
  readonly marginal: number | null;
}

/**
 * @summary How the answer moves when one assumption moves: the corridors'
 * shares stacked over the swept parameter, the total cost and the
 * parameter's own marginal value below, and the points where the set of
 * binding constraints changes marked with what changed.
 *
 * Data points take keyboard focus (Tab to the chart, then ←/→, Home, End)
 * and show their figures in a tooltip; the same figures are in the data
 * table under the chart.
 *
 * @event corridor-cancel - The user pressed Cancel while a sweep runs. `detail: {}`.
 * @event corridor-export - The user asked for the sweep as a file. `detail: { format: 'csv' | 'json' }`.
 *
 * @csspart base - The outer box.
 * @csspart progress - The progress bar (while a sweep runs).
 * @csspart cancel - The Cancel button.
 * @csspart export - Each export button.
 * @csspart legend - The list of series.
 * @csspart chart - The SVG chart.
 * @csspart regimes - The list of regime changes.
 * @csspart table - The data table (inside a toggle).
 *
 * @cssproperty --corridor-font - Font family.
 * @cssproperty --corridor-accent - Accent colour: lines, focus ring, progress.
 * @cssproperty --corridor-spacing - Base spacing unit (default 0.75rem).
 * @cssproperty --corridor-color-titr - Colour of the corridor with id `titr` (any corridor id works: `--corridor-color-<id>`); default: the corridor's `color`.
 * @cssproperty --corridor-color-tripp - Colour of the corridor with id `tripp`.
 * @cssproperty --corridor-color-iran - Colour of the corridor with id `iran`.
 * @cssproperty --corridor-color-other - Colour of served freight that crosses no gate.
 * @cssproperty --corridor-regime-color - Colour of the regime-change rules (default #7a5195).
 */
@localized()
export class CorridorSweep extends LitElement {
  static override styles = [sharedStyles, chartStyles, corridorSweepStyles];

  static override properties = {
    sweep: { attribute: false },
    scenario: { attribute: false },
    marginalValues: { attribute: false },
    progress: { attribute: false },
    active: { state: true },
  };

  /** The sweep to draw: `{ parameter, points: [{ value, result }] }`; null shows the empty state. */
  declare sweep: Sweep | null;
  /** The swept scenario (optional): names and colours of corridors and items. */
  declare scenario: Scenario | null;
  /** The parameter's marginal value per point, in point order; default: read from each result (see `marginalMeta`). */
  declare marginalValues: readonly (number | null)[] | null;
  /** Solves done of the total while the sweep runs; null when it is not running. */
  declare progress: SweepProgress | null;
  /** Position (in value order) of the point whose tooltip shows; null: none. */
  declare active: number | null;

  private rows: Row[] = [];
  private series: ShareSeries[] = [];
  private regimes: RegimeChange[] = [];
  private meta: ParameterMeta | null = null;
  private marginal: MarginalMeta | null = null;
  private readonly size = new WidthController(this);

  constructor() {
    super();
    this.sweep = null;
    this.scenario = null;
    this.marginalValues = null;
    this.progress = null;
    this.active = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sweep') || changed.has('scenario') || changed.has('marginalValues')) {
      const sweep = this.sweep;
      this.meta = sweep === null ? null : parameterMeta(sweep.parameter, this.scenario);
      this.marginal = sweep === null ? null : marginalMeta(sweep.parameter);
      const marginal = this.marginal;
      this.rows = (sweep?.points ?? [])
        .map((p, index) => ({
          index,
          value: p.value,
          result: p.result,
          marginal: this.marginalValues?.[index] ?? marginal?.valueAt(p.result) ?? null,
        }))
        .sort((a, b) => a.value - b.value || a.index - b.index);
      this.series = shareSeries(this.scenario, resultCorridorIds(this.rows.map((r) => r.result)));
      this.regimes = sweepRegimes(
        this.rows.map((r) => r.result),
        this.rows.map((r) => r.marginal),
      );
      if (this.active !== null && this.active >= this.rows.length) this.active = null;
    }
  }

  protected override render(): TemplateResult {
    const locale = elementLocale(this);
    const meta = this.meta;
    return html`
      <section part="base" class="base" aria-label=${msg('Parameter sweep')}>
        <header>
          <div>
            <h3>${meta === null ? msg('Parameter sweep') : msg(str`How the split moves with the ${meta.short}`)}</h3>
            ${meta === null || this.rows.length === 0
              ? nothing
              : html`<p class="subtitle">
                  ${msg(str`${meta.label}: ${this.rows.length} solves from ${meta.format(this.rows[0]!.value, locale)} to ${meta.format(this.rows[this.rows.length - 1]!.value, locale)}`)}
                </p>`}
          </div>
          ${this.rows.length === 0
            ? nothing
            : html`<div class="actions">
                <button part="export" type="button" @click=${() => this.exportAs('csv')}>${msg('Export CSV')}</button>
                <button part="export" type="button" @click=${() => this.exportAs('json')}>${msg('Export JSON')}</button>
              </div>`}
        </header>
        ${this.renderProgress(locale)}
        ${this.sweep === null || this.rows.length === 0 ? this.renderEmpty() : this.renderBody(locale)}
      </section>
    `;
  }

  private renderEmpty(): TemplateResult {
    const text =
      this.sweep === null
        ? msg('No sweep yet: pick a parameter and a range to see how the split moves with it.')
        : msg('The sweep has no points yet.');
    return html`<p class="empty-state">${text}</p>`;
  }

  private renderProgress(locale: string): TemplateResult | typeof nothing {
    const p = this.progress;
    if (p === null) return nothing;
    const fraction = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
    return html`
      <div class="progress-row">
        <div
          part="progress"
          class="progress"
          role="progressbar"
          aria-label=${msg('Sweep progress')}
          aria-valuemin="0"
          aria-valuemax=${p.total}
          aria-valuenow=${p.done}
          aria-valuetext=${`${p.done} of ${p.total} solves`}
        >
          <div class="progress-fill" style=${styleProps({ width: `${fraction * 100}%` })}></div>
        </div>
        <span class="progress-text">${p.done} / ${p.total} solves (${formatPercent(fraction, { locale })})</span>
        <button part="cancel" type="button" class="cancel" @click=${this.cancel}>${msg('Cancel')}</button>
      </div>
    `;
  }

  private cancel(): void {
    this.dispatchEvent(new CustomEvent('corridor-cancel', { detail: {}, bubbles: true, composed: true }));
  }

  private exportAs(format: SweepExportDetail['format']): void {
    this.dispatchEvent(
      new CustomEvent<SweepExportDetail>('corridor-export', { detail: { format }, bubbles: true, composed: true }),
    );
  }

  private layout(): Layout {
    // 280 px: a phone's width less the app's frames (390 − 2 × 16 − padding) still draws the whole chart.
    const width = chartWidth(this.size.width, 280, 720);
    const values = this.rows.map((r) => r.value);
    const min = Math.min(...values);
    const max = Math.max(...values);
    const xAxis = axisUnit(this.meta!.unit, Math.max(Math.abs(min), Math.abs(max)));
    const { ticks } = niceTicks(min, max, Math.max(3, Math.floor((width - MARGIN.left - MARGIN.right) / 90)));
    const eps = (max - min) * 1e-9;
    const xTicks = min === max ? [min] : ticks.filter((t) => t >= min - eps && t <= max + eps);
    const xStep = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1;
    const x = linearScale(min === max ? [min - 1, max + 1] : [min, max], [MARGIN.left, width - MARGIN.right]);
    const shareTop = MARGIN.top;
    const objectiveTop = shareTop + SHARE_HEIGHT + PANEL_GAP;
    const hasMarginal = this.rows.some((r) => r.marginal !== null);
    const marginalTop = hasMarginal ? objectiveTop + LINE_HEIGHT + PANEL_GAP : null;
    const height = (marginalTop ?? objectiveTop) + LINE_HEIGHT + MARGIN.bottom;
    return { width, x, xTicks, xStep, xAxis, shareTop, objectiveTop, marginalTop, height };
  }

  private renderBody(locale: string): TemplateResult {
    const l = this.layout();
    const active = this.active === null ? null : this.rows[this.active];
    return html`
      <ul part="legend" class="legend" aria-label=${msg('Series')}>
        ${[...this.series].reverse().map((s) => html`<li><span class="swatch" style=${styleProps({ background: s.paint })}></span>${s.label}</li>`)}
        ${this.regimes.length > 0 ? html`<li><span class="swatch regime-swatch"></span>${msg('Regime change')}</li>` : nothing}
        ${this.rows.some((r) => r.result.status !== 'optimal') ? html`<li><span class="swatch infeasible-swatch"></span>${msg('Not optimal')}</li>` : nothing}
      </ul>
      <div class="chart" @keydown=${this.onKeyDown}>
        <svg part="chart" width=${l.width} height=${l.height} viewBox="0 0 ${l.width} ${l.height}" role="group" aria-label=${this.chartLabel(locale)}>
          ${this.renderSharePanel(l, locale)} ${this.renderLinePanel(l, locale, 'objective')}
          ${l.marginalTop === null ? nothing : this.renderLinePanel(l, locale, 'marginal')} ${this.renderRegimeRules(l)}
          ${this.renderXAxis(l, locale)} ${this.renderPoints(l, locale)}
        </svg>
        ${active === undefined || active === null ? nothing : this.renderTooltip(l, active, locale)}
      </div>
      ${this.renderRegimeList(locale)} ${this.renderTable(locale)}
    `;
  }

  private chartLabel(locale: string): string {
    const meta = this.meta!;
    const [n, label, from, to] = [this.rows.length, meta.label, meta.format(this.rows[0]!.value, locale), meta.format(this.rows[this.rows.length - 1]!.value, locale)];
    return this.marginal === null
      ? msg(str`Shares of served freight and generalised cost for ${n} values of ${label} from ${from} to ${to}. Use the arrow keys to step through the points.`)
      : msg(str`Shares of served freight, generalised cost and marginal value for ${n} values of ${label} from ${from} to ${to}. Use the arrow keys to step through the points.`);
  }

  /** Runs of consecutive optimal points: areas and lines break where a solve is not optimal. */
  private optimalRuns(): Row[][] {
    const runs: Row[][] = [];
    let current: Row[] = [];
    for (const r of this.rows) {
      if (r.result.status === 'optimal') current.push(r);
      else if (current.length > 0) {
        runs.push(current);
        current = [];
      }
    }
    if (current.length > 0) runs.push(current);
    return runs;
  }

  private renderSharePanel(l: Layout, locale: string): SVGTemplateResult {
    const top = l.shareTop;
    const y = linearScale([0, 1], [top + SHARE_HEIGHT, top]);
    const ticks = [0, 0.25, 0.5, 0.75, 1];
    const areas: SVGTemplateResult[] = [];
    for (const run of this.optimalRuns()) {
      // Stack bottom-up in series order; a single point draws as a thin column.
      const xs = run.length === 1 ? [l.x(run[0]!.value) - 2, l.x(run[0]!.value) + 2] : run.map((r) => l.x(r.value));
      const rows = run.length === 1 ? [run[0]!, run[0]!] : run;
      let lower = rows.map(() => 0);
      for (const s of this.series) {
        const upper = rows.map((r, i) => lower[i]! + Math.max(0, shareIn(r.result, s.id)));
        const d =
          `M${xs.map((x, i) => `${x.toFixed(2)},${y(upper[i]!).toFixed(2)}`).join('L')}` +
          `L${xs.map((x, i) => `${x.toFixed(2)},${y(lower[i]!).toFixed(2)}`).reverse().join('L')}Z`;
        areas.push(svg`<path class="area" data-series=${s.id} d=${d} style=${styleProps({ fill: s.paint })}></path>`);
        lower = upper;
      }
    }
    const bands = this.rows
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => r.result.status !== 'optimal')
      .map(({ r, i }) => {
        const [x0, x1] = this.cellBounds(l, i);
        return svg`<rect class="not-optimal" x=${x0} y=${top} width=${Math.max(2, x1 - x0)} height=${SHARE_HEIGHT}><title>${r.result.status} at ${this.meta!.format(r.value, locale)}</title></rect>`;
      });
    return svg`
      <g class="panel share-panel">
        <g class="grid">${ticks.map((t) => svg`<line x1=${MARGIN.left} x2=${l.width - MARGIN.right} y1=${y(t)} y2=${y(t)}></line>`)}</g>
        ${areas} ${bands}
        <g class="axis">
          ${ticks.map((t) => svg`<text x=${MARGIN.left - 8} y=${y(t)} dy="0.32em" text-anchor="end">${formatTick(t, { factor: 0.01, unit: '%' }, 0.25, locale)}</text>`)}
        </g>
        <text class="axis-title" transform=${`translate(14 ${top + SHARE_HEIGHT / 2}) rotate(-90)`} text-anchor="middle">${msg('Share of served (%)')}</text>
        <line class="domain" x1=${MARGIN.left} x2=${l.width - MARGIN.right} y1=${top + SHARE_HEIGHT} y2=${top + SHARE_HEIGHT}></line>
      </g>
    `;
  }

  private renderLinePanel(l: Layout, locale: string, which: 'objective' | 'marginal'): SVGTemplateResult {
    const top = which === 'objective' ? l.objectiveTop : l.marginalTop!;
    const valueOf = (r: Row): number | null =>
      which === 'objective' ? (r.result.status === 'optimal' ? r.result.objective : null) : r.marginal;
    const unit = which === 'objective' ? 'USD/yr' : this.marginal?.unit ?? 'USD/t';
    const values = this.rows.map(valueOf).filter((v): v is number => v !== null && Number.isFinite(v));
    // The total cost moves by a few per cent over a sweep: an axis from zero would flatten it.
    // A marginal value is read against zero (where the constraint stops binding).
    const lo = which === 'objective' ? Math.min(...values) : Math.min(0, ...values);
    const hi = which === 'objective' ? Math.max(...values) : Math.max(0, ...values);
    const { ticks, domain } = values.length === 0 ? niceTicks(0, 1, 3) : niceTicks(lo, hi, 3);
    const axis = axisUnit(unit, Math.max(Math.abs(domain[0]), Math.abs(domain[1])));
    const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1;
    const y = linearScale(domain, [top + LINE_HEIGHT, top]);
    const segments: string[] = [];
    let current: string[] = [];
    for (const r of this.rows) {
      const v = valueOf(r);
      if (v === null) {
        if (current.length > 0) segments.push(current.join('L'));
        current = [];
      } else current.push(`${l.x(r.value).toFixed(2)},${y(v).toFixed(2)}`);
    }
    if (current.length > 0) segments.push(current.join('L'));
    const title = which === 'objective' ? msg(str`Generalised cost (${axis.unit})`) : `${this.marginal!.label} (${axis.unit})`;
    return svg`
      <g class="panel ${which}-panel">
        <g class="grid">${ticks.map((t) => svg`<line x1=${MARGIN.left} x2=${l.width - MARGIN.right} y1=${y(t)} y2=${y(t)}></line>`)}</g>
        <text class="panel-title" x=${MARGIN.left} y=${top - 8}>${title}</text>
        <g class="axis">
          ${ticks.map((t) => svg`<text x=${MARGIN.left - 8} y=${y(t)} dy="0.32em" text-anchor="end">${formatTick(t, axis, step, locale)}</text>`)}
        </g>
        ${segments.map((d) => svg`<path class="line ${which}" d=${`M${d}`}></path>`)}
        ${this.rows.map((r) => {
          const v = valueOf(r);
          return v === null ? nothing : svg`<circle class="marker ${which}" cx=${l.x(r.value)} cy=${y(v)} r="3"></circle>`;
        })}
        <line class="domain" x1=${MARGIN.left} x2=${l.width - MARGIN.right} y1=${top + LINE_HEIGHT} y2=${top + LINE_HEIGHT}></line>
      </g>
    `;
  }

  private renderXAxis(l: Layout, locale: string): SVGTemplateResult {
    const bottom = (l.marginalTop ?? l.objectiveTop) + LINE_HEIGHT;
    const meta = this.meta!;
    return svg`
      <g class="axis x-axis">
        ${l.xTicks.map(
          (t) => svg`
            <line class="domain" x1=${l.x(t)} x2=${l.x(t)} y1=${bottom} y2=${bottom + 4}></line>
            <text x=${l.x(t)} y=${bottom + 16} text-anchor="middle">${formatTick(t, l.xAxis, l.xStep, locale)}</text>`,
        )}
      </g>
      <text class="axis-title" x=${(MARGIN.left + l.width - MARGIN.right) / 2} y=${bottom + 36} text-anchor="middle">${meta.short} (${l.xAxis.unit})</text>
    `;
  }

  /** Rules half-way between the last point of a regime and the first of the next, numbered. */
  private renderRegimeRules(l: Layout): SVGTemplateResult {
    const bottom = (l.marginalTop ?? l.objectiveTop) + LINE_HEIGHT;
    return svg`<g class="regimes">
      ${this.regimes.map((change, n) => {
        const a = this.rows[change.index - 1]!;
        const b = this.rows[change.index]!;
        const x = (l.x(a.value) + l.x(b.value)) / 2;
        return svg`<g class="regime" data-index=${change.index}>
          <line x1=${x} x2=${x} y1=${l.shareTop} y2=${bottom}></line>
          <circle cx=${x} cy=${l.shareTop} r="8"></circle>
          <text x=${x} y=${l.shareTop} dy="0.35em" text-anchor="middle">${n + 1}</text>
        </g>`;
      })}
    </g>`;
  }

  private renderRegimeList(locale: string): TemplateResult | typeof nothing {
    if (this.regimes.length === 0) return nothing;
    const meta = this.meta!;
    return html`
      <ol part="regimes" class="regime-list" aria-label=${msg('Regime changes')}>
        ${this.regimes.map((change, n) => {
          const a = this.rows[change.index - 1]!;
          const b = this.rows[change.index]!;
          return html`<li data-index=${change.index}>
            <span class="regime-number" aria-hidden="true">${n + 1}</span>
            <span>Between ${meta.format(a.value, locale)} and ${meta.format(b.value, locale)}: ${describeRegime(change, (v) => formatIn(this.marginal?.unit ?? 'USD/t', v, locale))}</span>
          </li>`;
        })}
      </ol>
    `;
  }

  /** The x-extent a point owns: half-way to each neighbour. */
  private cellBounds(l: Layout, i: number): [number, number] {
    const x = l.x(this.rows[i]!.value);
    const prev = i > 0 ? l.x(this.rows[i - 1]!.value) : null;
    const next = i < this.rows.length - 1 ? l.x(this.rows[i + 1]!.value) : null;
    const half = prev === null && next === null ? 12 : Math.min(...[prev, next].filter((v): v is number => v !== null).map((v) => Math.abs(x - v))) / 2;
    return [prev === null ? x - Math.min(half, 12) : (prev + x) / 2, next === null ? x + Math.min(half, 12) : (x + next) / 2];
  }

  private renderPoints(l: Layout, locale: string): SVGTemplateResult {
    const bottom = (l.marginalTop ?? l.objectiveTop) + LINE_HEIGHT;
    const focusable = this.active ?? 0;
    return svg`<g class="points">
      ${this.rows.map((r, i) => {
        const [x0, x1] = this.cellBounds(l, i);
        const x = l.x(r.value);
        return svg`<g
          class="point ${this.active === i ? 'active' : ''}"
          data-index=${r.index}
          tabindex=${i === focusable ? '0' : '-1'}
          role="img"
          aria-label=${this.pointLabel(r, locale)}
          @focus=${() => (this.active = i)}
          @blur=${() => (this.active === i ? (this.active = null) : undefined)}
          @pointerenter=${() => (this.active = i)}
          @pointerleave=${() => (this.active === i ? (this.active = null) : undefined)}
        >
          <rect class="hit" x=${x0} y=${l.shareTop} width=${Math.max(1, x1 - x0)} height=${bottom - l.shareTop}></rect>
          <line class="focus-ring" x1=${x} x2=${x} y1=${l.shareTop} y2=${bottom}></line>
        </g>`;
      })}
    </g>`;
  }

  private pointLabel(r: Row, locale: string): string {
    const meta = this.meta!;
    const head = `${meta.label} ${meta.format(r.value, locale)}`;
    if (r.result.status !== 'optimal') return `${head}: ${r.result.status}`;
    const shares = this.series.map((s) => `${s.label} ${formatPercent(shareIn(r.result, s.id), { locale })}`).join(', ');
    const marginal =
      r.marginal === null || this.marginal === null ? '' : `; ${this.marginal.label} ${formatIn(this.marginal.unit, r.marginal, locale)}`;
    return msg(str`${head}: ${shares}; generalised cost ${formatUsd(r.result.objective, { locale })}${marginal}`);
  }

  private renderTooltip(l: Layout, r: Row, locale: string): TemplateResult {
    const x = l.x(r.value);
    const left = Math.min(Math.max(0, x + 12), l.width - 230);
    const placeLeft = x + 12 + 220 > l.width;
    const meta = this.meta!;
    return chartTooltip(
      placeLeft ? Math.max(0, x - 232) : left,
      l.shareTop + 16,
      meta.format(r.value, locale, true),
      r.result.status !== 'optimal'
        ? html`<span>${r.result.status}: no split</span>`
        : html`<dl>
            ${[...this.series].reverse().map(
              (s) => html`<dt><span class="swatch" style=${styleProps({ background: s.paint })}></span> ${s.label}</dt>
                <dd>${formatPercent(shareIn(r.result, s.id), { locale })}</dd>`,
            )}
            <dt>${msg('Generalised cost')}</dt>
            <dd>${formatUsd(r.result.objective, { locale })}</dd>
            ${r.marginal === null || this.marginal === null
              ? nothing
              : html`<dt>${this.marginal.label}</dt>
                  <dd>${formatIn(this.marginal.unit, r.marginal, locale)}</dd>`}
          </dl>`,
    );
  }

  private onKeyDown(event: KeyboardEvent): void {
    const count = this.rows.length;
    if (count === 0) return;
    const current = this.active ?? 0;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowUp'
        ? Math.min(count - 1, current + 1)
        : event.key === 'ArrowLeft' || event.key === 'ArrowDown'
          ? Math.max(0, current - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? count - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    this.active = next;
    void this.updateComplete.then(() => {
      this.renderRoot.querySelectorAll<SVGGElement>('.point')[next]?.focus();
    });
  }

  private renderTable(locale: string): TemplateResult {
    const meta = this.meta!;
    const marginal = this.marginal;
    return dataTableToggle(
      marginal === null ? msg(str`${meta.label}: shares and generalised cost at each solved value`) : msg(str`${meta.label}: shares, generalised cost and marginal value at each solved value`),
      html`<tr>
        <th scope="col" class="num">${meta.label}</th>
        ${this.series.map((s) => html`<th scope="col" class="num">${s.label} share</th>`)}
        <th scope="col" class="num">${msg('Generalised cost')}</th>
        ${marginal === null ? nothing : html`<th scope="col" class="num">${marginal.label}</th>`}
        <th scope="col">${msg('Status')}</th>
      </tr>`,
      this.rows.map(
        (r) => html`<tr data-index=${r.index}>
          <th scope="row" class="num">${meta.format(r.value, locale, true)}</th>
          ${this.series.map(
            (s) => html`<td class="num">${r.result.status === 'optimal' ? formatPercent(shareIn(r.result, s.id), { locale, variant: 'full' }) : '–'}</td>`,
          )}
          <td class="num">${r.result.status === 'optimal' ? formatUsd(r.result.objective, { locale, variant: 'full' }) : '–'}</td>
          ${marginal === null
            ? nothing
            : html`<td class="num">${r.marginal === null ? '–' : formatIn(marginal.unit, r.marginal, locale, true)}</td>`}
          <td>${r.result.status}</td>
        </tr>`,
      ),
    );
  }
}

defineElement('corridor-sweep', CorridorSweep);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-sweep': CorridorSweep;
  }
}
