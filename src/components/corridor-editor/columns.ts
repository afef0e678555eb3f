import type { LinkMode, NodeKind } from '../../model/types';
import type { Collection } from './edit-scenario';

/** How a field is edited. */
export type Control =
  | { readonly kind: 'text'; readonly placeholder?: string }
  | { readonly kind: 'number'; readonly placeholder: string; readonly grouping?: boolean }
  | { readonly kind: 'checkbox' }
  | { readonly kind: 'choice'; readonly options: readonly string[]; readonly fallback: string }
  | { readonly kind: 'node' }
  | { readonly kind: 'source' }
  | { readonly kind: 'color' }
  | { readonly kind: 'gates' };

export interface Column {
  readonly field: string;
  /** Capitalised field name, as in `Capacity of link x, t/yr`. */
  readonly label: string;
  readonly unit?: string;
  readonly control: Control;
  /** Shown in the item's detail row rather than in the table. */
  readonly detail?: boolean;
}

export interface CollectionSpec {
  /** Singular, as in `link ferry_aktau_alat`. */
  readonly noun: string;
  readonly title: string;
  readonly columns: readonly Column[];
}

// Values, not imported from src/model: components may import its types only.
// The `Exclude` checks fail to compile if the model gains a kind or mode.
const NODE_KIND_OPTIONS = ['port', 'rail', 'border', 'city', 'hub'] as const satisfies readonly NodeKind[];
const LINK_MODE_OPTIONS = ['rail', 'road', 'sea', 'ferry', 'pipeline', 'other'] as const satisfies readonly LinkMode[];
const allKinds: [Exclude<NodeKind, (typeof NODE_KIND_OPTIONS)[number]>] extends [never] ? true : never = true;
const allModes: [Exclude<LinkMode, (typeof LINK_MODE_OPTIONS)[number]>] extends [never] ? true : never = true;
void allKinds;
void allModes;

const id: Column = { field: 'id', label: 'Id', control: { kind: 'text' } };
const provenance: readonly Column[] = [
  { field: 'source', label: 'Source', control: { kind: 'source' }, detail: true },
  { field: 'assumption', label: 'Assumption', control: { kind: 'text', placeholder: 'why this number is assumed' }, detail: true },
];
const capacity: Column = { field: 'capacity', label: 'Capacity', unit: 't/yr', control: { kind: 'number', placeholder: 'unlimited' } };
const enabled: Column = { field: 'enabled', label: 'Enabled', control: { kind: 'checkbox' } };

/** Every field of the format, per collection, in the order the tables show them. */
export const COLLECTIONS: { readonly [C in Collection]: CollectionSpec } = {
  nodes: {
    noun: 'node',
    title: 'Nodes',
    columns: [
      id,
      { field: 'name', label: 'Name', control: { kind: 'text', placeholder: 'the id' } },
      { field: 'kind', label: 'Kind', control: { kind: 'choice', options: NODE_KIND_OPTIONS, fallback: 'hub' } },
      { field: 'country', label: 'Country', control: { kind: 'text', placeholder: 'ISO' } },
      capacity,
      { field: 'cost', label: 'Handling cost', unit: 'USD/t', control: { kind: 'number', placeholder: '0' } },
      { field: 'days', label: 'Dwell', unit: 'days', control: { kind: 'number', placeholder: '0' } },
      enabled,
      { field: 'lat', label: 'Latitude', unit: '°', control: { kind: 'number', placeholder: '', grouping: false }, detail: true },
      { field: 'lon', label: 'Longitude', unit: '°', control: { kind: 'number', placeholder: '', grouping: false }, detail: true },
      ...provenance,
    ],
  },
  links: {
    noun: 'link',
    title: 'Links',
    columns: [
      id,
      { field: 'from', label: 'From', control: { kind: 'node' } },
      { field: 'to', label: 'To', control: { kind: 'node' } },
      { field: 'mode', label: 'Mode', control: { kind: 'choice', options: LINK_MODE_OPTIONS, fallback: 'rail' } },
      capacity,
      { field: 'cost', label: 'Cost', unit: 'USD/t', control: { kind: 'number', placeholder: 'required' } },
      { field: 'days', label: 'Transit', unit: 'days', control: { kind: 'number', placeholder: '0' } },
      enabled,
      { field: 'name', label: 'Name', control: { kind: 'text', placeholder: 'its ends' }, detail: true },
      { field: 'km', label: 'Distance', unit: 'km', control: { kind: 'number', placeholder: '' }, detail: true },
      ...provenance,
    ],
  },
  corridors: {
    noun: 'corridor',
    title: 'Corridors',
    columns: [
      id,
      { field: 'name', label: 'Name', control: { kind: 'text', placeholder: 'the id' } },
      { field: 'color', label: 'Colour', control: { kind: 'color' } },
      { field: 'gates', label: 'Gates', control: { kind: 'gates' } },
      { field: 'minShare', label: 'Min share', unit: '0–1', control: { kind: 'number', placeholder: '0' } },
      { field: 'maxShare', label: 'Max share', unit: '0–1', control: { kind: 'number', placeholder: '1' } },
      { field: 'minFlow', label: 'Min flow', unit: 't/yr', control: { kind: 'number', placeholder: '0' } },
      { field: 'maxFlow', label: 'Max flow', unit: 't/yr', control: { kind: 'number', placeholder: 'unlimited' } },
      enabled,
      ...provenance,
    ],
  },
  demands: {
    noun: 'demand',
    title: 'Demands',
    columns: [
      id,
      { field: 'label', label: 'Label', control: { kind: 'text', placeholder: 'e.g. grain' } },
      { field: 'from', label: 'From', control: { kind: 'node' } },
      { field: 'to', label: 'To', control: { kind: 'node' } },
      { field: 'volume', label: 'Volume', unit: 't/yr', control: { kind: 'number', placeholder: 'required' } },
      { field: 'valueOfTime', label: 'Value of time', unit: 'USD/t/day', control: { kind: 'number', placeholder: '0' } },
      { field: 'unmetPenalty', label: 'Unmet penalty', unit: 'USD/t', control: { kind: 'number', placeholder: 'must serve' } },
      ...provenance,
    ],
  },
  sources: {
    noun: 'source',
    title: 'Sources',
    columns: [
      id,
      { field: 'title', label: 'Title', control: { kind: 'text', placeholder: 'required' } },
      { field: 'url', label: 'Address', control: { kind: 'text', placeholder: 'https://…' } },
      { field: 'year', label: 'Year', control: { kind: 'number', placeholder: '', grouping: false } },
    ],
  },
};

/**
 * The accessible name of an item's field: `Capacity of link ferry_aktau_alat, t/yr`,
 * `Link ferry_aktau_alat enabled`.
 */
export function fieldLabel(spec: CollectionSpec, column: Column, itemId: string): string {
  if (column.control.kind === 'checkbox') return `${capitalise(spec.noun)} ${itemId} ${column.label.toLowerCase()}`;
  return `${column.label} of ${spec.noun} ${itemId}${column.unit === undefined ? '' : `, ${column.unit}`}`;
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
