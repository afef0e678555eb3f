import type { LinkMode, NodeKind } from '../../model/types';
import { msg, str } from '../i18n';
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
  /** `noun` in the reader's language, for sentences only (`noun` also names the item kind in data attributes). */
  readonly nounText: string;
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

const id: Column = { field: 'id', get label() { return msg('Id'); }, control: { kind: 'text' } };
const provenance: readonly Column[] = [
  { field: 'source', get label() { return msg('Source'); }, control: { kind: 'source' }, detail: true },
  { field: 'assumption', get label() { return msg('Assumption'); }, control: { kind: 'text', get placeholder() { return msg('why this number is assumed'); } }, detail: true },
];
const capacity: Column = { field: 'capacity', get label() { return msg('Capacity'); }, get unit() { return msg('t/yr'); }, control: { kind: 'number', get placeholder() { return msg('unlimited'); } } };
const enabled: Column = { field: 'enabled', get label() { return msg('Enabled'); }, control: { kind: 'checkbox' } };

/** Every field of the format, per collection, in the order the tables show them. */
export const COLLECTIONS: { readonly [C in Collection]: CollectionSpec } = {
  nodes: {
    noun: 'node',
    get nounText() { return msg('node'); },
    get title() { return msg('Nodes'); },
    columns: [
      id,
      { field: 'name', get label() { return msg('Name'); }, control: { kind: 'text', get placeholder() { return msg('the id'); } } },
      { field: 'kind', get label() { return msg('Kind'); }, control: { kind: 'choice', options: NODE_KIND_OPTIONS, fallback: 'hub' } },
      { field: 'country', get label() { return msg('Country'); }, control: { kind: 'text', placeholder: 'ISO' } },
      capacity,
      { field: 'cost', get label() { return msg('Handling cost'); }, get unit() { return msg('USD/t'); }, control: { kind: 'number', placeholder: '0' } },
      { field: 'days', get label() { return msg('Dwell'); }, get unit() { return msg('days'); }, control: { kind: 'number', placeholder: '0' } },
      enabled,
      { field: 'lat', get label() { return msg('Latitude'); }, unit: '°', control: { kind: 'number', placeholder: '', grouping: false }, detail: true },
      { field: 'lon', get label() { return msg('Longitude'); }, unit: '°', control: { kind: 'number', placeholder: '', grouping: false }, detail: true },
      ...provenance,
    ],
  },
  links: {
    noun: 'link',
    get nounText() { return msg('link'); },
    get title() { return msg('Links'); },
    columns: [
      id,
      { field: 'from', get label() { return msg('From', { id: 'editor.from' }); }, control: { kind: 'node' } },
      { field: 'to', get label() { return msg('To', { id: 'editor.to' }); }, control: { kind: 'node' } },
      { field: 'mode', get label() { return msg('Mode'); }, control: { kind: 'choice', options: LINK_MODE_OPTIONS, fallback: 'rail' } },
      capacity,
      { field: 'cost', get label() { return msg('Cost'); }, get unit() { return msg('USD/t'); }, control: { kind: 'number', get placeholder() { return msg('required'); } } },
      { field: 'days', get label() { return msg('Transit'); }, get unit() { return msg('days'); }, control: { kind: 'number', placeholder: '0' } },
      enabled,
      { field: 'name', get label() { return msg('Name'); }, control: { kind: 'text', get placeholder() { return msg('its ends'); } }, detail: true },
      { field: 'km', get label() { return msg('Distance'); }, get unit() { return msg('km'); }, control: { kind: 'number', placeholder: '' }, detail: true },
      ...provenance,
    ],
  },
  corridors: {
    noun: 'corridor',
    get nounText() { return msg('corridor'); },
    get title() { return msg('Corridors'); },
    columns: [
      id,
      { field: 'name', get label() { return msg('Name'); }, control: { kind: 'text', get placeholder() { return msg('the id'); } } },
      { field: 'color', get label() { return msg('Colour'); }, control: { kind: 'color' } },
      { field: 'gates', get label() { return msg('Gates'); }, control: { kind: 'gates' } },
      { field: 'minShare', get label() { return msg('Min share'); }, unit: '0–1', control: { kind: 'number', placeholder: '0' } },
      { field: 'maxShare', get label() { return msg('Max share'); }, unit: '0–1', control: { kind: 'number', placeholder: '1' } },
      { field: 'minFlow', get label() { return msg('Min flow'); }, get unit() { return msg('t/yr'); }, control: { kind: 'number', placeholder: '0' } },
      { field: 'maxFlow', get label() { return msg('Max flow'); }, get unit() { return msg('t/yr'); }, control: { kind: 'number', get placeholder() { return msg('unlimited'); } } },
      enabled,
      ...provenance,
    ],
  },
  demands: {
    noun: 'demand',
    get nounText() { return msg('demand'); },
    get title() { return msg('Demands'); },
    columns: [
      id,
      { field: 'label', get label() { return msg('Label'); }, control: { kind: 'text', get placeholder() { return msg('e.g. grain'); } } },
      { field: 'from', get label() { return msg('From', { id: 'editor.from' }); }, control: { kind: 'node' } },
      { field: 'to', get label() { return msg('To', { id: 'editor.to' }); }, control: { kind: 'node' } },
      { field: 'volume', get label() { return msg('Volume'); }, get unit() { return msg('t/yr'); }, control: { kind: 'number', get placeholder() { return msg('required'); } } },
      { field: 'valueOfTime', get label() { return msg('Value of time'); }, get unit() { return msg('USD/t/day'); }, control: { kind: 'number', placeholder: '0' } },
      { field: 'unmetPenalty', get label() { return msg('Unmet penalty'); }, get unit() { return msg('USD/t'); }, control: { kind: 'number', get placeholder() { return msg('must serve'); } } },
      ...provenance,
    ],
  },
  sources: {
    noun: 'source',
    get nounText() { return msg('source'); },
    get title() { return msg('Sources'); },
    columns: [
      id,
      { field: 'title', get label() { return msg('Title'); }, control: { kind: 'text', get placeholder() { return msg('required'); } } },
      { field: 'url', get label() { return msg('Address'); }, control: { kind: 'text', placeholder: 'https://…' } },
      { field: 'year', get label() { return msg('Year'); }, control: { kind: 'number', placeholder: '', grouping: false } },
    ],
  },
};

/**
 * The accessible name of an item's field: `Capacity of link ferry_aktau_alat, t/yr`,
 * `Link ferry_aktau_alat enabled`.
 */
export function fieldLabel(spec: CollectionSpec, column: Column, itemId: string): string {
  if (column.control.kind === 'checkbox') return `${capitalise(spec.nounText)} ${itemId} ${column.label.toLowerCase()}`;
  const label = column.label;
  const noun = spec.nounText;
  return column.unit === undefined ? msg(str`${label} of ${noun} ${itemId}`) : msg(str`${label} of ${noun} ${itemId}, ${column.unit}`);
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
