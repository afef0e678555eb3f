import { html, LitElement, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Sweep } from '../../analysis/sweep';
import type { Scenario } from '../../model/types';
import { elementLocale } from '../element-locale';
import { formatPercent } from '../format';
import { sharedStyles } from '../shared.styles';
import { styleProps } from '../style-props';
import { WidthController } from '../width-controller';
import { chartStyles } from './chart.styles';
import { corridorSweepStyles } from './corridor-sweep.styles';
import { chartLabel, pointLabel, regimeList, sweepTable, sweepTooltip } from './sweep-figures';
import { cellBounds, sweepLayout, type SweepLayout } from './sweep-layout';
import { linePanel, regimeRules, sharePanel, xAxis } from './sweep-panels';
import { sweepView, type SweepView } from './sweep-view';
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

  /** Null while there is no sweep. */
  private view: SweepView | null = null;
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
      this.view = this.sweep === null ? null : sweepView(this.sweep, this.scenario, this.marginalValues);
      if (this.active !== null && this.active >= (this.view?.rows.length ?? 0)) this.active = null;
    }
  }

  protected override render(): TemplateResult {
    const locale = elementLocale(this);
    const view = this.view;
    const rows = view?.rows ?? [];
    return html`
      <section part="base" class="base" aria-label=${msg('Parameter sweep')}>
        <header>
          <div>
            <h3>${view === null ? msg('Parameter sweep') : msg(str`How the split moves with the ${view.meta.short}`)}</h3>
            ${view === null || rows.length === 0
              ? nothing
              : html`<p class="subtitle">
                  ${msg(str`${view.meta.label}: ${rows.length} solves from ${view.meta.format(rows[0]!.value, locale)} to ${view.meta.format(rows[rows.length - 1]!.value, locale)}`)}
                </p>`}
          </div>
          ${rows.length === 0
            ? nothing
            : html`<div class="actions">
                <button part="export" type="button" @click=${() => this.exportAs('csv')}>${msg('Export CSV')}</button>
                <button part="export" type="button" @click=${() => this.exportAs('json')}>${msg('Export JSON')}</button>
              </div>`}
        </header>
        ${this.renderProgress(locale)}
        ${view === null || rows.length === 0 ? this.renderEmpty() : this.renderBody(view, locale)}
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

  private renderBody(view: SweepView, locale: string): TemplateResult {
    const l = sweepLayout(this.size.width, view);
    const active = this.active === null ? null : view.rows[this.active];
    return html`
      <ul part="legend" class="legend" aria-label=${msg('Series')}>
        ${[...view.series].reverse().map((s) => html`<li><span class="swatch" style=${styleProps({ background: s.paint })}></span>${s.label}</li>`)}
        ${view.regimes.length > 0 ? html`<li><span class="swatch regime-swatch"></span>${msg('Regime change')}</li>` : nothing}
        ${view.rows.some((r) => r.result.status !== 'optimal') ? html`<li><span class="swatch infeasible-swatch"></span>${msg('Not optimal')}</li>` : nothing}
      </ul>
      <div class="chart" @keydown=${this.onKeyDown}>
        <svg part="chart" width=${l.width} height=${l.height} viewBox="0 0 ${l.width} ${l.height}" role="group" aria-label=${chartLabel(view, locale)}>
          ${sharePanel(view, l, locale)} ${linePanel(view, l, locale, 'objective')}
          ${l.marginalTop === null ? nothing : linePanel(view, l, locale, 'marginal')} ${regimeRules(view, l)}
          ${xAxis(view, l, locale)} ${this.renderPoints(view, l, locale)}
        </svg>
        ${active === undefined || active === null ? nothing : sweepTooltip(view, l, active, locale)}
      </div>
      ${regimeList(view, locale)} ${sweepTable(view, locale)}
    `;
  }

  /** The points' hit areas: each takes focus and the pointer, showing its tooltip. */
  private renderPoints(view: SweepView, l: SweepLayout, locale: string): SVGTemplateResult {
    const focusable = this.active ?? 0;
    return svg`<g class="points">
      ${view.rows.map((r, i) => {
        const [x0, x1] = cellBounds(l, view.rows, i);
        const x = l.x(r.value);
        return svg`<g
          class="point ${this.active === i ? 'active' : ''}"
          data-index=${r.index}
          tabindex=${i === focusable ? '0' : '-1'}
          role="img"
          aria-label=${pointLabel(view, r, locale)}
          @focus=${() => (this.active = i)}
          @blur=${() => (this.active === i ? (this.active = null) : undefined)}
          @pointerenter=${() => (this.active = i)}
          @pointerleave=${() => (this.active === i ? (this.active = null) : undefined)}
        >
          <rect class="hit" x=${x0} y=${l.shareTop} width=${Math.max(1, x1 - x0)} height=${l.bottom - l.shareTop}></rect>
          <line class="focus-ring" x1=${x} x2=${x} y1=${l.shareTop} y2=${l.bottom}></line>
        </g>`;
      })}
    </g>`;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const count = this.view?.rows.length ?? 0;
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
}

defineElement('corridor-sweep', CorridorSweep);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-sweep': CorridorSweep;
  }
}
