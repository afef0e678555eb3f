import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { elementLocale } from '../element-locale';
import { formatDuration } from '../format';
import { sharedStyles } from '../shared.styles';
import { corridorStatusStyles } from './corridor-status.styles';
import { defineElement } from '../define-element';
import { localized, msg, str } from '../i18n';

export const SOLVE_STATES = ['idle', 'solving', 'solved', 'infeasible', 'error'] as const;
export type SolveState = (typeof SOLVE_STATES)[number];

/**
 * @summary One line that says where the solve stands: "Solving…",
 * "Solved in 4 ms", "Infeasible: …" with the diagnosis, "Error: …".
 *
 * A polite live region: screen readers announce each change without
 * interrupting.
 *
 * @csspart base - The live region.
 * @csspart diagnosis - The list of diagnosis lines.
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
  };

  /** Where the solve stands: `idle`, `solving`, `solved`, `infeasible` or `error` (attribute `state`, reflected). */
  declare state: SolveState;
  /** Wall time of the last solve, ms; shown when `state` is `solved`. */
  declare ms: number | null;
  /** What went wrong (infeasible, error), or a note to add after "Solved". */
  declare message: string;
  /** Reasons, one per line (the result's `diagnosis`). */
  declare diagnosis: readonly string[];

  constructor() {
    super();
    this.state = 'idle';
    this.ms = null;
    this.message = '';
    this.diagnosis = [];
  }

  protected override render(): TemplateResult {
    const state: SolveState = (SOLVE_STATES as readonly string[]).includes(this.state) ? this.state : 'idle';
    const lines = state === 'infeasible' || state === 'error' ? this.diagnosis : [];
    return html`
      <div part="base" class="base ${state}" role="status" aria-live="polite">
        <span class="line"><span class="dot" aria-hidden="true"></span><span class="text">${this.text(state)}</span></span>
        ${lines.length === 0
          ? nothing
          : html`<ul part="diagnosis">
              ${lines.map((line) => html`<li>${line}</li>`)}
            </ul>`}
      </div>
    `;
  }

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
