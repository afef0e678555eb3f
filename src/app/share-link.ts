import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '../components/i18n';
import type { Scenario } from '../model/types';
import type { EncodeShareOutcome } from './share-url';
import type { SharePinned } from './share-pinned';
import { elementLocale } from '../components/element-locale';

/** share-url.ts is a chunk of its own, loaded by the Share button or a `#share=` link: most visits use neither. */
export const loadShareUrl = () => Promise.all([import('./share-url'), import('./share-bases')]).then(([url, bases]) => ({ ...url, ...bases }));

/** What the Share button produced: a link, or why there is none. */
type ShareBox =
  | { readonly kind: 'link'; readonly url: string; readonly copied: boolean; readonly pinnedLeftOut: boolean }
  | { readonly kind: 'too-big'; readonly length: number; readonly limit: number };

/** What the Share button needs of the app. */
export interface ShareSource {
  /** The scenario to share (the last valid one), or null. */
  scenario(): Scenario | null;
  /** The pinned base the reader's answers are compared against, or null: the link opens to the same comparison. */
  pinned(): SharePinned | null;
  /** What else the link opens with (the analyses' tab, the selection); `{}` for nothing. */
  view(): Readonly<Record<string, unknown>>;
  /** No link could be made (its chunk failed, or no CompressionStream): say so. */
  failed(message: string): void;
  /** The too-big box offers the scenario file instead. */
  exportScenario(): void;
}

/**
 * The Share button: packs the scenario (and the open view) into the page's
 * URL hash, copies the link, and shows it in a box under the top bar (or
 * says why a scenario is too big for a link). Opening a `#share=` link at
 * start-up is the app's own (it decides between the link, the autosave and
 * `src`).
 */
export class ShareLinkController {
  #box: ShareBox | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly source: ShareSource,
  ) {}

  /** The link into the address bar and the clipboard, or why there is none. */
  readonly share = async (): Promise<void> => {
    const scenario = this.source.scenario();
    if (scenario === null) return;
    const view = this.source.view();
    const pinned = this.source.pinned();
    let encoded: EncodeShareOutcome;
    let limit: number;
    try {
      const shareUrl = await loadShareUrl();
      limit = shareUrl.SHARE_URL_LIMIT;
      const state = { scenario, ...(Object.keys(view).length > 0 ? { view } : {}), ...(pinned !== null ? { pinned } : {}) };
      encoded = await shareUrl.encodeShare(state, await shareUrl.loadShareBases());
    } catch (error) {
      // Its chunk failed to load, or a browser without CompressionStream.
      this.source.failed(`No share link could be made (${error instanceof Error ? error.message : String(error)}); export the scenario file instead.`);
      return;
    }
    if (!encoded.ok) {
      this.#set({ kind: 'too-big', length: encoded.length, limit });
      return;
    }
    const url = `${location.href.replace(/#.*$/, '')}${encoded.hash}`;
    // Replacing (not pushing) the entry: Back should leave the app, not step through shares.
    history.replaceState(history.state, '', encoded.hash);
    // The link now names this very scenario; the autosave keeps following edits as before.
    const pinnedLeftOut = encoded.pinnedLeftOut === true;
    this.#set({ kind: 'link', url, copied: false, pinnedLeftOut });
    try {
      await navigator.clipboard.writeText(url);
      if (this.#box?.kind === 'link' && this.#box.url === url) this.#set({ kind: 'link', url, copied: true, pinnedLeftOut });
    } catch {
      // No clipboard (permission, insecure page): the link is shown, selected, to copy by hand.
    }
  };

  readonly close = (): void => {
    this.#set(null);
  };

  #set(box: ShareBox | null): void {
    this.#box = box;
    this.host.requestUpdate();
  }

  /** The box with the link, or why there is none; nothing before the first Share. */
  render(): TemplateResult | typeof nothing {
    const box = this.#box;
    if (box === null) return nothing;
    const locale = elementLocale(this.host);
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
              <button type="button" @click=${() => this.source.exportScenario()}>${msg('Export scenario (JSON)')}</button>
            </p>`}
        <button type="button" class="dismiss" @click=${this.close} aria-label=${msg('Close the share box')}>×</button>
      </div>
    `;
  }
}
