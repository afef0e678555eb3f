import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../i18n';
import { formatNumber } from '../format';
import type { RowPage } from './row-pages';

/**
 * The Why table's pager: previous, the rows shown ("Rows 51–100 of 200"), next; nothing for a single page.
 * `turn` gets the page (from 0) to show.
 */
export function renderWhyPager(page: RowPage, total: number, locale: string, turn: (index: number) => void): TemplateResult | typeof nothing {
  if (page.pages <= 1) return nothing;
  const n = (value: number): string => formatNumber(value, { locale, digits: 0 });
  const first = page.index === 0;
  const last = page.index === page.pages - 1;
  // aria-disabled, not disabled: a disabled button loses the focus, and a keyboard user paging to the end would be
  // thrown back to the top of the document.
  return html`<nav part="pager" class="pager" aria-label=${msg('Pages of the demands')}>
    <button type="button" class="turn" aria-label=${msg('Previous page of demands')} aria-disabled=${first ? 'true' : 'false'} @click=${() => {
      if (!first) turn(page.index - 1);
    }}>
      <span aria-hidden="true">‹</span> ${msg('Previous')}
    </button>
    <span class="range" aria-live="polite">${msg(str`Rows ${n(page.start + 1)}–${n(page.end)} of ${n(total)}`)}</span>
    <button type="button" class="turn" aria-label=${msg('Next page of demands')} aria-disabled=${last ? 'true' : 'false'} @click=${() => {
      if (!last) turn(page.index + 1);
    }}>
      ${msg('Next')} <span aria-hidden="true">›</span>
    </button>
  </nav>`;
}
