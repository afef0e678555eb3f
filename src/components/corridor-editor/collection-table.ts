import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import type { Scenario } from '../../model/types';
import { msg, str } from '../i18n';
import type { CollectionSpec } from './columns';
import { itemsOf, textOf, type Collection, type Item } from './edit-scenario';
import type { EditorHost } from './editor-host';
import { NODE_SELECT_LIMIT } from './field-control';
import { columnClass } from './field-id';
import { formatNumberText } from './format-number-text';
import { PAGE_SIZE } from './table-pages';
import { renderTableRow } from './table-row';

/**
 * A collection's table: the filter, the page of rows it shows, and the pager. A chunk of its own with the rows
 * and field controls (the editor's levers come first; the full tables are opened less often).
 */
export function renderCollectionTable(host: EditorHost, scenario: Scenario, collection: Collection, spec: CollectionSpec): TemplateResult {
  const items = itemsOf(scenario, collection);
  const visible = host.visibleIndices(collection);
  const pages = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
  const page = Math.min(host.pages[collection] ?? 0, pages - 1);
  const rows = visible.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const columns = spec.columns.filter((c) => c.detail !== true);
  const hasDetail = spec.columns.some((c) => c.detail === true);
  // What every row reads besides its own item: its problems (the index, while the collection has
  // any), the sources (provenance, source lists) and the node ids (node lists, or typed ids).
  const problems = host.problemIndex.countIn(collection) === 0 ? null : host.problemIndex;
  const shared = [spec, problems, itemsOf(scenario, 'sources'), host.idsOf('nodes')];
  const first = visible.length === 0 ? 0 : page * PAGE_SIZE + 1;
  const last = Math.min((page + 1) * PAGE_SIZE, visible.length);
  return html`
    ${renderDatalists(scenario, collection)}
    <div class="toolbar">
      <input
        type="search"
        class="filter"
        placeholder=${msg('Filter by id or name')}
        aria-label=${msg(str`Filter ${spec.title.toLowerCase()}`)}
        .value=${live(host.filters[collection] ?? '')}
        @input=${(e: Event) => host.setFilter(collection, (e.target as HTMLInputElement).value)}
      />
      <span class="range" aria-live="polite">
        ${visible.length === items.length
          ? msg(str`${formatNumberText(first)}–${formatNumberText(last)} of ${formatNumberText(items.length)}`)
          : msg(str`${formatNumberText(first)}–${formatNumberText(last)} of ${formatNumberText(visible.length)} matching`)}
      </span>
      ${pages > 1
        ? html`<button type="button" class="pager" aria-label=${msg(str`Previous page of ${spec.title.toLowerCase()}`)} ?disabled=${page === 0} @click=${() => host.setPage(collection, page - 1)}>
              ‹
            </button>
            <button type="button" class="pager" aria-label=${msg(str`Next page of ${spec.title.toLowerCase()}`)} ?disabled=${page >= pages - 1} @click=${() => host.setPage(collection, page + 1)}>
              ›
            </button>`
        : nothing}
    </div>
    <div class="table-wrap">
      <table part="table" class=${`table table-${collection}`}>
        <thead>
          <tr>
            ${columns.map(
              (c) => html`<th scope="col" class=${columnClass(c)}>
                ${c.label}${c.unit === undefined ? nothing : html`<span class="unit">${c.unit}</span>`}
              </th>`,
            )}
            <th scope="col" class="col-actions"><span class="visually-hidden">${msg('Actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((i) => {
            const item = items[i] as Item;
            // A row is drawn again only when what it shows changed: an edit of one field of a page of
            // a hundred rows re-renders that row, not a hundred rows of inputs.
            const deps = [item, i, host.isSelected(collection, item.id), host.details.has(`${collection}:${i}`), ...shared];
            return guard(deps, () => renderTableRow(host, collection, spec, columns, item, i, hasDetail));
          })}
        </tbody>
      </table>
    </div>
    ${visible.length === 0 ? html`<p class="hint">${items.length === 0 ? msg(str`No ${spec.title.toLowerCase()} yet.`) : msg('Nothing matches the filter.')}</p>` : nothing}
  `;
}

/** Suggestions for typed node ids (above NODE_SELECT_LIMIT nodes) and for a corridor's gate links. */
function renderDatalists(scenario: Scenario, collection: Collection): unknown {
  const nodes = itemsOf(scenario, 'nodes');
  const needsNodes = (collection === 'links' || collection === 'demands') && nodes.length > NODE_SELECT_LIMIT;
  const links = itemsOf(scenario, 'links');
  return html`
    ${needsNodes
      ? guard([nodes], () => html`<datalist id="node-ids">${nodes.map((n) => html`<option value=${textOf(n.id)}></option>`)}</datalist>`)
      : nothing}
    ${collection === 'corridors'
      ? guard([links], () => html`<datalist id="link-ids">${links.map((l) => html`<option value=${textOf(l.id)}></option>`)}</datalist>`)
      : nothing}
  `;
}
