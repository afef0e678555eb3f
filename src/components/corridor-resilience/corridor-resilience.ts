import { html, LitElement, nothing, type TemplateResult } from 'lit';
import type { Closure, Resilience } from '../../analysis/resilience';
import type { Scenario } from '../../model/types';
import { elementLocale } from '../element-locale';
import { formatPercent, formatTonnes, formatUsd, formatUsdPerTonne } from '../format';
import { sharedStyles } from '../shared.styles';
import { styleProps } from '../style-props';
import { chartStyles } from '../corridor-sweep/chart.styles';
import { corridorLabel, linkLabel } from '../item-names';
import { corridorResilienceStyles } from './corridor-resilience.styles';
import { defineElement } from '../define-element';
import { statusWord } from '../status-word';
import { WidthController } from '../width-controller';
import { chartWidth } from '../corridor-sweep/chart-width';
import { CHART_ROWS, DAMAGE_PAINT, LOST_LOAD_PAINT, renderDamageChart } from './damage-chart';
import { localized, msg, str } from '../i18n';

/**
 * @summary N−1 resilience: every corridor and every used link closed one at
 * a time, ranked by one measure, the damage: the rise in generalised cost
 * (money + time valued) with unserved freight at its price (soft demands at their penalty, hard ones at
 * the analysis's value of lost load), the most damaging highlighted; and the
 * price of diversification, what the corridors' share bounds cost.
 *
 * A bar chart draws the twelve most damaging closures; the table ranks them
 * all. Each row is focusable (Tab) and reads out its figures.
 *
 * @csspart base - The outer box.
 * @csspart figures - The headline figures.
 * @csspart chart - The SVG chart: the most damaging closures as bars.
 * @csspart table - The ranked closures.
 *
 * @cssproperty --corridor-font - Font family.
 * @cssproperty --corridor-spacing - Base spacing unit (default 0.75rem).
 * @cssproperty --corridor-danger-color - Colour of the most damaging closure and of shortfalls.
 * @cssproperty --corridor-resilience-bar-color - Colour of the cost bars (default #8c2f39).
 * @cssproperty --corridor-resilience-lost-load-color - Colour of a chart bar whose damage rests on the value of lost load: the closure leaves hard demand unserved (default #d9822b).
 * @cssproperty --corridor-color-titr - Not used here (kept for a uniform theme).
 */
@localized()
export class CorridorResilience extends LitElement {
  static override styles = [sharedStyles, chartStyles, corridorResilienceStyles];

  static override properties = {
    resilience: { attribute: false },
    scenario: { attribute: false },
  };

  /** The N−1 analysis to show; null shows the empty state. */
  declare resilience: Resilience | null;
  /** The scenario (optional): names of corridors and links. */
  declare scenario: Scenario | null;

  private readonly size = new WidthController(this);

  constructor() {
    super();
    this.resilience = null;
    this.scenario = null;
  }

  /** A corridor by its name; a link by its id (node names can be long), its route given by `closureRoute`. */
  private closureName(c: Closure): string {
    if (c.kind === 'corridor') return corridorLabel(this.scenario?.corridors?.find((x) => x.id === c.id), c.id);
    return c.id;
  }

  private closureRoute(c: Closure): string | null {
    if (c.kind !== 'link') return null;
    const link = this.scenario?.links.find((l) => l.id === c.id);
    return link === undefined ? null : linkLabel(this.scenario, link);
  }

  protected override render(): TemplateResult {
    const r = this.resilience;
    const locale = elementLocale(this);
    return html`
      <section part="base" class="base" aria-label=${msg('Resilience')}>
        <header>
          <div>
            <h3>${msg('What if one route closes? (N−1)')}</h3>
            ${r === null ? nothing : html`<p class="subtitle">${msg(str`${r.closures.length} closures, most damaging first; each compared with the scenario as it is`)}</p>`}
          </div>
        </header>
        ${r === null
          ? html`<p class="empty-state">${msg('No resilience analysis yet: run one to see which closure hurts most.')}</p>`
          : r.base.status !== 'optimal'
            ? html`<p class="empty-state">${msg(str`The scenario itself is ${statusWord(r.base.status)}: fix it before testing closures.`)}</p>`
            : html`${this.renderFigures(r, locale)} ${this.renderChart(r, locale)} ${this.renderTable(r, locale)}`}
      </section>
    `;
  }

  /** The worst closures as bars, with their legend (the chart the Export menu draws). */
  private renderChart(r: Resilience, locale: string): TemplateResult | typeof nothing {
    if (r.closures.length === 0) return nothing;
    const rows = r.closures.map((c) => ({ closure: c, name: `${kindWord(c.kind)} ${this.closureName(c)}` }));
    const lostLoad = r.closures.slice(0, CHART_ROWS).some((c) => c.costIncrease === null);
    return html`<ul class="legend" aria-label=${msg('Bars')}>
        <li><span class="swatch" style=${styleProps({ background: DAMAGE_PAINT })}></span>${msg('Damage: rerouting, and unserved freight at its price')}</li>
        ${lostLoad
          ? html`<li><span class="swatch" style=${styleProps({ background: LOST_LOAD_PAINT })}></span>${msg(str`Hard demand left unserved, at ${formatUsdPerTonne(r.valueOfLostLoad, { locale })}`)}</li>`
          : nothing}
      </ul>
      <div class="chart">${renderDamageChart(rows, chartWidth(this.size.width, 480, 760), locale, (c) => msg(str`no answer: ${statusWord(c.status)}`))}</div>`;
  }

