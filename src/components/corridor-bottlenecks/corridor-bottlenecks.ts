import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { MarginalRange } from '../../analysis/marginal-range';
import type { LinkMode, Result, Scenario } from '../../model/types';
import { elementLocale } from '../element-locale';
import { formatPercent, formatTonnes, formatUsdPerTonne, formatUsdPerTonneShort, formatUsdPlain } from '../format';
import { sharedStyles } from '../shared.styles';
import { styleProps } from '../style-props';
import { calibratedTitle, isCalibrated } from '../is-calibrated';
import { bottlenecks, type BindingItem, type BottleneckKind, type Bottlenecks, type UnmetItem, type UnusedItem } from './bottleneck-items';
import { corridorBottlenecksStyles } from './corridor-bottlenecks.styles';
import { defineElement } from '../define-element';
import { getLocale, localized, msg, str } from '../i18n';
import { modeWord } from '../item-names';

/** The range sentences' module, loaded with the first ranges (they come from a later, lazy computation anyway): the page's first script stays small. */
let rangeText: typeof import('./marginal-range-text') | null = null;

/** Detail of `corridor-select` from this list. */
export interface BottleneckSelectDetail {
  readonly kind: BottleneckKind;
  readonly id: string;
}

/** Rows shown per list before "Show all". */
const FIRST_ROWS = 8;

type Section = 'binding' | 'unused' | 'unmet';

const kindWord = (kind: BottleneckKind): string =>
  ({ link: msg('Link'), node: msg('Node'), corridor: msg('Corridor'), demand: msg('Demand') })[kind];

/** A corridor bound in words (bottleneck-items.ts names it in English, as data). */
const boundWord = (bound: string | undefined): string =>
  (bound === undefined ? undefined : ({ "maximum flow": msg("maximum flow"), "maximum share": msg("maximum share"), "minimum flow": msg("minimum flow"), "minimum share": msg("minimum share") } as Record<string, string>)[bound]) ??
  msg('a bound');

const noFlows = (status: Result['status']): string =>
  status === 'infeasible' ? msg('No flows: the scenario is infeasible.') : status === 'unbounded' ? msg('No flows: the problem is unbounded.') : msg('No flows: the solve failed.');

/**
 * @summary What limits the answer: binding capacities ranked by what one more
 * tonne of yearly capacity saves a year (a marginal value, USD/t), the unused
 * links closest to being used (the cut in cost they need, USD/t), and unmet
 * demand with its diagnosis.
 *
 * Links are named by their `name`, else by their ends with mode and id, so
 * two links between the same ports (a ferry and a feeder) read differently.
 *
 * Every row is a button: click, Enter or Space opens the item.
 *
 * @event corridor-select - The user picked a row. `detail: { kind: 'link' | 'node' | 'corridor' | 'demand', id: string }`.
 *
 * @csspart base - The outer box.
 * @csspart section - Each of the three lists.
 * @csspart row - A selectable row.
 * @csspart value - The figure at the right of a row.
 *
 * @cssproperty --corridor-font - Font family.
 * @cssproperty --corridor-accent - Colour of the value bars and the focus ring.
 * @cssproperty --corridor-spacing - Base spacing unit (default 0.75rem).
 * @cssproperty --corridor-color-titr - Not used here (kept for a uniform theme).
 * @cssproperty --corridor-color-tripp - Not used here.
 * @cssproperty --corridor-color-iran - Not used here.
 * @cssproperty --corridor-color-other - Not used here.
 * @cssproperty --corridor-color-unmet - Colour of unmet-demand figures.
 * @cssproperty --corridor-calibrated-color - Colour of the "calibrated cost" mark on links and nodes whose cost was fitted (default #8a6d00).
 */
@localized()
export class CorridorBottlenecks extends LitElement {
  /** The language `items` were worded in. */
  #language = '';
  static override styles = [sharedStyles, corridorBottlenecksStyles];

  static override properties = {
    scenario: { attribute: false },
    result: { attribute: false },
    ranges: { attribute: false },
    rangesPending: { type: Boolean, attribute: 'ranges-pending' },
  };

  /** The scenario `result` answers (names, capacities); null shows nothing. */
  declare scenario: Scenario | null;
  /** The result to read the bottlenecks from (marginal values, unmet demand); null shows nothing. */
  declare result: Result | null;
  /**
   * For the binding link and node capacities of `result`: the capacity
   * interval over which each marginal value holds and what binds beyond it
   * (`marginalRanges` of src/analysis); null or missing ones show none.
   */
  declare ranges: readonly MarginalRange[] | null;
  /**
   * True while the ranges of `result` are still being computed: each binding
   * link and node says "computing range…" on the line its range will take.
   */
  declare rangesPending: boolean;

  private items: Bottlenecks = { binding: [], unused: [], unmet: [] };
  private readonly expanded = new Set<Section>();

