import type { LinkResult, NodeResult, Result, Scenario, ScenarioLink, ScenarioNode } from '../../model/types';
import { formatTonnesChange } from '../format-change';
import { nodeLabel } from '../item-names';
import { msg, str } from '../i18n';
import { describeLink, describeNode } from './map-describe';
import { splitItemKey, type ItemKey } from './map-item-key';
import type { LinkPlace, MapLayout } from './map-layout';

/** An item's tooltip (title and lines) and accessible name. */
export interface Described {
  readonly title: string;
  readonly lines: readonly string[];
  readonly aria: string;
}

/** What the descriptions are made from: one scenario, result and base comparison. */
export interface DescriptionSource {
  readonly scenario: Scenario;
  readonly result: Result | null;
  readonly layout: MapLayout | null;
  readonly linkById: ReadonlyMap<string, ScenarioLink>;
  readonly nodeById: ReadonlyMap<string, ScenarioNode>;
  readonly linkResults: ReadonlyMap<string, LinkResult>;
  readonly nodeResults: ReadonlyMap<string, NodeResult>;
  /** Flow changes against the pinned base, t/yr, by link id. */
  readonly changes: ReadonlyMap<string, number>;
  readonly locale: string;
}

/**
 * The accessible names and tooltips of a map's items, each made when first
 * asked for (an item drawn, hovered or focused) and kept: a large network's
 * thousands are made chunk by chunk as they are drawn, not all at once. One
 * per scenario, result, base and language: a new one starts empty.
 */
export class MapDescriptions {
  readonly #made = new Map<ItemKey, Described>();

  describe(key: ItemKey, source: DescriptionSource): Described | undefined {
    const cached = this.#made.get(key);
    if (cached !== undefined) return cached;
    const { kind, id } = splitItemKey(key);
    if (kind === 'link') {
      const link = source.linkById.get(id);
      const place = source.layout?.links.find((l) => l.id === id);
      return link === undefined || place === undefined ? undefined : this.#keep(key, describeLinkAt(link, place, source));
    }
    const node = source.nodeById.get(id);
    if (node === undefined) return undefined;
    return this.#keep(key, describeNode(node, source.nodeResults.get(id), source.result, source.locale));
  }

  /** A link's accessible name as it is drawn (its place is at hand, so no search). */
  linkAria(place: LinkPlace, source: DescriptionSource): string {
    const key: ItemKey = `link:${place.id}`;
    const cached = this.#made.get(key);
    if (cached !== undefined) return cached.aria;
    const link = source.linkById.get(place.id);
    if (link === undefined) return place.id;
    return this.#keep(key, describeLinkAt(link, place, source)).aria;
  }

  #keep(key: ItemKey, d: { readonly title: string; readonly lines: readonly string[] }): Described {
    const described: Described = { ...d, aria: `${d.title}. ${d.lines.join('. ')}` };
    this.#made.set(key, described);
    return described;
  }
}

function describeLinkAt(link: ScenarioLink, place: LinkPlace, source: DescriptionSource): { readonly title: string; readonly lines: readonly string[] } {
  const { locale } = source;
  // Ends by the map's own node index: item-names' lookup scans every node, once per link.
  const ends = `${nodeLabel(source.nodeById.get(link.from), link.from)} → ${nodeLabel(source.nodeById.get(link.to), link.to)}`;
  const title = link.name !== undefined && link.name.trim() !== '' ? link.name : ends;
  const described = describeLink(title, link, place, source.linkResults.get(place.id), source.result, locale, ends);
  const change = source.changes.get(place.id);
  return change === undefined ? described : { ...described, lines: [...described.lines, msg(str`${formatTonnesChange(change, { locale })} against the pinned base`)] };
}
