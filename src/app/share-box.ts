import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../components/i18n';

/** What the Share button produced: a link, or why there is none. */
export type ShareBox =
  | { readonly kind: 'link'; readonly url: string; readonly copied: boolean; readonly pinnedLeftOut: boolean }
  | { readonly kind: 'too-big'; readonly length: number; readonly limit: number };

/** What the box's buttons do. */
export interface ShareBoxActions {
  readonly close: () => void;
  readonly exportScenario: () => void;
}

/**
 * The box under the top bar with the share link, or why there is none: a
 * chunk of its own, loaded with share-url.ts by the first Share (most visits
 * never share).
 */
export function renderShareBox(box: ShareBox, locale: string, actions: ShareBoxActions): TemplateResult {
  return html`
    <div part="share" class="share-box" role="region" aria-label=${msg('Share link')}>
      ${box.kind === 'link'
        ? html`<label class="share-link">
              <span>${box.copied ? msg('Link copied to the clipboard:') : msg('Copy this link:')}</span>
              <input
                type="text"
                readonly
                .value=${box.url}
                @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
                aria-describedby="share-note"
              />
            </label>
            <span id="share-note" class="share-note"
              >${box.url.includes('#share=2.')
                ? msg(str`${box.url.length.toLocaleString(locale)} characters. It names the shipped model your scenario starts from and holds your changes; no server keeps a copy.`)
                : msg(str`${box.url.length.toLocaleString(locale)} characters. It holds the whole scenario; no server keeps a copy.`)}${box.pinnedLeftOut
                ? html` <strong class="share-pinned-left-out">${msg('The pinned base was left out: with it the link would be too long. Send its scenario file to compare against it.')}</strong>`
                : nothing}</span
            >`
        : html`<p class="share-too-big" role="alert">
            ${msg(str`This scenario is too big for a link: it would be ${box.length.toLocaleString(locale)} characters, and links over ${box.limit.toLocaleString(locale)} characters get cut or refused by mail and chat. Send the scenario file instead.`)}
            <button type="button" @click=${() => actions.exportScenario()}>${msg('Export scenario (JSON)')}</button>
          </p>`}
      <button type="button" class="dismiss" @click=${actions.close} aria-label=${msg('Close the share box')}>×</button>
    </div>
  `;
}
