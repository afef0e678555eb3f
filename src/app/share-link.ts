import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Scenario } from '../model/types';
import type { ShareBox } from './share-box';
import type { SharePinned } from './share-pinned';
import { elementLocale } from '../components/element-locale';

/** share-url.ts is a chunk of its own, loaded by the Share button or a `#share=` link: most visits use neither. */
export const loadShareUrl = () => Promise.all([import('./share-url'), import('./share-bases')]).then(([url, bases]) => ({ ...url, ...bases }));

/** Why no share link could be made (a chunk failed to load, or a browser without CompressionStream), in words. */
export function shareFailure(error: unknown): string {
  return `No share link could be made (${error instanceof Error ? error.message : String(error)}); export the scenario file instead.`;
}

/** The Share button's box as the controller keeps it (share-now.ts sets it). */
export interface ShareBoxSlot {
  box(): ShareBox | null;
  /** Shows `box` (null: none); `module`, the box's chunk, once loaded. */
  setBox(box: ShareBox | null, module?: typeof import('./share-box')): void;
}

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

  /** The link into the address bar and the clipboard, or why there is none (share-now.ts, a chunk of its own). */
  readonly share = async (): Promise<void> => {
    let shareNow: typeof import('./share-now').shareNow;
    try {
      ({ shareNow } = await import('./share-now'));
    } catch (error) {
      this.source.failed(shareFailure(error));
      return;
    }
    await shareNow(this.source, {
      box: () => this.#box,
      setBox: (box, module) => {
        if (module !== undefined) this.#boxModule = module;
        this.#set(box);
      },
    });
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
