import { html, nothing, type TemplateResult } from 'lit';
import type { Scenario } from '../../model/types';
import { msg, str } from '../../components/i18n';
import { demandLabel } from '../../components/item-names';
import { formatNumber } from '../../components/format';
import { formatNumberText } from '../../components/corridor-editor/format-number-text';
import { problemCountBadge } from '../../components/corridor-editor/problem-summary';
import type { PlanInputsHost } from './plan-inputs-host';
import { GROWTH_PAGE_SIZE, growthCounts, growthIndex, growthOpen, growthPage, growthRows, type GrowthView } from './growth-pages';

/** The growth table's part of the planning inputs: its view, and the edits it makes. */
export interface GrowthHost extends PlanInputsHost {
  readonly growth: GrowthView;
  setGrowthView(view: GrowthView): void;
  setGrowth(index: number, raw: string): void;
}

/**
 * Each demand's growth, folded under a heading that says how many demands
 * grow and by how much; unfolded, a page of rows with a filter by name and
 * a pager once the demands pass a page. Only the rows of the page shown are
 * drawn.
 */
export function renderGrowthInputs(host: GrowthHost, s: Scenario): TemplateResult {
  const open = growthOpen(s, host.growth);
  const problems = host.problemsIn((p) => growthIndex(p) !== null);
  return html`<section class="part growth-inputs">
    <h3 class="part-heading">
      <button type="button" class="part-toggle growth-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? 'growth-body' : nothing} @click=${() => host.setGrowthView({ ...host.growth, open: !open })}>
        <span class="chevron" aria-hidden="true"></span>
        <span class="part-title" id="growth-title">${msg('Demand growth from the base year (%/yr; empty: 0)')}</span>
        <span class="count">${growthCountText(s, host.locale)}</span>
        ${problemCountBadge(problems)}
      </button>
    </h3>
    ${open ? html`<div class="part-body" id="growth-body">${renderGrowthPage(host, s)}</div>` : nothing}
  </section>`;
}

/** `200 demands, 3 set apart from 0 (2 to 5 %/yr)`. */
function growthCountText(s: Scenario, locale: string): string {
  const c = growthCounts(s);
  const demands = c.demands === 1 ? msg('1 demand') : msg(str`${formatNumberText(c.demands, true, locale)} demands`);
  const percent = (g: number): string => formatNumber(g * 100, { locale, digits: 2 });
  const set = msg(str`${formatNumberText(c.set, true, locale)} set apart from 0`);
  if (c.set === 0 || c.lowest === null || c.highest === null) return `${demands}, ${set}`;
  const range = c.lowest === c.highest ? msg(str`${percent(c.lowest)} %/yr`) : msg(str`${percent(c.lowest)} to ${percent(c.highest)} %/yr`);
  return `${demands}, ${set} (${range})`;
}

function renderGrowthPage(host: GrowthHost, s: Scenario): TemplateResult {
  const view = host.growth;
  const paged = s.demands.length > GROWTH_PAGE_SIZE;
  const shown = growthPage(growthRows(s, view.filter), view.page);
  const title = msg('Demands').toLowerCase();
  const n = (v: number): string => formatNumberText(v, true, host.locale);
  return html`
    ${paged
      ? html`<div class="toolbar">
          <input type="search" class="filter" placeholder=${msg('Filter by id or name')} aria-label=${msg(str`Filter ${title}`)} .value=${view.filter} @input=${(e: Event) => host.setGrowthView({ ...view, filter: (e.target as HTMLInputElement).value, page: 0 })} />
          <span class="range" aria-live="polite">
            ${shown.matching === s.demands.length ? msg(str`${n(shown.first)}–${n(shown.last)} of ${n(s.demands.length)}`) : msg(str`${n(shown.first)}–${n(shown.last)} of ${n(shown.matching)} matching`)}
          </span>
          <button type="button" class="pager" aria-label=${msg(str`Previous page of ${title}`)} ?disabled=${shown.page === 0} @click=${() => host.setGrowthView({ ...view, page: shown.page - 1 })}>‹</button>
          <button type="button" class="pager" aria-label=${msg(str`Next page of ${title}`)} ?disabled=${shown.page >= shown.pages - 1} @click=${() => host.setGrowthView({ ...view, page: shown.page + 1 })}>›</button>
        </div>`
      : nothing}
    <table class="data growth" aria-labelledby="growth-title">
      <thead>
        <tr><th scope="col">${msg('Demand')}</th><th scope="col" class="num">${msg('Volume (t/yr)')}</th><th scope="col">${msg('Growth (%/yr)')}</th></tr>
      </thead>
      <tbody>
        ${shown.indices.map((i) => {
          const d = s.demands[i]!;
          return html`<tr>
            <th scope="row">${demandLabel(s, d)}</th>
            <td class="num">${formatNumberText(d.volume, true, host.locale)}</td>
            <td>${host.field(`demands[${i}].growth`, msg(str`Growth of ${demandLabel(s, d)} (%/yr)`), host.shown(d.growth, 100), (raw) => host.setGrowth(i, raw), { hideLabel: true, placeholder: '0' })}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${shown.matching === 0 ? html`<p class="hint">${msg('Nothing matches the filter.')}</p>` : nothing}
  `;
}