  private renderFigures(r: Resilience, locale: string): TemplateResult {
    const worst = r.mostDamaging;
    const price = r.priceOfDiversification;
    return html`<dl part="figures" class="figures">
      <div>
        <dt>${msg('Most damaging closure')}</dt>
        <dd>
          ${worst === null ? '–' : `${kindWord(worst.kind)} ${this.closureName(worst)}`}
          ${worst === null ? nothing : html`<span class="note">${this.damageText(worst, locale)}</span>`}
        </dd>
      </div>
      <div>
        <dt>${msg('Price of diversification')}</dt>
        <dd>
          ${price === null ? '–' : formatUsd(price, { locale })}
          <span class="note"
            >${price === null
              ? msg('not available: the scenario without share bounds is not optimal')
              : price > 1e-6 * Math.max(1, Math.abs(r.base.objective))
                ? msg(str`what the corridors’ share bounds cost (${formatPercent(price / r.base.objective, { locale })} of the total)`)
                : msg('the share bounds cost nothing: they do not bind')}</span
          >
        </dd>
      </div>
    </dl>`;
  }

  private damageText(c: Closure, locale: string): string {
    const damage = c.damage === null ? '' : msg(str`${signedUsd(c.damage, locale)} damage`);
    if (c.costIncrease === null) {
      const tonnes = c.hardUnmet > 1e-6 ? c.hardUnmet : c.unmetIncrease;
      const lost = tonnes > 1e-6 ? msg(str`: ${formatTonnes(tonnes, { locale })} cannot be served`) : '';
      return `${statusWord(c.status)}${lost}${damage === '' ? '' : `; ${damage}`}`;
    }
    const unmet = c.unmetIncrease > 1e-6 ? msg(str`, ${formatTonnes(c.unmetIncrease, { locale })} more unmet`) : '';
    return `${damage}${unmet}`;
  }

  private renderTable(r: Resilience, locale: string): TemplateResult {
    const maxDamage = Math.max(1e-12, ...r.closures.map((c) => c.damage ?? 0));
    return html`<div class="table-wrap">
      <table part="table">
        <caption>
          ${msg(
            str`Closures ranked by damage, the rise in generalised cost (money + time valued) with unserved freight at its price (soft demands at their penalty, hard demands at a value of lost load of ${formatUsdPerTonne(r.valueOfLostLoad, { locale })}). With everything open: generalised cost ${formatUsd(r.base.objective, { locale })}, unmet ${formatTonnes(r.base.unmet, { locale })}.`,
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="num">${msg('Rank')}</th>
            <th scope="col">${msg('Closed')}</th>
            <th scope="col" class="num">${msg('Damage')}</th>
            <th scope="col" class="bar-cell"><span class="visually-hidden">${msg('Damage as a bar')}</span></th>
            <th scope="col" class="num">${msg('Unmet increase')}</th>
          </tr>
        </thead>
        <tbody>
          ${r.closures.map((c, i) => {
            const worst = c === r.mostDamaging;
            const infeasible = c.costIncrease === null;
            const width = c.damage === null ? 100 : Math.max(0, (c.damage / maxDamage) * 100);
            return html`<tr
              class="closure ${worst ? 'most-damaging' : ''}"
              data-kind=${c.kind}
              data-id=${c.id}
              tabindex="0"
              aria-label=${`${i + 1}. ${kindWord(c.kind)} ${this.closureName(c)}${this.closureRoute(c) === null ? '' : ` (${this.closureRoute(c)})`} ${msg(str`closed: ${this.damageText(c, locale)}`)}${worst ? ` ${msg('(most damaging)')}` : ''}`}
            >
              <td class="num">${i + 1}</td>
              <th scope="row">
                <span class="kind">${kindWord(c.kind)}</span>${this.closureName(c)}${worst ? html`<span class="badge">${msg('Most damaging')}</span>` : nothing}
                ${this.closureRoute(c) === null ? nothing : html`<span class="route">${this.closureRoute(c)}</span>`}
              </th>
              <td class="num damage">
                ${c.damage === null ? html`<span class="shortfall">${statusWord(c.status)}</span>` : signedUsd(c.damage, locale)}
                ${infeasible && c.damage !== null
                  ? html`<span class="route">${statusWord(c.status)}: ${msg(str`${formatTonnes(c.hardUnmet, { locale })} lost at ${formatUsdPerTonne(r.valueOfLostLoad, { locale })}`)}</span>`
                  : nothing}
              </td>
              <td class="bar-cell" aria-hidden="true">
                <div class="bar-track"><div class="bar-fill ${infeasible ? 'infeasible' : ''}" style=${styleProps({ width: `${width}%` })}></div></div>
              </td>
              <td class="num ${infeasible && c.unmetIncrease > 0 ? 'shortfall' : ''}">
                ${c.unmetIncrease > 1e-6 ? `+${formatTonnes(c.unmetIncrease, { locale })}` : c.unmetIncrease < -1e-6 ? `−${formatTonnes(-c.unmetIncrease, { locale })}` : msg('none')}
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }
}

/** A closure's kind in the page's language. */
function kindWord(kind: Closure['kind']): string {
  return kind === 'link' ? msg('link', { id: 'closure.link' }) : msg('corridor', { id: 'closure.corridor' });
}

/** A change of cost with its sign: `+USD 620 mn/yr`, `−USD 1.40 mn/yr` (a "damage" below zero is a saving on paper). */
function signedUsd(usd: number, locale: string): string {
  return usd < 0 ? `−${formatUsd(-usd, { locale })}` : `+${formatUsd(usd, { locale })}`;
}

defineElement('corridor-resilience', CorridorResilience);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-resilience': CorridorResilience;
  }
}
