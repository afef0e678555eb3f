import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../model/types';
import { msg, str } from '../components/i18n';

/** A message under the top bar, until dismissed. */
export interface Notice {
  readonly id: string;
  readonly tone: 'info' | 'warning' | 'error';
  readonly text: string;
  /** A button in the notice, e.g. to open work saved in another tab. */
  readonly action?: { readonly label: string; readonly run: () => void };
}

/** A file that was not imported, and why. */
export interface ImportFailure {
  readonly fileName: string;
  readonly problems: readonly Problem[];
}

/** The notices, and a warning while the editor holds `invalid` values; nothing when there is neither. */
export function renderNotices(notices: readonly Notice[], invalid: number, dismiss: (id: string) => void): TemplateResult | typeof nothing {
  if (notices.length === 0 && invalid === 0) return nothing;
  return html`
    <div part="notices" class="notices">
      ${invalid > 0
        ? html`<p class="notice warning" role="status">
            ${invalid === 1
              ? msg('The editor holds 1 invalid value (marked there); the answer shown is for the last valid scenario.')
              : msg(str`The editor holds ${invalid} invalid values (marked there); the answer shown is for the last valid scenario.`)}
          </p>`
        : nothing}
      ${notices.map(
        (n) => html`<p class="notice ${n.tone}" role=${n.tone === 'info' ? 'status' : 'alert'}>
          <span>${n.text}</span>
          ${n.action ? html`<button type="button" class="notice-action" @click=${n.action.run}>${n.action.label}</button>` : nothing}
          <button type="button" class="dismiss" @click=${() => dismiss(n.id)} aria-label=${msg('Dismiss this message')}>×</button>
        </p>`,
      )}
    </div>
  `;
}
