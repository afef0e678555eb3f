import { html, LitElement, nothing, type TemplateResult } from 'lit';
import type { Comparison, ComparisonRow } from '../../analysis/compare';
import type { Scenario } from '../../model/types';
import { elementLocale } from '../element-locale';
import { formatNumber } from '../format';
import { sharedStyles } from '../shared.styles';
import { differenceMeaning } from './difference-meaning';
import { chartStyles } from '../corridor-sweep/chart.styles';
import { formatIn } from '../corridor-sweep/parameter-meta';
import { corridorLabel } from '../item-names';
import { corridorCompareStyles } from './corridor-compare.styles';
import { defineElement } from '../define-element';
import { localized, msg, str } from '../i18n';
import { WidthController } from '../width-controller';
import { chartWidth } from '../corridor-sweep/chart-width';
import { shareSeries } from '../corridor-sweep/share-series';
import { styleProps } from '../style-props';
import { UNMET_PAINT } from '../corridor-colors';
import { statusWord } from '../status-word';
import { compareBars, renderCompareChart } from './compare-chart';

const SECTIONS: readonly { readonly title: string; readonly test: (key: string) => boolean }[] = [
  { get title() { return msg('Split'); }, test: (k) => k.startsWith('share:') },
  { get title() { return msg('Freight by route'); }, test: (k) => k.startsWith('flow:') },
  { get title() { return msg('Cost and service'); }, test: (k) => ['objective', 'unitCost', 'served', 'unmet'].includes(k) },
  { get title() { return msg('Cost per tonne by demand'); }, test: (k) => k.startsWith('unitCost:') },
];

/**
 * @summary Two or more solved scenarios side by side: each one's freight by
 * route as a stacked bar, then the split, freight by route, generalised cost
 * (money + time valued) in total and per tonne, unmet demand, and which
 * bottlenecks a change adds or removes, with every difference against the
 * first scenario.
 *
 * Differences carry their sign in words and symbols (+/−, "pp" for share
 * points), not only in colour; rows that differ are emphasised and rows
 * that do not are muted. Colour says what a difference means, not its sign:
 * a higher cost or more unmet demand is worse, more freight served is
 * better, and a corridor's share or flow moving is neither (neutral).
 *
 * @csspart base - The outer box.
 * @csspart chart - The SVG chart: each scenario's freight by route as a stacked bar.
 * @csspart table - The comparison table.
 * @csspart bottlenecks - The bottlenecks added and removed.
 *
 * @cssproperty --corridor-font - Font family.
 * @cssproperty --corridor-spacing - Base spacing unit (default 0.75rem).
 * @cssproperty --corridor-compare-worse-color - Colour of differences for the worse: cost or unmet up, served down (default #8c2f39).
 * @cssproperty --corridor-compare-better-color - Colour of differences for the better (default #1d7a5a).
 * @cssproperty --corridor-compare-neutral-color - Colour of shifts that are neither, such as a corridor's share (default: the text colour).
 * @cssproperty --corridor-compare-up-color - Deprecated: read as the worse colour when that is not set.
 * @cssproperty --corridor-compare-down-color - Deprecated: read as the better colour when that is not set.
 * @cssproperty --corridor-color-titr - Not used here (kept for a uniform theme).
 */
const MEANING_WORDS: { readonly [M in 'better' | 'worse' | 'neutral']: string } = {
  get better() { return msg('a change for the better'); },
  get worse() { return msg('a change for the worse'); },
  get neutral() { return msg('a shift, neither better nor worse'); },
};

@localized()
export class CorridorCompare extends LitElement {
  static override styles = [sharedStyles, chartStyles, corridorCompareStyles];

  static override properties = {
    comparison: { attribute: false },
    scenario: { attribute: false },
  };

  /** The comparison to show; null shows the empty state. */
  declare comparison: Comparison | null;
  /** A scenario (optional, usually the first) whose corridor names label the rows. */
  declare scenario: Scenario | null;

  private readonly size = new WidthController(this);

  constructor() {
    super();
    this.comparison = null;
    this.scenario = null;
  }

  protected override render(): TemplateResult {
    const c = this.comparison;
    const locale = elementLocale(this);
    return html`
      <section part="base" class="base" aria-label=${msg('Scenario comparison')}>
        <header>
          <div>
            <h3>${msg('Scenarios compared')}</h3>
            ${c === null || c.names.length < 2 ? nothing : html`<p class="subtitle">${msg(str`Differences against “${c.names[0]}”`)}</p>`}
          </div>
        </header>
        ${c === null || c.names.length === 0
          ? html`<p class="empty-state">${msg('Nothing to compare yet: add a second scenario to see the differences side by side.')}</p>`
          : html`${this.renderChart(c, locale)} ${this.renderTable(c, locale)} ${this.renderBottlenecks(c)}`}
      </section>
    `;
  }

