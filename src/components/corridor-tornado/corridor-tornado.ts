import { html, LitElement, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Sensitivity, SensitivityEntry } from '../../analysis/sensitivity';
import type { Scenario } from '../../model/types';
import { elementLocale } from '../element-locale';
import { formatNumber, formatPercent, formatUsd } from '../format';
import { sharedStyles } from '../shared.styles';
import { WidthController } from '../width-controller';
import { axisUnit, formatTick, linearScale, niceTicks } from '../corridor-sweep/chart-scale';
import { chartStyles } from '../corridor-sweep/chart.styles';
import { chartTooltip } from '../corridor-sweep/chart-tooltip';
import { chartWidth } from '../corridor-sweep/chart-width';
import { dataTableToggle } from '../corridor-sweep/data-table-toggle';
import { parameterMeta } from '../corridor-sweep/parameter-meta';
import { rowKeyStep } from '../corridor-sweep/row-key-step';
import { shareSeries, type ShareSeries } from '../corridor-sweep/share-series';
import { corridorTornadoStyles } from './corridor-tornado.styles';
import { defineElement } from '../define-element';
import { localized, msg, str } from '../i18n';

const MARGIN = { left: 250, right: 24, top: 8, bottom: 40 } as const;
const ROW_HEIGHT = 26;
/** Narrowest chart that keeps labels beside the bars; below it (a phone) each label sits above its bars. */
const WIDE_MIN = 480;
/** Height of the label band above the bars in the narrow layout, px. */
const LABEL_BAND = 15;

/** Where rows and bars go: labels beside the bars, or (narrow) above them over the full width. */
interface Layout {
  readonly left: number;
  readonly rowHeight: number;
  /** Offset of the bars below a row's top. */
  readonly band: number;
  readonly stacked: boolean;
}

const WIDE: Layout = { left: MARGIN.left, rowHeight: ROW_HEIGHT, band: 0, stacked: false };
const STACKED: Layout = { left: 12, rowHeight: ROW_HEIGHT + LABEL_BAND, band: LABEL_BAND, stacked: true };
/** Rows shown before "Show all": a tornado's point is its top. */
const FIRST_ROWS = 12;

/** What the bars measure: the generalised cost, or one corridor's share (id). */
type Measure = 'objective' | string;

interface Bar {
  readonly entry: SensitivityEntry;
  /** Change at the low and the high value; null where that solve is not optimal. */
  readonly low: number | null;
  readonly high: number | null;
}

/**
 * @summary One-at-a-time sensitivity as a tornado chart: for every capacity
 * and cost, how far the total cost (or a corridor's share) moves when that
 * number alone moves by −X % and +X %, largest effect on top.
 *
 * Rows take keyboard focus (Tab into the chart, then ↑/↓, Home, End) and
 * show their figures in a tooltip; the data table under the chart lists
 * every row.
 *
 * @csspart base - The outer box.
 * @csspart chart - The SVG chart.
 * @csspart table - The data table (inside a toggle).
 *
 * @cssproperty --corridor-font - Font family.
 * @cssproperty --corridor-accent - Focus ring colour.
 * @cssproperty --corridor-spacing - Base spacing unit (default 0.75rem).
 * @cssproperty --corridor-tornado-low-color - Bars of the −X % move (default #2f7f8f).
 * @cssproperty --corridor-tornado-high-color - Bars of the +X % move (default #b2531a).
 * @cssproperty --corridor-color-titr - Not used here (kept for a uniform theme).
 */
@localized()
export class CorridorTornado extends LitElement {
  static override styles = [sharedStyles, chartStyles, corridorTornadoStyles];

  static override properties = {
    sensitivity: { attribute: false },
    scenario: { attribute: false },
    measure: { type: String },
    showAll: { type: Boolean, attribute: 'show-all' },
    active: { state: true },
  };

  /** The one-at-a-time sensitivity to draw; null shows the empty state. */
  declare sensitivity: Sensitivity | null;
  /** The scenario (optional): item and corridor names. */
  declare scenario: Scenario | null;
  /** `objective` (default) or the id of a corridor (or `other`) whose share change is drawn. */
  declare measure: Measure;
  /** Show every row, not just the largest effects. */
  declare showAll: boolean;
  declare active: number | null;

