import type { Scenario } from '../../model/types';
import { keyboardOrderInSteps, type KeyboardOrder } from './map-keyboard';
import { layoutMapInSteps, type MapLayout } from './map-layout';
import { loadMergedDrawing, MERGED_ITEMS } from './map-merged-load';
import { loadFramePacer } from './map-pacer-load';
import { nextTask } from './map-steps';
import { countriesWithin } from './region-outline';

/** A layout worked out ahead of the update that shows it, and what it was worked out for. */
export interface StagedLayout {
  readonly scenario: Scenario;
  readonly width: number;
  readonly outline: boolean;
  readonly layout: MapLayout;
  readonly keys: KeyboardOrder;
}


/**
 * A large network's layout, in several tasks (its nodes, its links a few
 * thousand at a time, the outline: map-layout.ts `layoutMapInSteps`), and
 * its keyboard order in a few more: together with the labels and the first chunks they were one task of
 * the update (0.3 s unloaded at a million arc-LP variables, 1.4 s at load
 * 13). Null when `current()` no longer shows `scenario` once a stage is done:
 * the update then lays out what it shows itself. Meanwhile what draws it is
 * loaded: the frame pacer, and the merged drawing for a network that large
 * (if either cannot be, the network is drawn at once, or item by item).
 */
export async function stageLayout(scenario: Scenario, width: number, outline: boolean, current: () => Scenario | null): Promise<StagedLayout | null> {
  const drawing = Promise.all([
    scenario.nodes.length + scenario.links.length >= MERGED_ITEMS ? loadMergedDrawing().catch(() => null) : null,
    loadFramePacer().catch(() => null),
  ]);
  const steps = layoutMapInSteps(scenario, width, countriesWithin);
  let layout: MapLayout | undefined;
  while (layout === undefined) {
    await nextTask();
    if (current() !== scenario) return null;
    const next = steps.next();
    if (next.done === true) layout = next.value;
  }
  const order = keyboardOrderInSteps(layout);
  let keys: KeyboardOrder | undefined;
  while (keys === undefined) {
    await nextTask();
    if (current() !== scenario) return null;
    const next = order.next();
    if (next.done === true) keys = next.value;
  }
  // The update that shows it in a task of its own too.
  await nextTask();
  await drawing;
  if (current() !== scenario) return null;
  return { scenario, width, outline, layout, keys };
}
