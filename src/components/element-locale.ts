import { defaultLocale } from './format';

/**
 * The locale a component formats numbers in: the `lang` of its closest
 * ancestor (so a page or a test can pin it), else the browser's.
 */
export function elementLocale(element: Element): string {
  const lang = element.closest('[lang]')?.getAttribute('lang');
  return lang !== undefined && lang !== null && lang !== '' ? lang : defaultLocale();
}
