import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Result, Scenario } from '../../model/types';
import { costTotals, demandCosts, type CostTotals } from '../../analysis/demand-costs';
import { largestShareChange, resultDelta, SHARE_CHANGE_EPSILON, type ResultDelta } from '../../analysis/result-delta';
import { formatShareChange, formatTonnesChange, formatUsdChange } from '../format-change';
import { elementLocale } from '../element-locale';
import { formatPercent, formatTonnes, formatUsd, formatUsdPerTonne } from '../format';
import { sharedStyles, tableStyles } from '../shared.styles';
import { styleProps } from '../style-props';
import { WidthController } from '../width-controller';
import { corridorSplitStyles } from './corridor-split.styles';
import { splitSummary, type SplitRow, type SplitSummary } from './split-rows';
import { defineElement } from '../define-element';
import type { ShortfallSummary } from './shortfall-rows';
import { getLocale, localized, msg, str } from '../i18n';

/** What an infeasible scenario can serve is a chunk of its own, loaded with the first infeasible result. */
let shortfalls: typeof import('./shortfall-rows') | null = null;

/** Width of one character of a segment label (13px semibold), px; an estimate that errs wide. */
const LABEL_CHAR_PX = 6.8;
const LABEL_PADDING_PX = 8;

/**
 * @summary The answer first: how served freight splits between the corridors,
 * other routes and unmet demand, with total and unit cost.
 *
 * A stacked bar for the eye and a table for the exact figures and for
 * screen readers. Rows keep the scenario's corridor order and every row is
 * always present, so re-solving never moves anything.
 *
 * @csspart base - The outer box.
 * @csspart figures - The headline figures (served, total cost, unit cost, unmet).
 * @csspart bar - The stacked bar.
 * @csspart segment - One segment of the bar.
 * @csspart table - The table of flows and shares.
 * @csspart delta - The change against the pinned base (only with `base`).
 *
 * @cssproperty --corridor-font - Font family.
 * @cssproperty --corridor-accent - Accent colour.
 * @cssproperty --corridor-spacing - Base spacing unit (default 0.75rem).
 * @cssproperty --corridor-color-titr - Colour of the corridor with id `titr` (any corridor id works: `--corridor-color-<id>`); default: the corridor's `color`.
 * @cssproperty --corridor-color-tripp - Colour of the corridor with id `tripp`.
 * @cssproperty --corridor-color-iran - Colour of the corridor with id `iran`.
 * @cssproperty --corridor-color-other - Colour of served freight that crosses no gate.
 * @cssproperty --corridor-color-unmet - Colour of unmet demand.
 */
@localized()
export class CorridorSplit extends LitElement {
  /** The language the rows were worded in. */
  #language = '';
  static override styles = [sharedStyles, tableStyles, corridorSplitStyles];

  static override properties = {
    scenario: { attribute: false },
    result: { attribute: false },
    stale: { type: Boolean, reflect: true },
    base: { attribute: false },
    baseName: { type: String, attribute: 'base-name' },
  };

  /** The scenario whose corridors are listed (names, colours, order). */
  declare scenario: Scenario | null;
  /** The result to show; null before the first solve. */
  declare result: Result | null;
  /** True while a newer solve runs: the figures are dimmed, not removed. */
  declare stale: boolean;
  /**
   * A pinned base result: each share and the total cost then show their
   * change against it (`+27.0 pp`, `−USD 110 mn/yr`). null (default): none.
   */
  declare base: Result | null;
  /** What the base is called in the change line (e.g. its scenario's name); '' (default): "the pinned base". */
  declare baseName: string;

  private summary: SplitSummary = splitSummary(null, null);
  private shortfalls: ShortfallSummary | null = null;
  private delta: ResultDelta | null = null;
  /** Out-of-pocket and time parts of the total, USD/yr; null without per-demand flows. */
  private totals: CostTotals | null = null;
  /** The host's width, px: decides which segment labels fit (0 until measured). */
  private readonly size = new WidthController(this);

  constructor() {
    super();
    this.scenario = null;
    this.result = null;
    this.stale = false;
    this.base = null;
    this.baseName = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The rows' labels are words too: made again in a new language.
    const languageChanged = this.#language !== getLocale();
    this.#language = getLocale();
    if (changed.has('base') || changed.has('result')) {
      this.delta = this.base !== null && this.result !== null ? resultDelta(this.base, this.result) : null;
    }
    if (changed.has('scenario') || changed.has('result') || languageChanged) {
      const perDemand = this.scenario !== null && this.result !== null ? demandCosts(this.scenario, this.result) : [];
      // Without per-demand flows (a result from elsewhere) the split into out-of-pocket and time is unknown.
      this.totals = perDemand.length > 0 && this.result?.demands.every((d) => d.served <= 0 || d.flows !== undefined) ? costTotals(perDemand) : null;
      this.summary = splitSummary(this.scenario, this.result);
      this.shortfalls = null;
      if (this.result?.status === 'infeasible' && (this.result.shortfalls ?? []).length > 0) {
        if (shortfalls === null) {
          const [scenario, result] = [this.scenario, this.result];
          void import('./shortfall-rows').then((module) => {
            shortfalls = module;
            // Still the same answer: read what it can serve.
            if (this.scenario === scenario && this.result === result) this.requestUpdate('result');
          });
        } else {
          this.shortfalls = shortfalls.shortfallSummary(this.scenario, this.result);
          if (this.shortfalls !== null) this.summary = shortfalls.withShortfalls(this.summary, this.shortfalls);
        }
      }
    }
  }

