import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Scenario } from '../model/types';
import type { ShareBox } from './share-box';
import type { EncodeShareOutcome } from './share-url';
import type { SharePinned } from './share-pinned';
import { elementLocale } from '../components/element-locale';

/** share-url.ts is a chunk of its own, loaded by the Share button or a `#share=` link: most visits use neither. */
export const loadShareUrl = () => Promise.all([import('./share-url'), import('./share-bases')]).then(([url, bases]) => ({ ...url, ...bases }));

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
  /** The box's chunk, loaded by the first Share. */
  #boxModule: typeof import('./share-box') | null = null;
  readonly #actions = { close: () => this.close(), exportScenario: () => this.source.exportScenario() };

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
      const [shareUrl, boxModule] = await Promise.all([loadShareUrl(), import('./share-box')]);
      this.#boxModule = boxModule;
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

  /** The box with the link, or why there is none; nothing before the first Share (which loads the box's chunk). */
  render(): TemplateResult | typeof nothing {
    if (this.#box === null || this.#boxModule === null) return nothing;
    return this.#boxModule.renderShareBox(this.#box, elementLocale(this.host), this.#actions);
  }
}