  constructor() {
    super();
    this.scenario = null;
    this.result = null;
    this.ranges = null;
    this.rangesPending = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Item labels are words too: made again in a new language.
    if (changed.has('scenario') || changed.has('result') || this.#language !== getLocale()) this.items = bottlenecks(this.scenario, this.result);
    this.#language = getLocale();
    if (changed.has('ranges') && this.ranges !== null && this.ranges.length > 0 && rangeText === null) {
      void import('./marginal-range-text').then((module) => {
        rangeText = module;
        this.requestUpdate();
      });
    }
  }

  protected override render(): TemplateResult {
    const locale = elementLocale(this);
    const r = this.result;
    if (r === null) {
      return html`<section part="base" class="base" aria-label=${msg('Bottlenecks')}>
        <p class="empty">${this.scenario === null ? msg('No scenario loaded.') : msg('Not solved yet: what binds shows here after a solve.')}</p>
      </section>`;
    }
    const optimal = r.status === 'optimal';
    return html`
      <section part="base" class="base" aria-label=${msg('Bottlenecks')}>
        ${this.renderSection(
          'binding',
          msg('What binds'),
          msg('Ranked by what an extra tonne of yearly capacity saves a year (USD/t).'),
          this.items.binding,
          (item) => this.renderBinding(item, locale),
          optimal ? msg('Nothing binds: every capacity has room to spare.') : noFlows(r.status),
        )}
        ${this.renderSection(
          'unused',
          msg('Closest unused links'),
          msg('How much cheaper each open link must get before freight uses it (USD/t).'),
          this.items.unused,
          (item) => this.renderUnused(item, locale),
          optimal ? msg('Every open link carries freight.') : noFlows(r.status),
        )}
        ${this.renderUnmetSection(r, locale)}
      </section>
    `;
  }

  private renderSection<T extends { readonly id: string; readonly kind: BottleneckKind }>(
    key: Section,
    title: string,
    hint: string,
    items: readonly T[],
    row: (item: T) => TemplateResult,
    empty: string,
  ): TemplateResult {
    const open = this.expanded.has(key);
    const shown = open ? items : items.slice(0, FIRST_ROWS);
    const headingId = `${key}-heading`;
    return html`
      <section part="section" class="section ${key}" aria-labelledby=${headingId}>
        <h3 id=${headingId}>${title}</h3>
        ${items.length === 0
          ? html`<p class="empty">${empty}</p>`
          : html`<p class="hint">${hint}</p>
              <ol>
                ${shown.map((item) => html`<li>${row(item)}</li>`)}
              </ol>
              ${items.length > FIRST_ROWS
                ? html`<button class="more" type="button" aria-expanded=${open ? 'true' : 'false'} @click=${() => this.toggle(key)}>
                    ${open ? msg('Show fewer') : msg(str`Show all ${items.length}`)}
                  </button>`
                : nothing}`}
      </section>
    `;
  }

  private renderBinding(item: BindingItem, locale: string): TemplateResult {
    const top = this.items.binding[0]?.marginalValue ?? 0;
    const limit = item.limit === null ? null : formatTonnes(item.limit, { locale });
    const usedTonnes = formatTonnes(item.used, { locale });
    const percent = item.limit !== null && item.limit > 0 ? ` (${formatPercent(item.used / item.limit, { locale })})` : '';
    const used =
      item.kind === 'corridor'
        ? limit === null
          ? msg(str`at its ${boundWord(item.bound)}`)
          : msg(str`at its ${boundWord(item.bound)} of ${limit}`)
        : limit === null
          ? msg(str`${usedTonnes} used${percent}`)
          : msg(str`${usedTonnes} of ${limit} used${percent}`);
    // A marginal value is USD a year saved per extra t/yr: USD per tonne of yearly capacity.
    const saves = formatUsdPlain(item.marginalValue, { locale });
    const worth =
      item.marginalValue > 1e-9
        ? item.kind === 'corridor'
          ? msg(str`loosening this bound by a tonne a year saves ${saves} a year`)
          : msg(str`an extra tonne of yearly capacity saves ${saves} a year`)
        : msg('full, but widening it saves nothing: another route is as cheap');
    const range = item.kind === 'corridor' ? undefined : this.ranges?.find((r) => r.kind === item.kind && r.id === item.id);
    return this.renderRow(
      item.kind,
      item.id,
      item.label,
      `${used}; ${worth}`,
      formatUsdPerTonneShort(Math.max(0, item.marginalValue), { locale }),
      top > 0 ? item.marginalValue / top : 0,
      item.kind === 'corridor' ? undefined : this.rangeLine(range, locale),
      item.kind === 'corridor' ? msg('Edit bound') : msg('Edit capacity'),
    );
  }

  /** A binding capacity's range line: the sentence, "computing range…" while it comes, or none. */
  private rangeLine(range: MarginalRange | undefined, locale: string): TemplateResult | undefined {
    if (range !== undefined && rangeText !== null) return html`<span class="range">${rangeText.marginalRangeText(range, this.scenario, locale)}</span>`;
    // Ranges arrived but their sentences' module is still loading: still coming, not gone.
    const coming = this.rangesPending || (range !== undefined && rangeText === null);
    return coming ? html`<span class="range pending">${msg('computing range…')}</span>` : undefined;
  }

  private renderUnused(item: UnusedItem, locale: string): TemplateResult {
    return this.renderRow(
      item.kind,
      item.id,
      item.label,
      `${item.named ? `${modeWord(item.mode as LinkMode)}, ` : ''}${msg(str`${formatUsdPerTonne(item.cost, { locale })} now; must get ${formatUsdPerTonne(item.reducedCost, { locale })} cheaper to carry freight`)}`,
      // The cut needed, as a positive amount: the hint and the detail say it is a cut.
      formatUsdPerTonne(item.reducedCost, { locale }),
      null,
    );
  }

  private renderUnmetSection(r: Result, locale: string): TemplateResult {
    const diagnosis = r.status === 'optimal' ? [] : (r.diagnosis ?? []);
    const items = this.items.unmet;
    const headingId = 'unmet-heading';
    return html`
      <section part="section" class="section unmet" aria-labelledby=${headingId}>
        <h3 id=${headingId}>${msg('Unmet demand')}</h3>
        ${diagnosis.length > 0
          ? html`<ul class="diagnosis">
              ${diagnosis.map((line) => html`<li>${line}</li>`)}
            </ul>`
          : nothing}
        ${items.length === 0
          ? diagnosis.length > 0
            ? nothing
            : html`<p class="empty">${r.status === 'optimal' ? msg('Every demand is served in full.') : noFlows(r.status)}</p>`
          : html`<ol>
              ${items.map((item) => html`<li>${this.renderUnmet(item, r, locale)}</li>`)}
            </ol>`}
      </section>
    `;
  }

  private renderUnmet(item: UnmetItem, r: Result, locale: string): TemplateResult {
    const share = item.volume !== null && item.volume > 0 ? ` (${formatPercent(item.unmet / item.volume, { locale })})` : '';
    const unmet = formatTonnes(item.unmet, { locale });
    const notServed = item.volume === null ? msg(str`${unmet} not served${share}`) : msg(str`${unmet} of ${formatTonnes(item.volume, { locale })} not served${share}`);
    const why =
      r.status !== 'optimal'
        ? msg('the network cannot carry it: capacities or corridor bounds fall short')
        : item.penalty !== null
          ? msg(str`carrying it would cost more than its penalty of ${formatUsdPerTonne(item.penalty, { locale })}`)
          : msg('not served');
    return this.renderRow(
      item.kind,
      item.id,
      item.label,
      `${notServed}; ${why}`,
      formatTonnes(item.unmet, { locale }),
      null,
    );
  }

  private renderRow(
    kind: BottleneckKind,
    id: string,
    label: string,
    detail: string,
    value: string,
    bar: number | null,
    range?: TemplateResult,
    /** What the click lets the user do, shown on the row: binding items open their capacity as a lever. */
    lever?: string,
  ): TemplateResult {
    return html`<button
      part="row"
      class="row"
      type="button"
      data-kind=${kind}
      data-id=${id}
      @click=${() => this.select(kind, id)}
    >
      <span class="kind">${kindWord(kind)}</span>
      <span class="what">
        <span class="label">${label}${this.isCalibratedItem(kind, id)
            ? html` <span class="calibrated-mark" title=${calibratedTitle()}>${msg('calibrated cost')}</span>`
            : nothing}</span>
        <span class="detail">${detail}</span>
        ${range ?? nothing}
        ${lever === undefined ? nothing : html`<span class="lever">${lever}</span>`}
      </span>
      <span part="value" class="value">
        ${value}
        ${bar === null
          ? nothing
          : html`<span class="bar" aria-hidden="true"><span style=${styleProps({ width: `${Math.max(2, bar * 100)}%` })}></span></span>`}
      </span>
    </button>`;
  }

  /** A link or node whose cost calibration fitted: its figures rest on a fitted number, and the row says so. */
  private isCalibratedItem(kind: BottleneckKind, id: string): boolean {
    if (kind === 'link') return isCalibrated(this.scenario?.links.find((l) => l.id === id));
    if (kind === 'node') return isCalibrated(this.scenario?.nodes.find((n) => n.id === id));
    return false;
  }

  private toggle(section: Section): void {
    if (this.expanded.has(section)) this.expanded.delete(section);
    else this.expanded.add(section);
    this.requestUpdate();
  }

  private select(kind: BottleneckKind, id: string): void {
    const detail: BottleneckSelectDetail = { kind, id };
    this.dispatchEvent(new CustomEvent<BottleneckSelectDetail>('corridor-select', { detail, bubbles: true, composed: true }));
  }
}

defineElement('corridor-bottlenecks', CorridorBottlenecks);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-bottlenecks': CorridorBottlenecks;
  }
}