  protected override render(): TemplateResult {
    const locale = elementLocale(this);
    const s = this.summary;
    return html`
      <section part="base" class="base" aria-busy=${this.stale ? 'true' : 'false'} aria-label=${msg('Freight split')}>
        ${this.renderFigures(s, locale)} ${this.renderBar(s, locale)} ${this.renderTable(s, locale)}
      </section>
    `;
  }

  private renderFigures(s: SplitSummary, locale: string): TemplateResult {
    const dash = '–';
    const unmet = s.unmet ?? 0;
    return html`
      <dl part="figures" class="figures">
        <div class="figure">
          <dt>${this.shortfalls === null ? msg('Served') : msg('Can be served')}</dt>
          <dd>
            ${s.served === null ? dash : formatTonnes(s.served, { locale })}
            ${this.shortfalls === null ? nothing : html`<span class="note">${msg('at most: the scenario is infeasible')}</span>`}
          </dd>
        </div>
        <div class="figure">
          <dt title=${msg('What the model minimises: tariffs, handling and transit days valued at each demand\'s value of time')}>${msg('Generalised cost')}</dt>
          <dd>
            ${s.totalCost === null ? dash : formatUsd(s.totalCost, { locale })}
            ${s.penalty === null
              ? nothing
              : html`<span class="note">${msg(str`incl. ${formatUsd(s.penalty, { locale })} for unmet demand`)}</span>`}
            ${this.totals === null || s.totalCost === null
              ? nothing
              : html`<span class="note out-of-pocket">${msg(str`out of pocket ${formatUsd(this.totals.outOfPocket, { locale })}, time valued ${formatUsd(this.totals.time, { locale })}`)}</span>`}
          </dd>
        </div>
        <div class="figure">
          <dt>${msg('Generalised cost per served tonne')}</dt>
          <dd>
            ${s.unitCost === null ? dash : formatUsdPerTonne(s.unitCost, { locale })}
            ${this.totals === null || s.served === null || s.served <= 0
              ? nothing
              : html`<span class="note out-of-pocket">${msg(str`out of pocket ${formatUsdPerTonne(this.totals.outOfPocket / s.served, { locale })}`)}</span>`}
          </dd>
        </div>
        <div class="figure unmet ${unmet > 0 ? 'some' : 'none'}">
          <dt>${this.shortfalls === null ? msg('Unmet demand') : msg('Cannot be served')}</dt>
          <dd>
            ${s.unmet === null ? dash : formatTonnes(s.unmet, { locale })}
            ${s.unmet !== null && s.unmet > 0 && s.demand !== null && s.demand > 0
              ? html`<span class="note">${msg(str`${formatPercent(s.unmet / s.demand, { locale })} of demand`)}</span>`
              : nothing}
          </dd>
        </div>
        ${this.renderDelta(locale)}
      </dl>
    `;
  }

  /** The headline change against the pinned base: the share that moved most and the cost. */
  private renderDelta(locale: string): TemplateResult | typeof nothing {
    if (this.base === null) return nothing;
    const d = this.delta;
    const name = this.baseName !== '' ? this.baseName : msg('the pinned base');
    let text: string;
    if (d === null) text = msg('no comparison: one of the two has no optimal answer');
    else {
      const moved = largestShareChange(d);
      const share = moved === null ? msg('same split') : `${formatShareChange(moved.share, { locale })} ${this.routeLabel(moved.id)}`;
      text = `${share}, ${formatUsdChange(d.objective, { locale })}`;
    }
    return html`<div part="delta" class="figure delta">
      <dt>${msg(str`Against ${name}`)}</dt>
      <dd>${text}</dd>
    </div>`;
  }

  private routeLabel(id: string): string {
    return this.summary.rows.find((r) => r.key === (id === 'other' ? 'other' : `corridor:${id}`))?.label ?? id;
  }

  private renderBar(s: SplitSummary, locale: string): TemplateResult {
    if (s.demand === null || s.demand <= 0) {
      return html`<div part="bar" class="placeholder">${this.placeholderText()}</div>`;
    }
    const total = s.demand;
    const visible = [...(this.shortfalls === null || shortfalls === null ? [] : [shortfalls.servableRow(this.shortfalls)]), ...s.rows.filter((row) => (row.flow ?? 0) > 0)];
    const description = visible
      .map((row) =>
        row.kind === 'unmet'
          ? msg(str`${row.label} ${formatPercent(row.share ?? 0, { locale })} of demand`)
          : `${row.label} ${formatPercent(row.share ?? 0, { locale })}`,
      )
      .join(', ');
    return html`
      <div part="bar" class="bar" role="img" aria-label=${this.shortfalls === null ? msg(str`Split of served freight: ${description}`) : msg(str`Infeasible: ${description}`)}>
        ${visible.map((row) => this.renderSegment(row, (row.flow ?? 0) / total, locale))}
      </div>
    `;
  }

