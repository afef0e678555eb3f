import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../i18n';
import type { CollectionSpec, Column } from './columns';
import { textOf, type Collection, type Item } from './edit-scenario';
import type { EditorHost } from './editor-host';
import { renderFieldControl } from './field-control';
import { columnClass, fieldId } from './field-id';
import { provenanceText, renderProvenanceLine } from './item-marks';

/**
 * One item's row of a table (its fields, the details and remove buttons) and,
 * while open or while a detail field has a problem, its detail row: the fields
 * kept out of the table, and where its figures come from.
 */
export function renderTableRow(
  host: EditorHost,
  collection: Collection,
  spec: CollectionSpec,
  columns: readonly Column[],
  item: Item,
  index: number,
  hasDetail: boolean,
): TemplateResult {
  const id = textOf(item.id);
  const selected = host.isSelected(collection, item.id);
  const detailKey = `${collection}:${index}`;
  const detailColumns = spec.columns.filter((c) => c.detail === true);
  const detailProblems = detailColumns.some((c) => host.problemsAt(`${collection}[${index}].${c.field}`).length > 0);
  const detailOpen = host.details.has(detailKey) || detailProblems;
  const provenance = provenanceText(host.scenario, item);
  const detailId = `detail-${collection}-${index}`;
  return html`<tr
      class=${selected ? 'row selected' : 'row'}
      part="row"
      data-kind=${spec.noun}
      data-id=${id}
      data-index=${String(index)}
      aria-current=${selected ? 'true' : nothing}
    >
      ${columns.map((c) => html`<td class=${columnClass(c)}>${renderFieldControl(host, collection, spec, c, item, index)}</td>`)}
      <td class="col-actions">
        ${hasDetail
          ? html`<button
              type="button"
              class=${provenance === undefined ? 'icon details' : 'icon details has-provenance'}
              aria-expanded=${detailOpen ? 'true' : 'false'}
              aria-controls=${detailOpen ? detailId : nothing}
              aria-label=${provenance === undefined ? msg(str`Details of ${spec.nounText} ${id}`) : msg(str`Details of ${spec.nounText} ${id}, ${provenance}`)}
              title=${provenance ?? msg('More fields')}
              @click=${() => host.toggleDetail(detailKey)}
            >
              ${provenance === undefined ? '⋯' : 'ⓘ'}
            </button>`
          : nothing}
        <button type="button" class="icon remove" aria-label=${msg(str`Remove ${spec.nounText} ${id}`)} title=${msg('Remove')} @click=${() => host.remove(collection, index)}>
          ×
        </button>
      </td>
    </tr>
    ${detailOpen
      ? html`<tr class="detail" id=${detailId}>
          <td colspan=${String(columns.length + 1)}>
            <div class="detail-grid">
              ${detailColumns.map(
                (c) => html`<div class="detail-field">
                  <label for=${fieldId(collection, index, c.field)}>${c.label}${c.unit === undefined ? '' : ` (${c.unit})`}</label>
                  ${renderFieldControl(host, collection, spec, c, item, index)}
                </div>`,
              )}
            </div>
            ${renderProvenanceLine(host.scenario, item)}
          </td>
        </tr>`
      : nothing}`;
}
