import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { getLocale, localized, msg, str } from '../i18n';
import type { Result, Scenario } from '../../model/types';
import { whyDemandsStepwise, type WhyDemand, type WhyDemandsWork } from '../../analysis/why-demands';
import { generalised, outOfPocket } from '../../analysis/demand-costs';
import type { Route } from '../../analysis/next-best-route';
import { corridorColor, OTHER_PAINT } from '../corridor-colors';
import { elementLocale } from '../element-locale';
import { formatNumber, formatPercent, formatTonnes, formatUsdPerTonne } from '../format';
import { briefName, corridorLabel, demandLabel, demandShortLabel, shortName } from '../item-names';
import { sharedStyles, tableStyles } from '../shared.styles';
import { styleProps } from '../style-props';
import { defineElement } from '../define-element';
import { corridorWhyStyles } from './corridor-why.styles';
import { DEFAULT_PAGE_SIZE, pageOf, rowPage, rowsPerPage } from './row-pages';
import { renderWhyPager } from './why-pager';

/** Detail of `corridor-select` from this table. */
export interface WhySelectDetail {
  readonly kind: 'demand';
  readonly id: string;
}

/** A gap to switch below this, USD/t, is "as cheap": another optimum uses the next-best route too. */
const TIE_USD_PER_TONNE = 0.005;
/**
 * Below this many links × demands the table is worked out at once; above it, SLICE_MS of route searches per task
 * of the page, the rows filling in. A demand's searches cost about 6 µs per link here (138,000 links × demands took
 * 0.8 s in one task, a million seconds), so at once stays within one slice; a slice stops between two searches.
 * 8 ms, not more: on a machine whose cores are shared a slice's wall time is a few times its work, and the page's
 * tasks should stay under 50 ms of it.
 */
const AT_ONCE_LINK_DEMANDS = 5_000;
const SLICE_MS = 8;

/**
 * @summary Why freight goes where it goes: each demand's tonnes and share by
 * corridor, its generalised cost per tonne split into tariffs, time and
 * handling, and its next-best route with what it would take to switch.
 *
 * Costs are per served tonne. *Generalised* cost is what the model
 * minimises: tariffs and handling (out of pocket) plus transit and dwell
 * days valued at the demand's value of time (no one is invoiced for those).
 * The next-best route is the cheapest through another corridor (or through
 * none) under the optimum's prices, capacity rents included; its gap is how
 * much cheaper per tonne it would have to get before freight switches.
 *
 * Every demand's name is a button: it selects the demand (for the map to
 * draw its routes).
 *
 * The rows come a page at a time (`page-size`, 50 by default), with a pager
 * under the table when there is more than one page. The selected demand's
 * page is shown when `selected` changes; a new result for the same demands
 * (a re-solve) keeps the page, other demands start at the first.
 *
 * @event corridor-select - The user picked a demand. `detail: { kind: 'demand', id: string }`.
 *
 * @csspart base - The outer box.
 * @csspart table - The table (scrolls sideways in its own box on a narrow screen).
 * @csspart row - A demand's row.
 * @csspart pager - The previous / next buttons and the rows shown, under the table (only with more than one page).
 *
 * @cssproperty --corridor-font - Font family.
 * @cssproperty --corridor-accent - Colour of the selected row's mark and the buttons.
 * @cssproperty --corridor-spacing - Base spacing unit (default 0.75rem).
 * @cssproperty --corridor-color-titr - Colour of corridor `titr`'s column mark (any id: `--corridor-color-<id>`).
 * @cssproperty --corridor-highlight-color - Background of the selected demand's row.
 */
@localized()
export class CorridorWhy extends LitElement {
  static override styles = [sharedStyles, tableStyles, corridorWhyStyles];

  static override properties = {
    scenario: { attribute: false },
    result: { attribute: false },
    selected: { type: String },
    pageSize: { type: Number, attribute: 'page-size' },
    _page: { state: true },
  };

