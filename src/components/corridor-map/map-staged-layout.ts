import type { Scenario } from '../../model/types';
import { keyboardOrder, type KeyboardOrder } from './map-keyboard';
import { layoutMap, type MapLayout } from './map-layout';
import { countriesWithin } from './region-outline';

/** A layout worked out ahead of the update that shows it, and what it was worked out for. */
export interface StagedLayout {
  readonly scenario: Scenario;
  readonly width: number;
  readonly outline: boolean;
  readonly layout: MapLayout;
  readonly keys: KeyboardOrder;
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A large network's layout and its keyboard order, each in a task of its
 * own: together with the labels and the first chunks they were one task of
 * the update (0.3 s unloaded at a million arc-LP variables, 1.4 s at load
 * 13). Null when `current()` no longer shows `scenario` once a stage is done:
 * the update then lays out what it shows itself.
 */
export async function stageLayout(scenario: Scenario, width: number, outline: boolean, current: () => Scenario | null): Promise<StagedLayout | null> {
  await nextTask();
  if (current() !== scenario) return null;
  const layout = layoutMap(scenario, width, countriesWithin);
  await nextTask();
  if (current() !== scenario) return null;
  return { scenario, width, outline, layout, keys: keyboardOrder(layout) };
}
