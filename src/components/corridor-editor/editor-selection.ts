import type { EditorSelection } from './corridor-editor';
import type { Collection } from './edit-scenario';

/** The field `focusItem` puts focus on, per kind of item. */
export const FOCUS_FIELD: { readonly [K in EditorSelection['kind']]: string } = { link: 'capacity', node: 'capacity', demand: 'volume', corridor: 'id' };

/** The table that holds each kind of item the editor can select. */
export const KIND_TO_COLLECTION: { readonly [K in EditorSelection['kind']]: Collection } = {
  node: 'nodes',
  link: 'links',
  corridor: 'corridors',
  demand: 'demands',
};