  /** The scenario `result` answers (names, corridors, values of time); null shows nothing. */
  declare scenario: Scenario | null;
  /** An optimal result with per-demand flows (the `flows` extension); anything else shows why there is no table. */
  declare result: Result | null;
  /** Id of the demand whose row is marked; '' or null (default): none. */
  declare selected: string | null;
  /** Rows per page (default 50); 0 or a negative number: every row at once, without a pager. */
  declare pageSize: number;
  /** The page shown, from 0 (brought within the pages there are when drawn). */
  declare _page: number;

  private rows: readonly WhyDemand[] = [];
  /** The rows still being worked out, a slice per task (a large network); null when all are there. */
  #work: WhyDemandsWork | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The demands the page was chosen for: a result for others starts at the first page. */
  #demandIds: readonly string[] = [];

  constructor() {
    super();
    this.scenario = null;
    this.result = null;
    this.selected = null;
    this.pageSize = DEFAULT_PAGE_SIZE;
    this._page = 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scenario') || changed.has('result')) this.#startRows();
    this.#turnPage(changed);
  }

  #startRows(): void {
    clearTimeout(this.#timer);
    this.#work = null;
    const { scenario, result } = this;
    if (scenario === null || result === null) {
      this.rows = [];
      return;
    }
    const work = whyDemandsStepwise(scenario, result);
    this.rows = work.rows();
    if (scenario.links.length * scenario.demands.length < AT_ONCE_LINK_DEMANDS) work.step(Infinity);
    else {
      // Not a slice in this update: it is the app's, which the answer's arrival makes long enough already.
      this.#work = work;
      this.#timer = setTimeout(this.#continue, 0);
    }
  }