  /** Freight by route per scenario, stacked, with its legend (the chart the Export menu draws). */
  private renderChart(c: Comparison, locale: string): TemplateResult {
    const ids = c.rows.filter((r) => r.key.startsWith('flow:')).map((r) => r.key.slice('flow:'.length));
    const series = shareSeries(this.scenario, ids);
    const bars = compareBars(c, series);
    const unmet = bars.some((b) => b.segments?.some((s) => s.id === 'unmet' && s.tonnes > 0));
    return html`<ul class="legend" aria-label=${msg('Routes')}>
        ${series.map((s) => html`<li><span class="swatch" style=${styleProps({ background: s.paint })}></span>${s.label}</li>`)}
        ${unmet ? html`<li><span class="swatch" style=${styleProps({ background: UNMET_PAINT })}></span>${msg('Unmet demand')}</li>` : nothing}
      </ul>
      <div class="chart">${renderCompareChart(bars, chartWidth(this.size.width, 420, 760), locale, statusWord)}</div>`;
  }

  private rowLabel(row: ComparisonRow): string {
    const colon = row.key.indexOf(':');
    const kind = colon < 0 ? row.key : row.key.slice(0, colon);
    const id = colon < 0 ? '' : row.key.slice(colon + 1);
    const name = id === 'other' ? msg('Other routes') : corridorLabel(this.scenario?.corridors?.find((x) => x.id === id), id);
    switch (kind) {
      case 'share':
        return msg(str`${name} share`);
      case 'flow':
        return msg(str`${name} freight`);
      case 'unitCost':
        return id === '' ? msg('Generalised cost per served tonne') : msg(str`${id}: generalised cost per tonne`);
      case 'objective':
        return msg('Generalised cost (money + time valued)');
      case 'served':
        return msg('Served');
      case 'unmet':
        return msg('Unmet demand');
      default:
        return row.label;
    }
  }

  private formatValue(row: ComparisonRow, value: number | null, locale: string): string {
    return value === null ? '–' : formatIn(row.unit, value, locale);
  }

  /** A difference with its sign spelled out; shares in percentage points. */
  private formatDifference(row: ComparisonRow, value: number | null, locale: string): string {
    if (value === null) return '–';
    const tiny = Math.abs(value) <= 1e-6 * Math.max(1, Math.abs(row.values[0] ?? 0));
    if (tiny) return msg('no change');
    const sign = value > 0 ? '+' : '−';
    const magnitude = Math.abs(value);
    return row.unit === 'share' ? msg(str`${sign}${formatNumber(magnitude * 100, { locale, digits: 1 })} pp`) : `${sign}${formatIn(row.unit, magnitude, locale)}`;
  }

  private renderTable(c: Comparison, locale: string): TemplateResult {
    const others = c.names.slice(1);
    return html`<div class="table-wrap">
      <table part="table">
        <caption class="visually-hidden">
          ${msg(str`Each measure for every scenario, and its difference against ${c.names[0]}`)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Measure')}</th>
            ${c.names.map((n, i) => html`<th scope="col" class="num">${n}${c.statuses[i] === 'optimal' ? nothing : html`<br /><span class="status-bad">${c.statuses[i]}</span>`}</th>`)}
            ${others.map((n) => html`<th scope="col" class="num diff group">Δ ${n}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${SECTIONS.map((section) => {
            const rows = c.rows.filter((r) => section.test(r.key));
            if (rows.length === 0) return nothing;
            return html`<tr class="section-row"><th scope="rowgroup" colspan=${1 + c.names.length + others.length}>${section.title}</th></tr>
              ${rows.map(
                (row) => html`<tr class=${row.differs ? 'differs' : 'same'} data-key=${row.key}>
                  <th scope="row">${this.rowLabel(row)}</th>
                  ${row.values.map((v) => html`<td class="num">${this.formatValue(row, v, locale)}</td>`)}
                  ${row.differences.slice(1).map((d) => {
                    const tiny = d === null || Math.abs(d) <= 1e-6 * Math.max(1, Math.abs(row.values[0] ?? 0));
                    const meaning = tiny ? 'neutral' : differenceMeaning(row.key, d!);
                    return html`<td class="num diff group ${tiny ? '' : d! > 0 ? 'up' : 'down'} ${meaning}" title=${MEANING_WORDS[meaning]}>
                      ${this.formatDifference(row, d, locale)}
                    </td>`;
                  })}
                </tr>`,
              )}`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  private renderBottlenecks(c: Comparison): TemplateResult | typeof nothing {
    if (c.names.length < 2) return nothing;
    const words = (label: string) => label.replace(':', ' ');
    return html`<div>
      <h4 class="visually-hidden">${msg('Bottlenecks')}</h4>
      <ul part="bottlenecks" class="bottlenecks" aria-label=${msg('Bottlenecks against the first scenario')}>
        ${c.bottlenecks.slice(1).map((b, i) => {
          const name = c.names[i + 1]!;
          return html`<li>
            <h4>${msg(str`Bottlenecks in ${name}`)}</h4>
            ${b.added.length === 0 && b.removed.length === 0
              ? html`<p class="note">${msg(str`Same binding constraints as ${c.names[0]}.`)}</p>`
              : html`<ul>
                  ${b.added.map((x) => html`<li class="added">${msg(str`+ binds: ${words(x)}`)}</li>`)}
                  ${b.removed.map((x) => html`<li class="removed">${msg(str`− no longer binds: ${words(x)}`)}</li>`)}
                </ul>`}
          </li>`;
        })}
      </ul>
    </div>`;
  }
}

defineElement('corridor-compare', CorridorCompare);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-compare': CorridorCompare;
  }
}
