import type { Scenario } from '../../model/types';
import { COLLECTIONS } from './columns';
import { freshId, itemsOf, textOf, type Collection, type Item } from './edit-scenario';

/**
 * What the add button appends: an item under a fresh id (`link_3`) with the
 * fields the format requires, between the first two nodes where it has ends,
 * for the validator to flag until they are set right.
 */
export function newItem(scenario: Scenario, collection: Collection): Item {
  const [a = '', b = ''] = itemsOf(scenario, 'nodes').map((n) => textOf(n.id));
  const id = freshId(scenario, collection, COLLECTIONS[collection].noun);
  const fresh: { readonly [C in Collection]: Item } = {
    nodes: { id, kind: 'hub' },
    links: { id, from: a, to: b, cost: 0 },
    corridors: { id, gates: [] },
    demands: { id, from: a, to: b, volume: 1_000_000 },
    sources: { id, title: '' },
  };
  return fresh[collection];
}

/** The open detail rows (`collection:index`) once an item is removed: those after it move up one. */
export function detailsAfterRemoval(details: ReadonlySet<string>, collection: Collection, index: number): ReadonlySet<string> {
  const next = new Set<string>();
  for (const key of details) {
    const [c, i] = key.split(':');
    const n = Number(i);
    if (c !== collection || n < index) next.add(key);
    else if (n > index) next.add(`${c}:${n - 1}`);
  }
  return next;
}
