import type { ItemKey, MapItem } from './map-item-key';
import type { MapLayout } from './map-layout';
import { drain } from './map-steps';

/** One step of the zoom buttons and keys. */
export const ZOOM_STEP = 1.6;
/** One arrow-key pan, as a share of the view. */
const PAN_STEP = 0.15;

/** The items in keyboard order and where each is (a node's centre, a link's marker), map pixels. */
export interface KeyboardOrder {
  readonly order: readonly ItemKey[];
  readonly index: ReadonlyMap<ItemKey, number>;
  readonly positions: ReadonlyMap<ItemKey, { readonly x: number; readonly y: number }>;
}

/** Keyboard order: each node, then the links leaving it, in the scenario's order. */
export function keyboardOrder(layout: MapLayout | null): KeyboardOrder {
  return drain(keyboardOrderInSteps(layout));
}

/** Items handled per step of `keyboardOrderInSteps`: a few ms a step (in one, 50 ms at 1M). */
const ITEMS_PER_STEP = 2000;

/** `keyboardOrder` in steps (it yields between them), so that a large network's can be worked out over several tasks. */
export function* keyboardOrderInSteps(layout: MapLayout | null): Generator<void, KeyboardOrder> {
  const order: ItemKey[] = [];
  const positions = new Map<ItemKey, { x: number; y: number }>();
  const index = new Map<ItemKey, number>();
  if (layout === null) return { order, index, positions };
  const leaving = new Map<string, (typeof layout.links)[number][]>();
  for (const l of layout.links) {
    const list = leaving.get(l.from);
    if (list === undefined) leaving.set(l.from, [l]);
    else list.push(l);
  }
  let since = 0;
  for (const n of layout.nodes) {
    const links = leaving.get(n.id) ?? [];
    since += 1 + links.length;
    if (since >= ITEMS_PER_STEP) {
      since = 0;
      yield;
    }
    order.push(`node:${n.id}`);
    positions.set(`node:${n.id}`, { x: n.x, y: n.y });
    for (const l of links) {
      order.push(`link:${l.id}`);
      positions.set(`link:${l.id}`, l.marker);
    }
  }
  for (const [i, key] of order.entries()) {
    if (i % ITEMS_PER_STEP === 0) yield;
    index.set(key, i);
  }
  return { order, index, positions };
}

/** What a key press on the map asks for, as data; the element carries it out. */
export type MapKeyAction =
  | { readonly kind: 'select'; readonly item: MapItem }
  | { readonly kind: 'zoom'; readonly factor: number; readonly at: { readonly x: number; readonly y: number } | undefined }
  | { readonly kind: 'reset' }
  | { readonly kind: 'focus'; readonly key: ItemKey }
  /** Pan by a share of the view's width (`dx`) and height (`dy`). */
  | { readonly kind: 'pan'; readonly dx: number; readonly dy: number };

const ARROWS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The action of a key pressed on an item (`item`) or on the map itself
 * (`onMap`): Enter and Space select an item; +, − and 0 zoom and reset;
 * on an item the arrows, Home and End walk the items, on the map the arrows
 * pan. Null: not the map's key (it is left to the page).
 */
export function mapKeyAction(key: string, item: MapItem | null, onMap: boolean, order: KeyboardOrder): MapKeyAction | null {
  if ((key === 'Enter' || key === ' ') && item !== null) return { kind: 'select', item };
  if (key === '+' || key === '=' || key === '-' || key === '_' || key === '−') {
    const at = item === null ? undefined : order.positions.get(`${item.kind}:${item.id}`);
    return { kind: 'zoom', factor: key === '+' || key === '=' ? ZOOM_STEP : 1 / ZOOM_STEP, at };
  }
  if (key === '0') return { kind: 'reset' };
  if (item !== null) {
    // On an item the arrows walk the items: right and down to the next, left and up to the previous.
    const at = order.index.get(`${item.kind}:${item.id}`);
    if (at === undefined) return null;
    const last = order.order.length - 1;
    let next: number | undefined;
    if (key === 'ArrowRight' || key === 'ArrowDown') next = Math.min(at + 1, last);
    else if (key === 'ArrowLeft' || key === 'ArrowUp') next = Math.max(at - 1, 0);
    else if (key === 'Home') next = 0;
    else if (key === 'End') next = last;
    const target = next === undefined ? undefined : order.order[next];
    return target === undefined ? null : { kind: 'focus', key: target };
  }
  const step = ARROWS[key];
  if (step === undefined || !onMap) return null;
  return { kind: 'pan', dx: step[0] * PAN_STEP, dy: step[1] * PAN_STEP };
}
