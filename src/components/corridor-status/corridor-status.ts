import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { elementLocale } from '../element-locale';
import { formatDuration, formatNumber, formatPercent } from '../format';
import { sharedStyles } from '../shared.styles';
import { corridorStatusStyles } from './corridor-status.styles';
import { defineElement } from '../define-element';
import { localized, msg, str } from '../i18n';

export const SOLVE_STATES = ['idle', 'solving', 'solved', 'infeasible', 'error'] as const;
export type SolveState = (typeof SOLVE_STATES)[number];

/** How a long solve goes, as `<corridor-status>` shows it (from a path-method solve's rounds). */
export interface SolveProgressLine {
  /** Rounds of the path method so far (0: its first routes are being priced). */
  readonly round: number;
  /** Routes (path columns) the method has tried so far. */
  readonly routes: number;
  /** How far the best cost found so far can be above the optimum, as a fraction of it; null while unknown. */
  readonly gap: number | null;
}

/**
 * @summary One line that says where the solve stands: "Solving…",
 * "Solved in 4 ms", "Infeasible: …" with the diagnosis, "Error: …".
 *
 * A polite live region: screen readers announce each change without
 * interrupting. A long solve shows how it goes (`progress`) and, when
 * `cancellable`, a Cancel button.
 *
 * @event corridor-cancel - The user pressed Cancel while a long solve runs. `detail: {}`.
 *
 * @csspart base - The live region.
 * @csspart diagnosis - The list of diagnosis lines.
 * @csspart cancel - The Cancel button (while `cancellable`).
 *
 * @cssproperty --corridor-font - Font family.
 * @cssproperty --corridor-accent - Colour of the "solving" spinner.
 * @cssproperty --corridor-spacing - Base spacing unit (default 0.75rem).
 * @cssproperty --corridor-color-titr - Not used here (kept for a uniform theme).
 * @cssproperty --corridor-color-tripp - Not used here.
 * @cssproperty --corridor-color-iran - Not used here.
 * @cssproperty --corridor-color-other - Not used here.
 * @cssproperty --corridor-color-unmet - Not used here.
 * @cssproperty --corridor-status-ok-color - Colour of the "solved" dot.
 */
@localized()
export class CorridorStatus extends LitElement {
  static override styles = [sharedStyles, corridorStatusStyles];

  static override properties = {
    state: { reflect: true },
    ms: { attribute: false },
    message: {},
    diagnosis: { attribute: false },
    progress: { attribute: false },
    cancellable: { type: Boolean },
  };

  /** Where the solve stands: `idle`, `solving`, `solved`, `infeasible` or `error` (attribute `state`, reflected). */
  declare state: SolveState;
  /** Wall time of the last solve, ms; shown when `state` is `solved`. */
  declare ms: number | null;
  /** What went wrong (infeasible, error), or a note to add after "Solved". */
  declare message: string;
  /** Reasons, one per line (the result's `diagnosis`). */
  declare diagnosis: readonly string[];
  /** While `state` is `solving`: how the solve goes, shown after "Solving…"; null: nothing to tell. */
  declare progress: SolveProgressLine | null;
  /** While `state` is `solving`: show a Cancel button (it fires `corridor-cancel`). */
  declare cancellable: boolean;

  constructor() {
    super();
    this.state = 'idle';
    this.ms = null;
    this.message = '';
    this.diagnosis = [];
    this.progress = null;
    this.cancellable = false;
  }

  protected override render(): TemplateResult {
    const state: SolveState = (SOLVE_STATES as readonly string[]).includes(this.state) ? this.state : 'idle';
    const lines = state === 'infeasible' || state === 'error' ? this.diagnosis : [];
    return html`
      <div part="base" class="base ${state}" role="status" aria-live="polite">
        <span class="line"
          ><span class="dot" aria-hidden="true"></span><span class="text">${this.text(state)}</span>${state === 'solving' ? this.renderProgress() : nothing}</span
        >
        ${lines.length === 0
          ? nothing
          : html`<ul part="diagnosis">
              ${lines.map((line) => html`<li>${line}</li>`)}
            </ul>`}
      </div>
    `;
  }

  /** The rounds, routes and gap of a long solve, and its Cancel button. */
  private renderProgress(): TemplateResult | typeof nothing {
    const p = this.progress;
    const locale = elementLocale(this);
    const cancel = this.cancellable
      ? html`<button type="button" part="cancel" class="cancel" @click=${this.onCancel}>${msg('Cancel')}</button>`
      : nothing;
    if (p === null) return cancel === nothing ? nothing : html`${cancel}`;
    const round = formatNumber(p.round, { locale, digits: 0 });
    const routes = formatNumber(p.routes, { locale, digits: 0 });
    const figures =
      p.gap === null
        ? msg(str`round ${round}, ${routes} routes`)
        : msg(str`round ${round}, ${routes} routes, gap ${formatPercent(p.gap, { locale })}`);
    return html`<span class="progress" title=${msg('Gap: how far the best cost found so far can be above the optimum')}>${figures}</span>${cancel}`;
  }

  private onCancel = (): void => {
    this.dispatchEvent(new CustomEvent('corridor-cancel', { detail: {}, bubbles: true, composed: true }));
  };

  private text(state: SolveState): string {
    const message = this.message.trim();
    switch (state) {
      case 'idle':
        return message === '' ? msg('Not solved yet') : message;
      case 'solving':
        return msg('Solving…');
      case 'solved': {
        const time = this.ms === null ? msg('Solved') : msg(str`Solved in ${formatDuration(this.ms, { locale: elementLocale(this) })}`);
        return message === '' ? time : `${time}: ${message}`;
      }
      case 'infeasible':
        return msg(str`Infeasible: ${message === '' ? msg('no flow meets every hard demand and bound') : message}`);
      case 'error':
        return msg(str`Error: ${message === '' ? msg('the solver failed') : message}`);
    }
  }
}

defineElement('corridor-status', CorridorStatus);

declare global {
  interface HTMLElementTagNameMap {
    'corridor-status': CorridorStatus;
  }
}
