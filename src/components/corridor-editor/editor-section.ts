import { html, nothing, type TemplateResult } from 'lit';
import type { EditorHost, SectionKey } from './editor-host';

/** A collapsible section: a header button with its title, count and problem badge, an action beside it, and its body while open. */
export function renderSection(
  host: EditorHost,
  key: SectionKey,
  title: string,
  count: TemplateResult | string | typeof nothing,
  badge: TemplateResult | typeof nothing,
  body: () => unknown,
  action: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const open = host.open.has(key);
  const bodyId = `section-${key}`;
  return html`<section class="section" part="section" data-section=${key}>
    <div class="section-header">
      <h2>
        <button
          type="button"
          class="section-toggle"
          part="section-toggle"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${open ? bodyId : nothing}
          @click=${() => host.toggleSection(key)}
        >
          <span class="chevron" aria-hidden="true"></span>
          <span class="section-title">${title}</span>
          ${count === nothing ? nothing : html`<span class="count">${count}</span>`} ${badge}
        </button>
      </h2>
      ${action}
    </div>
    ${open ? html`<div class="section-body" id=${bodyId}>${body()}</div>` : nothing}
  </section>`;
}
