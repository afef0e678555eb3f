import { defineElement } from '../define-element';
import { localized, msg, str } from '../i18n';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import type { Scenario } from '../../model/types';
import type { FitStatistics, ObservationFit } from '../../calibrate/types';
import { elementLocale } from '../element-locale';
import { formatNumber, formatTonnes } from '../format';
import { sharedStyles, tableStyles } from '../shared.styles';
import { styleProps } from '../style-props';
import { figureLabel } from './observed-figures';
import { fitStatistics } from './fit-statistics';
import { corridorObservationsStyles } from './corridor-observations.styles';

/** |%| above which a figure is flagged: the calibration's default tolerance. */
const OFF_PERCENT = 1;

/** `heading`'s default, shown translated. */
const DEFAULT_HEADING = 'Observed vs model';

/**
 * @summary What was observed beside what the model gives: one row per
 * observation with the model's figure, the observed one, the difference
 * (t/yr) and the difference as a % of the observed value; optionally as
 * bars, and with a second set of model figures (after calibration) beside
 * the first.
 *
 * Figures more than 1 % off are marked. The fit line gives the mean
 * absolute % error and the worst figure.
 *
 * @csspart base - The outer box.
 * @csspart table - The table of figures.
 * @csspart bars - The bars (with `bars`).
 *
 * @cssproperty --corridor-font - Font family.
 * @cssproperty --corridor-accent - Colour of the model's bars (unless --corridor-model-color is set).
 * @cssproperty --corridor-spacing - Base spacing unit (default 0.75rem).
 * @cssproperty --corridor-observed-color - Colour of the observed bars (default #3d4a5c).
 * @cssproperty --corridor-model-color - Colour of the model's bars (default the accent).
 * @cssproperty --corridor-observations-after-color - Colour of the calibrated model's bars (default #1d7a5a).
 */
@localized()
export class CorridorObservations extends LitElement {
  static override styles = [sharedStyles, tableStyles, corridorObservationsStyles];

  static override properties = {
    fits: { attribute: false },
    calibratedFits: { attribute: false },
    scenario: { attribute: false },
    bars: { type: Boolean },
    heading: { type: String },
  };

  /** The observations beside the model's figures; empty shows nothing but the heading's note. */
  declare fits: readonly ObservationFit[];
  /** Optional: the same observations against a second model (after calibration), drawn beside. */
  declare calibratedFits: readonly ObservationFit[] | null;
  /** For the figures' names (optional). */
  declare scenario: Scenario | null;
  /** Draws model-vs-observed bars above the table (default false). */
  declare bars: boolean;
  /** Heading; default "Observed vs model". */
  declare heading: string;

  constructor() {
    super();
    this.fits = [];
    this.calibratedFits = null;
    this.scenario = null;
    this.bars = false;
    this.heading = DEFAULT_HEADING;
  }

  protected override render(): TemplateResult {
    const locale = elementLocale(this);
    // The default heading is shown in the page's language; one the page set, as it is.
    const heading = this.heading === DEFAULT_HEADING ? msg('Observed vs model') : this.heading;
    return html`<section part="base" class="base" aria-label=${heading}>
      <h3>${heading}</h3>
      ${this.fits.length === 0
        ? html`<p class="empty">${msg('No observations in this scenario.')}</p>`
        : html`${this.renderFit(locale)} ${this.bars ? this.renderBars(locale) : nothing} ${this.renderTable(locale)}`}
    </section>`;
  }

  private renderFit(locale: string): TemplateResult {
    const line = (label: string, s: FitStatistics): string =>
      s.meanAbsolutePercentError === null
        ? msg(str`${label}: no figure to compare`)
        : msg(
            str`${label}: mean absolute error ${formatNumber(s.meanAbsolutePercentError, { locale, digits: 1 })} %, worst ${figureLabel(this.scenario, s.worst!.of)} (${signed(s.worst!.percent, locale)} %)`,
          );
    return html`<p class="fit">
      ${line(this.calibratedFits === null ? msg('Fit') : msg('Before'), fitStatistics(this.fits))}${this.calibratedFits === null ? nothing : html`<br />${line(msg('After'), fitStatistics(this.calibratedFits))}`}
    </p>`;
  }