  private renderSegment(row: SplitRow, fraction: number, locale: string): TemplateResult {
    const share = formatPercent(row.share ?? 0, { locale });
    // Until the width is known, assume a typical 600px bar.
    const px = fraction * (this.size.width > 0 ? this.size.width : 600);
    const fits = (label: string): boolean => label.length * LABEL_CHAR_PX + LABEL_PADDING_PX <= px;
    const full = `${row.kind === 'unmet' ? msg('Unmet') : row.label} ${share}`;
    const text = fits(full) ? full : fits(share) ? share : '';
    return html`<div
      part="segment"
      class="segment ${row.kind}"
      data-key=${row.key}
      title=${row.kind === 'unmet' ? msg(str`${row.label}: ${formatTonnes(row.flow ?? 0, { locale })}, ${share} of demand`) : `${row.label}: ${formatTonnes(row.flow ?? 0, { locale })}, ${share}`}
      style=${styleProps({ 'flex-basis': `${fraction * 100}%`, 'background-color': row.paint })}
    >
      ${text}
    </div>`;
  }

  private placeholderText(): string {
    const r = this.result;
    if (this.scenario === null && r === null) return msg('No scenario loaded.');
    if (r === null) return msg('Not solved yet: the split appears after the first solve.');
    if (r.status === 'infeasible') return msg('No split: the scenario is infeasible (see the diagnosis).');
    if (r.status === 'unbounded') return msg('No split: the problem is unbounded.');
    if (r.status === 'error') return msg('No split: the solver failed.');
    return msg('No demand is served.');
  }

  private renderTable(s: SplitSummary, locale: string): TemplateResult {
    const body = s.rows.filter((row) => row.kind !== 'unmet');
    const unmet = s.rows.find((row) => row.kind === 'unmet');
    const caption =
      this.shortfalls !== null
        ? msg('Freight by route: not known while the scenario is infeasible (what each demand lacks: see Unmet demand)')
        : s.served === null
          ? msg('Freight by route (not solved)')
          : msg(str`Freight by route: ${formatTonnes(s.served, { locale })} served`);
    // With the change column a phone's width is too narrow for the table: it scrolls in its own box.
    return html`<div class="table-box">
      <table part="table">
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Route')}</th>
            <th scope="col" class="num">${msg('Freight (t/yr)')}</th>
            <th scope="col" class="num">${msg('Share of served')}</th>
            ${this.base === null ? nothing : html`<th scope="col" class="num change">${msg('vs base')}</th>`}
          </tr>
        </thead>
        <tbody>
          ${body.map((row) => this.renderRow(row, locale))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${msg('Served, total')}</th>
            <td class="num">${s.served === null ? '–' : formatTonnes(s.served, { locale })}</td>
            <td class="num">${s.served === null ? '–' : s.served > 0 ? formatPercent(1, { locale }) : '–'}</td>
            ${this.base === null ? nothing : html`<td class="num change"></td>`}
          </tr>
          ${unmet === undefined ? nothing : this.renderRow(unmet, locale)}
        </tfoot>
      </table>
    </div>`;
  }

  private renderRow(row: SplitRow, locale: string): TemplateResult {
    const some = (row.flow ?? 0) > 0 ? 'some' : 'none';
    const share =
      row.share === null ? '–' : row.kind === 'unmet' ? msg(str`${formatPercent(row.share, { locale })} of demand`) : formatPercent(row.share, { locale });
    return html`
      <tr class="${row.kind} ${some}" data-key=${row.key}>
        <th scope="row">
          <span class="swatch" style=${styleProps({ 'background-color': row.paint })}></span>${row.label}${row.closed
            ? html`<span class="closed">${msg('(closed)')}</span>`
            : nothing}
        </th>
        <td class="num" title=${row.flow === null ? '' : formatTonnes(row.flow, { locale, variant: 'full' })}>
          ${row.flow === null ? '–' : formatTonnes(row.flow, { locale })}
        </td>
        <td class="num">${share}</td>
        ${this.base === null ? nothing : html`<td class="num change">${this.rowChange(row, locale)}</td>`}
      </tr>
    `;
  }
  private rowChange(row: SplitRow, locale: string): string {
    const d = this.delta;
    if (d === null) return '–';
    if (row.kind === 'unmet') return d.unmet === 0 ? '' : formatTonnesChange(d.unmet, { locale });
    const change = d.corridors.find((c) => (row.kind === 'other' ? c.id === 'other' : `corridor:${c.id}` === row.key));
    if (change === undefined) return '–';
    return Math.abs(change.share) <= SHARE_CHANGE_EPSILON ? formatShareChange(0, { locale }) : formatShareChange(change.share, { locale });
  }
}

defineElement('corridor-split', CorridorSplit);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-split': CorridorSplit;
  }
}