  /** The page for what changed: the first for other demands, the selected demand's, else the one shown. */
  #turnPage(changed: PropertyValues<this>): void {
    const perPage = rowsPerPage(this.pageSize);
    let newDemands = false;
    if (changed.has('scenario')) {
      const ids = (this.scenario?.demands ?? []).map((d) => d.id);
      newDemands = ids.length !== this.#demandIds.length || ids.some((id, i) => id !== this.#demandIds[i]);
      this.#demandIds = ids;
      if (newDemands) this._page = 0;
    }
    // Another page size: the row at the top of the page shown stays on the page.
    if (changed.has('pageSize') && !newDemands) {
      const top = this._page === 0 ? 0 : this._page * rowsPerPage(changed.get('pageSize') ?? DEFAULT_PAGE_SIZE);
      this._page = pageOf(top, perPage);
    }
    if (!newDemands && !changed.has('selected') && !changed.has('pageSize')) return;
    const at = this.selected ? this.#demandIds.indexOf(this.selected) : -1;
    if (at >= 0) this._page = pageOf(at, perPage);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Rows left to work out when the table was taken off the page: it goes on where it stopped.
    if (this.#work !== null) this.#timer = setTimeout(this.#continue, 0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  #continue = (): void => {
    const work = this.#work;
    if (work === null) return;
    const before = this.rows.length;
    if (work.step(SLICE_MS)) this.#work = null;
    else this.#timer = setTimeout(this.#continue, 0);
    // A slice can end inside one demand's searches: nothing new to draw then.
    if (this.#work === null || this.rows.length !== before) this.requestUpdate();
  };

  protected override render(): TemplateResult {
    const locale = elementLocale(this);
    return html`<section part="base" class="base" aria-labelledby="why-heading">
      <h3 id="why-heading">${msg('Why freight goes where it goes')}</h3>
      ${this.rows.length === 0 && this.#work === null
        ? html`<p class="empty">${this.emptyText()}</p>`
        : html`<p class="hint">
              ${msg('Per served tonne. Generalised cost = out of pocket (tariffs + handling) + time (transit and dwell days × the demand\'s value of time). The gap is how much cheaper the next-best route must get before freight switches to it, capacity rents included.')}
            </p>
            ${this.#work === null
              ? nothing
              : html`<p class="hint working" role="status">
                  ${msg(str`Working out the next-best routes: ${formatNumber(this.rows.length, { locale, digits: 0 })} of ${formatNumber(this.#work.total, { locale, digits: 0 })} demands…`)}
                </p>`}
            ${this.renderPage(locale)}
            ${this.renderSelected(locale)}`}
    </section>`;
  }

  private emptyText(): string {
    const r = this.result;
    if (this.scenario === null) return msg('No scenario loaded.');
    if (r === null) return msg('Not solved yet: each demand\'s costs show here after a solve.');
    if (r.status !== 'optimal') return msg(str`No routes to explain: the scenario is ${r.status}.`);
    return msg('No demands.');
  }

  /** The table with the page of rows shown, and the pager under it. */
  private renderPage(locale: string): TemplateResult {
    // Rows still being worked out count: the pages are those of every demand.
    const total = this.#work?.total ?? this.rows.length;
    const page = rowPage(total, rowsPerPage(this.pageSize), this._page);
    return html`<div class="scroll">${this.renderTable(this.rows.slice(page.start, page.end), locale)}</div>
      ${renderWhyPager(page, total, locale, this.#turn)}`;
  }

  /** A page turned by the user: its first rows are brought into view if the table's top has scrolled away. */
  #turn = (index: number): void => {
    this._page = index;
    void this.updateComplete.then(() => {
      const table = this.renderRoot.querySelector('table');
      if (table !== null && table.getBoundingClientRect().top < 0) table.scrollIntoView({ block: 'start' });
    });
  };

  private renderTable(rows: readonly WhyDemand[], locale: string): TemplateResult {
    const corridors = this.scenario?.corridors ?? [];
    return html`<table part="table">
      <caption>${msg('Demands by corridor, their cost per tonne and their next-best route')}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Demand')}</th>
          <th scope="col" class="num">${msg('Served (t/yr)')}</th>
          ${corridors.map(
            (c, i) => html`<th scope="col" class="num corridor" title=${corridorLabel(c, c.id)}>
              <span class="swatch" style=${styleProps({ 'background-color': corridorColor(c, i) })}></span>${briefName(corridorLabel(c, c.id))}
            </th>`,
          )}
          <th scope="col" class="num corridor"><span class="swatch" style=${styleProps({ 'background-color': OTHER_PAINT })}></span>${msg('Other')}</th>
          <th scope="col" class="num" title=${msg('Tariffs, handling and days valued: what the model minimises')}>${msg('Generalised (USD/t)')}</th>
          <th scope="col" class="num">${msg('Tariffs')}</th>
          <th scope="col" class="num">${msg('Handling')}</th>
          <th scope="col" class="num">${msg('Time (valued)')}</th>
          <th scope="col" class="num" title=${msg('Tariffs and handling: what a shipper is invoiced')}>${msg('Out of pocket')}</th>
          <th scope="col">${msg('Next best')}</th>
          <th scope="col" class="num">${msg('Gap to switch')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) =>
          // Each slice of a large network's route searches adds rows: the rows already drawn are not formatted again.
          guard([row, locale, getLocale(), this.selected === row.id, this.scenario], () => this.renderRow(row, locale)),
        )}
      </tbody>
    </table>`;
  }

  private renderRow(row: WhyDemand, locale: string): TemplateResult {
    const demand = this.scenario?.demands.find((d) => d.id === row.id);
    const label = demand === undefined ? row.id : demandShortLabel(this.scenario, demand);
    const full = demand === undefined ? row.id : demandLabel(this.scenario, demand);
    const selected = this.selected === row.id;
    const cost = row.perTonne;
    const usd = (v: number): string => formatUsdPerTonne(v, { locale });
    const next = row.choice.nextBest;
    const gap = row.choice.switchGap;
    return html`<tr part="row" class=${selected ? 'selected' : ''} data-id=${row.id} aria-current=${selected ? 'true' : 'false'}>
      <th scope="row">
        <button type="button" class="pick" @click=${() => this.select(row.id)} title=${msg(str`${full}: show its routes on the map`)}>${label}</button>
      </th>
      <td class="num">${formatTonnes(row.served, { locale })}</td>
      ${row.corridors.map(
        (c) => html`<td class="num share ${c.flow > 0 ? 'some' : 'none'}" title=${formatTonnes(c.flow, { locale, variant: 'full' })}>
          ${c.flow > 0 ? html`${formatPercent(c.share, { locale })} <span class="tonnes">${formatTonnes(c.flow, { locale })}</span>` : '–'}
        </td>`,
      )}
      <td class="num strong">${cost === null ? '–' : usd(generalised(cost))}</td>
      <td class="num">${cost === null ? '–' : usd(cost.money)}</td>
      <td class="num">${cost === null ? '–' : usd(cost.handling)}</td>
      <td class="num">${cost === null ? '–' : usd(cost.time)}</td>
      <td class="num">${cost === null ? '–' : usd(outOfPocket(cost))}</td>
      <td class="next">${next === null ? (row.choice.chosen === null ? '–' : msg('none: no other open route')) : html`${this.viaText(next)} <span class="tonnes">${usd(next.list)}</span>`}</td>
      <td class="num">${gap === null ? '–' : gap <= TIE_USD_PER_TONNE ? msg('as cheap') : usd(gap)}</td>
    </tr>`;
  }

  /** The selected demand in words: its chosen route, the next best and what it takes. */
  private renderSelected(locale: string): TemplateResult | typeof nothing {
    const row = this.rows.find((r) => r.id === this.selected);
    if (row === undefined) return nothing;
    const { chosen, nextBest, switchGap } = row.choice;
    const usd = (v: number): string => formatUsdPerTonne(v, { locale });
    const demand = this.scenario?.demands.find((d) => d.id === row.id);
    const label = demand === undefined ? row.id : demandLabel(this.scenario, demand);
    return html`<div class="selected-demand" role="status">
      <p><strong>${label}</strong></p>
      ${chosen === null
        ? html`<p>${msg('Nothing of it is served.')}</p>`
        : html`<p>
            ${msg(str`Mostly ${this.viaText(chosen)}: ${this.path(chosen)}, ${usd(chosen.list)} generalised.`)}
            ${nextBest === null
              ? msg('No other open route leads there.')
              : switchGap !== null && switchGap <= TIE_USD_PER_TONNE
                ? msg(str`Next best ${this.viaText(nextBest)} (${usd(nextBest.list)}) is as cheap once capacity rents are counted: it carries freight too, or would at the margin.`)
                : msg(str`Next best ${this.viaText(nextBest)} (${this.path(nextBest)}, ${usd(nextBest.list)}); it would have to get ${usd(switchGap ?? 0)} cheaper before freight switches.`)}
          </p>`}
    </div>`;
  }

  private viaText(route: Route): string {
    if (route.via.length === 0) return msg('through no corridor');
    const names = route.via.map((id) => briefName(corridorLabel(this.scenario?.corridors?.find((c) => c.id === id), id)));
    return msg(str`via ${names.join(' + ')}`);
  }

  private path(route: Route): string {
    const links = new Map((this.scenario?.links ?? []).map((l) => [l.id, l]));
    const nodes = new Map((this.scenario?.nodes ?? []).map((n) => [n.id, n]));
    const name = (id: string): string => shortName(nodes.get(id)?.name ?? id);
    const first = links.get(route.links[0] ?? '');
    if (first === undefined) return '';
    return [name(first.from), ...route.links.map((id) => name(links.get(id)?.to ?? id))].join(' → ');
  }

  private select(id: string): void {
    this.dispatchEvent(new CustomEvent<WhySelectDetail>('corridor-select', { detail: { kind: 'demand', id }, bubbles: true, composed: true }));
  }
}

defineElement('corridor-why', CorridorWhy);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-why': CorridorWhy;
  }
}