  private renderBars(locale: string): TemplateResult {
    const after = this.calibratedFits;
    const max = Math.max(1, ...this.fits.flatMap((f) => [f.observed, f.model ?? 0]), ...(after ?? []).map((f) => f.model ?? 0));
    const bar = (kind: string, value: number | null, label: string): TemplateResult =>
      html`<span class="bar-line"
        ><span class="bar ${kind}" style=${styleProps({ width: `${((value ?? 0) / max) * 70}%` })}></span>${label}
        ${value === null ? msg('no figure') : formatTonnes(value, { locale })}</span
      >`;
    return html`
      <ul class="legend" aria-hidden="true">
        <li><span class="bar observed"></span>${msg('Observed')}</li>
        <li><span class="bar model"></span>${after === null ? msg('Model', { id: 'observations.model' }) : msg('Model before')}</li>
        ${after === null ? nothing : html`<li><span class="bar after"></span>${msg('Model after calibration')}</li>`}
      </ul>
      <dl part="bars" class="bars">
        ${this.fits.map((f, i) => {
          const a = after?.[i];
          return html`<dt title=${f.of}>${figureLabel(this.scenario, f.of)}</dt>
            <dd>
              ${bar('observed', f.observed, msg('observed'))} ${bar('model', f.model, after === null ? msg('model') : msg('before'))}
              ${a === undefined ? nothing : bar('after', a.model, msg('after'))}
            </dd>`;
        })}
      </dl>
    `;
  }

  private renderTable(locale: string): TemplateResult {
    const after = this.calibratedFits;
    const pct = (f: ObservationFit | undefined): TemplateResult =>
      html`<td class=${f?.percent != null && Math.abs(f.percent) > OFF_PERCENT ? 'num off' : 'num'}>${f?.percent == null ? '–' : `${signed(f.percent, locale)} %`}</td>`;
    return html`<table part="table">
      <caption>${msg('Flows in t/yr; difference = model − observed')}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Figure')}</th>
          <th scope="col" class="num">${msg('Observed')}</th>
          <th scope="col" class="num">${after === null ? msg('Model', { id: 'observations.model' }) : msg('Model before')}</th>
          <th scope="col" class="num">${msg('Difference')}</th>
          <th scope="col" class="num">%</th>
          ${after === null ? nothing : html`<th scope="col" class="num">${msg('Model after')}</th><th scope="col" class="num">${msg('% after')}</th>`}
        </tr>
      </thead>
      <tbody>
        ${this.fits.map((f, i) => {
          const a = after?.[i];
          return html`<tr data-of=${f.of}>
            <th scope="row">
              ${figureLabel(this.scenario, f.of)}
              ${f.year !== undefined || f.source !== undefined
                ? html`<span class="source">${[f.year, f.source].filter((x) => x !== undefined).join(', ')}</span>`
                : nothing}
            </th>
            <td class="num">${formatTonnes(f.observed, { locale, variant: 'full' })}</td>
            <td class="num">${f.model === null ? '–' : formatTonnes(f.model, { locale, variant: 'full' })}</td>
            <td class="num">${f.difference === null ? '–' : `${f.difference > 0 ? '+' : ''}${formatTonnes(f.difference, { locale, variant: 'full' })}`}</td>
            ${pct(f)}
            ${after === null
              ? nothing
              : html`<td class="num">${a?.model == null ? '–' : formatTonnes(a.model, { locale, variant: 'full' })}</td>
                  ${pct(a)}`}
          </tr>`;
        })}
      </tbody>
    </table>`;
  }
}

function signed(value: number, locale: string): string {
  const text = formatNumber(Math.abs(value), { locale, digits: 1 });
  if (text === formatNumber(0, { locale, digits: 1 })) return text;
  return `${value > 0 ? '+' : '−'}${text}`;
}

defineElement('corridor-observations', CorridorObservations);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-observations': CorridorObservations;
  }
}