  private series: ShareSeries[] = [];
  private readonly size = new WidthController(this);

  constructor() {
    super();
    this.sensitivity = null;
    this.scenario = null;
    this.measure = 'objective';
    this.showAll = false;
    this.active = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sensitivity') || changed.has('scenario')) {
      this.series = shareSeries(this.scenario, Object.keys(this.sensitivity?.entries[0]?.shareDelta ?? {}));
    }
  }

  /** Rows in the order of the chosen measure's larger |change| (an infeasible move first). */
  private bars(): Bar[] {
    const entries = this.sensitivity?.entries ?? [];
    const measure = this.measure;
    const bars = entries.map((entry): Bar => {
      if (measure === 'objective') return { entry, low: entry.objectiveDelta[0], high: entry.objectiveDelta[1] };
      const d = entry.shareDelta[measure];
      return {
        entry,
        low: entry.lowStatus === 'optimal' ? (d?.[0] ?? 0) : null,
        high: entry.highStatus === 'optimal' ? (d?.[1] ?? 0) : null,
      };
    });
    const size = (b: Bar) => Math.max(b.low === null ? Infinity : Math.abs(b.low), b.high === null ? Infinity : Math.abs(b.high));
    return bars.sort((a, b) => (size(b) === size(a) ? a.entry.path.localeCompare(b.entry.path) : size(b) - size(a)));
  }

  private measureLabel(): string {
    const label = this.series.find((s) => s.id === this.measure)?.label ?? this.measure;
    return this.measure === 'objective' ? msg('generalised cost') : msg(str`${label} share`, { id: 'tornado.measure-share' });
  }

  private formatChange(value: number, locale: string): string {
    const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
    const magnitude = Math.abs(value);
    return this.measure === 'objective'
      ? `${sign}${formatUsd(magnitude, { locale })}`
      : msg(str`${sign}${formatNumber(magnitude * 100, { locale, digits: 2 })} pp`);
  }

  protected override render(): TemplateResult {
    const s = this.sensitivity;
    const locale = elementLocale(this);
    const pct = s === null ? '' : formatPercent(s.relative, { locale }).replace(/\.0%$/, '%');
    return html`
      <section part="base" class="base" aria-label=${msg('Sensitivity')}>
        <header>
          <div>
            <h3>${s === null ? msg('What moves the answer most') : msg(str`What moves the ${this.measureLabel()} most`)}</h3>
            ${s === null ? nothing : html`<p class="subtitle">${msg(str`Each number moved alone by −${pct} and +${pct}; ${s.entries.length} numbers, largest effect first`)}</p>`}
          </div>
          ${s === null
            ? nothing
            : html`<label
                >${msg('Show')}
                <select aria-label=${msg('Measure')} @change=${(e: Event) => (this.measure = (e.target as HTMLSelectElement).value)}>
                  <option value="objective" ?selected=${this.measure === 'objective'}>${msg('Change in generalised cost')}</option>
                  ${this.series.map((c) => html`<option value=${c.id} ?selected=${this.measure === c.id}>${msg(str`Change in ${c.label} share`)}</option>`)}
                </select></label
              >`}
        </header>
        ${s === null || s.entries.length === 0
          ? html`<p class="empty-state">${s === null ? msg('No sensitivity yet: run one to see which assumptions move the answer most.') : msg('Nothing to move: the scenario has no finite, non-zero capacities or costs.')}</p>`
          : this.renderBody(s, pct, locale)}
      </section>
    `;
  }

  private renderBody(s: Sensitivity, pct: string, locale: string): TemplateResult {
    const all = this.bars();
    const bars = this.showAll ? all : all.slice(0, FIRST_ROWS);
    const stacked = this.size.width > 0 && this.size.width - 28 < WIDE_MIN;
    const layout = stacked ? STACKED : WIDE;
    const width = stacked ? chartWidth(this.size.width, 260, 760) : chartWidth(this.size.width, WIDE_MIN, 760);
    const height = MARGIN.top + bars.length * layout.rowHeight + MARGIN.bottom;
    const finite = bars.flatMap((b) => [b.low, b.high]).filter((v): v is number => v !== null);
    const extent = Math.max(1e-12, ...finite.map(Math.abs));
    const { ticks, domain } = niceTicks(Math.min(0, ...finite, -extent * 0.05), Math.max(0, ...finite, extent * 0.05), 6);
    const axis = this.measure === 'objective' ? axisUnit('USD/yr', Math.max(Math.abs(domain[0]), Math.abs(domain[1]))) : { factor: 0.01, unit: msg('percentage points') };
    const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1;
    const x = linearScale(domain, [layout.left, width - MARGIN.right]);
    const active = this.active === null ? undefined : bars[this.active];
    return html`
      <ul class="legend" aria-label=${msg('Bars')}>
        <li><span class="swatch low"></span>${msg(str`Number −${pct}`)}</li>
        <li><span class="swatch high"></span>${msg(str`Number +${pct}`)}</li>
      </ul>
      <div class="chart" @keydown=${(e: KeyboardEvent) => this.onKeyDown(e, bars.length)}>
        <svg part="chart" width=${width} height=${height} role="list" aria-label=${msg(str`Change in ${this.measureLabel()} when each number moves by −${pct} and +${pct}, largest first. Use the arrow keys to step through the rows.`)}>
          <defs>
            <pattern id="tornado-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#fbe9e7"></rect>
              <line x1="0" y1="0" x2="0" y2="6" stroke="#b3261e" stroke-width="2"></line>
            </pattern>
          </defs>
          <g class="grid">${ticks.map((t) => svg`<line x1=${x(t)} x2=${x(t)} y1=${MARGIN.top} y2=${height - MARGIN.bottom}></line>`)}</g>
          ${bars.map((b, i) => this.renderRow(b, i, x, domain, width, locale, layout))}
          <line class="zero" x1=${x(0)} x2=${x(0)} y1=${MARGIN.top} y2=${height - MARGIN.bottom}></line>
          <g class="axis">
            ${ticks.map((t) => svg`<text x=${x(t)} y=${height - MARGIN.bottom + 14} text-anchor="middle">${t > 0 ? '+' : t < 0 ? '−' : ''}${formatTick(Math.abs(t), axis, step, locale)}</text>`)}
          </g>
          <text class="axis-title" x=${(layout.left + width - MARGIN.right) / 2} y=${height - 6} text-anchor="middle">${msg(str`Change in ${this.measureLabel()} (${axis.unit})`)}</text>
        </svg>
        ${active === undefined ? nothing : this.renderTooltip(active, this.active!, x, width, pct, locale, layout)}
      </div>
      ${all.length > FIRST_ROWS
        ? html`<button type="button" class="more" @click=${() => (this.showAll = !this.showAll)}>${this.showAll ? msg(str`Show the top ${FIRST_ROWS}`) : msg(str`Show all ${all.length}`)}</button>`
        : nothing}
      ${this.renderTable(all, pct, locale)}
    `;
  }

  private renderRow(b: Bar, i: number, x: (v: number) => number, domain: readonly [number, number], width: number, locale: string, layout: Layout): SVGTemplateResult {
    const top = MARGIN.top + i * layout.rowHeight;
    const y = top + layout.band;
    const meta = parameterMeta(b.entry.path, this.scenario);
    const bar = (value: number | null, which: 'low' | 'high') => {
      // An infeasible move is drawn as a hatched bar to the edge on its side of the axis.
      if (value === null) {
        const edge = which === 'low' ? domain[0] : domain[1];
        const [a, c] = [x(0), x(edge)].sort((p, q) => p - q) as [number, number];
        return svg`<rect class="bar infeasible" x=${a} y=${y + 5} width=${c - a} height=${ROW_HEIGHT - 10}><title>${msg('infeasible')}</title></rect>`;
      }
      const [a, c] = [x(0), x(value)].sort((p, q) => p - q) as [number, number];
      return svg`<rect class="bar ${which}" x=${a} y=${y + (which === 'low' ? 4 : ROW_HEIGHT / 2)} width=${Math.max(value === 0 ? 0 : 1, c - a)} height=${ROW_HEIGHT / 2 - 4}></rect>`;
    };
    const focusable = this.active ?? 0;
    const name = meta.label.length > 38 ? `${meta.short}` : meta.label;
    return svg`<g class="row ${this.active === i ? 'active' : ''}" role="listitem" data-path=${b.entry.path}
      tabindex=${i === focusable ? '0' : '-1'}
      aria-label=${this.rowLabel(b, meta.label, locale)}
      @focus=${() => (this.active = i)}
      @blur=${() => (this.active === i ? (this.active = null) : undefined)}
      @pointerenter=${() => (this.active = i)}
      @pointerleave=${() => (this.active === i ? (this.active = null) : undefined)}>
      <rect class="focus-ring" x="2" y=${top + 1} width=${width - 4} height=${layout.rowHeight - 2} rx="3"></rect>
      ${layout.stacked
        ? svg`<text class="row-label" x=${layout.left} y=${top + LABEL_BAND / 2 + 2} dy="0.32em" text-anchor="start">${name}</text>`
        : svg`<text class="row-label" x=${MARGIN.left - 10} y=${y + ROW_HEIGHT / 2} dy="0.32em" text-anchor="end">${name}</text>`}
      ${bar(b.low, 'low')} ${bar(b.high, 'high')}
    </g>`;
  }

  private rowLabel(b: Bar, label: string, locale: string): string {
    const side = (value: number | null) => (value === null ? msg('infeasible') : this.formatChange(value, locale));
    const low = parameterMeta(b.entry.path).format(b.entry.lowValue, locale);
    const high = parameterMeta(b.entry.path).format(b.entry.highValue, locale);
    return msg(str`${label}: at ${low} ${side(b.low)}, at ${high} ${side(b.high)}`);
  }

  private renderTooltip(b: Bar, i: number, x: (v: number) => number, width: number, pct: string, locale: string, layout: Layout): TemplateResult {
    const meta = parameterMeta(b.entry.path, this.scenario);
    const top = MARGIN.top + (i + 1) * layout.rowHeight + 4;
    const left = Math.max(0, Math.min(Math.max(layout.left, x(0) - 140), width - 300));
    const side = (value: number | null) => (value === null ? msg('infeasible') : this.formatChange(value, locale));
    return chartTooltip(
      left,
      top,
      meta.label,
      html`<dl>
        <dt>${msg('Base value')}</dt>
        <dd>${meta.format(b.entry.baseValue, locale)}</dd>
        <dt>−${pct}: ${meta.format(b.entry.lowValue, locale)}</dt>
        <dd>${side(b.low)}</dd>
        <dt>+${pct}: ${meta.format(b.entry.highValue, locale)}</dt>
        <dd>${side(b.high)}</dd>
      </dl>`,
    );
  }

  private onKeyDown(event: KeyboardEvent, count: number): void {
    const next = rowKeyStep(event.key, this.active ?? 0, count);
    if (next === null) return;
    event.preventDefault();
    this.active = next;
    void this.updateComplete.then(() => this.renderRoot.querySelectorAll<SVGGElement>('.row')[next]?.focus());
  }

  private renderTable(bars: readonly Bar[], pct: string, locale: string): TemplateResult {
    const side = (value: number | null) => (value === null ? msg('infeasible') : this.formatChange(value, locale));
    return dataTableToggle(
      msg(str`Change in ${this.measureLabel()} when each number alone moves by −${pct} and +${pct}`),
      html`<tr>
        <th scope="col">${msg('Number')}</th>
        <th scope="col" class="num">${msg('Base value')}</th>
        <th scope="col" class="num">${msg(str`At −${pct}`)}</th>
        <th scope="col" class="num">${msg(str`At +${pct}`)}</th>
      </tr>`,
      bars.map((b) => {
        const meta = parameterMeta(b.entry.path, this.scenario);
        return html`<tr data-path=${b.entry.path}>
          <th scope="row">${meta.label}</th>
          <td class="num">${meta.format(b.entry.baseValue, locale)}</td>
          <td class="num">${side(b.low)}</td>
          <td class="num">${side(b.high)}</td>
        </tr>`;
      }),
    );
  }
}

defineElement('corridor-tornado', CorridorTornado);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-tornado': CorridorTornado;
  }
}
