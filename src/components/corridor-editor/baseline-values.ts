import type { Scenario } from '../../model/types';
import { itemsOf, textOf, type Collection, type Item } from './edit-scenario';

/**
 * The baseline's values of items' fields, found by item id (indices move as
 * items are added and removed), indexed once per baseline and collection.
 */
export class BaselineValues {
  #baseline: Scenario | null = null;
  #byId = new Map<Collection, ReadonlyMap<string, Item>>();

  valueOf(baseline: Scenario | null, collection: Collection, id: unknown, field: string): unknown {
    if (baseline === null) return undefined;
    if (this.#baseline !== baseline) {
      this.#baseline = baseline;
      this.#byId = new Map();
    }
    let byId = this.#byId.get(collection);
    if (byId === undefined) {
      byId = new Map(itemsOf(baseline, collection).map((it) => [textOf(it.id), it]));
      this.#byId.set(collection, byId);
    }
    return byId.get(textOf(id))?.[field];
  }
}
