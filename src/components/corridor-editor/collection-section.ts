import { html, type TemplateResult } from 'lit';
import type { Scenario } from '../../model/types';
import { msg, str } from '../i18n';
import { COLLECTIONS } from './columns';
import { itemsOf, type Collection } from './edit-scenario';
import type { EditorHost } from './editor-host';
import { renderSection } from './editor-section';
import { formatNumberText } from './format-number-text';
import { problemCountBadge } from './problem-summary';

/**
 * A collection's section: its title, count and problems, the add button, and, while open, its table (`table`:
 * collection-table.ts, a chunk of its own that the editor loads; nothing until it has).
 */
export function renderCollectionSection(host: EditorHost, scenario: Scenario, collection: Collection, table: (() => unknown) | null): TemplateResult {
  const spec = COLLECTIONS[collection];
  const total = itemsOf(scenario, collection).length;
  const add = html`<button type="button" class="add" aria-label=${msg(str`Add ${spec.nounText}`)} @click=${() => host.add(collection)}>
    + ${msg(str`Add ${spec.nounText}`)}
  </button>`;
  return renderSection(host, collection, spec.title, formatNumberText(total), problemCountBadge(host.problemIndex.countIn(collection)), () => table?.(), add);
}
