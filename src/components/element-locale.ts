import { defaultLocale } from './format';

/**
 * The locale a component formats numbers in: the `lang` of its closest
 * ancestor (so a page or a test can pin it), else the browser's.
 *
 * `closest()` stops at a shadow root, and components sit inside other
 * components' shadow roots (every part of `<corridor-flow>` does), so the
 * search continues from each shadow root's host up to the document.
 */
export function elementLocale(element: Element): string {
  let from: Element | null = element;
  while (from !== null) {
    const found = from.closest('[lang]');
    if (found !== null) {
      const lang = found.getAttribute('lang');
      // `lang=""` says the language is unknown: it ends the search, as it ends inheritance in HTML.
      return lang !== null && lang !== '' ? lang : defaultLocale();
    }
    const root = from.getRootNode();
    from = root instanceof ShadowRoot ? root.host : null;
  }
  return defaultLocale();
}
