import type { Scenario } from '../../model/types';
import { PROGRESSIVE_ITEMS } from './map-chunks';
import { keyboardOrder, type KeyboardOrder } from './map-keyboard';
import { layoutMap, sameLayoutInput, type MapLayout } from './map-layout';
import type { StagedLayout } from './map-staged-layout';
import { countriesWithin, countryOutlinesLoaded } from './region-outline';

/**
 * The map's layout and keyboard order, kept while the network's places, the
 * width and the outline stay the same: an edit of a number (a capacity, a
 * cost) keeps the drawing.
 */
export class MapLayoutCache {
  layout: MapLayout | null = null;
  /** Items in keyboard order, and where each is. */
  keys: KeyboardOrder = keyboardOrder(null);
  #key: { scenario: Scenario | null; width: number; outline: boolean } = { scenario: null, width: -1, outline: false };
  /** A large network's layout worked out in tasks before its update (map-staged-layout.ts); taken by that update. */
  #staged: StagedLayout | null = null;

  /**
   * A new large network is laid out in tasks of its own before the update
   * that shows it (see `stageLayout`); a small one or the same places: nothing to do.
   * `width` is asked only then (it may measure the element).
   */
  async stage(scenario: Scenario | null, width: () => number, current: () => Scenario | null): Promise<void> {
    if (scenario !== null && this.#needsNewLargeLayout(scenario)) {
      // A chunk of its own: only a large network is staged (and what draws it loaded meanwhile).
      const { stageLayout } = await import('./map-staged-layout');
      this.#staged = await stageLayout(scenario, width(), countryOutlinesLoaded(), current);
    }
  }

  #needsNewLargeLayout(scenario: Scenario): boolean {
    if (scenario === this.#key.scenario) return false;
    if (scenario.nodes.length + scenario.links.length <= PROGRESSIVE_ITEMS) return false;
    return this.#key.scenario === null || !sameLayoutInput(this.#key.scenario, scenario);
  }

  /** Lays the network out again when its places, the width or the outline changed; true if it did. */
  update(scenario: Scenario | null, width: number): boolean {
    const outline = countryOutlinesLoaded();
    const sameInput = this.#key.scenario === scenario || (this.#key.scenario !== null && scenario !== null && sameLayoutInput(this.#key.scenario, scenario));
    const layoutChanged = !sameInput || this.#key.width !== width || this.#key.outline !== outline;
    this.#key = { scenario, width, outline };
    if (!layoutChanged) return false;
    const staged = this.#staged;
    this.#staged = null;
    const ready = staged !== null && staged.scenario === scenario && staged.width === width && staged.outline === outline;
    this.layout = scenario === null ? null : ready ? staged.layout : layoutMap(scenario, width, countriesWithin);
    this.keys = ready ? staged.keys : keyboardOrder(this.layout);
    return true;
  }
}
