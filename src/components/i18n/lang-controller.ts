import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { elementLocale } from '../element-locale';
import { showLanguage } from './locale';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Makes a component follow the `lang` of itself or its closest ancestor
 * (through shadow roots, as `elementLocale` reads it): when it connects, and
 * when its own or the document's `lang` changes, the page's language becomes
 * that one and the component renders again (its number formats read `lang`
 * at render time).
 */
export class LangController implements ReactiveController {
  readonly #host: Host;
  #observer: MutationObserver | undefined;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#follow();
    this.#observer ??= new MutationObserver(() => this.#follow());
    this.#observer.observe(this.#host, { attributes: true, attributeFilter: ['lang'] });
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #follow(): void {
    void showLanguage(elementLocale(this.#host));
    this.#host.requestUpdate();
  }
}
