import { defineElement } from '../define-element';
import { html, LitElement, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { localized, msg, str } from '../i18n';
import type { Scenario } from '../../model/types';
import type { PlanResult } from '../../plan/types';
import { elementLocale } from '../element-locale';
import { formatNumber, formatPercent, formatTonnes, formatUsd, formatUsdPlain } from '../format';
import { sharedStyles } from '../shared.styles';
import { styleProps } from '../style-props';
import { WidthController } from '../width-controller';
import { axisUnit, formatTick, linearScale, niceTicks } from '../corridor-sweep/chart-scale';
import { chartStyles } from '../corridor-sweep/chart.styles';
import { chartWidth } from '../corridor-sweep/chart-width';
import { dataTableToggle } from '../corridor-sweep/data-table-toggle';
import { exportSvg, svgToPng, type ChartExportOptions } from '../chart-export';
import { planTimeline, type BuildRow, type PlanTimeline, type YearBar } from './plan-timeline';
import { appraisalTable, type WhatIfKind } from './appraisal-table';
import { corridorPlanStyles } from './corridor-plan.styles';
import { awaitParts, StagedParts } from '../staged-parts';

export type { WhatIfKind } from './appraisal-table';

/** Detail of `corridor-year-select`. */
export interface PlanYearSelectDetail {
  readonly year: number;
}

/** Detail of `corridor-what-if`. */
export interface PlanWhatIfDetail {
  readonly project: string;
  readonly kind: WhatIfKind;
}

/** Getters, so each reading is in the language shown now. */
const STATUS_WORDS: Readonly<Record<PlanResult['status'], string>> = {
  optimal: '',
  'time-limit': '',
  get infeasible() {
    return msg('No plan serves every demand in every model year (infeasible).');
  },
  get unbounded() {
    return msg('The plan is unbounded: a cost can fall without limit (check for negative costs).');
  },
  get error() {
    return msg('The plan failed.');
  },
};

/** The heading when the page sets none: shown in the page's language. */
const DEFAULT_HEADING = 'Plan';

const MARGIN = { left: 168, right: 16, top: 10, bottom: 26 } as const;
const BAR_HEIGHT = 220;
const BUILD_ROW = 24;
const GAP = 30;
/** Characters of a project name that fit the left margin at 12px. */
const LABEL_CHARS = 24;
/**
 * The report's parts, drawn a frame apart when a plan first comes: the summary, the chart, the appraisal, the
 * yearly figures. Drawn first, each part's templates are created then (Lit parses them on first use): on the 100x
 * network's page the summary and chart together were a 50–90 ms task on a loaded machine.
 */
const PARTS = { summary: 0, chart: 1, appraisal: 2, years: 3 } as const;

/**
 * @summary A plan over model years as a cost–benefit report shows it: the
 * corridor split of each model year as stacked bars on a time axis, the
 * build plan (which project opens when) on the same axis, and the
 * appraisal of each project (opens, present value of its costs and of the
 * savings it brings, NPV, benefit–cost ratio, break-even capex, value).
 *
 * Each model year's bar spans the calendar years it stands for. Bars take
 * keyboard focus (Tab, then ←/→); Enter, Space or a click selects the year.
 * A data table lists every figure of every year. `chartSvg()` and
 * `chartPng()` give the chart as a file (title, units and legend drawn in).
 *
 * When a plan comes to an element showing none, the summary is drawn at
 * once and the chart, the appraisal and the yearly figures each a frame
 * later, so no task of the page draws the whole report (a plan replacing
 * one shown is drawn at once, in place). `updateComplete` resolves once
 * every part is drawn.
 *
 * @event corridor-year-select - The user picked a model year. `detail: { year }`.
 * @event corridor-what-if - The user asked what if a project were never built, built earlier or twice as big
 *   (only with `what-if`). `detail: { project, kind: 'never' | 'earlier' | 'double' }`.
 *
 * @csspart base - The outer box.
 * @csspart summary - The plan's status, present-value cost and gap.
 * @csspart chart - The timeline SVG (split by model year above, build plan below).
 * @csspart legend - The legend of the timeline.
 * @csspart appraisal - The appraisal table.
 * @csspart table - The yearly figures (inside a toggle).
 *
 * @cssproperty --corridor-font - Font family.
 * @cssproperty --corridor-accent - Focus ring and selected year.
 * @cssproperty --corridor-spacing - Base spacing unit (default 0.75rem).
 * @cssproperty --corridor-color-titr - Colour of the corridor with id `titr` (any corridor id works: `--corridor-color-<id>`).
 * @cssproperty --corridor-color-tripp - Colour of the corridor with id `tripp`.
 * @cssproperty --corridor-color-iran - Colour of the corridor with id `iran`.
 * @cssproperty --corridor-color-other - Colour of `other`.
 * @cssproperty --corridor-color-unmet - Colour of unmet demand.
 * @cssproperty --corridor-plan-build-color - Colour of an open project on the build plan (default #3d4a5c).
 * @cssproperty --corridor-plan-selected-color - Background of the selected year (default a light accent).
 */
@localized()
export class CorridorPlan extends LitElement {
  static override styles = [sharedStyles, chartStyles, corridorPlanStyles];

  static override properties = {
    plan: { attribute: false },
    scenario: { attribute: false },
    year: { type: Number },
    whatIf: { type: Boolean, attribute: 'what-if' },
    heading: { type: String },
  };

  /** The plan to show; null shows the empty state. */
  declare plan: PlanResult | null;
  /** The scenario planned (names, colours, the horizon's end and discount rate, project names). */
  declare scenario: Scenario | null;
  /** The selected model year (highlighted), or null. */
  declare year: number | null;
  /** Shows the what-if buttons on each project's row (default false). */
  declare whatIf: boolean;
  /** Heading above the chart; default "Plan". */
  declare heading: string;

  private timeline: PlanTimeline | null = null;
  private readonly size = new WidthController(this);
  private readonly parts = new StagedParts(this, Object.keys(PARTS).length);

  constructor() {
    super();
    this.plan = null;
    this.scenario = null;
    this.year = null;
    this.whatIf = false;
    this.heading = DEFAULT_HEADING;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('plan') || changed.has('scenario')) this.timeline = this.plan === null ? null : planTimeline(this.plan, this.scenario);
    // Only a report not on the page yet is drawn in parts; one already drawn takes the new plan in place, all of it.
    if (changed.has('plan') && changed.get('plan') == null && this.plan !== null) this.parts.restart();
    if (this.plan === null) this.parts.finish();
  }

  /** Also waits for the parts drawn in later frames, so `await plan.updateComplete` sees the whole report. */
  protected override getUpdateComplete(): Promise<boolean> {
    return awaitParts(this.parts, () => super.getUpdateComplete());
  }

  /** The timeline as a standalone SVG file (title, units, legend), or null with no plan shown (or its chart not drawn yet: see `updateComplete`). */
  chartSvg(): string | null {
    const chart = this.renderRoot.querySelector<SVGSVGElement>('svg[part="chart"]');
    if (chart === null || this.timeline === null) return null;
    return exportSvg(chart, this.exportOptions(this.timeline));
  }

  /** The timeline as a PNG at `scale` × its size, or null with no plan shown. */
  async chartPng(scale = 2): Promise<Blob | null> {
    const text = this.chartSvg();
    return text === null ? null : svgToPng(text, scale);
  }

  private exportOptions(t: PlanTimeline): ChartExportOptions {
    const name = this.scenario?.name ?? msg('Scenario');
    const base = this.scenario?.horizon?.base ?? t.start;
    const rate = formatPercent(this.scenario?.horizon?.discountRate ?? 0, { locale: elementLocale(this) });
    const last = t.stop - 1;
    return {
      title: msg(str`${name}: plan ${t.start}–${last}`),
      subtitle: msg(
        str`Freight by corridor per model year (${this.flowAxis(t).unit}); projects open from the year shown. Costs in USD, present value at ${base}, discount rate ${rate}.`,
      ),
      legend: [...t.series.map((s) => ({ label: s.label, paint: s.paint })), { label: msg('Project open (lighter: part built)'), paint: 'var(--corridor-plan-build-color, #3d4a5c)' }],
    };
  }

  protected override render(): TemplateResult {
    const locale = elementLocale(this);
    const plan = this.plan;
    // The default heading is shown in the page's language; one the page set, as it is.
    const heading = this.heading === DEFAULT_HEADING ? msg('Plan', { id: 'plan-heading' }) : this.heading;
    return html`
      <section part="base" class="base" aria-label=${heading}>
        <header>
          <div>
            <h3>${heading}</h3>
            ${plan !== null && plan.years.length > 0
              ? html`<p class="subtitle">${this.subtitle(plan)}</p>`
              : nothing}
          </div>
        </header>
        ${plan === null ? html`<p class="empty-state">${msg('No plan yet.')}</p>` : this.renderPlan(plan, locale)}
      </section>
    `;
  }

  private subtitle(plan: PlanResult): string {
    const years = plan.years.map((y) => y.year);
    const h = this.scenario?.horizon;
    const end = Math.max(h?.end ?? years.at(-1)!, years.at(-1)!);
    const rate = formatPercent(h?.discountRate ?? 0, { locale: elementLocale(this) });
    const base = h?.base ?? years[0];
    return msg(str`Model years ${years.join(', ')} (to ${end}); USD at ${base} prices, discounted at ${rate}/yr`);
  }

  private renderPlan(plan: PlanResult, locale: string): TemplateResult {
    const t = this.timeline!;
    return html`
      ${this.renderSummary(plan, locale)}
      ${t.bars.length === 0 || !this.parts.has(PARTS.chart)
        ? nothing
        : html`<ul part="legend" class="legend" aria-label=${msg('Series')}>
              ${t.series.map((s) => html`<li><span class="swatch" style=${styleProps({ background: s.paint })}></span>${s.label}</li>`)}
              ${t.builds.length > 0 ? html`<li><span class="swatch build-swatch" style=${styleProps({ background: 'var(--corridor-plan-build-color, #3d4a5c)' })}></span>${msg('Project open')}</li>` : nothing}
            </ul>
            <div class="chart">${this.renderChart(t, locale)}</div>`}
      ${this.parts.has(PARTS.appraisal) ? appraisalTable(plan, this.scenario, locale, this.whatIf ? this.askWhatIf : null) : nothing}
      ${t.bars.length === 0 || !this.parts.has(PARTS.years) ? nothing : this.renderYearsTable(t, locale)}
    `;
  }

  private renderSummary(plan: PlanResult, locale: string): TemplateResult {
    const ok = plan.status === 'optimal' || (plan.status === 'time-limit' && plan.years.length > 0);
    const built = plan.projects.filter((p) => p.opens !== null).length;
    const note =
      plan.status === 'optimal'
        ? nothing
        : html`<p class=${ok ? 'status-note' : 'status-note bad'} role="status">
            ${plan.status === 'time-limit'
              ? plan.years.length > 0
                ? plan.gap === null
                  ? msg('Stopped at the time limit: the best plan found.')
                  : msg(str`Stopped at the time limit: the best plan found, within ${formatPercent(plan.gap, { locale, variant: 'full' })} of the best possible.`)
                : msg('Stopped at the time limit before any plan was found.')
              : STATUS_WORDS[plan.status]}
            ${plan.status === 'time-limit'
              ? // The engine's own warning says the same in its words: the reader gets what follows from it.
                plan.years.length > 0
                ? msg('Projects\' values and the appraisal need a proven optimum, so none is shown: plan again with a longer time limit or a larger gap.')
                : nothing
              : (plan.diagnosis ?? []).join(' ')}
          </p>`;
    return html`
      ${note}
      ${plan.years.length === 0
        ? nothing
        : html`<dl part="summary" class="summary">
            <div><dt>${msg('Total cost, present value')}</dt><dd>${formatUsdPlain(plan.objective, { locale })}<span class="note">${msg('generalised: money + time valued, with project costs')}</span></dd></div>
            <div><dt>${msg('Proven gap')}</dt><dd>${plan.gap === null ? msg('unknown') : formatPercent(plan.gap, { locale, variant: 'full' })}</dd></div>
            <div><dt>${msg('Projects built')}</dt><dd>${msg(str`${built} of ${plan.projects.length}`, { id: 'plan-projects-built-of' })}</dd></div>
            <div><dt>${msg('Solved in')}</dt><dd>${msg(str`${formatNumber(plan.solver.ms / 1000, { locale, digits: 2 })} s`)}</dd></div>
          </dl>`}
    `;
  }

  private flowAxis(t: PlanTimeline): { ticks: number[]; domain: [number, number]; unit: string; factor: number; step: number } {
    const max = Math.max(1, ...t.bars.map((b) => b.total));
    const { ticks, domain } = niceTicks(0, max, 4);
    const axis = axisUnit('t/yr', domain[1]);
    return { ticks, domain, unit: axis.unit, factor: axis.factor, step: ticks.length > 1 ? ticks[1]! - ticks[0]! : 1 };
  }

  private renderChart(t: PlanTimeline, locale: string): TemplateResult {
    const width = chartWidth(this.size.width, 480, 760);
    const x = linearScale([t.start, t.stop], [MARGIN.left, width - MARGIN.right]);
    const flow = this.flowAxis(t);
    const y = linearScale(flow.domain, [MARGIN.top + BAR_HEIGHT, MARGIN.top]);
    const buildTop = MARGIN.top + BAR_HEIGHT + GAP;
    const height = buildTop + 18 + t.builds.length * BUILD_ROW + MARGIN.bottom;
    const axisY = height - MARGIN.bottom;
    const last = t.stop - 1;
    const label = msg(
      str`The plan from ${t.start} to ${last}: freight by corridor in each of ${t.bars.length} model years, and ${t.builds.length} projects with the year each opens. Use the arrow keys to move between years.`,
    );
    return html`<svg part="chart" width=${width} height=${height} viewBox="0 0 ${width} ${height}" role="group" aria-label=${label} @keydown=${this.onKeyDown}>
      <g class="grid">${flow.ticks.map((v) => svg`<line x1=${MARGIN.left} x2=${width - MARGIN.right} y1=${y(v)} y2=${y(v)}></line>`)}</g>
      <g class="axis">
        ${flow.ticks.map((v) => svg`<text x=${MARGIN.left - 8} y=${y(v)} dy="0.32em" text-anchor="end">${formatTick(v, { factor: flow.factor, unit: flow.unit }, flow.step, locale)}</text>`)}
      </g>
      <text class="axis-title" transform=${`translate(${MARGIN.left - 52} ${MARGIN.top + BAR_HEIGHT / 2}) rotate(-90)`} text-anchor="middle">${msg(str`Freight (${flow.unit})`)}</text>
      ${t.bars.map((b, i) => this.renderBar(t, b, i, x, y, locale))}
      <line class="domain" x1=${MARGIN.left} x2=${width - MARGIN.right} y1=${y(0)} y2=${y(0)}></line>
      <text class="section-title" x=${8} y=${buildTop + 4}>${msg('Build plan')}</text>
      ${t.builds.map((r, i) => this.renderBuild(r, buildTop + 16 + i * BUILD_ROW, x, t, locale))}
      <line class="domain" x1=${MARGIN.left} x2=${width - MARGIN.right} y1=${axisY} y2=${axisY}></line>
      <g class="axis">
        ${[...t.bars.map((b) => b.year), t.stop].map(
          (yr, i, all) => svg`<line class="domain" x1=${x(yr)} x2=${x(yr)} y1=${axisY} y2=${axisY + 4}></line>
            <text x=${x(yr)} y=${axisY + 16} text-anchor=${i === all.length - 1 ? 'end' : 'middle'}>${i === all.length - 1 ? msg(str`${yr - 1} end`) : yr}</text>`,
        )}
      </g>
    </svg>`;
  }

  private renderBar(t: PlanTimeline, b: YearBar, index: number, x: (v: number) => number, y: (v: number) => number, locale: string): SVGTemplateResult {
    const x0 = x(b.year) + 3;
    const w = Math.max(4, x(b.until) - x(b.year) - 6);
    let lower = 0;
    const segments = b.stack.map((s, i) => {
      const top = lower + s.value;
      const seg = svg`<rect class="segment" data-series=${s.id} x=${x0} width=${w} y=${y(top)} height=${Math.max(0, y(lower) - y(top))} style=${styleProps({ fill: t.series[i]!.paint })}></rect>`;
      lower = top;
      return seg;
    });
    const selected = this.year === b.year;
    const words = b.stack
      .filter((s) => s.value > 0)
      .map((s) => {
        const name = t.series.find((x) => x.id === s.id)?.label ?? s.id;
        const share = s.id === 'unmet' ? '' : ` (${formatPercent(b.result.served > 0 ? s.value / b.result.served : 0, { locale })})`;
        return `${name} ${formatTonnes(s.value, { locale })}${share}`;
      })
      .join(', ');
    return svg`<g class=${selected ? 'bar selected' : 'bar'} data-year=${b.year} tabindex=${index === 0 ? '0' : '-1'} role="button"
        aria-pressed=${selected ? 'true' : 'false'}
        aria-label=${`${b.year}–${b.until - 1}: ${words}; ${msg(str`cost ${formatUsd(b.result.objective, { locale })}`)}`}
        @click=${() => this.select(b.year)}>
      <rect class="focus-ring" data-export-omit x=${x0 - 3} y=${MARGIN.top - 4} width=${w + 6} height=${BAR_HEIGHT + 8} rx="3"></rect>
      ${segments}
      <text class="bar-label" x=${x0 + w / 2} y=${y(b.total) - 5} text-anchor="middle">${formatTonnes(b.total, { locale })}</text>
    </g>`;
  }

  private renderBuild(r: BuildRow, top: number, x: (v: number) => number, t: PlanTimeline, locale: string): SVGTemplateResult {
    const name = r.label.length > LABEL_CHARS ? `${r.label.slice(0, LABEL_CHARS - 1)}…` : r.label;
    const mid = top + BUILD_ROW / 2 - 2;
    if (r.opens === null) {
      return svg`<g class="build" data-project=${r.id}>
        <title>${msg(str`${r.label}: not built in this plan`)}</title>
        <text class="row-label" x=${8} y=${mid} dy="0.32em">${name}</text>
        <line class="build-none" x1=${x(t.start)} x2=${x(t.stop)} y1=${mid} y2=${mid}></line>
        <text class="build-label outside" x=${x(t.start) + 6} y=${mid - 6}>${msg('not built')}</text>
      </g>`;
    }
    const x0 = x(r.opens);
    const x1 = x(t.stop);
    const partial = r.fraction < 1 - 1e-9;
    const words = partial ? msg(str`opens ${r.opens} · ${formatPercent(r.fraction, { locale })} built`) : msg(str`opens ${r.opens}`);
    const fits = x1 - x0 > words.length * 6.5 + 12;
    return svg`<g class="build" data-project=${r.id}>
      <title>${r.label}: ${words}</title>
      <text class="row-label" x=${8} y=${mid} dy="0.32em">${name}</text>
      <rect class=${partial ? 'build-bar partial' : 'build-bar'} x=${x0} y=${top + 2} width=${Math.max(2, x1 - x0)} height=${BUILD_ROW - 8} rx="2"></rect>
      <text class=${fits ? 'build-label' : 'build-label outside'} x=${fits ? x0 + 6 : x0 - 6} y=${mid} dy="0.32em" text-anchor=${fits ? 'start' : 'end'}>${words}</text>
    </g>`;
  }

  private renderYearsTable(t: PlanTimeline, locale: string): TemplateResult {
    const head = html`<tr>
      <th scope="col">${msg('Model year')}</th>
      <th scope="col" class="num">${msg('Weight (PV years)')}</th>
      <th scope="col" class="num">${msg('Generalised cost (USD/yr)')}</th>
      ${t.series.map((s) => html`<th scope="col" class="num">${s.label}</th>`)}
      <th scope="col">${msg('Open projects')}</th>
    </tr>`;
    const body = t.bars.map(
      (b) => html`<tr data-year=${b.year}>
        <th scope="row">${b.year}–${b.until - 1}</th>
        <td class="num">${formatNumber(b.weight, { locale, digits: 3 })}</td>
        <td class="num">${formatUsd(b.result.objective, { locale })}</td>
        ${b.stack.map((s) => html`<td class="num">${formatTonnes(s.value, { locale })}</td>`)}
        <td>${t.builds.filter((r) => r.opens !== null && r.opens <= b.year).map((r) => r.label).join(', ') || '–'}</td>
      </tr>`,
    );
    return html`<div part="table">${dataTableToggle(msg('Figures of each model year (flows in t/yr)'), head, body)}</div>`;
  }

  private select(year: number): void {
    this.year = year;
    this.dispatchEvent(new CustomEvent<PlanYearSelectDetail>('corridor-year-select', { detail: { year }, bubbles: true, composed: true }));
  }

  private askWhatIf = (project: string, kind: WhatIfKind): void => {
    this.dispatchEvent(new CustomEvent<PlanWhatIfDetail>('corridor-what-if', { detail: { project, kind }, bubbles: true, composed: true }));
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    const bars = [...this.renderRoot.querySelectorAll<SVGGElement>('.bar')];
    const at = bars.indexOf(event.target as SVGGElement);
    if (at < 0) return;
    let next = at;
    if (event.key === 'ArrowRight') next = Math.min(bars.length - 1, at + 1);
    else if (event.key === 'ArrowLeft') next = Math.max(0, at - 1);
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(Number(bars[at]!.dataset.year));
      return;
    } else return;
    event.preventDefault();
    bars[at]!.setAttribute('tabindex', '-1');
    bars[next]!.setAttribute('tabindex', '0');
    bars[next]!.focus();
  };
}

defineElement('corridor-plan', CorridorPlan);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-plan': CorridorPlan;
  }
}
