import { getParameter, listParameters } from '../../model/parameter-path';
import type { Scenario } from '../../model/types';
import { corridorLabel, demandLabel, linkLabel, nodeLabelById } from '../../components/item-names';
import { parameterMeta } from '../../components/corridor-sweep/parameter-meta';

/** One choosable parameter: its path and the words a person reads for it. */
export interface ParameterOption {
  readonly path: string;
  /** The field and its current value, e.g. `Capacity: 4.0 Mt/yr`. */
  readonly label: string;
  /** Lower-case text the filter matches: item name, field, path. */
  readonly search: string;
}

/** The parameters of one item (a link, node, corridor or demand), as an `<optgroup>`. */
export interface ParameterGroup {
  /** E.g. `Link Aktau → Alat (caspian-ferry)`. */
  readonly label: string;
  readonly options: readonly ParameterOption[];
}

const FIELD_WORDS: Readonly<Record<string, string>> = {
  capacity: 'Capacity',
  cost: 'Cost',
  days: 'Days',
  km: 'Distance',
  lat: 'Latitude',
  lon: 'Longitude',
  minShare: 'Minimum share',
  maxShare: 'Maximum share',
  minFlow: 'Minimum flow',
  maxFlow: 'Maximum flow',
  volume: 'Volume',
  valueOfTime: 'Value of time',
  unmetPenalty: 'Unmet penalty',
};

/** What an absent field means (the spec's defaults), in words. */
const ABSENT: Readonly<Record<string, string>> = {
  capacity: 'unlimited',
  maxFlow: 'unlimited',
  maxShare: 'none (100 %)',
  minShare: 'none (0 %)',
  minFlow: 'none (0)',
  unmetPenalty: 'none (hard demand)',
};

function split(path: string): { collection: string; id: string; field: string } {
  const first = path.indexOf('.');
  const last = path.lastIndexOf('.');
  return { collection: path.slice(0, first), id: path.slice(first + 1, last), field: path.slice(last + 1) };
}

function itemLabel(scenario: Scenario, collection: string, id: string): string {
  switch (collection) {
    case 'links': {
      const link = scenario.links.find((l) => l.id === id);
      return link ? `Link ${linkLabel(scenario, link)} (${id})` : `Link ${id}`;
    }
    case 'nodes':
      return `Node ${nodeLabelById(scenario, id)} (${id})`;
    case 'corridors':
      return `Corridor ${corridorLabel(scenario.corridors?.find((c) => c.id === id), id)}`;
    case 'demands': {
      const demand = scenario.demands.find((d) => d.id === id);
      return demand ? `Demand ${demandLabel(scenario, demand)} (${id})` : `Demand ${id}`;
    }
    default:
      return id;
  }
}

/**
 * The label of one option: item id, field and current value with its unit
 * (`tripp-meghri · Capacity: 0 t/yr`). The id is repeated although the
 * option sits in its item's group, because a closed select shows only the
 * option: "Capacity: 0 t/yr" alone would not say of what.
 */
export function parameterOptionLabel(scenario: Scenario, path: string, locale: string): string {
  const { id, field } = split(path);
  const value = getParameter(scenario, path);
  let shown: string;
  if (value === undefined) shown = ABSENT[field] ?? 'not set (0)';
  else if (field === 'lat' || field === 'lon') shown = `${value}°`;
  else if (field === 'km') shown = `${value.toLocaleString(locale)} km`;
  else shown = parameterMeta(path, scenario).format(value, locale, true);
  return `${id} · ${FIELD_WORDS[field] ?? field}: ${shown}`;
}

/** The label of a path with its item, for text outside a select: `Link A → B (ab): Capacity`. */
export function parameterTitle(scenario: Scenario, path: string): string {
  const { collection, id, field } = split(path);
  return `${itemLabel(scenario, collection, id)}: ${FIELD_WORDS[field] ?? field}`;
}

/** Every parameter of the scenario (`listParameters`), grouped by item, in file order. */
export function parameterGroups(scenario: Scenario, locale: string): ParameterGroup[] {
  const groups = new Map<string, { label: string; options: ParameterOption[] }>();
  for (const path of listParameters(scenario)) {
    const { collection, id } = split(path);
    const key = `${collection}.${id}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { label: itemLabel(scenario, collection, id), options: [] };
      groups.set(key, group);
    }
    const label = parameterOptionLabel(scenario, path, locale);
    group.options.push({ path, label, search: `${group.label} ${label} ${path}`.toLowerCase() });
  }
  return [...groups.values()];
}

/** The groups with only the options whose text holds every word of `filter` (and `keep`, the current choice). */
export function filterGroups(groups: readonly ParameterGroup[], filter: string, keep: string): ParameterGroup[] {
  const words = filter.toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [...groups];
  return groups
    .map((g) => ({ label: g.label, options: g.options.filter((o) => o.path === keep || words.every((w) => o.search.includes(w))) }))
    .filter((g) => g.options.length > 0);
}
