/** A node or link of the map as one key, `node:<id>` or `link:<id>` (ids may hold colons). */
export type ItemKey = `${'node' | 'link'}:${string}`;

/** A map item as events find it: its kind, id and drawn element. */
export interface MapItem {
  readonly kind: 'node' | 'link';
  readonly id: string;
  readonly element: SVGGElement;
}

/** The kind and id of an item key. */
export function splitItemKey(key: ItemKey): { readonly kind: 'node' | 'link'; readonly id: string } {
  const [kind, ...rest] = key.split(':');
  return { kind: kind === 'node' ? 'node' : 'link', id: rest.join(':') };
}

/** The node or link an event happened on (its `<g data-kind data-id>`), or null. */
export function itemOf(event: Event): MapItem | null {
  for (const target of event.composedPath()) {
    if (!(target instanceof SVGGElement)) continue;
    const kind = target.dataset['kind'];
    const id = target.dataset['id'];
    if ((kind === 'node' || kind === 'link') && id !== undefined) return { kind, id, element: target };
  }
  return null;
}

/** The drawn element of an item, or null (not drawn yet). */
export function itemElement(root: ParentNode, key: ItemKey): SVGGElement | null {
  const { kind, id } = splitItemKey(key);
  return root.querySelector<SVGGElement>(`[data-kind="${kind}"][data-id="${CSS.escape(id)}"]`);
}
