import { html, LitElement, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { TwoWaySweep } from '../../analysis/two-way-sweep';
import type { Result, Scenario } from '../../model/types';
import { elementLocale } from '../element-locale';
import { formatPercent, formatTonnes, formatUsd } from '../format';
import { sharedStyles } from '../shared.styles';
import { styleProps } from '../style-props';
import { WidthController } from '../width-controller';
import { axisUnit, formatTick } from '../corridor-sweep/chart-scale';
import { chartStyles } from '../corridor-sweep/chart.styles';
import { chartTooltip } from '../corridor-sweep/chart-tooltip';
import { chartWidth } from '../corridor-sweep/chart-width';
import { dataTableToggle } from '../corridor-sweep/data-table-toggle';
import { parameterMeta, type ParameterMeta } from '../corridor-sweep/parameter-meta';
import { resultCorridorIds, shareIn, shareSeries, type ShareSeries } from '../corridor-sweep/share-series';
import { corridorHeatmapStyles } from './corridor-heatmap.styles';
import { defineElement } from '../define-element';
import { localized, msg, str } from '../i18n';
import { shareScale } from './corridor-heatmap-scale';

const MARGIN = { left: 92, right: 16, top: 12, bottom: 56 } as const;
const CELL_HEIGHT = 34;
/** Narrowest cell that still prints its share ("100.0%" at 11 px): a grid wider than its box scrolls in it rather than drop values. */
const MIN_CELL_WIDTH = 44;

/**
 * @summary One corridor's share over a grid of two parameters (e.g. TRIPP
 * capacity × the Caspian ferry cost): each cell one solve, darker where the
 * corridor carries more.
 *
 * Cells take keyboard focus (Tab into the grid, then the arrow keys, Home,
 * End) and show the solve's figures in a tooltip; the numbers are also
 * printed in the cells and in the data table under the chart.
 *
 * A select switches the corridor shown (it sets `corridor`).
 *
 * @csspart base - The outer box.
 * @csspart chart - The SVG heat map.
 * @csspart legend - The colour scale.
 * @csspart table - The data table (inside a toggle).
 *
 * @cssproperty --corridor-font - Font family.
 * @cssproperty --corridor-accent - Accent colour.
 * @cssproperty --corridor-spacing - Base spacing unit (default 0.75rem).
 * @cssproperty --corridor-color-titr - Colour of the corridor with id `titr` (any corridor id works: `--corridor-color-<id>`); its share is drawn as this colour's strength.
 * @cssproperty --corridor-color-tripp - Colour of the corridor with id `tripp`.
 * @cssproperty --corridor-color-iran - Colour of the corridor with id `iran`.
 * @cssproperty --corridor-color-other - Colour of `other` (served freight that crosses no gate).
 */
@localized()
export class CorridorHeatmap extends LitElement {
  static override styles = [sharedStyles, chartStyles, corridorHeatmapStyles];

  static override properties = {
    grid: { attribute: false },
    corridor: { type: String },
    scenario: { attribute: false },
    active: { state: true },
  };

  /** The two-way sweep to draw; null shows the empty state. */
  declare grid: TwoWaySweep | null;
  /** Id of the corridor (or `other`) whose share is drawn; default the first corridor. */
  declare corridor: string;
  /** The swept scenario (optional): names and colours. */
  declare scenario: Scenario | null;
  /** The focused or hovered cell as [row, column]; null: none. */
  declare active: readonly [number, number] | null;

  private series: ShareSeries[] = [];
  private rowMeta: ParameterMeta | null = null;
  private columnMeta: ParameterMeta | null = null;
  private readonly size = new WidthController(this);

  constructor() {
    super();
    this.grid = null;
    this.corridor = '';
    this.scenario = null;
    this.active = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('grid') || changed.has('scenario')) {
      const g = this.grid;
      this.series = shareSeries(this.scenario, resultCorridorIds((g?.grid ?? []).flat()));
      this.rowMeta = g === null ? null : parameterMeta(g.parameters[0], this.scenario);
      this.columnMeta = g === null ? null : parameterMeta(g.parameters[1], this.scenario);
      this.active = null;
    }
  }

  /** The corridor shown: the one asked for if the grid knows it, else the first. */
  private shown(): ShareSeries {
    return this.series.find((s) => s.id === this.corridor) ?? this.series[0] ?? { id: 'other', label: msg('Other routes'), paint: '#69727d' };
  }

  protected override render(): TemplateResult {
    const g = this.grid;
    const empty = g === null || g.rowValues.length === 0 || g.columnValues.length === 0;
    const locale = elementLocale(this);
    const shown = this.shown();
    return html`
      <section part="base" class="base" aria-label=${msg('Two-parameter sweep')}>
        <header>
          <div>
            <h3>${empty ? msg('Two-parameter sweep') : msg(str`${shown.label}: share of served freight`)}</h3>
            ${empty
              ? nothing
              : html`<p class="subtitle">${msg(str`${this.rowMeta!.label} × ${this.columnMeta!.label}: ${g.rowValues.length * g.columnValues.length} solves`)}</p>`}
          </div>
          ${empty
            ? nothing
            : html`<label
                >${msg('Corridor')}
                <select @change=${this.onSelect} aria-label=${msg('Corridor shown')}>
                  ${this.series.map((s) => html`<option value=${s.id} ?selected=${s.id === shown.id}>${s.label}</option>`)}
                </select></label
              >`}
        </header>
        ${empty
          ? html`<p class="empty-state">${msg('No two-parameter sweep yet: pick two parameters and their ranges to see one corridor’s share over the grid.')}</p>`
          : this.renderBody(g, shown, locale)}
      </section>
    `;
  }

  private onSelect(event: Event): void {
    const corridor = (event.target as HTMLSelectElement).value;
    this.corridor = corridor;
  }

  private renderBody(g: TwoWaySweep, shown: ShareSeries, locale: string): TemplateResult {
    const rows = g.rowValues.length;
    const columns = g.columnValues.length;
    const width = Math.max(chartWidth(this.size.width, 280, 720), MARGIN.left + MARGIN.right + columns * MIN_CELL_WIDTH);
    const cellWidth = (width - MARGIN.left - MARGIN.right) / columns;
    const scale = this.scaleOf(g, shown);
    const height = MARGIN.top + rows * CELL_HEIGHT + MARGIN.bottom;
    const rowAxis = axisUnit(this.rowMeta!.unit, Math.max(...g.rowValues.map(Math.abs)));
    const columnAxis = axisUnit(this.columnMeta!.unit, Math.max(...g.columnValues.map(Math.abs)));
    const step = (values: readonly number[]) => (values.length > 1 ? Math.abs(values[1]! - values[0]!) : 1);
    // Rows from the bottom up, so larger row values sit higher, as on any y axis.
    const y = (i: number) => MARGIN.top + (rows - 1 - i) * CELL_HEIGHT;
    const x = (j: number) => MARGIN.left + j * cellWidth;
    const active = this.active;
    return html`
      <div class="chart" @keydown=${this.onKeyDown}>
        <svg part="chart" width=${width} height=${height} role="grid" aria-label=${msg(str`${shown.label} share of served freight by ${this.rowMeta!.label} (rows) and ${this.columnMeta!.label} (columns). Use the arrow keys to move between cells.`)}>
          ${[...g.grid.keys()].reverse().map(
            (i) => svg`<g role="row">${g.grid[i]!.map((result, j) => this.renderCell(result, i, j, x(j), y(i), cellWidth, shown, scale.strength, locale))}</g>`,
          )}
          <g class="axis">
            ${g.rowValues.map((v, i) => svg`<text x=${MARGIN.left - 8} y=${y(i) + CELL_HEIGHT / 2} dy="0.32em" text-anchor="end">${formatTick(v, rowAxis, step(g.rowValues), locale)}</text>`)}
            ${g.columnValues.map((v, j) => svg`<text x=${x(j) + cellWidth / 2} y=${MARGIN.top + rows * CELL_HEIGHT + 16} text-anchor="middle">${formatTick(v, columnAxis, step(g.columnValues), locale)}</text>`)}
          </g>
          <text class="axis-title" transform=${`translate(14 ${MARGIN.top + (rows * CELL_HEIGHT) / 2}) rotate(-90)`} text-anchor="middle">${this.rowMeta!.short} (${rowAxis.unit})</text>
          <text class="axis-title" x=${MARGIN.left + (width - MARGIN.left - MARGIN.right) / 2} y=${MARGIN.top + rows * CELL_HEIGHT + 40} text-anchor="middle">${this.columnMeta!.short} (${columnAxis.unit})</text>
        </svg>
        ${active === null ? nothing : this.renderTooltip(g, active, x(active[1]) + cellWidth, y(active[0]), width, locale)}
      </div>
      ${this.renderLegend(shown, g, scale, locale)} ${this.renderTable(g, shown, locale)}
    `;
  }

  /** The colour scale of the shown corridor's shares over the grid's optimal cells. */
  private scaleOf(g: TwoWaySweep, shown: ShareSeries): ReturnType<typeof shareScale> {
    return shareScale(g.grid.flat().filter((r) => r.status === 'optimal').map((r) => shareIn(r, shown.id)));
  }

  private renderCell(
    result: Result,
    i: number,
    j: number,
    x: number,
    y: number,
    w: number,
    shown: ShareSeries,
    strengthOf: (share: number) => number,
    locale: string,
  ): SVGTemplateResult {
    const optimal = result.status === 'optimal';
    const share = optimal ? shareIn(result, shown.id) : 0;
    const strength = strengthOf(share);
    const focusable = this.active ?? [0, 0];
    const isActive = this.active !== null && this.active[0] === i && this.active[1] === j;
    // Dark text on light cells, white on dark: the fill's strength is the share.
    const text = optimal ? formatPercent(share, { locale }) : '✕';
    return svg`<g
      class="cell ${isActive ? 'active' : ''}"
      role="gridcell"
      data-row=${i}
      data-column=${j}
      tabindex=${focusable[0] === i && focusable[1] === j ? '0' : '-1'}
      aria-label=${this.cellLabel(result, i, j, shown, locale)}
      @focus=${() => (this.active = [i, j])}
      @blur=${() => (isActive ? (this.active = null) : undefined)}
      @pointerenter=${() => (this.active = [i, j])}
      @pointerleave=${() => (this.active !== null && this.active[0] === i && this.active[1] === j ? (this.active = null) : undefined)}
    >
      <rect class="fill ${optimal ? '' : 'not-optimal'}" x=${x} y=${y} width=${w} height=${CELL_HEIGHT}
        style=${styleProps(optimal ? { fill: shown.paint, 'fill-opacity': (0.06 + 0.94 * strength).toFixed(3) } : {})}></rect>
      ${w >= 38 ? svg`<text class=${optimal && strength > 0.5 ? 'on-fill' : ''} x=${x + w / 2} y=${y + CELL_HEIGHT / 2} dy="0.32em" text-anchor="middle">${text}</text>` : nothing}
      <rect class="focus-ring" x=${x + 1.5} y=${y + 1.5} width=${Math.max(0, w - 3)} height=${CELL_HEIGHT - 3}></rect>
    </g>`;
  }

  private cellLabel(result: Result, i: number, j: number, shown: ShareSeries, locale: string): string {
    const g = this.grid!;
    const where = `${this.rowMeta!.label} ${this.rowMeta!.format(g.rowValues[i]!, locale)}, ${this.columnMeta!.label} ${this.columnMeta!.format(g.columnValues[j]!, locale)}`;
    if (result.status !== 'optimal') return `${where}: ${result.status}`;
    return `${where}: ${shown.label} ${formatPercent(shareIn(result, shown.id), { locale })} of served freight, generalised cost ${formatUsd(result.objective, { locale })}`;
  }

  private renderTooltip(g: TwoWaySweep, [i, j]: readonly [number, number], right: number, top: number, width: number, locale: string): TemplateResult {
    const result = g.grid[i]![j]!;
    const left = right + 8 + 240 > width ? Math.max(0, right - 8 - 240 - (right - MARGIN.left > 0 ? 0 : 0)) : right + 8;
    return chartTooltip(
      left,
      Math.max(0, top),
      `${this.rowMeta!.short} ${this.rowMeta!.format(g.rowValues[i]!, locale)}, ${this.columnMeta!.short} ${this.columnMeta!.format(g.columnValues[j]!, locale)}`,
      result.status !== 'optimal'
        ? html`<span>${msg(str`${result.status}: no split`)}</span>`
        : html`<dl>
            ${this.series.map((s) => html`<dt>${s.label}</dt><dd>${formatPercent(shareIn(result, s.id), { locale })}</dd>`)}
            <dt>${msg('Served')}</dt>
            <dd>${formatTonnes(result.served, { locale })}</dd>
            <dt>${msg('Generalised cost')}</dt>
            <dd>${formatUsd(result.objective, { locale })}</dd>
          </dl>`,
    );
  }

  private renderLegend(shown: ShareSeries, g: TwoWaySweep, scale: ReturnType<typeof shareScale>, locale: string): TemplateResult {
    const id = `ramp-${shown.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
    const notOptimal = g.grid.flat().filter((r) => r.status !== 'optimal').length;
    const notOptimalWords = notOptimal === 1 ? msg('1 cell not optimal (no split)') : msg(str`${notOptimal} cells not optimal (no split)`);
    return html`<div part="legend" class="heat-legend" aria-label=${msg('Colour scale')}>
      <span class="legend-title">${msg(str`${shown.label} share of served freight`)}</span>
      <svg
        width="300"
        height="40"
        viewBox="0 0 300 40"
        role="img"
        data-export-below
        data-export-caption=${`${msg(str`Colour scale: ${shown.label} share of served freight (%), lighter is smaller`)}${notOptimal > 0 ? `; ✕ ${notOptimalWords}` : ''}`}
        aria-label=${msg(str`Colour scale: lighter is a smaller ${shown.label} share, from ${formatPercent(scale.lo, { locale })} to ${formatPercent(scale.hi, { locale })} (the grid's own range)`)}
      >
        <defs>
          <linearGradient id=${id}>
            <stop offset="0" style=${styleProps({ 'stop-color': shown.paint, 'stop-opacity': 0.06 })}></stop>
            <stop offset="1" style=${styleProps({ 'stop-color': shown.paint, 'stop-opacity': 1 })}></stop>
          </linearGradient>
        </defs>
        <rect class="legend-bar" x="8" y="4" width="284" height="12" fill=${`url(#${id})`}></rect>
        ${(scale.hi - scale.lo < 1e-9 ? [0.5] : [0, 0.25, 0.5, 0.75, 1]).map(
          (t) =>
            svg`<text class="tick-label" x=${8 + 284 * t} y="30" text-anchor=${t === 0 ? 'start' : t === 1 ? 'end' : 'middle'}>${formatPercent(scale.hi - scale.lo < 1e-9 ? scale.lo : scale.lo + t * (scale.hi - scale.lo), { locale })}</text>`,
        )}
      </svg>
      ${notOptimal > 0 ? html`<p class="note">✕ ${notOptimalWords}</p>` : nothing}
    </div>`;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const g = this.grid;
    if (g === null) return;
    const [i, j] = this.active ?? [0, 0];
    const rows = g.rowValues.length;
    const columns = g.columnValues.length;
    const moves: Record<string, readonly [number, number]> = {
      ArrowUp: [Math.min(rows - 1, i + 1), j],
      ArrowDown: [Math.max(0, i - 1), j],
      ArrowRight: [i, Math.min(columns - 1, j + 1)],
      ArrowLeft: [i, Math.max(0, j - 1)],
      Home: [i, 0],
      End: [i, columns - 1],
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.active = next;
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<SVGGElement>(`.cell[data-row="${next[0]}"][data-column="${next[1]}"]`)?.focus();
    });
  }

  private renderTable(g: TwoWaySweep, shown: ShareSeries, locale: string): TemplateResult {
    return dataTableToggle(
      msg(str`${shown.label} share of served freight: rows ${this.rowMeta!.label}, columns ${this.columnMeta!.label}`),
      html`<tr>
        <th scope="col">${this.rowMeta!.short} \\ ${this.columnMeta!.short}</th>
        ${g.columnValues.map((v) => html`<th scope="col" class="num">${this.columnMeta!.format(v, locale)}</th>`)}
      </tr>`,
      g.rowValues.map(
        (v, i) => html`<tr>
          <th scope="row" class="num">${this.rowMeta!.format(v, locale)}</th>
          ${g.grid[i]!.map((r) => html`<td class="num">${r.status === 'optimal' ? formatPercent(shareIn(r, shown.id), { locale, variant: 'full' }) : r.status}</td>`)}
        </tr>`,
      ),
    );
  }
}

defineElement('corridor-heatmap', CorridorHeatmap);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-heatmap': CorridorHeatmap;
  }
}
