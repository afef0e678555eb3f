import type { Column } from './columns';
import type { Collection } from './edit-scenario';

/** The element id of an item's field, so a problem or `focusItem` can find it. */
export function fieldId(collection: Collection, index: number, field: string): string {
  return `f-${collection}-${index}-${field}`;
}

/** The class of a table column, which sets its width and alignment. */
export function columnClass(c: Column): string {
  const kind = c.control.kind;
  if (kind === 'number') return 'col-num';
  if (kind === 'checkbox') return 'col-check';
  if (c.field === 'id') return 'col-id';
  return `col-${kind}`;
}
