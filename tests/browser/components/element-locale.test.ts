import { afterEach, describe, expect, it } from 'vitest';
import '../../../src/components/corridor-bottlenecks/corridor-bottlenecks';
import type { CorridorBottlenecks } from '../../../src/components/corridor-bottlenecks/corridor-bottlenecks';
import { elementLocale } from '../../../src/components/element-locale';
import { defaultLocale } from '../../../src/components/format';
import { caspianResult, caspianScenario } from './fixtures';
import { shadowQueryAll, unmountAll } from './mount';

/** `<div lang=…>` › host › (shadow) › host › (shadow) › `inner`: as a component sits inside `<corridor-flow>`. */
function nested(lang: string | null, inner: Element): HTMLElement {
  const page = document.createElement('div');
  if (lang !== null) page.lang = lang;
  const outer = document.createElement('div');
  const middle = document.createElement('div');
  outer.attachShadow({ mode: 'open' }).append(middle);
  middle.attachShadow({ mode: 'open' }).append(inner);
  page.append(outer);
  document.body.append(page);
  return page;
}

describe('elementLocale', () => {
  afterEach(unmountAll);

  it('should find the page’s lang through the shadow roots the element sits in', () => {
    const inner = document.createElement('span');
    nested('de-DE', inner);
    expect(elementLocale(inner)).toBe('de-DE');
  });

  it('should take the closest lang, inside a shadow root before the page’s', () => {
    const inner = document.createElement('span');
    nested('de-DE', inner);
    (inner.getRootNode() as ShadowRoot).host.setAttribute('lang', 'fr-FR');
    expect(elementLocale(inner)).toBe('fr-FR');
  });

  it('should fall back to the browser’s locale with no lang up to the document, or an empty one', () => {
    const root = document.documentElement;
    const documentLang = root.getAttribute('lang');
    root.removeAttribute('lang');
    try {
      const inner = document.createElement('span');
      const page = nested(null, inner);
      expect(elementLocale(inner)).toBe(defaultLocale());
      page.setAttribute('lang', '');
      root.setAttribute('lang', 'de-DE');
      // lang="" says "unknown" and ends the search, as it ends inheritance in HTML.
      expect(elementLocale(inner)).toBe(defaultLocale());
    } finally {
      if (documentLang === null) root.removeAttribute('lang');
      else root.setAttribute('lang', documentLang);
    }
  });

  it('should format a nested component’s numbers in the page’s language', async () => {
    const el = document.createElement('corridor-bottlenecks') as CorridorBottlenecks;
    Object.assign(el, { scenario: caspianScenario, result: caspianResult });
    nested('de-DE', el);
    await el.updateComplete;
    // German writes the decimal comma: 31.2 USD/t as "USD 31,20/t".
    const values = shadowQueryAll(el, '.binding .value').map((v) => v.textContent!.trim());
    expect(values[0]).toBe('USD 31,20/t');
  });
});
